"""`make bench`'s `parse` row, A/B: another commit's parser against this checkout's.

    .venv/bin/python scripts/parse_ab.py [--ref main] [--pairs 5]

Exports REF (`git archive`) to a temporary folder beside a link to `../shared` (where the
bench reads its reports), then runs the row alternately in REF's tree and in this one, each
run a fresh process calling `Bench.parse_throughput` as `run_bench` does (5 rounds of the
7 reports, median of 5 passes, after a start-up parse). The machine is shared, so the pairs
run at the same moment and the medians are compared, with the load average beside them.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# One run: the row exactly as `run_bench` computes it, without the database it never uses.
_RUN = """
import os, types
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
import django
django.setup()
from bench.measure import Bench
print(Bench.parse_throughput(types.SimpleNamespace(log=lambda line: None)).value)
"""


def _rate(tree: Path) -> float:
    done = subprocess.run(
        [sys.executable, "-c", _RUN],
        cwd=tree,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(tree)},
    )
    return float(done.stdout.split()[-1])


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
        rates: dict[str, list[float]] = {name: [] for name in trees}
        print(f"load average before: {os.getloadavg()[0]:.2f}")
        for _ in range(args.pairs):
            for name, tree in trees.items():
                rates[name].append(_rate(tree))
            print("  ".join(f"{name} {values[-1]:.1f}" for name, values in rates.items()))
        print(f"load average after: {os.getloadavg()[0]:.2f}")
    for name, values in rates.items():
        print(f"{name}: median {statistics.median(values):.1f} reports/s ({args.pairs} runs)")


if __name__ == "__main__":
    main()
