"""The first passes after cleaning: sentences, then clauses (comma parts) of each sentence.

Every later pass reads the `Text` this module builds; offsets are into the cleaned text.
"""

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from . import lexicon as lx
from .patterns import LED_BY
from .people import split_top


@dataclass
class Found:
    """An extracted value and the span of the cleaned text it was read from."""

    value: Any
    start: int
    end: int


@dataclass
class Clause:
    start: int
    end: int
    sentence: int
    text: str
    paragraph: int


@dataclass
class Text:
    """The cleaned report cut into sentences and clauses."""

    text: str
    sentences: list[tuple[int, int]]
    clauses: list[Clause]

    def sentence_at(self, at: int) -> int:
        """The index of the last sentence that starts at or before `at` (-1 before the first)."""
        return bisect_right(self.sentences, (at, len(self.text) + 1)) - 1

    def sentence_of(self, clause: Clause) -> str:
        s, e = self.sentences[clause.sentence]
        return self.text[s:e]

    def starts_sentence(self, clause: Clause) -> bool:
        return self.sentences[clause.sentence][0] == clause.start

    def ends_sentence(self, clause: Clause) -> bool:
        return not self.text[clause.end : self.sentences[clause.sentence][1]].strip("，。；！？ ")


def read_structure(text: str) -> Text:
    sentences = split_sentences(text)
    return Text(text, sentences, split_clauses(text, sentences))


_PAIRS = {"”": "“", "’": "‘", "》": "《", "）": "（", ")": "(", "】": "【", "」": "「", "』": "『"}
_OPENERS = "“‘《（(【「『"
_MARKS = set(_PAIRS) | set(_OPENERS)


_MARK_RE = re.compile(f"[{re.escape(''.join(sorted(_MARKS)))}]")
_SENTENCE_END = re.compile(r"[\n。！？]|(?<=[。！？])[”’](?![。！？，、；：”’）)》])")


def _depths(text: str) -> list[int]:
    """Nesting depth before each character; a closing mark closes its own opener and any quote
    left open inside it ("《关于…“十不准“规定》": the page lost a closing quote)."""
    # Only the marks change the depth: the runs between them are filled in whole.
    depths: list[int] = []
    stack: list[str] = []
    at = 0
    for mark in _MARK_RE.finditer(text):
        i, ch = mark.start(), mark.group()
        depths += [len(stack)] * (i - at)
        opener = _PAIRS.get(ch)
        if opener in stack:
            del stack[len(stack) - 1 - stack[::-1].index(opener) :]
        depths.append(len(stack))
        if ch in _OPENERS:
            stack.append(ch)
        at = i + 1
    depths += [len(stack)] * (len(text) - at)
    return depths


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of sentences; a sentence ends at 。！？ outside quotes, at a line break, or
    at a quote closed after its own sentence's end ("X表示：“…。”Y认为，…": Y's words are a
    sentence of their own, as the quote's end tells)."""
    depths = _depths(text)
    result, start = [], 0
    for mark in _SENTENCE_END.finditer(text):
        i, ch = mark.start(), mark.group()
        if ch == "\n" or depths[i] == 0 or (ch in "”’" and _closes_outermost(depths, i)):
            end = i + 1 if ch != "\n" else i
            if text[start:end].strip():
                result.append((start, end))
            start = i + 1
    if text[start:].strip():
        result.append((start, len(text)))
    return result


def _closes_outermost(depths: list[int], i: int) -> bool:
    """The quote mark at `i` closes the outermost quote: the depth after it is 0."""
    return i + 1 < len(depths) and depths[i + 1] == 0


def split_clauses(text: str, sentences: list[tuple[int, int]]) -> list[Clause]:
    """Comma parts (a clause ends at a top-level `，；：`) with their sentence and paragraph."""
    clauses = []
    paragraph = 0
    for index, (s, e) in enumerate(sentences):
        if s > 0 and "\n" in text[sentences[index - 1][1] : s + 1]:
            paragraph += 1
        sentence = text[s:e].rstrip("。！？")
        for cs, ce in split_top(sentence, "，；："):
            raw = sentence[cs:ce]
            lead = len(raw) - len(raw.lstrip())
            piece = raw.strip()
            if piece:
                clauses.append(
                    Clause(s + cs + lead, s + cs + lead + len(piece), index, piece, paragraph)
                )
    return clauses


def strip_adverbials(text: str) -> int:
    """Where a clause's subject starts, after 会上/随后/首先 …"""
    m = lx.LEADING_ADVERBIAL_RE.match(text)
    return m.end() if m else 0


def strip_leader(text: str) -> int:
    """Where an act's subject or verb starts, after the adverbials and a leader's 在…带领下(，)
    ("在支部书记X的带领下学习了…", "在X书记领誓下"): who leads the act is read from the sentence
    (`speakers.leaders`); the act's clause starts after it, as after 随后."""
    end = strip_adverbials(text)
    led = LED_BY.match(text, end)
    return led.end() + text.startswith("，", led.end()) if led else end
