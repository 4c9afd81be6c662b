"""Cleaning of crawled reports: byte-level mojibake, pinyin glosses, script, punctuation, spaces.

The quote mojibake
------------------
Crawled reports often read `学?!半p一流”` for `学校“双一流”`. The page was GBK; the GBK byte
stream lost one byte just before an opening quote and was decoded one byte out of step:

    学   校      “      双     一 …        (intended, GBK: 8c57 d0a3 a1b0 eb70 d2bb)
    学   ?   ！      半     p    一 …        (decoded:  8c57 d0 a3a1 b0eb 70 d2bb)

The lead byte of the character before the quote (d0) became `?`, the trail byte of that
character and the quote's lead byte (a3 a1) read as a full-width `！` (later folded to `!`), the
quote's trail byte paired with the next character's lead byte (`半`), and so on, until a byte
below 0x80 (`p`, the trail byte of 雙) or an invalid pair (shown as another `?`) puts the decoder
back in step. The closing quote is therefore always intact.

The repair re-encodes the garbled run as GBK, puts the quote's lead byte 0xA1 back in front and
decodes it in step again. The two bytes the decoder swallowed (the lead byte of the character
before the quote, and the trail byte at the `?` that ends some runs) are gone; each is guessed
as the GBK character with the one known byte that makes the most common word with its
neighbour in jieba's dictionary (学? → 学校, 战? before 略 → 战略).
"""

import math
import re
from functools import lru_cache

from common.text import strip_pinyin_glosses, to_simplified

from . import nlp
from .lexicon import count_value

# Opening punctuation whose GBK lead byte is 0xA1: what a repaired run must start with.
_OPENERS = frozenset("“‘《「『【〔〈")
_MAX_RUN = 60
_PINYIN_TAIL = re.compile(r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹ]{1,7}\)")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _gbk(ch: str) -> bytes | None:
    try:
        return ch.encode("gbk")
    except UnicodeEncodeError:
        return None


def _decode_pair(lead: int, trail: int) -> str | None:
    try:
        ch = bytes((lead, trail)).decode("gbk")
    except UnicodeDecodeError:
        return None
    return ch if len(ch) == 1 else None


@lru_cache(maxsize=1024)
def _candidates(lead: int | None, trail: int | None) -> tuple[tuple[str, str], ...]:
    """CJK characters whose GBK code has the known byte: (as decoded, Simplified)."""
    out = []
    for other in range(0x40, 0xFF) if lead is not None else range(0x81, 0xFF):
        ch = _decode_pair(lead, other) if lead is not None else _decode_pair(other, trail)
        if ch and _CJK.match(ch):
            out.append((ch, to_simplified(ch)))
    return tuple(out)


@lru_cache(maxsize=256)
def _fill(run: tuple[tuple[str, int], ...], before: str, after: str) -> str:
    """Guess one or two adjacent characters that each lost a byte, from the words they form.

    `run` holds ("lead", byte) or ("trail", byte): the byte that survived. The guess is the
    candidate (pair) that makes the most common words with its neighbours in jieba's dictionary.
    """
    before, after = to_simplified(before)[-1:], to_simplified(after)[:1]
    options = [_candidates(b, None) if side == "lead" else _candidates(None, b) for side, b in run]

    def weight(word: str) -> float:
        return math.log1p(nlp.word_freq(word)) if len(word) > 1 else 0.0

    if len(run) == 1:
        scored = [
            (weight(before + s) + weight(s + after) + weight(before + s + after), ch)
            for ch, s in options[0]
        ]
        best = max(scored, default=(0.0, "?"))
        return best[1] if best[0] > 0 else "?"
    # Two characters: the score splits into a part for each and the word they make together;
    # only pairs that make a dictionary word need the joint look-up.
    left = [(weight(before + s), ch, s) for ch, s in options[0]]
    right = {s: (weight(s + after), ch) for ch, s in reversed(options[1])}
    if not left or not right:
        return "??"
    w1, ch1, _ = max(left)
    w2, ch2 = max(right.values())
    best_score, best = w1 + w2, ch1 + ch2
    words = nlp.two_char_words()
    for w1, ch1, s1 in left:
        for s2, freq in words.get(s1, {}).items():
            if s2 in right:
                w2, ch2 = right[s2]
                value = (
                    w1 + w2 + math.log1p(freq) + weight(before + s1 + s2) + weight(s1 + s2 + after)
                )
                if value > best_score:
                    best_score, best = value, ch1 + ch2
    return best if best_score > 0 else "??"


