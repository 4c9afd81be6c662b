"""A meeting's kind from who met and what they did, where its name names no kind.

"实验室…党支部召开党纪学习教育总结工作会议，支部全体党员参加会议": a branch that meets with all
its members holds its members' meeting (支部党员大会), whatever the meeting is called; "此次会议由
支部书记主持，本支部全体支委参加": the branch's committee met (支部委员会); "机关党委召开会议…机关党委
委员参加了会议": the committee's members are the meeting (党委全委会); "会议选举产生了…党支部第一届
支部委员会": the members elected their committee (支部党员大会).
"""

import re

# The members as the whole attendance: "支部全体党员参加", "全体教职工党员、入党积极分子参加会议",
# "17名中共党员、2名预备党员参加", "组织全体党员对…进行了学习".
_ALL_MEMBERS = re.compile(
    r"(?:全体|所有)[^，。；、]{0,5}?党员[^。；]{0,30}?(?:参加|出席|参会|参与)"
    r"|组织(?:支部)?全体[^，。；、]{0,5}?党员"
    r"|\d+名(?:中共|正式)?党员[^。；]{0,20}?(?:参加|出席|参会|参与)"
)
# Its committee as the whole attendance, its first words ("本支部全体支委参加", "机关党委委员参加了会议").
_BRANCH_COMMITTEE = re.compile(
    r"^(?:本支部|支部)?(?:全体)?(?:支委|支部委员)(?:会)?(?:成员)?(?:参加|出席)"
)
_COMMITTEE_MEMBERS = re.compile(r"^[^，。；、]{0,12}?党委(?:全体)?委员(?:全体)?(?:参加|出席)")
# The unit that meets: a branch (党支部, 党总支), or a committee (党委) that is no branch's.
_BRANCH = re.compile(r"(?:党支部|党总支|支部)$")
_COMMITTEE = re.compile(r"(?<!支部)党委$")
# Two units holding one meeting ("…党支部与…党支部", "联合…") hold no one branch's meeting
# (a unit's own name may hold 与: "实验室建设与设备管理处党支部").
_JOINT = re.compile(r"(?:党支部|党总支|支部|党委)[^，。；]{0,4}?(?:与|和|及|、)|联合|携手|共同")
# A name that is a meeting's form (座谈会, 报告会, 例会 …) is a meeting of its own name; a plain
# 会议/会/活动/学习 is named by its business only.
_PLAIN_NAME = re.compile(r"(?:^|[^谈告例流])(?:会议|会|活动|学习)$")
# The members elect their branch's committee.
_ELECTS_BRANCH_COMMITTEE = re.compile(
    r"选举(?:产生)?[^。；]{0,30}?(?:支部委员会|支委会)"
    r"|(?:无记名投票|差额选举)[^。；]{0,40}?支部委员会"
)


def kind_by_who_met(convener: str, title: str, nearby: str, clauses: list[str]) -> str | None:
    """The kind the attendance gives a meeting whose name names none.

    `convener`: the lead sentence before the meeting's name (who holds it); `nearby`: the lead
    sentence and the next; `clauses`: their comma parts.
    """
    # "图书馆召开…党支部换届后的第一次全体党员…大会", "我院召开理学分院党总支会议": a convener named
    # by no Party body leaves the body the meeting's own name names
    # ("党支部书记会议" is its secretaries' meeting, no branch's)
    unit = _unit(convener) if _UNIT_END.search(convener) else _unit(_HELD_BY_PEOPLE.sub("", title))
    if unit is None or (title and not _PLAIN_NAME.search(title)):
        return None
    if _BRANCH.search(unit):
        if any(_BRANCH_COMMITTEE.match(c) for c in clauses):
            return "支部委员会"
        if _ALL_MEMBERS.search(nearby):
            return "支部党员大会"
    elif _COMMITTEE.search(unit) and any(_COMMITTEE_MEMBERS.match(c) for c in clauses):
        return "党委全委会"
    return None


def elects_branch_committee(text: str) -> bool:
    """ "会议选举产生了教务处党支部第一届支部委员会": the members' own business."""
    return bool(_ELECTS_BRANCH_COMMITTEE.search(text))


_UNIT_END = re.compile(r"(?:党支部|党总支|支部|党委)")
# A body's posts after it make the name its officers' ("党支部书记会议", "党委委员会议").
_HELD_BY_PEOPLE = re.compile(r"(?:党支部|党总支|支部|党委)(?=(?:副)?书记|委员|常委).*")


def _unit(convener: str) -> str | None:
    """The one unit that holds the meeting, read up to its last Party body; None when two do."""
    last = None
    for m in _UNIT_END.finditer(convener):
        last = m
    if last is None or _JOINT.search(
        convener[: last.end()].split("，")[-1] + convener[last.end() :]
    ):
        return None
    return convener[: last.end()]
