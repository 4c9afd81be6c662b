"""`make bench`'s `parse` row, A/B: another commit's parser against this checkout's.

    .venv/bin/python scripts/parse_ab.py [--ref main] [--pairs 5]

Exports REF (`git archive`) to a temporary folder beside a link to `../shared` (where the
bench reads its reports), then runs the row alternately in REF's tree and in this one, each
run a fresh process calling `Bench.parse_throughput` as `run_bench` does (5 rounds of the
7 reports, median of 5 passes, after a start-up parse). The machine is shared, so the pairs
run at the same moment and the medians are compared, with the load average beside them and
the rate per second of the process's CPU time.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# One run: the row exactly as `run_bench` computes it, without the database it never uses;
# beside it, the reports per second of the process's CPU time during the row (jieba loaded
# beforehand), which another process on the same core slows less than the wall clock.
_RUN = """
import os, time, types
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
import django
django.setup()
from bench.measure import REPORT_FILES, Bench
from report_import.parser import parse_report
parse_report(REPORT_FILES[0].read_text(encoding="utf-8"))  # what the row's start-up parse does
start = time.process_time()
row = Bench.parse_throughput(types.SimpleNamespace(log=lambda line: None))
parsed = 1 + 5 * 5 * len(REPORT_FILES)  # its start-up parse, then 5 passes of 5 rounds
print(row.value, parsed / (time.process_time() - start))
"""


def _run(tree: Path) -> tuple[float, float]:
    done = subprocess.run(
        [sys.executable, "-c", _RUN],
        cwd=tree,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(tree)},
    )
    row, cpu = done.stdout.split()[-2:]
    return float(row), float(cpu)


def _export(ref: str, folder: Path) -> Path:
    tree = folder / "tree"
    tree.mkdir()
    archive = subprocess.run(
        ["git", "archive", ref], cwd=REPO, capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    (folder / "shared").symlink_to(REPO.parent / "shared")
    return tree


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", default="main")
    parser.add_argument("--pairs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        trees = {args.ref: _export(args.ref, Path(folder)), "this checkout": REPO}
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
        print(f"load average before: {os.getloadavg()[0]:.2f}")
        for _ in range(args.pairs):
            for name, tree in trees.items():
                runs[name].append(_run(tree))
            print(
                "  ".join(f"{name} {r[-1][0]:.1f} (cpu {r[-1][1]:.0f})" for name, r in runs.items())
            )
        print(f"load average after: {os.getloadavg()[0]:.2f}")
    for name, values in runs.items():
        row = statistics.median(v[0] for v in values)
        cpu = statistics.median(v[1] for v in values)
        print(
            f"{name}: row median {row:.1f} reports/s, per CPU second {cpu:.0f} ({args.pairs} runs)"
        )


if __name__ == "__main__":
    main()
