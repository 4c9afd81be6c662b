"""What the parser asks of jieba (frequencies, tags), over the process's one jieba."""

from functools import lru_cache

from common.text import jieba_loaded as _jieba


@lru_cache(maxsize=1)
def _freq() -> dict[str, int]:
    return _jieba().dt.FREQ


def word_freq(word: str) -> int:
    """How common a word is in jieba's dictionary (0 when unknown)."""
    return _freq().get(word, 0) or 0


@lru_cache(maxsize=1)
def two_char_words() -> dict[str, dict[str, int]]:
    """Two-character dictionary words by first character: {first: {second: frequency}}."""
    index: dict[str, dict[str, int]] = {}
    for word, freq in _freq().items():
        if len(word) == 2 and freq:
            index.setdefault(word[0], {})[word[1]] = freq
    return index


@lru_cache(maxsize=4096)
def word_tag(word: str) -> str | None:
    """jieba's part-of-speech tag of a dictionary word, or None when it is not in the dictionary."""
    import jieba.posseg as posseg

    _jieba()
    return posseg.dt.word_tag_tab.get(word)


@lru_cache(maxsize=8192)
def tag_tokens(text: str) -> tuple[tuple[str, str], ...]:
    """jieba's (word, tag) tokens of a short piece of text."""
    import jieba.posseg as posseg

    _jieba()
    return tuple((p.word, p.flag) for p in posseg.dt.cut(text))
