"""What `make bench` writes: the results table, the JSON file and the table across sizes."""

import datetime
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass
class Result:
    name: str
    value: float | None
    unit: str
    baseline: float | None = None
    ratio: float | None = None
    note: str = ""
    # The search row's median of each query, by query: written to the JSON only.
    queries: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Target:
    limit: float
    higher_is_better: bool = False
    min_ratio: float | None = None

    def describe(self) -> str:
        text = f"{'≥' if self.higher_is_better else '≤'} {self.limit:g}"
        return text + (f", ≥ {self.min_ratio:g}×" if self.min_ratio else "")

    def met(self, result: Result) -> bool | None:
        if result.value is None:
            return None
        ok = result.value >= self.limit if self.higher_is_better else result.value <= self.limit
        if self.min_ratio is not None:
            ok = ok and result.ratio is not None and result.ratio >= self.min_ratio
        return ok


TARGETS = {
    "search": Target(40, min_ratio=30),
    "search_p95": Target(150),
    "list": Target(80),
    "detail_big": Target(120),
    "admin_big": Target(400),
    "pdf": Target(800),
    "pdf_big": Target(3000),
    "pdf_big_peak_memory": Target(400),
    "compliance": Target(300),
    "members": Target(150),
    "import": Target(500, higher_is_better=True),
    "parse": Target(100, higher_is_better=True),
    "bundle": Target(120),
}


def _number(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:g}"


def results_table(results: list[Result]) -> str:
    """A Markdown table: the same text goes to the terminal and into the README."""
    header = ["name", "value", "unit", "baseline", "ratio", "target", "ok", "note"]
    rows = []
    for result in results:
        target = TARGETS.get(result.name)
        met = target.met(result) if target else None
        rows.append(
            [
                result.name,
                _number(result.value) if result.value is not None else "n/a",
                result.unit,
                _number(result.baseline),
                f"{result.ratio:g}×" if result.ratio is not None else "–",
                target.describe() if target else "–",
                {True: "✓", False: "✗", None: "–"}[met],
                result.note,
            ]
        )
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def results_json(results: list[Result], *, machine: dict, when: datetime.datetime) -> dict:
    return {
        "results": [_result_json(result) for result in results],
        "machine": machine,
        "when": when.isoformat(timespec="seconds"),
    }


def _result_json(result: Result) -> dict:
    data = asdict(result)
    if not data["queries"]:
        del data["queries"]
    return data


def results_write(path: Path, results: list[Result], *, machine: dict, when: datetime.datetime):
    path.parent.mkdir(parents=True, exist_ok=True)
    data = results_json(results, machine=machine, when=when)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


SIZE_COLUMNS = ["search", "search_p95", "list", "detail_big", "compliance", "index_build"]


def sizes_table(paths: list[Path]) -> str:
    """One row per archive size (BENCH_SIZES), from the JSON of each `run_bench --scale`."""
    header = "| meetings | " + " | ".join(f"{c} (ms)" for c in SIZE_COLUMNS[:-1])
    lines = [header + " | index_build (s) | search baseline (ms) |"]
    lines.append("|" + "---|" * (len(SIZE_COLUMNS) + 2))
    sizes = sorted(
        (
            {r["name"]: r for r in json.loads(path.read_text(encoding="utf-8"))["results"]}
            for path in paths
        ),
        key=lambda results: results["meetings"]["value"],
    )
    for results in sizes:
        values = [results.get(c, {}).get("value") for c in SIZE_COLUMNS]
        cells = [_cell(v) for v in [*values, results.get("search", {}).get("baseline")]]
        lines.append(f"| {results['meetings']['value']:,} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + _queries_table(sizes)


def _cell(value: float | None) -> str:
    return "–" if value is None else f"{value:g}"


def _queries_table(sizes: list[dict]) -> str:
    """Each search query's median by size, and how it grew from the smallest to the largest:
    the p95 is set by the slowest one or two queries."""
    per_size = [results.get("search", {}).get("queries") or {} for results in sizes]
    if not per_size[0]:
        return ""
    header = " | ".join(f"{results['meetings']['value']:,} (ms)" for results in sizes)
    lines = ["", "", f"| query | {header} | growth |", "|" + "---|" * (len(sizes) + 2)]
    for query, first in per_size[0].items():
        values = [queries.get(query) for queries in per_size]
        growth = f"{values[-1] / first:.1f}×" if values[-1] and first else "–"
        lines.append(f"| {query} | " + " | ".join(map(_cell, values)) + f" | {growth} |")
    return "\n".join(lines)
