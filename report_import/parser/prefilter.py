"""Words a pattern's every match contains, to rule a text out before the pattern runs.

`re` has no such prefilter: a pattern that opens with optional words, such as the agenda verb
`(?:作|做|进行)?(?:了)?[^，。；]{0,8}?发言|…`, is tried in full at every position of the text.
Most clauses contain none of the words it needs, and one search for those words alone (an
alternation of literals, which `re` scans for by their first characters) rules them out.

The words are read off the parsed pattern (`re._parser`, the parser `re.compile` uses): a run
of literal characters that every match goes through, or one such word for each alternative of
a branch. Where none can be read (a part that may match nothing, a character class with
ranges, a pattern that ignores case), there is no prefilter and the pattern always runs.
"""

import re
from collections.abc import Iterator
from re import _constants as sre
from re import _parser


def prefilter(regex: re.Pattern) -> re.Pattern | None:
    """A pattern of literal words one of which every match of `regex` contains, or None."""
    if regex.flags & re.IGNORECASE:
        return None
    words = _sequence(_parser.parse(regex.pattern, regex.flags))
    if not words:
        return None
    # A text that holds 交流了 holds 交流: the shorter word alone says as much.
    words = {w for w in words if not any(v != w and v in w for v in words)}
    return re.compile("|".join(map(re.escape, sorted(words))))


def _sequence(parts) -> set[str] | None:
    """The most telling word set among the parts that every match of a sequence goes through:
    the set whose shortest word is longest, then the smallest."""
    options, run = [], ""
    for op, av in parts:
        if op is sre.LITERAL:
            run += chr(av)  # consecutive literal characters make one word
            continue
        if run:
            options.append({run})
        run = ""
        words = _part(op, av)
        if words:
            options.append(words)
    if run:
        options.append({run})
    return max(options, key=lambda words: (min(map(len, words)), -len(words)), default=None)


def _part(op, av) -> set[str] | None:
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        return None if add_flags & re.IGNORECASE else _sequence(body)
    if op is sre.BRANCH:
        alternatives = [_sequence(alternative) for alternative in av[1]]
        return set().union(*alternatives) if all(alternatives) else None
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
        return _sequence(av[2])  # at least once
    if op is sre.IN and all(kind is sre.LITERAL for kind, _ in av):
        return {chr(char) for _, char in av}
    return None  # optional, a class with ranges, an anchor, a lookaround: nothing required


class Guarded:
    """A pattern tried only on texts that hold one of the words it needs; its matches are the
    pattern's own (`m.re` is the pattern)."""

    def __init__(self, regex: re.Pattern):
        self.regex = regex
        self.words = prefilter(regex)

    def _may_match(self, text: str) -> bool:
        return self.words is None or self.words.search(text) is not None

    def match(self, text: str) -> re.Match | None:
        return self.regex.match(text) if self._may_match(text) else None

    def search(self, text: str) -> re.Match | None:
        return self.regex.search(text) if self._may_match(text) else None

    def finditer(self, text: str) -> Iterator[re.Match]:
        return self.regex.finditer(text) if self._may_match(text) else iter(())
