"""The one jieba instance of the process, loaded on first use.

Building jieba's prefix dictionary takes most of a second, so it is done once and its cache
goes to the project's cache folder instead of /tmp.
"""

import logging
import threading
from functools import lru_cache
from pathlib import Path

_lock = threading.Lock()
_ready = False


def _cache_dir() -> Path:
    try:
        from django.conf import settings

        if settings.configured and getattr(settings, "JIEBA_CACHE_DIR", None):
            return Path(settings.JIEBA_CACHE_DIR)
    except ImportError:  # pragma: no cover - Django is a dependency, but the parser is pure
        pass
    # meetings/report_parser/nlp.py -> project root / var / cache
    return Path(__file__).resolve().parents[2] / "var" / "cache"


def _jieba():
    global _ready
    import jieba

    if _ready:
        return jieba
    with _lock:
        if not _ready:
            jieba.setLogLevel(logging.WARNING)
            logging.getLogger("jieba").setLevel(logging.WARNING)
            cache = _cache_dir()
            try:
                cache.mkdir(parents=True, exist_ok=True)
                jieba.dt.tmp_dir = str(cache)
            except OSError:
                pass  # an unwritable cache only costs start-up time
            jieba.initialize()
            _ready = True
    return jieba


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
