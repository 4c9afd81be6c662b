"""Score the report parser against hand-made records, field by field.

Reports: the seed and the shared examples (../shared relative to the repository), and our own
reports in tests/report_import/reports, numbered by the round that wrote them (three-digit numbers
sort after 89 and are read like the others). Each round's own reports reproduce, in sentences of
our own, the patterns it found in field reports; docs/report-parser.md, "Own test reports and
their floor", says which patterns each number carries.

The per-field scores and their mean are `report_import.scoring`'s, which `manage.py score_reports`
uses on field sets.
"""

from pathlib import Path

import pytest

from report_import.parser import parse_report
from report_import.scoring import Case, folder_cases, overall_mean, score_case, score_table

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
OWN = Path(__file__).resolve().parent / "reports"


def _score_table(cases: list[Case]) -> float:
    reports = [score_case(case, parse_report) for case in cases]
    assert not [r.error for r in reports if r.error]
    print("\n" + score_table(reports))
    return overall_mean(reports)


def _shared_cases():
    if not SHARED.is_dir():
        pytest.skip(f"shared examples not found at {SHARED}")
    cases = []
    seed = SHARED / "seed" / "000_a2cb4460bf96d624.txt"
    seed_record = SHARED / "examples" / "records" / "seed-meeting.json"
    if seed.exists() and seed_record.exists():
        cases.append(Case("seed", seed, seed_record))
    cases += folder_cases(SHARED / "examples" / "reports")
    if not cases:
        pytest.skip(f"no reports with records under {SHARED}")
    return cases


# Floors just below the scores measured when they were set: 1.000 over the shared examples; own
# reports 0.995 from session 10 (0.9963 over 171) to session 12's twenty-first round (0.9955
# over 270), then 0.993 when four own reports that round-20 and -21 engineers had withdrawn to
# stay above 0.995 came back as known misses (485, 558, 559, 563): 0.9938 over 276 at the end of
# session 12; 0.994 from session 13 (0.9947 over 323 after rounds 22-24, the names holding 以
# read and every own report withdrawn in the rounds back). Every raise of the count, with main's
# score at that moment, is in
# docs/report-parser.md, "Own test reports and their floor"; each round compares the per-report
# table (`-s`) with main's.
# The shared examples score 1.000; their 06 files a 中心组's 研讨发言 as 发言, which the settled
# agenda table follows (an exchange is 交流, a turn in a study's discussion 发言).
# 0.9935 from session 15's twenty-ninth round: own reports 716 (title) and 718 (kind), written
# gold-first for the host, are known misses of other fields (0.99370 over 390).
SHARED_FLOOR = 0.995
OWN_FLOOR = 0.9935


def test_score_on_shared_examples():
    overall = _score_table(_shared_cases())
    assert overall >= SHARED_FLOOR


def test_score_on_own_reports():
    cases = folder_cases(OWN)
    assert len(cases) >= 402, f"reports missing in {OWN}"
    overall = _score_table(cases)
    assert overall >= OWN_FLOOR
