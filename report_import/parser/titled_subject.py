"""A titled person at a clause's start, whatever the verb after him.

"宣传委员尹红霞诵读了…", "预备党员刘春艳说到：“…", "支部书记杨晓琼带领图书馆全体党员…": the subject
reader (`people.parse_subject`) ends a subject where a verb it lists starts, so a person before
any other verb is lost. Here both ends of the name are told by the sentence, not by a verb list:
the title before it ends exactly where a name the readers accept starts, and the name ends where
jieba starts a word that is a verb, an adverb or a preposition (the predicate's first word).
"""

import re

from . import lexicon as lx
from . import nlp
from .names import Registry, valid_name
from .people import Participant, is_title

_NO_ONE = Registry()
_LONGEST_TITLE = 25
_TITLE_WORD = re.compile("|".join(map(re.escape, lx.TITLE_ENDINGS)))
# The characters a title ends in (`lx.TITLE_END_RE`: a title word, or a note in brackets after it).
_TITLE_LAST = frozenset({word[-1] for word in lx.TITLE_ENDINGS} | set(")）"))
# The characters a name after a title starts with (`valid_name`'s surnames, titled).
_NAME_FIRST = lx.TITLED_SURNAMES | {surname[0] for surname in lx.COMPOUND_SURNAMES}
# What may open a predicate: jieba's verbs, adverbs, prepositions (诵读 v, 主要 b/d, 在 p).
_PREDICATE_TAGS = ("v", "d", "p")
# The meeting's roles are no titles (主持人胡敏宣读…).
_ROLE = re.compile(r"主持人|记录人|记录员")
# Not a possessive, a copula, an appointment the meeting made, a list going on.
_NOT_PREDICATE = re.compile(r"^(?:的|是|为|担任|当选|和|与|及|等)")


def titled_subject(clause: str, at: int, offset: int) -> Participant | None:
    """The titled person who is the subject of `clause` from `at`, or None."""
    if not _TITLE_WORD.search(clause, at, at + _LONGEST_TITLE) or not _may_hold(clause, at):
        return None  # no title and name can stand there: spare jieba the clause
    # the title, the name and the predicate's first two words are near the start
    tokens = nlp.tag_tokens(clause[at : at + _LONGEST_TITLE + 20])
    pos = 0
    for k, (word, tag) in enumerate(tokens):
        if pos > _LONGEST_TITLE + 3:
            return None
        if k > 1 and tag.startswith(_PREDICATE_TAGS) and _opens(tokens, k):
            person = _title_then_name(tokens[:k], clause[at + pos :])
            if person:
                title, name = person
                start = offset + at + len(title)
                # "党委副书记、纪检委员郑凡强将…": each post of a 、-list is a title of his
                titles = [] if _ROLE.fullmatch(title) else title.split("、")
                return Participant(name, None, titles, start, start + len(name))
        pos += len(word)
    return None


def _opens(tokens: tuple[tuple[str, str], ...], k: int) -> bool:
    """Whether token `k` opens the predicate. A verb of one character may as well end the name
    ("唐荣发、", "崔军定列席") or take the name's last character ("谭茜领学"): only 说到, 谈到, 写道
    (two one-character verbs) vouch for the cut there."""
    word, tag = tokens[k]
    if len(word) > 1 or not tag.startswith("v"):
        return True
    after = tokens[k + 1] if k + 1 < len(tokens) else ("", "")
    return len(after[0]) == 1 and after[1].startswith("v")


def _title_then_name(before: tuple[tuple[str, str], ...], rest: str) -> tuple[str, str] | None:
    """The tokens before the predicate as a title and a name jieba reads as one: the last one or
    two tokens, tagged as a person's name, of two or three characters, right after the title."""
    if _NOT_PREDICATE.match(rest):
        return None
    for n in (1, 2):
        name_tokens = before[-n:]
        name = "".join(word for word, _ in name_tokens)
        title = "".join(word for word, _ in before[:-n])
        if not (2 <= len(name) <= 3) or not all(tag.startswith("nr") for _, tag in name_tokens):
            continue
        if _titles(title) and _unlisted_name(name):
            return title, name
    return None


def _may_hold(clause: str, at: int) -> bool:
    """Whether a title and a name of two or three characters after it could start at `at`, with a
    predicate after them within reach: what `_title_then_name` asks of the text, tested on every
    cut without jieba. Only one clause in thirty that reaches here holds a person, and jieba's
    tagging of the others was half of the parse (round 23)."""
    last = min(at + _LONGEST_TITLE + 3, len(clause) - 1)  # where the predicate may start at most
    for name_start in range(at + 2, last - 1):
        if clause[name_start] not in _NAME_FIRST or clause[name_start - 1] not in _TITLE_LAST:
            continue  # nearly every cut: two set look-ups
        if not _titles(clause[at:name_start]):
            continue
        for end in (name_start + 2, name_start + 3):
            name = clause[name_start:end]
            if end <= last and _unlisted_name(name) and not _NOT_PREDICATE.match(clause[end:]):
                return True
    return False


def _titles(text: str) -> bool:
    """Whether the text is a title or a 、-list of titles ("…支部中的教师党员" describes)."""
    return "的" not in text and all(len(t) >= 2 and is_title(t) for t in text.split("、"))


def _unlisted_name(name: str) -> bool:
    """A name after a title that is no word of jieba's dictionary."""
    return valid_name(name, _NO_ONE, titled=True) and nlp.word_tag(name) is None
