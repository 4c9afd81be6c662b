"""A person's titles as the report writes them where it names the person first.

The golds take the titles written right before a person's first name in the report, split at
`、` ("校党委常委、副校长董圣鸿" → 校党委常委, 副校长). The readers give titles only where they read
a person in a list or a subject; a person another reader found (the agenda, `at_work`) or read
again later with a shorter post ("马文华书记强调") then loses them.
"""

import re

from .names import Registry, is_title, org_value
from .people import parse_people_list
from .structure import strip_adverbials

# Where the words before a name start: the last stop before it.
_STOP = re.compile(r"[，。；：！？\n（(]")


def at_first_mention(text: str, name: str, names: set[str]) -> list[str]:
    """The titles written before the name's first occurrence, read as a list's element; the
    other people's names (`names`) end the words before it, and what is read must be a title
    (not "大会选举产生", nor the role 主持人)."""
    at = text.find(name)
    return _titles_at(text, at, name, names) if at >= 0 else []


def fuller_than(text: str, post: str, name: str, names: set[str]) -> list[str]:
    """The titles first written before the name when a reader gave only a bare post, which the
    report may write after the name: "会议由X书记主持" and later "…党支部第二支部书记X介绍…";
    "X部长指出" after "听取了校党委委员、宣传部部长X作的报告" that no reader took (S23/19, S24/01,
    S28/27). They count when one of them is the post after its unit; the bare post written
    before the name first (`院长X`, `党代表X`) stays, as the golds keep it (S24/03, S26/29)."""
    at = text.find(name)
    while at >= 0:
        titles = _titles_at(text, at, name, names)
        if titles:
            return titles if any(_unit_and(post, t) for t in titles) else [post]
        at = text.find(name, at + len(name))
    return [post]


def _unit_and(post: str, title: str) -> bool:
    """ "宣传部部长" is 部长 with its unit; "新党员在组织员" (a clause before the post) is not."""
    unit = title[: -len(post)] if len(title) > len(post) and title.endswith(post) else ""
    return bool(unit) and bool(org_value(unit) or is_title(unit))


def _titles_at(text: str, at: int, name: str, names: set[str]) -> list[str]:
    start = max(
        (m.end() for m in _STOP.finditer(text, max(0, at - 60), at)), default=max(0, at - 60)
    )
    span = text[start : at + len(name)]
    skip = strip_adverbials(span)
    registry = Registry(found=set(names) | {name})
    people, _ = parse_people_list(span[skip:], start + skip, registry)
    titles = next((p.titles for p in people if p.name == name), [])
    return [t for t in titles if is_title(t) and not _ROLE.fullmatch(t)]


_ROLE = re.compile(r"主持人|记录人")
