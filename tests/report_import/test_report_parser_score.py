"""Score the report parser against hand-made records, field by field.

Reports: the seed and the shared examples (../shared relative to the repository), and our own
reports in tests/report_import/reports (other universities, kinds and phrasings; 13-41 reproduce
the patterns of the three field tests in docs/report-parser.md, in sentences of our own; 42-54 the
fourth round's agenda and chairs patterns, 60-69 its title, kind, date, venue and attendee
patterns, 70 the fifth round's agenda patterns, 75 and 85-89 the fifth and sixth rounds' field
patterns, 71-74 and 76-80 the sixth round's agenda patterns, 120-127 the seventh round's field
patterns, 130-137 the eighth round's field patterns, 140, 141, 143 and 144 its agenda patterns,
150-156 the ninth round's field patterns, 160-165 its agenda patterns, 170-179 the tenth round's
field conventions, 180-184 its agenda patterns (acts read by their class), 190-199 and 220-224
the eleventh and twelfth rounds' field patterns, 200, 201 and 240 their agenda patterns, 210-212
and 230 their attendee patterns, 250-253, 260 and 270 the thirteenth round's date, chair and
agenda patterns, 280-282 the fourteenth round's agenda patterns (the settled agenda kinds),
290-298 its kind and date patterns, 300-302 its attendee patterns, 310-312, 320-325 and 330
the fifteenth round's agenda, title/kind/documents and attendee patterns; three-digit numbers
sort after 89 and are read like the others).

Per-field score, all in [0, 1], values compared after `fold` (Simplified, no whitespace):
- title, kind, date, venue: 1 when equal, else 0 (both missing counts as equal);
- chairs, documents: F1 over the two sets;
- attendees: mean of the F1 over (name, role) pairs and the F1 over (name, titles) pairs;
- agenda: F1 over the (kind, speaker or org) sequences, matched in order (longest common
  subsequence), so a missing, extra or misplaced item costs without failing the rest;
- pledges: F1 over (title, year, set of parties).
The mean is over those nine fields. host, time, attendee_groups (F1 over (name, role)) and
recorder are shown as well, and their mean as "extended", but not asserted.
"""

import datetime
import json
from pathlib import Path

import pytest

from common.text import fold
from report_import.parser import parse_report

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
OWN = Path(__file__).resolve().parent / "reports"

SCORED = ["title", "kind", "date", "venue", "chairs", "attendees", "agenda", "documents", "pledges"]
EXTRA = ["host", "time", "attendee_groups", "recorder"]


def _f1(got, expected) -> float:
    got, expected = set(got), set(expected)
    if not got and not expected:
        return 1.0
    if not got or not expected:
        return 0.0
    hits = len(got & expected)
    if not hits:
        return 0.0
    precision, recall = hits / len(got), hits / len(expected)
    return 2 * precision * recall / (precision + recall)


def _lcs(a: list, b: list) -> int:
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            table[i + 1][j + 1] = (
                table[i][j] + 1 if x == y else max(table[i][j + 1], table[i + 1][j])
            )
    return table[-1][-1]


def _sequence_f1(got: list, expected: list) -> float:
    if not got and not expected:
        return 1.0
    if not got or not expected:
        return 0.0
    hits = _lcs(got, expected)
    if not hits:
        return 0.0
    precision, recall = hits / len(got), hits / len(expected)
    return 2 * precision * recall / (precision + recall)


def _same(a, b) -> float:
    return 1.0 if fold(str(a)) == fold(str(b)) or (a is None and b is None) else 0.0


def score_record(got: dict, expected: dict) -> dict[str, float]:
    def people(record, key):
        return {(fold(a["name"]), a["role"]) for a in record.get(key) or []}

    def titled(record):
        return {
            (fold(a["name"]), tuple(fold(t) for t in a["titles"]))
            for a in record.get("attendees") or []
        }

    def agenda(record):
        return [
            (i["kind"], fold(i.get("speaker") or i.get("org") or ""))
            for i in record.get("agenda") or []
        ]

    def pledges(record):
        return {
            (fold(p["title"]), p.get("year"), frozenset(fold(x) for x in p.get("parties") or []))
            for p in record.get("pledges") or []
        }

    return {
        "title": _same(got.get("title"), expected.get("title")),
        "kind": _same(got.get("kind"), expected.get("kind")),
        "date": _same(got.get("date"), expected.get("date")),
        "venue": _same(got.get("venue"), expected.get("venue")),
        "chairs": _f1(map(fold, got.get("chairs") or []), map(fold, expected.get("chairs") or [])),
        "attendees": (
            _f1(people(got, "attendees"), people(expected, "attendees"))
            + _f1(titled(got), titled(expected))
        )
        / 2,
        "agenda": _sequence_f1(agenda(got), agenda(expected)),
        "documents": _f1(
            map(fold, got.get("documents") or []), map(fold, expected.get("documents") or [])
        ),
        "pledges": _f1(pledges(got), pledges(expected)),
        "host": _same(got.get("host"), expected.get("host")),
        "time": _same(got.get("time"), expected.get("time")),
        "attendee_groups": _f1(
            {(fold(g["name"]), g["role"]) for g in got.get("attendee_groups") or []},
            {(fold(g["name"]), g["role"]) for g in expected.get("attendee_groups") or []},
        ),
        "recorder": _same(got.get("recorder"), expected.get("recorder")),
    }


