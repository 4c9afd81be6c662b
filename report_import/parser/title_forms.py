"""What belongs to a meeting's title where the lead sentence and the headline tell more than
its name (the conventions' title row: without the convening unit; the year and ordinal stay).

Kept apart from `lead.py`, near its size limit; `lead` calls each reading with a line.
"""

import re

from . import lexicon as lx
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
_BRANCH_WORD = re.compile(r"党?支部|党总支")


def repeated_convener_end(name: str, before_verb: str) -> int:
    """ "机关党委在…召开了机关党委换届选举党员大会", "理学院在…召开中共X大学理学院委员会
    出席…选举大会": a name after the verb that opens with the convener again, as its unit, is
    named without it (S22/28, S23/16, S27/12); when the subject is a college whose branch word
    follows it ("X学院党支部…"), the branch word stays (S32/02). Where the name starts: 0 when it
    repeats none."""
    m = _UNIT_WORD.search(name, 0, 24)
    if not m or len(name) - m.end() < 3 or _UNIT_STAYS_BEFORE.match(name, m.end()):
        return 0
    unit = name[: m.end()]
    if _GENERIC_UNIT.fullmatch(unit) or "届" in unit or "“" in unit:
        return 0
    dated = pt.DATE_PREFIX.match(before_verb)
    subject = _SUBJECT_END.split(before_verb[dated.end() if dated else 0 :], maxsplit=1)[0]
    if unit in before_verb:
        return len(unit)
    held = unit.find(subject) if len(subject) >= 3 else -1
    if held < 0:
        return 0
    # "X学院于…召开“X学院党支部选举会议”": the college convenes; its branch word stays
    rest = held + len(subject)
    return rest if _BRANCH_WORD.fullmatch(unit, rest) else len(unit)


# What a headline may add to the body's name of the same meeting: its year or ordinal
# ("2018年中层党员干部民主生活会", "二月第一次支委会" over "民主生活会", "支委会").
_NUMBERED = re.compile(r"(?:19|20)\d{2}\s*年|第[一二三四五六七八九十\d]{1,3}次")


def headline_adds_number(fuller: str, body_name: str) -> bool:
    """ "学院召开2018年中层党员干部民主生活会" over the body's "召开民主生活会": the headline's
    name is taken when what it adds holds a year or an ordinal, which the conventions keep; a
    month (4月份), a unit word (支部) or who lectured (书记X…讲授) stays out, as the body
    names it (S20/28, S21/22, S30/01)."""
    return bool(_NUMBERED.search(fuller[: len(fuller) - len(body_name)]))


# A name the report puts wholly in quotes ("召开了“2022年第四次党员大会”").
_WHOLE_QUOTE = re.compile(r"“(?P<name>[^“”]{2,40})”\s{0,3}")


def unquoted_whole_name(text: str) -> tuple[str, int]:
    """ "召开了“X学院党支部选举会议”": a whole name in quotes, ending in a meeting's noun, is
    named without them (S19/29, S32/02; S31/13's gold, told before the verb, drops them too); a
    quoted theme before the name's own words ("“…”主题党日活动") stays. The text to read the name
    in, and how far into the text it starts."""
    m = _WHOLE_QUOTE.fullmatch(text)
    if m and lx.MEETING_NOUN_RE.search(m.group("name")):
        return m.group("name"), 1
    return text, 0


# "开展“学党史 悟思想”的主题党日活动": the theme's 的 after its closing quote is no part of the
# name (settled in session 14, decision 12: `“学党史 悟思想”主题党日活动`).
_THEME_OF = re.compile(r"(?<=”)的(?=\S)")


def without_theme_of(name: str) -> str:
    return _THEME_OF.sub("", name)


# The year's review of members, held with the organisation-life meeting and named with it
# ("召开2021年度组织生活会和民主评议党员", "开展了专题组织生活会及2022年度党员民主评议工作"); a
# second verb ("和开展民主评议党员") tells another act, and a clause that runs on ("…党员时")
# names no meeting.
_REVIEW_JOINED = re.compile(r"[和及](?:(?:19|20)\d{2}年度?)?(?:党员)?民主评议(?:党员)?(?:工作)?$")


def review_joined_end(text: str, end: int) -> int:
    """ "2021年度党支部组织生活会和民主评议党员": an organisation-life meeting's name that ends at
    its 生活会 runs on over the review of members joined to it by 和 or 及 to the clause's end, as
    every gold of sets 18–34 names it (S18/07, S21/06, S34/03). Where the name ends."""
    if text.endswith("生活会", 0, end) and _REVIEW_JOINED.match(text, end):
        return len(text)
    return end


def first_of_joined(name: str) -> str | None:
    """ "全面从严治党工作会议暨党委理论学习中心组（扩大）会议": two meetings held as one are of the
    first one's kind whenever its name tells one, else of the second's, as every joined name's
    gold of sets 18–34 files it (first: S18/10, S19/15, S24/29, S25/05, S27/23, S34/07 and ten
    more; second: S18/20, S21/12, S22/15 and six more). The first name, when the name joins
    two outside a quoted theme; None else."""
    first, joined, _ = name.partition("暨")
    return first if joined and first.count("“") == first.count("”") else None
