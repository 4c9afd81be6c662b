"""Several secretaries or units listed before the 述职 they give in turn: one item each.

"甲党委、乙党总支、…等11个院级党组织书记…述职", "A、B、…等11位…书记依次进行现场述职",
"甲系、乙所、…10个单位以PPT形式述职": the clause reader finds the act but not its speakers
(the list is too long, or it is units the count closes), so the draft held one unnamed 述职 or
none. The golds list one 述职 per member, in the order of the list: people as speakers, units
as orgs. The count, when it is told, must be the number listed.
"""

import re
from dataclasses import replace

from . import lexicon as lx
from .bounded import titled_name_in_span
from .items import Item, find_trigger
from .names import Registry
from .people import parse_people_list, split_top
from .structure import Text

# What may close a list of units: the people who speak for them.
_FOR_UNIT = r"(?:相关负责同志|负责同志|相关负责人|负责人)"
# A 、-list at a clause's start, then its count (等11个, 10个单位, 5位) or an adverb of turns.
# Bounded: twenty members of at most forty characters.
_LIST = re.compile(
    r"(?:^|(?<=[，。；]))(?P<list>[^，。；：、《》“”等\d]{2,40}(?:、[^，。；：、《》“”等\d]{2,40}){1,19}?)"
    r"(?:等?(?P<n>\d{1,2}|[两二三四五六七八九十]{1,2})(?:个|位|名)|(?=(?:依次|分别|先后|逐一|轮流)))"
)
# The act itself, not the review's name nor a title in 《》.
_ACCOUNT = re.compile(r"述职(?!评议|考核|测评|情况|内容|人员|单位)(?![^《》]{0,60}》)")
# Turns: each listed member acts after the other.
_TURNS = re.compile(r"^(?:分别|依次|先后|逐一|轮流)")
_WORDS = re.compile(r"述职|分别|依次|先后|逐一|轮流")
_TURN_KINDS = frozenset({"发言", "报告", "交流", "宣读", "述职"})
_NO_ONE = Registry()


def listed_accounts(items: list[Item], doc: Text) -> None:
    """Each sentence whose 、-list gives its 述职 becomes one item per member, in place of the
    unnamed 述职 told there or in the sentence after it, unless the members are drafted."""
    for index, (s, e) in enumerate(doc.sentences):
        told = doc.text[s:e]
        if "、" not in told or not _WORDS.search(told):
            continue  # most sentences hold no list, or no act one could be turns of
        m = _LIST.search(told)
        kind = m and _kind(told, m)
        if not kind:
            continue
        members = _members(m.group("list"), s + m.start("list"))
        if members is None or (m.group("n") and lx.count_value(m.group("n")) != len(members)):
            continue
        if any((item.speaker or item.org) in dict(members) for item in items):
            continue  # the clause reader named them already
        new = [_item(kind, who, is_unit, index, s, e) for who, is_unit in members]
        _replace(items, index, s + m.start("list"), kind, new)


def _members(listed: str, at: int) -> list[tuple[str, bool]] | None:
    """(name, is a unit) for each element: all people or all units, else None."""
    listed = re.sub(_FOR_UNIT + "$", "", listed)
    spans = split_top(listed, "、")
    if all(lx.ORG_END_RE.search(listed[a:b]) for a, b in spans):
        return [(listed[a:b], True) for a, b in spans]
    people, groups = parse_people_list(listed, at, _NO_ONE)
    if groups or len(people) != len(spans):
        people = [titled_name_in_span(listed[a:b], at + a) for a, b in spans]
        if None in people:
            return None
    return [(p.name, False) for p in people]


def _kind(told: str, m: re.Match) -> str | None:
    """述职 anywhere after the list; else, with an adverb of turns after it, the clause's verb."""
    if _ACCOUNT.search(told, m.end()):
        return "述职"
    clause = told[m.end() :].split("，")[0].split("。")[0].split("；")[0]
    if not _TURNS.match(clause):
        return None
    found = find_trigger(clause, meeting_subject=False)
    return found[0] if found and found[0] in _TURN_KINDS else None


def _item(kind: str, who: str, is_unit: bool, index: int, start: int, end: int) -> Item:
    return Item(
        kind=kind,
        speaker=None if is_unit else who,
        org=who if is_unit else None,
        honours=[],
        title=None,
        documents=[],
        text_parts=[],
        start=start,
        end=end,
        sentence=index,
    )


def _replace(items: list[Item], index: int, start: int, kind: str, new: list[Item]) -> None:
    """Drops the unnamed item of the kind in the sentence or the next, puts the members before
    the first item told after the list (the rest who handed theirs in on paper come after)."""
    unnamed = [
        i
        for i, item in enumerate(items)
        if item.kind == kind
        and not (item.speaker or item.org)
        and item.sentence in (index, index + 1)
    ]
    if unnamed:
        text_parts = items[unnamed[0]].text_parts
        new = [replace(item, text_parts=list(text_parts)) for item in new]
    for i in reversed(unnamed):
        del items[i]
    at = next((i for i, item in enumerate(items) if item.start > start), len(items))
    items[at:at] = new
