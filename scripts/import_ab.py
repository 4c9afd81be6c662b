"""`make bench`'s `import` row, A/B: two checkouts alternately, a fresh process per run.

    DATABASE_URL=... .venv/bin/python scripts/import_ab.py --pairs 6 /tmp/main .

Each run is a new Python process started in one checkout, on the same database (a copy of
the 100,000-meeting archive): `django.setup()`, then the warm-up `run_bench` has had when it
reaches the row (the clause and lexeme caches of the 1,000 meetings, as the rebuild before
it leaves them; `freeze_startup_objects()`), then `Bench().import_throughput(1000)` itself,
which re-imports 1,000 exported meetings and rolls back. Besides the row's records/s it
prints the CPU seconds of the process and of its PostgreSQL backend (`pg_backend_pid()`,
`/proc/<pid>/stat`) spent inside `meeting_records_import`, and the load average. Pairs
alternate which checkout goes first; the summary gives medians per checkout. The machine is
shared: read the numbers with the load beside them.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

RUN = r"""
import json, os, sys, time
sys.path.insert(0, os.getcwd())
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
import django
django.setup()
from django.db import connection
import bench.measure as measure
from common.startup import freeze_startup_objects
from meetings.models import Meeting
from meetings.search.backends import postgres
from meetings.search.documents import meeting_documents

with connection.cursor() as cursor:
    cursor.execute("SELECT pg_backend_pid()")
    (backend,) = cursor.fetchone()

def backend_cpu():
    fields = open(f"/proc/{backend}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

ids = list(
    Meeting.objects.exclude(title=measure.BIG_MEETING_TITLE)
    .order_by("pk").values_list("pk", flat=True)[:1000]
)
# What the bench's rebuild_search_index leaves: these meetings' texts tokenised, their
# lexemes encoded.
for doc in meeting_documents(ids):
    postgres.vector_binary(doc)
freeze_startup_objects()
spent = {}
original = measure.meeting_records_import

def timed(**kwargs):
    process, server = time.process_time(), backend_cpu()
    try:
        return original(**kwargs)
    finally:
        spent["process_cpu"] = round(time.process_time() - process, 3)
        spent["backend_cpu"] = round(backend_cpu() - server, 3)

measure.meeting_records_import = timed
result = measure.Bench(log=lambda message: None).import_throughput(1000)
print("RESULT " + json.dumps({"rate": result.value, **spent, "load": os.getloadavg()[0]}))
"""


def run_once(checkout: Path) -> dict:
    completed = subprocess.run(
        [sys.executable, "-c", RUN],
        cwd=checkout,
        capture_output=True,
        text=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings"},
        check=False,
    )
    for line in completed.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT ") :])
    raise SystemExit(f"{checkout}: no result\n{completed.stderr[-2000:]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("checkouts", nargs=2, type=Path, help="two checkouts (A, then B)")
    parser.add_argument("--pairs", type=int, default=6)
    args = parser.parse_args()
    runs: dict[Path, list[dict]] = {checkout: [] for checkout in args.checkouts}
    for pair in range(args.pairs):
        order = args.checkouts if pair % 2 == 0 else args.checkouts[::-1]
        for checkout in order:
            result = run_once(checkout)
            runs[checkout].append(result)
            print(time.strftime("%H:%M:%S"), checkout, json.dumps(result), flush=True)
    for checkout, results in runs.items():
        medians = {
            key: statistics.median(r[key] for r in results)
            for key in ("rate", "process_cpu", "backend_cpu", "load")
        }
        rates = sorted(r["rate"] for r in results)
        print(
            f"{checkout}: {medians['rate']:.0f} records/s (median of {len(results)};"
            f" {rates[0]:.0f}–{rates[-1]:.0f}), process CPU {medians['process_cpu']:.2f} s,"
            f" backend CPU {medians['backend_cpu']:.2f} s, load {medians['load']:.1f}"
        )


if __name__ == "__main__":
    main()