def _repair_at(text: str, i: int) -> tuple[str, int] | None:
    """Repair the garbled run starting with the `?` at i: (replacement, characters consumed)."""
    if i == 0 or not _CJK.match(text[i - 1]) or i + 2 >= len(text):
        return None
    marker = text[i + 1]
    # The pipeline folded full-width ASCII to half-width, so `!` stands for `！` (a3 a1).
    encoded = _gbk("！" if marker == "!" else marker)
    if not encoded or len(encoded) != 2 or encoded[1] != 0xA1:
        return None
    # Tokens: decoded characters, or ("lead"|"trail", byte) for a character that lost a byte.
    tokens: list = [("trail", encoded[0])]
    pending = 0xA1
    j = i + 2
    while True:
        if j >= len(text) or j - i > _MAX_RUN:
            return None
        g = text[j]
        gb = _gbk(g)
        if gb is None:
            return None
        j += 1
        if g == "?":
            # An invalid pair swallowed `pending`'s trail byte and the byte after it.
            tokens.append(("lead", pending))
            tail = _PINYIN_TAIL.match(text, j)
            if tail:  # the swallowed byte was the "(" of a pinyin gloss: back in step
                j = tail.end()
                break
            nxt = _gbk(text[j]) if j < len(text) else None
            if not nxt or len(nxt) == 1:
                break  # the swallowed byte was a one-byte character: back in step
            # The swallowed byte led the next character: still one byte out of step.
            tokens.append(("trail", nxt[0]))
            pending = nxt[1]
            j += 1
            continue
        ch = _decode_pair(pending, gb[0])
        if ch is None:
            return None
        tokens.append(ch)
        if len(gb) == 1:
            break  # a byte below 0x80 completed the pair: back in step
        pending = gb[1]
    if len(tokens) < 2 or tokens[1] not in _OPENERS:
        return None
    return _resolve(tokens, before=text[i - 1], after=text[j] if j < len(text) else ""), j - i


def _resolve(tokens: list, *, before: str, after: str) -> str:
    """Replace the placeholders of incomplete characters by guesses, left to right."""
    out: list[str] = []
    k = 0
    while k < len(tokens):
        if isinstance(tokens[k], str):
            out.append(tokens[k])
            k += 1
            continue
        run = [tokens[k]]
        if k + 1 < len(tokens) and not isinstance(tokens[k + 1], str):
            run.append(tokens[k + 1])
        following = tokens[k + len(run)] if k + len(run) < len(tokens) else after
        following = following if isinstance(following, str) else ""
        out.append(_fill(tuple(run), out[-1] if out else before, following))
        k += len(run)
    return "".join(out)


def repair_quote_mojibake(text: str) -> str:
    """Undo the one-byte GBK misalignment before opening quotes (see the module docstring)."""
    if "?" not in text:
        return text
    out: list[str] = []
    done, at = 0, text.find("?")  # text[:done] is in out; at: the next `?` to try
    while at != -1:
        fixed = _repair_at(text, at)
        if fixed:
            out += [text[done:at], fixed[0]]
            done = at + fixed[1]
        at = text.find("?", max(done, at + 1))
    out.append(text[done:])
    return "".join(out)


