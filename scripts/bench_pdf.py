"""Time the summary PDF of the seed meeting and of a 300-attendee, 60-item meeting.

Runs in a throwaway test database; the PDF cache is cleared before every render so each
run measures real rendering (the view's warm path, after the first render of the process).
Usage: .venv/bin/python scripts/bench_pdf.py [--runs 7]
"""

import argparse
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs

    import django

    django.setup()
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0)
    try:
        from meetings import pdf
        from meetings.services import meeting_records_import
        from tests.factories import big_meeting_create

        record = json.loads((ROOT / "tests/data/seed-meeting.json").read_text(encoding="utf-8"))
        (seed,) = meeting_records_import(records=record)
        big = big_meeting_create()
        for label, meeting in [("seed", seed), ("300 attendees, 60 items", big)]:
            cache.clear()
            start = time.perf_counter()
            pdf.meeting_summary_pdf(meeting)
            cold = time.perf_counter() - start
            timings = []
            for _ in range(runs):
                cache.clear()
                start = time.perf_counter()
                pdf.meeting_summary_pdf(meeting)
                timings.append(time.perf_counter() - start)
            print(
                f"{label}: first {cold:.2f} s, warm median {statistics.median(timings):.2f} s "
                f"(min {min(timings):.2f}, max {max(timings):.2f}, {runs} runs)"
            )
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak RSS of this process: {peak:.0f} MB")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
