"""Text normalisation shared by import matching, the report parser and search.

Names are compared after Traditional→Simplified folding and whitespace trimming
(`鄭強` and `郑强` are the same person), as the interchange format requires.
"""

import re
from functools import lru_cache

from opencc import OpenCC


@lru_cache(maxsize=1)
def _t2s() -> OpenCC:
    # Building the converter reads OpenCC's dictionaries: once per process.
    return OpenCC("t2s")


# A pinyin syllable with tone marks, as garbled reports put after characters: 學(xué)
_PINYIN_GLOSS = re.compile(r"[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]{1,7})[)）]")
_WHITESPACE = re.compile(r"\s+")


def to_simplified(text: str) -> str:
    return _t2s().convert(text) if text else text


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
    """The comparison key of a name or title: Simplified, glosses and whitespace removed."""
    if not text:
        return ""
    return _WHITESPACE.sub("", to_simplified(strip_pinyin_glosses(text)))
