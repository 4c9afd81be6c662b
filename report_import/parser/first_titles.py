"""A person's titles as the report writes them where it names the person first.

The golds take the titles written right before a person's first name in the report, split at
`、` ("校党委常委、副校长董圣鸿" → 校党委常委, 副校长). The readers give titles only where they read
a person in a list or a subject; a person another reader found (the agenda, `at_work`) or read
again later with a shorter post ("马文华书记强调") then loses them.

A report is read once here: the words before the mentions of every name looked up are read as
one list per clause (a list of twelve leaders is read once, not twelve times, each up to one
more name).
"""

import re

from .names import Registry, is_title, org_value
from .people import PersonRef, parse_people_list
from .structure import strip_adverbials

# Where the words before a name start: the last stop before it.
_STOP = re.compile(r"[，。；：！？\n（(]")
# How far back the words before a name may start when no stop comes sooner.
_REACH = 60
# A list's separators: a name right before one ends its element as it ends a span cut after it.
_LIST_SEPARATORS = "、,"


class FirstTitles:
    """The titles written before the names of one report, each clause read once.

    `names` are everyone the report names (they end the words before a name); `wanted`, the
    names looked up here. A clause is read up to the last wanted name in it; a name before it
    followed by anything but a list's separator (`X书记…`) is read in a span cut right after
    it, as a span that went on would read the words after it into its element."""

    def __init__(self, text: str, names: set[str], wanted: list[str]) -> None:
        self._text = text
        self._names = names
        self._mentions = {name: _mentions(text, name) for name in wanted}
        # a clause's start → the end of the last wanted name in it
        self._ends: dict[int, int] = {}
        for name, ats in self._mentions.items():
            for at, start in ats:
                self._ends[start] = max(self._ends.get(start, 0), at + len(name))
        self._read: dict[int, list[PersonRef]] = {}
        self._wanted = set(wanted)

    def at_first_mention(self, name: str) -> list[str]:
        """The titles written before the name's first occurrence, read as a list's element; the
        other people's names end the words before it, and what is read must be a title (not
        "大会选举产生", nor the role 主持人)."""
        mentions = self._mentions.get(name, [])
        return self._titles_at(*mentions[0], name) if mentions else []

    def fuller_than(self, post: str, name: str) -> list[str]:
        """The titles first written before the name when a reader gave only a bare post, which
        the report may write after the name: "会议由X书记主持" and later "…党支部第二支部书记X介绍…";
        "X部长指出" after "听取了校党委委员、宣传部部长X作的报告" that no reader took (S23/19, S24/01,
        S28/27). They count when one of them is the post after its unit; the bare post written
        before the name first (`院长X`, `党代表X`) stays, as the golds keep it (S24/03, S26/29)."""
        for at, start in self._mentions.get(name, []):
            titles = self._titles_at(at, start, name)
            if titles:
                return titles if any(_unit_and(post, t) for t in titles) else [post]
        return [post]

    def _titles_at(self, at: int, start: int, name: str) -> list[str]:
        after, end = at + len(name), self._ends.get(start, 0)
        if after == end or after < end and self._text[after] in _LIST_SEPARATORS:
            people = self._clause(start)
        else:
            people = _read(self._text, start, after, self._names | {name})
        titles = next((p.titles for p in people if p.name == name), [])
        return [t for t in titles if is_title(t) and not _ROLE.fullmatch(t)]

    def _clause(self, start: int) -> list[PersonRef]:
        if start not in self._read:
            known = self._names | self._wanted
            self._read[start] = _read(self._text, start, self._ends[start], known)
        return self._read[start]


def _mentions(text: str, name: str) -> list[tuple[int, int]]:
    """Where the name stands in the text, each with where the words before it start."""
    found = []
    at = text.find(name) if name else -1
    while at >= 0:
        reach = max(0, at - _REACH)
        found.append((at, max((m.end() for m in _STOP.finditer(text, reach, at)), default=reach)))
        at = text.find(name, at + len(name))
    return found


def _read(text: str, start: int, end: int, names: set[str]) -> list[PersonRef]:
    span = text[start:end]
    skip = strip_adverbials(span)
    people, _ = parse_people_list(span[skip:], start + skip, Registry(found=set(names)))
    return people


def _unit_and(post: str, title: str) -> bool:
    """ "宣传部部长" is 部长 with its unit; "新党员在组织员" (a clause before the post) is not."""
    unit = title[: -len(post)] if len(title) > len(post) and title.endswith(post) else ""
    return bool(unit) and bool(org_value(unit) or is_title(unit))


_ROLE = re.compile(r"主持人|记录人")
