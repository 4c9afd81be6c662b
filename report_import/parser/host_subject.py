"""The convening unit of a lead sentence whose verb is not 召开/举行/举办 before it.

"保卫处党支部开展…主题党日活动", "植物科学学院党委组织学院教工党员参观…": the unit that organises
or carries out the activity convenes it. "通信学院教工第六党支部在临潼校区学院会议室，开展…": the
unit stands alone in its clause, with where it met, and the verb starts the next clause.
`host._host_in` reads the subject before 召开/举行/举办, before 赴/前往 and before a
circumstance first; these forms are its last resort, so a clause those forms read is read as
before.
"""

import re

from .structure import Clause

# the unit's members as a group ("全体教职工", "全体党员", "成员"), which do not convene
_MEMBERS = r"(?:全体(?:教职工|教工|学生|师生)?(?:党员|成员)?|成员)?"
# (not over a 赴/前往: "X党支部全体成员赴Y开展…" is `patterns.SUBJECT_GOING`'s)
SUBJECT_ACTING = re.compile(
    rf"^(?P<subject>(?:(?!赴|前往|走进|来到)[^，。；]){{2,40}}?){_MEMBERS}(?:(?:在|于)[^，。；]{{0,40}}?)?"
    r"(?:联合|共同|集中|集体)?(?:组织|开展|主办)"
)
_SUBJECT_ALONE = re.compile(
    rf"^(?P<subject>[^，。；]{{2,40}}?){_MEMBERS}(?:(?:在|于|按照?|根据)[^，。；]{{0,40}})?$"
)
# "茶学本科生党支部成员在…举行", "行政党总支全体党员在…带领下奔赴…", "学院党委理论学习中心组在Y，
# 举行…": the unit whose members or centre group act (`read_host` adds a group's committee)
MEMBERS_TAIL = re.compile(
    r"(?<=[^全])(?:全体(?:教职工|教工|学生|师生)?(?:党员|成员)?|成员)$"
    r"|(?:(?<=党委)|(?<=党总支))(?:理论学习)?中心组$"
)
# "外国语学院党委委员谢争艳出席并指导英语教研室党支部召开…": who attends is told before the unit
# that convenes; a unit's name never holds 出席, 莅临 or 到会 (the last one told, then the unit).
ATTENDED_BEFORE = re.compile(r"[^，。；]*(?:出席|莅临|到会)(?:并?(?:指导|督导))?(?=[^，。；]{2})")
_VERB_FIRST = re.compile(r"(?:分别|共同|集中|集体|联合)?(?:组织召开|召开|举行|举办|开展|组织|进行)")


def subject_alone(clause: Clause, following: list[Clause]) -> re.Match | None:
    """The clause's unit when the next clause of the same sentence starts with the verb."""
    if not following or following[0].sentence != clause.sentence:
        return None
    return _VERB_FIRST.match(following[0].text) and _SUBJECT_ALONE.match(clause.text)


# "人文学院召开本年度第八次党委(扩大)会议", "校医院召开党总支(扩大)会": a unit's meeting of its
# own committee, named after the verb, is the committee's (S20/05, S26/15, S26/20); not its
# centre group's study, which the golds file under the unit (S18/03, S18/15, S23/29, S24/23 …)
_COMMITTEE_MEETING = re.compile(
    r"^(?:(?:19|20)\d{2}年度?|本年度)?(?:第[一二三四五六七八九十\d]{1,3}次)?(?P<body>党委|党总支)"
    r"(?:[（(]扩大[)）]|扩大)?(?:会议|会(?!议))"
)
# a committee, a branch, the school and the writer's unnamed college are read elsewhere
_NOT_A_UNIT_OF_ITS_OWN = re.compile(r"(?:党委|党总支|支部|大学|党组)$|^(?:学院|学校|校)$")


def own_committee(title: str | None, host: str) -> str:
    """The committee a unit's own committee meeting adds to the unit ("党委", "党总支"), else ""."""
    m = _COMMITTEE_MEETING.match(title or "")
    return m.group("body") if m and not _NOT_A_UNIT_OF_ITS_OWN.search(host) else ""