def _cases(reports: Path, records: dict[str, Path] | None = None) -> list[tuple[str, Path, Path]]:
    cases = []
    for text in sorted(reports.glob("*.txt")):
        record = (records or {}).get(text.name, text.with_suffix(".json"))
        if record.exists():
            cases.append((text.stem, text, record))
    return cases


def _score_table(cases) -> tuple[list[tuple[str, dict]], float]:
    rows = []
    for name, text_path, record_path in cases:
        expected = json.loads(record_path.read_text(encoding="utf-8"))
        source = expected.get("source") or {}
        published = source.get("published")
        got = parse_report(
            text_path.read_text(encoding="utf-8"),
            url=source.get("url"),
            published=datetime.date.fromisoformat(published) if published else None,
        )
        rows.append((name, score_record(got, expected)))
    columns = SCORED + EXTRA
    header = f"{'report':44}" + "".join(f"{c[:8]:>9}" for c in columns) + f"{'mean':>8}{'ext.':>7}"
    print("\n" + header)
    means = []
    for name, scores in rows:
        mean = sum(scores[c] for c in SCORED) / len(SCORED)
        extended = sum(scores[c] for c in columns) / len(columns)
        means.append(mean)
        print(
            f"{name[:44]:44}"
            + "".join(f"{scores[c]:9.2f}" for c in columns)
            + f"{mean:8.3f}{extended:7.3f}"
        )
    field_means = {c: sum(s[c] for _, s in rows) / len(rows) for c in columns}
    overall = sum(means) / len(means)
    print(
        f"{'field mean':44}"
        + "".join(f"{field_means[c]:9.2f}" for c in columns)
        + f"{overall:8.3f}"
    )
    return rows, overall


def _shared_cases():
    if not SHARED.is_dir():
        pytest.skip(f"shared examples not found at {SHARED}")
    cases = []
    seed = SHARED / "seed" / "000_a2cb4460bf96d624.txt"
    seed_record = SHARED / "examples" / "records" / "seed-meeting.json"
    if seed.exists() and seed_record.exists():
        cases.append(("seed", seed, seed_record))
    cases += _cases(SHARED / "examples" / "reports")
    if not cases:
        pytest.skip(f"no reports with records under {SHARED}")
    return cases


# Floors just below the scores measured when they were set (1.000 over the shared examples;
# 0.9968 over 35 own reports, December 2026; 0.9981 over 58 after the fourth round's two parts;
# 0.9981 over 59 after the fifth round's fields part; 0.9983 over 65 after the sixth round's
# fields part; 0.9964 over 74 after its agenda part; 0.9943 over 82 after the seventh round's
# fields part, whose reports 122 and 126 carry agenda misses of the agenda's modules — a vote
# told as 以无记名投票方式推荐, and 一是…四是 items in one sentence; 0.9953 over 88 after the
# seventh round's agenda part, which reads 122's vote; 0.9940 over 96 after the eighth round's
# fields part, whose reports 132 and 133 carry agenda misses of the agenda's modules — members'
# self-assessment in turn not read, and candidates' accounts filed as 发言 with the third one
# missed); 0.9942 over 100 after the eighth round's agenda part, reports 140, 141, 143 and 144
# added and 73's gold given the two votes four field sets file — main's parser of that moment:
# 0.9936 over the same 100); 0.9920 over 107 after the ninth round's fields part, whose reports
# 150, 151, 153, 154, 155 and 156 carry agenda misses of the agenda's modules (a commentary 表示
# read as a speech, 汇报 filed as 发言, a relay split in two, 讲述 not read) — main's parser of
# that moment: 0.9864 over the same 107: a change that costs any report a field fails here;
# 0.9934 over 113 with the agenda part too (reports 160-165 added, 16's gold without the
# documentary watched: films are no documents, as five field sets' conventions say); 0.9941
# over 118 after the tenth round's agenda part (reports 180-184 added; main's parser of that
# moment: 0.9919 over the same 118); 0.9936 over 128 after its fields part (reports 170-179;
# 171 and 176 carry agenda misses of the agenda's modules — a purpose clause's 传达学习 read as
# an item, 批评和自我批评 read as a second item — and 177 a convener's title before 召集 not read; main's parser of that moment: 0.9858 over the same 128), so the floor
# stays 0.993; 0.9940 over 150 after session 9's eleventh and twelfth rounds (190-201,
# 210-212, 220-224, 230, 240 added; 195 carries an agenda miss, a nomination decided by the
# meeting not read as an item); 0.9945 over 156 after the thirteenth round (250-253, 260, 270);
# 0.9963 over 171 after session 10's fourteenth round (280-282, 290-298, 300-302 added; 26 own
# golds' agenda kinds moved to the settled table), so the floor rises to 0.995; 0.9965 over
# 181 after the fifteenth round (310-312, 320-325, 330 added).
# The shared examples score 1.000; their 06 files a 中心组's 研讨发言 as 发言, which the settled
# agenda table follows (an exchange is 交流, a turn in a study's discussion 发言).
SHARED_FLOOR = 0.995
OWN_FLOOR = 0.995


def test_score_on_shared_examples():
    _, overall = _score_table(_shared_cases())
    assert overall >= SHARED_FLOOR


def test_score_on_own_reports():
    cases = _cases(OWN)
    assert len(cases) >= 181, f"reports missing in {OWN}"
    _, overall = _score_table(cases)
    assert overall >= OWN_FLOOR
