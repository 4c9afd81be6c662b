"""A person's titles as the report writes them where it names the person first.

The golds take the titles written right before a person's first name in the report, split at
`、` ("校党委常委、副校长董圣鸿" → 校党委常委, 副校长). The readers give titles only where they read
a person in a list or a subject; a person another reader found (the agenda, `at_work`) or read
again later with a shorter post ("马文华书记强调") then loses them.
"""

import re

from .names import Registry, is_title
from .people import parse_people_list
from .structure import strip_adverbials

# Where the words before a name start: the last stop before it.
_STOP = re.compile(r"[，。；：！？\n（(]")


def at_first_mention(text: str, name: str, names: set[str]) -> list[str]:
    """The titles written before the name's first occurrence, read as a list's element; the
    other people's names (`names`) end the words before it, and what is read must be a title
    (not "大会选举产生", nor the role 主持人)."""
    at = text.find(name)
    if at < 0:
        return []
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
