"""Score parser drafts against hand-written records, field by field.

One scorer for the tests (own reports, shared examples) and for field sets read blind
(`manage.py score_reports DIR`), so a number in docs/report-parser.md can be re-run by anyone
who has a folder of reports and their records.

Per-field score, all in [0, 1], values compared after `fold` (Simplified, no whitespace):
- title, kind, date, venue: 1 when equal, else 0 (both missing counts as equal); a record
  whose report gives a month and day but nothing gives the year writes the date `--MM-DD`
  (ISO 8601's month and day), and only month and day are compared, as issue #19's date target
  counts "month and day, and the year where the text or URL gives it";
- chairs, documents: F1 over the two sets;
- attendees: mean of the F1 over (name, role) pairs and the F1 over (name, titles) pairs;
- agenda: F1 over the (kind, speaker or org) sequences, matched in order (longest common
  subsequence), so a missing, extra or misplaced item costs without failing the rest;
- pledges: F1 over (title, year, set of parties).
The mean is over those nine fields. host, time, attendee_groups (F1 over (name, role)) and
recorder are scored as well, and their mean with the nine as "extended". host is compared as a
clerk reads it (`host_units`): the same units, however the golds and the drafts write them.
"""

import datetime
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from common.text import fold

SCORED = ["title", "kind", "date", "venue", "chairs", "attendees", "agenda", "documents", "pledges"]
EXTRA = ["host", "time", "attendee_groups", "recorder"]


def _f1(got: Iterable, expected: Iterable) -> float:
    got, expected = set(got), set(expected)
    if not got and not expected:
        return 1.0
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
    hits = _lcs(got, expected)
    if not hits:
        return 0.0
    precision, recall = hits / len(got), hits / len(expected)
    return 2 * precision * recall / (precision + recall)


def _same(a, b) -> float:
    return 1.0 if (a is None and b is None) or fold(str(a)) == fold(str(b)) else 0.0


def _same_date(got, expected) -> float:
    if isinstance(expected, str) and expected.startswith("--"):
        return 1.0 if isinstance(got, str) and got[4:] == expected[1:] else 0.0
    return _same(got, expected)


# The forms of one unit that the golds of sets 18–34 and the drafts write differently.
_JOINERS = re.compile("[、，,/与和及]")  # "A、B", "A与B", "A和B": a joint host, as a set of units
_PARTY_PREFIX = re.compile("^(?:中国共产党|中共)")
# "中共X处总支部委员会": X处党总支; "中共X系支部委员会": X系党支部
_PARTY_BODIES = (("总支部委员会$", "党总支"), ("支部委员会$", "党支部"), ("委员会$", "党委"))
_OWN = {"我校": "学校", "本校": "学校", "我院": "学院", "本院": "学院", "我系": "系", "本系": "系"}
_OWN_PREFIX = re.compile("^(?:我校|本校|我院|本院|我系|本系)")
# the school itself: 我校/学校 → 校党委 (the golds' convention), as its name, its committee
# ("X大学党委", "中共X大学委员会", "中共X大学第三届委员会") or a draft's "中国共产党X大学"
_SCHOOL = re.compile(
    "^(?:学校|校|[^、]{2,10}大学)(?:(?:第[一二三四五六七八九十]+届)?(?:党委|委员会))?$"
)
# "吉林大学仪器科学与电气工程学院": the school's name before its unit; "学院研究生党支部": the
# writer's own college before its branch
_SCHOOL_BEFORE_UNIT = re.compile("^[^、]{2,10}?大学(?!生)(?=.)")
_OWN_BEFORE_BRANCH = re.compile("^(?:学校|学院)(?=[^党].*(?:支部|总支))")
# "学院党委理论学习中心组": the committee's study group is the committee (golds 5 group, 20
# committee); "护理学院党委班子", "工程技术学院领导班子": the team is its unit's
_GROUP_OR_TEAM = re.compile("(?<=党委)(?:理论学习)?中心组$|(?:领导)?班子$")


def _host_unit(unit: str) -> str:
    unit = unit.replace("（", "(").replace("）", ")")
    if _PARTY_PREFIX.match(unit):  # "中国共产党保定学院委员会": 保定学院党委
        unit = _PARTY_PREFIX.sub("", unit)
        for full, short in _PARTY_BODIES:
            unit = re.sub(full, short, unit)
    unit = _GROUP_OR_TEAM.sub("", _OWN_PREFIX.sub(lambda m: _OWN[m.group()], unit))
    if _SCHOOL.fullmatch(unit):
        return "校党委"
    # the writer's unnamed college: the golds of 我院 split 12 学院 to 6 学院党委
    if unit == "学院":
        return "学院党委"
    return _OWN_BEFORE_BRANCH.sub("", _SCHOOL_BEFORE_UNIT.sub("", unit))


def host_units(host: str | None) -> frozenset[str]:
    """The units of a host as a clerk compares them (see the patterns above)."""
    return frozenset(_host_unit(unit) for unit in _JOINERS.split(fold(host)) if unit)


