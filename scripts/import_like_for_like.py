"""The import row like for like, in this checkout or an older one (run from its root):

    DATABASE_URL=... ROUNDS=3 .venv/bin/python manage.py shell < /path/to/scripts/import_like_for_like.py

Re-imports 1,000 exported meetings, as `make bench`'s `import` row does, and rolls back;
prints the rate of the import alone and of the import plus the `on_commit` callbacks its
commit would run. Code that indexes for search after commit (2026-11-25) pays for it only
in the second figure; today's code indexes inside the import, so both figures include it.
Only names that every version since 2026-11-25 has are imported.
"""

import gc
import os
import time

from django.db import connection, transaction

from meetings.interchange import meeting_to_record
from meetings.models import Meeting
from meetings.selectors import meetings_for_export
from meetings.services import meeting_records_import

ids = list(
    Meeting.objects.exclude(title__startswith="大型")
    .order_by("pk")
    .values_list("pk", flat=True)[:1000]
)
records = [meeting_to_record(m) for m in meetings_for_export(Meeting.objects.filter(pk__in=ids))]
for record in records:
    record["title"] = ("导入基准：" + record["title"])[:300]
if not records:
    raise SystemExit("没有可导出的会议：先运行 generate_archive。")
for _ in range(int(os.environ.get("ROUNDS", "2"))):
    gc.collect()
    with transaction.atomic():
        start = time.perf_counter()
        meeting_records_import(records=records)
        alone = time.perf_counter() - start
        for _savepoints, callback, *_ in list(connection.run_on_commit):
            callback()
        whole = time.perf_counter() - start
        transaction.set_rollback(True)
    print(
        f"import {len(records) / alone:.0f} records/s; "
        f"with its commit callbacks {len(records) / whole:.0f} records/s"
    )
