"""Text normalisation shared by import matching, the report parser and search.

Names are compared after Traditional→Simplified folding and whitespace trimming
(`鄭強` and `郑强` are the same person), as the interchange format requires.
"""

import logging
import re
import threading
from functools import lru_cache
from pathlib import Path

from opencc import OpenCC


@lru_cache(maxsize=1)
def _t2s() -> OpenCC:
    # Building the converter reads OpenCC's dictionaries: once per process.
    return OpenCC("t2s")


# A pinyin syllable with tone marks, as garbled reports put after characters: 學(xué)
_PINYIN_GLOSS = re.compile(r"[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]{1,7})[)）]")
_WHITESPACE = re.compile(r"\s+")
# Characters that render as nothing: zero-width spaces and joiners, bidirectional and
# other format controls (Unicode Cf), C0/C1 controls other than whitespace and NUL (NUL
# is refused where it matters), Hangul and Braille fillers, variation selectors and tags.
# Pasted into a name they make `郑\u200b强` a different person from `郑强`.
_INVISIBLE = re.compile(
    "[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5"
    "\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u2800\u3164\ufe00-\ufe0f"
    "\ufeff\uffa0\ufff9-\ufffb\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
)


def strip_invisible(text: str) -> str:
    """The text without characters that show nothing (see _INVISIBLE)."""
    return _INVISIBLE.sub("", text) if text else text


# A lone surrogate (from a JSON escape such as "\\ud800") cannot be encoded for OpenCC; no
# database stores one either, and the import's checks refuse it after they have folded it.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def to_simplified(text: str) -> str:
    return _t2s().convert(_LONE_SURROGATE.sub("\ufffd", text)) if text else text


def strip_pinyin_glosses(text: str) -> str:
    """Drop the `(xué)` glosses that some converters insert after characters."""
    return _PINYIN_GLOSS.sub(
        lambda m: "" if _has_tone_or_is_syllable(m.group(1)) else m.group(0), text
    )


def _has_tone_or_is_syllable(token: str) -> bool:
    # Plain-ASCII words in brackets such as "(CPC)" are upper-case and never match the
    # pattern; lower-case ones without a tone mark are rare enough in these reports to
    # be treated as pinyin only when short.
    return not token.isascii() or len(token) <= 6


@lru_cache(maxsize=65536)
def fold(text: str | None) -> str:
    """The comparison key of a name or title: Simplified, glosses, whitespace and invisible
    characters removed."""
    if not text:
        return ""
    return _WHITESPACE.sub("", to_simplified(strip_pinyin_glosses(strip_invisible(text))))


_jieba_lock = threading.Lock()
_jieba_ready = False


def jieba_loaded():
    """The jieba module, its dictionary loaded once per process for parser and search alike.

    Building the prefix dictionary takes most of a second; its cache goes to
    settings.JIEBA_CACHE_DIR (var/cache) instead of /tmp, and jieba's chatter is silenced.
    """
    global _jieba_ready
    import jieba

    if _jieba_ready:
        return jieba
    with _jieba_lock:
        if not _jieba_ready:
            jieba.setLogLevel(logging.WARNING)
            cache = _jieba_cache_dir()
            try:
                cache.mkdir(parents=True, exist_ok=True)
                jieba.dt.tmp_dir = str(cache)
            except OSError:
                pass  # an unwritable cache only costs start-up time
            jieba.initialize()
            _jieba_ready = True
    return jieba


def _jieba_cache_dir() -> Path:
    from django.conf import settings

    if settings.configured and getattr(settings, "JIEBA_CACHE_DIR", None):
        return Path(settings.JIEBA_CACHE_DIR)
    # The parser also runs without Django settings: the project's own var/cache.
    return Path(__file__).resolve().parents[1] / "var" / "cache"
