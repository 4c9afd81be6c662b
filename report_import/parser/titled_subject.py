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
# What may open a predicate: jieba's verbs, adverbs, prepositions (诵读 v, 主要 b/d, 在 p).
_PREDICATE_TAGS = ("v", "d", "p")
# The meeting's roles are no titles (主持人胡敏宣读…).
_ROLE = re.compile(r"主持人|记录人|记录员")
# Not a possessive, a copula, an appointment the meeting made, a list going on.
_NOT_PREDICATE = re.compile(r"^(?:的|是|为|担任|当选|和|与|及|等)")


def titled_subject(clause: str, at: int, offset: int) -> Participant | None:
    """The titled person who is the subject of `clause` from `at`, or None."""
    if not _TITLE_WORD.search(clause, at, at + _LONGEST_TITLE):
        return None  # no title can end there: spare jieba the clause
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
        if "的" in title or not all(len(t) >= 2 and is_title(t) for t in title.split("、")):
            continue  # "…支部中的教师党员" describes
        if valid_name(name, _NO_ONE, titled=True) and nlp.word_tag(name) is None:
            return title, name
    return None