# Page chrome a crawler kept: images (with inline data), HTML tags, markdown images.
_MARKUP = re.compile(r"<image>.*?</image>|!\[[^\]\n]*\]\([^)\n]*\)|</?[a-zA-Z][^<>\n]{0,300}>")
_INVISIBLE = re.compile(r"[\u200b-\u200f\u2060\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u3000\u2002-\u200a]+")
_CJK_OR_PUNCT = r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’《》]"
_SPACE_NEAR_CJK = re.compile(rf"(?<={_CJK_OR_PUNCT}) +| +(?={_CJK_OR_PUNCT})")
_BLANK_LINES = re.compile(r"\n{2,}")
# Half-width punctuation between Chinese clauses; between digits it is part of a number or time.
_HALF_WIDTH = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}
_HALF_WIDTH_RE = re.compile(r"[,;:!?]")
_DOUBLED = re.compile(r"([，。、；：！？])\1+")
_CLAUSE_THEN_STOP = re.compile(r"[，、；：]+(?=[。！？])")


def _widen(match: re.Match) -> str:
    text, i = match.string, match.start()
    before = text[i - 1] if i else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if before.isascii() and after.isascii() and (before.isalnum() or after.isalnum()):
        return match.group()  # 19:00, 1,200, "Q&A?"
    return _HALF_WIDTH[match.group()]


# A short quoted theme or slogan, and a title in 《》, keep their punctuation as written
# ("“学雷锋,做榜样”主题党日活动", "《百炼成钢:中国共产党的100年》"): it is part of the name.
_QUOTED = re.compile(r"“[^“”。\n]{1,40}”|《[^《》。\n]{1,80}》")


# "我院<<关于召开…的通知>>": a title typed in angle brackets is a title in 《》.
_ANGLED_TITLE = re.compile(r"<<([^<>\n]{1,80})>>")


def normalise_punctuation(text: str) -> str:
    if "<<" in text:
        text = _ANGLED_TITLE.sub(r"《\1》", text)
    parts, at = [], 0
    for quoted in _QUOTED.finditer(text):
        parts += [_HALF_WIDTH_RE.sub(_widen, text[at : quoted.start()]), quoted.group()]
        at = quoted.end()
    text = "".join(parts) + _HALF_WIDTH_RE.sub(_widen, text[at:])
    text = _DOUBLED.sub(r"\1", text)
    return _CLAUSE_THEN_STOP.sub("", text)


# "二〇二三年十二月十八日": a date written in words, as formal minutes do.
_WORDS_DATE = re.compile(
    r"(?:(?P<y>[〇零一二三四五六七八九]{4})\s*年\s*)?(?P<m>[一二三四五六七八九十]{1,2})\s*月"
    r"\s*(?P<d>[一二三四五六七八九十]{1,3})\s*[日号]"
)
_YEAR_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


def _digits_date(m: re.Match) -> str:
    month, day = count_value(m.group("m")), count_value(m.group("d"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return m.group()
    year = f"{m.group('y').translate(_YEAR_DIGITS)}年" if m.group("y") else ""
    return f"{year}{month}月{day}日"


_WORDS_YEAR = re.compile(r"[〇零一二三四五六七八九]{4}(?=\s*年)")


def digits_years(text: str) -> str:
    """ "二〇二三年度" → "2023年度" (for reading the year; a title keeps its words)."""
    return _WORDS_YEAR.sub(lambda m: m.group().translate(_YEAR_DIGITS), text)


def digits_dates(text: str) -> str:
    """Dates written in words in digits, as the rest of the genre writes them."""
    return _WORDS_DATE.sub(_digits_date, text) if "月" in text else text


def normalise_whitespace(text: str) -> str:
    text = _MARKUP.sub("", text)
    text = _INVISIBLE.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    text = "\n".join(lines)
    text = _SPACE_NEAR_CJK.sub("", text)
    return _BLANK_LINES.sub("\n", text).strip()


def clean_report_text(text: str) -> str:
    """The report as the extractor reads it: repaired, gloss-free, Simplified, tidy punctuation.

    Paragraph breaks are kept as single newlines; every extracted span points into this text.
    """
    if not text:
        return ""
    # Glosses first: a gloss after the character before the quote hides that character.
    text = strip_pinyin_glosses(text)
    text = repair_quote_mojibake(text)
    text = normalise_whitespace(text)
    text = digits_dates(to_simplified(text))
    return normalise_punctuation(text)
