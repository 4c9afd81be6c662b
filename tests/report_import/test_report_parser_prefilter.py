"""The prefilters of the agenda verbs and of the attendance patterns
(`report_import.parser.prefilter`): a clause is ruled out before a pattern runs only when it
lacks every word that pattern needs, so what is found is what is found without them."""

import random
import re
from pathlib import Path

from report_import.parser import attendance
from report_import.parser.clean import clean_report_text
from report_import.parser.items import _TRIGGER_WORDS
from report_import.parser.prefilter import Guarded, prefilter
from report_import.parser.structure import read_structure

REPORTS = Path(__file__).resolve().parent / "reports"
GUARDED = [
    attendance._LEAVE,
    attendance._ATTEND,
    attendance._ATTEND_HAVE,
    attendance._CANDIDATES,
    attendance._PRESENT_VOTING,
    attendance._MEMBERS_PRESENT,
]


def _clauses() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(REPORTS.glob("*.txt"))]
    return [c.text for t in texts for c in read_structure(clean_report_text(t)).clauses]


def _scrambled(regex: re.Pattern, rng: random.Random, count: int) -> list[str]:
    """Strings of the pattern's own characters and the punctuation its classes exclude."""
    alphabet = sorted({ch for ch in regex.pattern if "\u4e00" <= ch <= "\u9fff"} | set("，。；、"))
    return ["".join(rng.choices(alphabet, k=rng.randint(1, 12))) for _ in range(count)]


def test_no_clause_a_pattern_matches_is_ruled_out_by_its_prefilter():
    clauses = _clauses()
    rng = random.Random(13)
    patterns = [(regex, words) for _, regex, words in _TRIGGER_WORDS]
    patterns += [(guarded.regex, guarded.words) for guarded in GUARDED]
    matched = 0
    for regex, words in patterns:
        for text in clauses + _scrambled(regex, rng, 3000):
            if regex.search(text):
                matched += 1
                assert words is None or words.search(text), (regex.pattern, text)
    assert matched > 1000  # the check saw real matches, not only texts ruled out


def test_a_guarded_pattern_answers_with_the_patterns_own_matches():
    clauses = _clauses()
    for guarded in GUARDED:
        assert guarded.words is not None
        for text in clauses:
            for method in ("match", "search"):
                got, expected = getattr(guarded, method)(text), getattr(guarded.regex, method)(text)
                assert (got and (got.re, got.span())) == (
                    expected and (expected.re, expected.span())
                )
            found = [m.span() for m in guarded.finditer(text)]
            assert found == [m.span() for m in guarded.regex.finditer(text)]


def test_a_guarded_pattern_skips_a_text_without_its_words():
    guarded = Guarded(re.compile(r"(?:作|做)?(?:了)?[^，。；]{0,8}?发言"))
    assert guarded.search("会议传达了文件") is None
    assert guarded.words.pattern == "发言"
    assert guarded.search("他作了发言").group() == "他作了发言"
    assert list(guarded.finditer("会议传达了文件")) == []


def test_most_agenda_verbs_have_a_prefilter():
    assert sum(words is not None for _, _, words in _TRIGGER_WORDS) >= len(_TRIGGER_WORDS) - 2


def test_the_words_are_those_every_match_goes_through():
    words = prefilter(
        re.compile(r"(?:作|做|进行)?(?:了)?[^，。；]{0,8}?发言|汇报了|(?:表示|致以)祝贺")
    )
    assert words.pattern == "发言|汇报了|祝贺"


def test_a_longer_word_holding_a_shorter_one_is_left_out():
    assert prefilter(re.compile(r"交流(?:发言)?|交流了|分享")).pattern == "交流|分享"


def test_a_pattern_that_can_match_without_a_word_has_no_prefilter():
    assert prefilter(re.compile(r"[\u4e00-\u9fff]{2,4}")) is None
    assert prefilter(re.compile(r"发言|(?:了)?行?")) is None
    assert prefilter(re.compile(r"(?:发言)*")) is None


def test_a_pattern_that_ignores_case_has_no_prefilter():
    assert prefilter(re.compile(r"ppt", re.IGNORECASE)) is None
    assert prefilter(re.compile(r"(?i:ppt)汇报")).pattern == "汇报"
