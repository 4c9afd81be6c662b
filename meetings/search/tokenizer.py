"""The one tokeniser, shared by the index and the query.

Text is folded first (Traditional→Simplified, pinyin glosses such as `區(qū)` dropped),
then segmented by jieba with its own dictionary only, so `黨建工作責任書` and
`党建工作责任书` give the same tokens.

The tokens of a text depend on the text alone: nothing is taught to jieba at run time.
A vocabulary learnt per process (the archive's names, as before) made the index and a
query segment a new name differently when another worker had saved it. People's names,
which jieba's dictionary does not know, are matched whole instead: a name field is
indexed as one token (`name_tokens`), and each query term may match either as that whole
word or as the phrase of its dictionary tokens (see `meetings.search.query_terms`).

jieba's search mode (`cut_for_search`) emits a compound and then its overlapping parts
(`中华 华人 人民 … 中华人民共和国`); positions of overlapping tokens break phrase
matching, because the same words segment differently in different contexts (`工作会议`
alone, but `党建工作 / 会议` inside a longer title). We keep search mode's recall — the
parts of a compound are searchable — without the overlap: every word of the accurate
cut longer than two characters is split into its best non-overlapping dictionary parts of
at most two characters. A phrase is then the same token sequence wherever it occurs.
"""

import re
from functools import lru_cache

from common.text import jieba_loaded, strip_pinyin_glosses, to_simplified

# Any run of characters that is neither a letter nor a digit separates tokens
# (underscore too: FTS5's tokenizer treats it as a separator).
_SEPARATORS = re.compile(r"[\W_]+")
_MAX_TEXT = 200_000  # characters of one field indexed or searched; protects from huge input
# jieba's cost grows faster than the length of an unpunctuated run (its HMM and the
# buffering of unknown characters): clauses are cut into pieces of at most this many
# characters, at fixed offsets, so tokenising stays linear in the text's length.
MAX_CLAUSE = 200


def _tokenizer():
    """jieba's default tokenizer, shared with the parser and loaded once per process."""
    return jieba_loaded().dt


def normalise(text: str | None) -> str:
    """Simplified, glosses removed, lower case: the text that tokens and snippets come from."""
    if not text:
        return ""
    return to_simplified(strip_pinyin_glosses(text[:_MAX_TEXT])).lower()


def tokens(text: str | None) -> list[str]:
    """The token sequence indexed and searched for `text`."""
    result = []
    for clause in _CLAUSE_SEPARATORS.split(normalise(text)):
        for start in range(0, len(clause), MAX_CLAUSE):
            result.extend(_clause_tokens(clause[start : start + MAX_CLAUSE]))
    return result


# Texts up to this long are remembered whole (see `segment`); longer ones only by clause,
# so the cache stays small however long the texts of an archive are.
_REMEMBERED_TEXT = 200


def segment(text: str, *, name: bool = False) -> tuple[str, ...]:
    """`tokens(text)`, or `name_tokens(text)` with `name`, as a tuple.

    The index's entry point: names, units, titles and set phrases recur across the
    meetings of a file and of a rebuild, so short texts are tokenised once per process.
    A function of the text alone, as `tokens` is.
    """
    if len(text) <= _REMEMBERED_TEXT:
        return _remembered_segment(text, name)
    return tuple(name_tokens(text) if name else tokens(text))


@lru_cache(maxsize=131072)
def _remembered_segment(text: str, name: bool) -> tuple[str, ...]:
    return tuple(name_tokens(text) if name else tokens(text))


def whole_word(text: str | None) -> str:
    """`text` as one token (normalised, separators dropped): how a person's name is indexed."""
    return _SEPARATORS.sub("", normalise(text))


def name_tokens(name: str | None) -> list[str]:
    """A person's name is one token: `王伟` must not find `王伟明`."""
    word = whole_word(name)
    return [word] if word else []


# jieba never segments across punctuation, so tokenising clause by clause gives the same
# tokens, and a cache per clause pays off: set phrases and agenda titles repeat across
# thousands of meetings.
_CLAUSE_SEPARATORS = re.compile(r"[^\w+#&.%\-]+")


@lru_cache(maxsize=262144)
def _clause_tokens(clause: str) -> tuple[str, ...]:
    result = []
    for word in _tokenizer().cut(clause):
        if word.isalnum():  # nothing to split at (most words): spares the regular expression
            result.extend(_split(word))
            continue
        for piece in _SEPARATORS.split(word):
            if piece:
                result.extend(_split(piece))
    return tuple(result)


@lru_cache(maxsize=65536)
def _split(word: str) -> tuple[str, ...]:
    """The best segmentation of `word` into dictionary parts of at most two characters."""
    if len(word) <= 2 or word.isascii():
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
