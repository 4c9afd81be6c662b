"""What belongs to a meeting's title where the lead sentence and the headline tell more than
its name (the conventions' title row: without the convening unit; the year and ordinal stay).

Kept apart from `lead.py`, near its size limit; `lead` calls each reading with a line.
"""

import re

from . import patterns as pt

# The first unit word of a name written after the verb ("机关党委换届选举党员大会").
_UNIT_WORD = re.compile(r"党委|党总支|党?支部|委员会")
# A unit word alone, or the writer's own unit before it, names no convener of its own.
_GENERIC_UNIT = re.compile(r"(?:中共)?(?:学院|学校|院|校)?(?:党委|党总支|党?支部|委员会)")
# After the unit, people (党支部书记例会), a body that meets (理论学习中心组, 常委会) or the
# unit's own plenum and term (扩大会议, 第十三届…) keep it in the name.
_UNIT_STAYS_BEFORE = re.compile(
    r"书记|副书记|委员|组织员|班子|成员|负责人|理论|中心组|常委|全委|全体|扩大|会|第|[（(]"
)
_SUBJECT_END = re.compile(r"在|于")


def repeated_convener_end(name: str, before_verb: str) -> int:
    """ "机关党委在…召开了机关党委换届选举党员大会", "理学院在…召开中共X大学理学院委员会
    出席…选举大会": a name after the verb that opens with the convener again, as its unit, is
    named without it (S22/28, S23/16, S27/12). Where the name starts: 0 when it repeats none."""
    m = _UNIT_WORD.search(name, 0, 24)
    if not m or len(name) - m.end() < 3 or _UNIT_STAYS_BEFORE.match(name, m.end()):
        return 0
    unit = name[: m.end()]
    if _GENERIC_UNIT.fullmatch(unit) or "届" in unit or "“" in unit:
        return 0
    dated = pt.DATE_PREFIX.match(before_verb)
    subject = _SUBJECT_END.split(before_verb[dated.end() if dated else 0 :], maxsplit=1)[0]
    repeated = unit in before_verb or (len(subject) >= 3 and subject in unit)
    return len(unit) if repeated else 0


# What a headline may add to the body's name of the same meeting: its year or ordinal
# ("2018年中层党员干部民主生活会", "二月第一次支委会" over "民主生活会", "支委会").
_NUMBERED = re.compile(r"(?:19|20)\d{2}\s*年|第[一二三四五六七八九十\d]{1,3}次")


def headline_adds_number(fuller: str, body_name: str) -> bool:
    """ "学院召开2018年中层党员干部民主生活会" over the body's "召开民主生活会": the headline's
    name is taken when what it adds holds a year or an ordinal, which the conventions keep; a
    month (4月份), a unit word (支部) or who lectured (书记X…讲授) stays out, as the body
    names it (S20/28, S21/22, S30/01)."""
    return bool(_NUMBERED.search(fuller[: len(fuller) - len(body_name)]))