def _same_host(got, expected) -> float:
    return 1.0 if host_units(got) == host_units(expected) else 0.0


def _people(record: dict, key: str) -> set:
    return {(fold(a["name"]), a["role"]) for a in record.get(key) or []}


def _titled(record: dict) -> set:
    return {
        (fold(a["name"]), tuple(fold(t) for t in a.get("titles") or []))
        for a in record.get("attendees") or []
    }


def _agenda(record: dict) -> list:
    return [
        (item["kind"], fold(item.get("speaker") or item.get("org") or ""))
        for item in record.get("agenda") or []
    ]


def _pledges(record: dict) -> set:
    return {
        (fold(p["title"]), p.get("year"), frozenset(fold(x) for x in p.get("parties") or []))
        for p in record.get("pledges") or []
    }


def _titles(record: dict, key: str) -> Iterable[str]:
    # A document may be an object {"title", …} in the extended format.
    for entry in record.get(key) or []:
        yield fold(entry["title"] if isinstance(entry, dict) else entry)


def score_record(got: dict, expected: dict) -> dict[str, float]:
    """Each field's score of the draft `got` against the record `expected`."""
    return {
        "title": _same(got.get("title"), expected.get("title")),
        "kind": _same(got.get("kind"), expected.get("kind")),
        "date": _same_date(got.get("date"), expected.get("date")),
        "venue": _same(got.get("venue"), expected.get("venue")),
        "chairs": _f1(map(fold, got.get("chairs") or []), map(fold, expected.get("chairs") or [])),
        "attendees": (
            _f1(_people(got, "attendees"), _people(expected, "attendees"))
            + _f1(_titled(got), _titled(expected))
        )
        / 2,
        "agenda": _sequence_f1(_agenda(got), _agenda(expected)),
        "documents": _f1(_titles(got, "documents"), _titles(expected, "documents")),
        "pledges": _f1(_pledges(got), _pledges(expected)),
        "host": _same_host(got.get("host"), expected.get("host")),
        "time": _same(got.get("time"), expected.get("time")),
        "attendee_groups": _f1(
            _people(got, "attendee_groups"), _people(expected, "attendee_groups")
        ),
        "recorder": _same(got.get("recorder"), expected.get("recorder")),
    }


def nine_field_mean(scores: dict[str, float]) -> float:
    return sum(scores[field] for field in SCORED) / len(SCORED)


@dataclass(frozen=True)
class Case:
    """A report and the record written for it by hand."""

    name: str
    text: Path
    record: Path


@dataclass
class ScoredReport:
    name: str
    draft: dict
    scores: dict[str, float]
    error: str | None = None


def folder_cases(folder: Path, records: dict[str, Path] | None = None) -> list[Case]:
    """Every `NAME.txt` in `folder` with its record, `NAME.json` beside it unless `records`
    names another; a report without a record is left out."""
    cases = []
    for text in sorted(folder.glob("*.txt")):
        record = (records or {}).get(text.name, text.with_suffix(".json"))
        if record.exists():
            cases.append(Case(text.stem, text, record))
    return cases


def load_record(path: Path) -> dict:
    record = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(record, dict):
        raise ValueError("记录应为一个 JSON 对象")
    return record


def score_case(case: Case, parse: Callable[..., dict]) -> ScoredReport:
    """Parse the report as the record's source dates it. A parser error scores as an empty
    draft, so one broken report lowers the set's numbers instead of hiding them."""
    expected = load_record(case.record)
    source = expected.get("source") or {}
    published = source.get("published")
    error = None
    try:
        draft = parse(
            case.text.read_text(encoding="utf-8-sig"),
            url=source.get("url"),
            published=datetime.date.fromisoformat(published) if published else None,
        )
    except Exception as exc:  # noqa: BLE001 - a blind run records the failure and goes on
        draft, error = {}, f"{type(exc).__name__}: {exc}"
    return ScoredReport(case.name, draft, score_record(draft, expected), error)


def field_means(reports: list[ScoredReport]) -> dict[str, float]:
    return {field: sum(r.scores[field] for r in reports) / len(reports) for field in SCORED + EXTRA}


def score_table(reports: list[ScoredReport]) -> str:
    """A fixed-width table: one row per report, the field means, the nine-field mean."""
    columns = SCORED + EXTRA
    lines = [f"{'report':44}" + "".join(f"{c[:8]:>9}" for c in columns) + f"{'mean':>8}{'ext.':>7}"]
    for report in reports:
        extended = sum(report.scores[c] for c in columns) / len(columns)
        lines.append(
            f"{report.name[:44]:44}"
            + "".join(f"{report.scores[c]:9.2f}" for c in columns)
            + f"{nine_field_mean(report.scores):8.3f}{extended:7.3f}"
        )
    means = field_means(reports)
    lines.append(
        f"{'field mean':44}"
        + "".join(f"{means[c]:9.2f}" for c in columns)
        + f"{overall_mean(reports):8.3f}"
    )
    return "\n".join(lines)


def overall_mean(reports: list[ScoredReport]) -> float:
    return sum(nine_field_mean(r.scores) for r in reports) / len(reports)
