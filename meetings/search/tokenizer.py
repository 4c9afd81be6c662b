"""The one tokeniser, shared by the index and the query.

Text is folded first (Traditional→Simplified, pinyin glosses such as `區(qū)` dropped),
then segmented by jieba taught the archive's own vocabulary (people, organisations,
document titles), so `黨建工作責任書` and `党建工作责任书` give the same tokens.

jieba's search mode (`cut_for_search`) emits a compound and then its overlapping parts
(`中华 华人 人民 … 中华人民共和国`); positions of overlapping tokens break phrase
matching, because the same words segment differently in different contexts (`工作会议`
alone, but `党建工作 / 会议` inside a longer title). We keep search mode's recall — the
parts of a compound are searchable — without the overlap: every word of the accurate
cut longer than two characters is split into its best non-overlapping dictionary parts of
at most two characters. A phrase is then the same token sequence wherever it occurs.
People's names stay whole: `王伟` must not find `王伟明`.
"""

import re
import threading
from collections.abc import Iterable
from functools import lru_cache

from common.text import jieba_loaded, strip_pinyin_glosses, to_simplified

_lock = threading.RLock()
_names: set[str] = set()
# Any run of characters that is neither a letter nor a digit separates tokens
# (underscore too: FTS5's tokenizer treats it as a separator).
_SEPARATORS = re.compile(r"[\W_]+")
_MAX_TEXT = 200_000  # characters of one field indexed or searched; protects from huge input


def _tokenizer():
    """jieba's default tokenizer, shared with the parser and loaded once per process."""
    return jieba_loaded().dt


def normalise(text: str | None) -> str:
    """Simplified, glosses removed, lower case: the text that tokens and snippets come from."""
    if not text:
        return ""
    return to_simplified(strip_pinyin_glosses(text[:_MAX_TEXT])).lower()


def segment(text: str | None) -> list[str]:
    """jieba's accurate cut of the normalised text, punctuation and spaces dropped."""
    return [word for word in _tokenizer().cut(normalise(text)) if _SEPARATORS.sub("", word)]


def tokens(text: str | None) -> list[str]:
    """The token sequence indexed and searched for `text`."""
    result = []
    for clause in _CLAUSE_SEPARATORS.split(normalise(text)):
        if clause:
            result.extend(_clause_tokens(clause))
    return result


# jieba never segments across punctuation, so tokenising clause by clause gives the same
# tokens, and a cache per clause pays off: set phrases and agenda titles repeat across
# thousands of meetings.
_CLAUSE_SEPARATORS = re.compile(r"[^\w+#&.%\-]+")


@lru_cache(maxsize=262144)
def _clause_tokens(clause: str) -> tuple[str, ...]:
    result = []
    for word in _tokenizer().cut(clause):
        for piece in _SEPARATORS.split(word):
            if piece:
                result.extend(_split(piece))
    return tuple(result)


@lru_cache(maxsize=65536)
def _split(word: str) -> tuple[str, ...]:
    """The best segmentation of `word` into dictionary parts of at most two characters."""
    if len(word) <= 2 or word in _names or word.isascii():
        return (word,)
    dt = _tokenizer()
    dag = {
        start: [end for end in ends if end - start < 2] or [start]
        for start, ends in dt.get_DAG(word).items()
    }
    route: dict = {}
    dt.calc(word, dag, route)
    parts, start = [], 0
    while start < len(word):
        end = route[start][1] + 1
        parts.append(word[start:end])
        start = end
    return tuple(parts)


def add_words(words: Iterable[str], *, names: bool = False) -> None:
    """Teach jieba new vocabulary; `names` are people's names, kept whole as tokens."""
    dt = _tokenizer()
    changed = False
    with _lock:
        for word in words:
            word = normalise(word).strip()
            if len(word) < 2 or _SEPARATORS.search(word):
                continue
            if names and word not in _names:
                _names.add(word)
                changed = True
            if word not in dt.FREQ or not dt.FREQ[word]:
                dt.add_word(word)
                changed = True
        if changed:
            # Segmentation depends on the vocabulary: cached results are stale now.
            _clause_tokens.cache_clear()
            _split.cache_clear()


_vocabulary_loaded = False


def ensure_vocabulary() -> None:
    """Load every person's and organisation's name and every document title, once per process."""
    global _vocabulary_loaded
    if _vocabulary_loaded:
        return
    with _lock:
        if _vocabulary_loaded:
            return
        from meetings.models import Document, Pledge
        from orgs.models import Organisation, Person

        add_words(Person.objects.values_list("name", flat=True).distinct(), names=True)
        add_words(Organisation.objects.values_list("name", flat=True).distinct())
        add_words(Document.objects.values_list("title", flat=True).distinct())
        add_words(Pledge.objects.values_list("title", flat=True).distinct())
        _vocabulary_loaded = True
