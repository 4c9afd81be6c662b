"""A leader's address told by forms the agenda verbs of `patterns.TRIGGERS` did not read (the
sixteenth round's probe, `tests/report_import/test_report_parser_agenda_address16.py`).

The settled table files a leader's address as 讲话 whatever words tell it; these are the forms of
the genre that a generator of titled, named leaders found unread: the noun 讲话 before the verb
of what was said, an address given for a body or under a title, an address whose adjectives run
long, counted points of view and hopes, the leader who mobilises, and directions told after
hearing the others or after attending.
"""

import re

from .people import Registry, parse_subject, participants
from .structure import Clause, Text

# A speech given elsewhere ("…讲话精神", a 讲话稿, "讲话的要求") is what the meeting studies,
# never an address.
_NOT_ELSEWHERE = r"(?!精神|稿|的)"
# 作 as a verb, not in 工作/合作/创作 … nor 作为
_MAKE = r"(?<![工合创写制动操])(?:作|做)(?!为)"

ADDRESS = re.compile(
    # "X讲话指出，…", "X讲话时强调…": the address named, then what it said
    r"^讲话(?=(?:时|中)?[，]?(?:指出|强调|要求|表示|希望|提出))"
    # "A、B出席会议并分别讲话", "…，并讲话", "A、B先后讲话": each of them speaks
    r"|^(?:(?:应邀|全程)?(?:出席|参加)(?:了)?(?:本次|此次)?(?:会议|大会|活动)?)?并?"
    r"(?:分别|先后|依次)?讲话(?=[，。；]|$)"
    # "X代表学院党委讲话"; a member who speaks for the members ("代表新党员") is their turn
    rf"|代表(?!全体|新|学生|党员|预备|入党|青年|教师|师生|同学|毕业)[^，。；的《》“”]{{1,14}}?讲话{_NOT_ELSEWHERE}"
    # "X作了题为《…》的讲话", "X作了热情洋溢、语重心长的讲话": more than the 8 characters
    # `patterns.TRIGGERS` allows between 作 and 讲话, up to the 的 that closes them
    rf"|(?:{_MAKE}|发表)(?:了)?(?:一篇|一场)?(?:题为[“《][^”》]{{1,60}}[”》]|[^，。；作做]{{1,20}}?)"
    rf"的(?:重要)?讲话{_NOT_ELSEWHERE}"
    # "X就…讲了三点意见", "X讲了四个方面": counted points (谈了三点体会 is a member's turn)
    r"|讲了[一二三四五六七八九十两几\d]{1,2}(?:点|个方面)(?!体会|心得|感受|感想|感悟|收获|认识|启示)"
    # "X对青年教师提出殷切期望", "X对大家寄予厚望": the hopes `patterns.TRIGGERS` reads as 希望
    r"|提出(?:了)?[^，。；]{0,12}?(?:期望|期许|嘱托)|寄予(?:了)?厚望"
)

# "X作动员部署", "X对全年工作进行了动员", "X作工作部署": who mobilises or lays out the work
# without 对/就 before it (`patterns.TRIGGERS` reads "就…作出部署") arranges it — a speech when a
# person does it, the meeting's step when no one is named (`items.items_for`, `ARRANGEMENT`).
MOBILISING = re.compile(
    rf"(?:{_MAKE}|进行)(?:出|了){{0,2}}(?:工作|具体|全面|专门|专题|思想|动员)?"
    r"(?:动员|部署)(?:动员|部署)?(?![大会令讲报])"
)

ADDRESS_TRIGGERS = [("讲话", ADDRESS), ("报告", MOBILISING)]

# "X在听取汇报后指出…", "X认真听取了汇报，并强调…", "X充分肯定了…，同时要求…", "X出席会议并
# 强调…": a leader's directions told after hearing the others, after attending, or after words
# that tell no act of the meeting, are the leader's speech (`speakers.weak_trigger`; the one
# named in the comma part before is the speaker, `agenda._read_clause`). Views (表示, 认为) are
# left to the verb read alone.
DIRECTIONS_AFTER = re.compile(
    r"^(?:(?:在)?(?:认真)?(?:听取|听完)(?:了)?[^，。；]{1,16}?(?:后|之后)"
    r"|(?:(?:全程)?(?:出席|参加|列席)(?:了)?(?:本次|此次)?(?:会议|大会|活动)?)?并|同时)"
    r"(?:也|还|又|进一步)?(?:指出|强调|要求|希望|勉励|号召)"
)

# "X出席会议，并对下一步工作提出要求", "X出席会议，并强调…": a leader said to attend and then, in the
# next comma part, to speak — the attendance pass reads the first part (an attendance alone is
# no address), the agenda the second, whose speaker is the one who attended.
_ATTENDED = re.compile(
    r"(?:应邀|受邀|也|还|一同|共同|全程)?(?:出席|参加|列席|莅临|到会)(?:了)?(?:本次|此次)?"
    r"(?:会议|大会|活动|学习)?$"
)
_GOES_ON = re.compile(r"，(?:并|同时)")


def attendees_going_on(doc: Text, clause: Clause, registry: Registry):
    """(sentence, the people named) of an attendance clause that the next comma part goes on
    with (`agenda._read_clause` carries them to it), or None."""
    attended = _ATTENDED.search(clause.text)
    if not (attended and _GOES_ON.match(doc.text, clause.end)):
        return None
    subject = parse_subject(clause.text[: attended.start()], registry)  # who, before the verb
    people = [p for p in participants(subject, clause.start, registry) if p.name]
    return (clause.sentence, people) if subject.kind == "people" and people else None
