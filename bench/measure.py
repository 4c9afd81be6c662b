"""`make bench`: the archive's pages timed by URL, each beside a naive baseline, in one run.

Everything is measured inside one process through Django's test client (no network),
with warm caches: each URL is requested `warmup` times first, then `repeats` times, and
the median is kept. A URL that does not answer 200 is reported with its status instead of a
time, so one broken page never hides the others.
"""

import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.db import OperationalError, connection, transaction
from django.db.models import Count
from django.test import Client

from bench.baseline import admin_changelist_search
from bench.percentile import nearest_rank
from bench.report import Result
from bench.synthetic import BIG_MEETING_TITLE, LAST_YEAR, SCHOOL_NAME, SEED_RECORD_PATH
from meetings.bundle import bundle_write
from meetings.interchange import meeting_to_record
from meetings.models import Meeting, MeetingKind, MeetingStatus, MeetingVisibility
from meetings.selectors import meetings_for_export
from meetings.services import meeting_records_import
from orgs.models import Organisation, OrganisationKind

READER_USERNAME = "bench-reader"
READER_GROUP = "查阅人"
LIST_KIND = MeetingKind.BRANCH_MEMBERS
LIST_YEAR = 2020
COMPLIANCE_YEAR = LAST_YEAR - 1

# Five kinds of input a reader types: leaders' names (fixed in bench.synthetic), document
# titles, policy phrases, Traditional characters, and a name absent from the archive.
SEARCH_QUERIES = [
    "王建国",
    "李晓华",
    "张振宇",
    "陈立新",
    "吴海燕",
    "中国共产党章程",
    "中国共产党纪律处分条例",
    "关于加强新时代高校党的建设的意见",
    "中国共产党发展党员工作细则",
    "主题教育",
    "意识形态工作责任制",
    "基层党组织建设",
    "全面从严治党",
    "立德树人",
    "发展党员",
    "三会一课",
    "黨建工作",
    "從嚴治黨",
    "學習貫徹",
    "欧阳不存在",
]


# Reports the parser is measured on: the founding report and the shared examples, read
# from shared/ beside the checkout (third-party text stays out of the repository).
SHARED_DIR = settings.BASE_DIR.parent / "shared"
REPORT_FILES = [
    *sorted((SHARED_DIR / "seed").glob("*.txt")),
    *sorted((SHARED_DIR / "examples" / "reports").glob("*.txt")),
]


def median_ms(call: Callable[[], object], *, repeats: int, warmup: int) -> float:
    for _ in range(warmup):
        call()
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        call()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def bench_reader():
    user, _ = get_user_model().objects.get_or_create(username=READER_USERNAME)
    user.groups.add(Group.objects.get(name=READER_GROUP))
    return user


def bench_superuser():
    user, _ = get_user_model().objects.get_or_create(
        username="bench-admin", defaults={"is_staff": True, "is_superuser": True}
    )
    return user


class Bench:
    def __init__(
        self,
        *,
        repeats: int = 7,
        warmup: int = 2,
        baseline_timeout: float = 30.0,
        log: Callable[[str], None] = lambda line: None,
    ):
        self.repeats = repeats
        self.warmup = warmup
        self.baseline_timeout = baseline_timeout
        self.log = log
        self.user = bench_reader()
        # The baseline runs as a clerk would in the admin: a staff user who sees everything.
        self.superuser = bench_superuser()
        # A 500 must show up as a row, not abort the whole run.
        self.client = Client(raise_request_exception=False)
        self.client.force_login(self.user)

    def url(
        self, name: str, url: str | None, *, unit: str = "ms", uncached=False, client=None
    ) -> Result:
        """Median time of a page; `uncached` empties the cache before each request, so a
        cached response (the PDFs) cannot pass for a render."""
        if url is None:
            return Result(name, None, unit, note="n/a (no such meeting in the database)")
        client = client or self.client
        status = client.get(url).status_code
        if status != 200:
            return Result(name, None, unit, note=f"HTTP {status}")

        def request():
            if uncached:
                cache.clear()
            return client.get(url)

        value = median_ms(request, repeats=self.repeats, warmup=self.warmup)
        self.log(f"{name}: {value:.1f} ms")
        return Result(
            name, round(value, 1), unit, note="rendered, cache emptied" if uncached else ""
        )

    def admin_change_page(self, name: str, meeting_id: int | None) -> Result:
        """A meeting's admin change page as a superuser opens it to edit: the meeting is made
        a draft (a final record opens read-only) in a transaction rolled back afterwards."""
        if meeting_id is None:
            return self.url(name, None)
        with transaction.atomic():
            Meeting.objects.filter(pk=meeting_id).update(status=MeetingStatus.DRAFT)
            client = Client(raise_request_exception=False)
            client.force_login(self.superuser)
            url = f"/admin/meetings/meeting/{meeting_id}/change/"
            editable = b'name="attendances-0-person"' in client.get(url).content
            result = self.url(name, url, client=client) if editable else None
            transaction.set_rollback(True)
        if result is None:
            return Result(name, None, "ms", note="n/a (the page opened read-only)")
        result.note = "; ".join(filter(None, [result.note, "editable (draft), superuser"]))
        return result

    def search(self, queries: list[str] = SEARCH_QUERIES) -> Result:
        """p50 over the queries of each query's median, beside the admin's changelist search;
        `self.search_p95` keeps the p95 for the row of that name. Each query's median is
        logged and kept in `queries`: the p95 is set by the slowest one or two."""
        per_query, note = {}, ""
        for query in queries:
            result = self.url(f"search {query}", "/meetings/?" + urlencode({"q": query}))
            if result.value is None:
                note = result.note
                break
            per_query[query] = result.value
        ours = list(per_query.values())
        baselines, capped = [], 0
        for query in queries:
            elapsed, timed_out = self._baseline_ms(query)
            baselines.append(elapsed)
            capped += timed_out
            self.log(f"search baseline {query}: {elapsed:.0f} ms")
        if capped:
            limit = f"{self.baseline_timeout:g} s"
            note = "; ".join(
                filter(None, [note, f"baseline of {capped} queries capped at {limit}"])
            )
        baseline = round(statistics.median(baselines), 1)
        if not ours:
            return Result("search", None, "ms", baseline=baseline, note=note)
        value = round(statistics.median(ours), 1)
        self.search_p95 = Result("search_p95", round(nearest_rank(ours, 0.95), 1), "ms")
        ratio = round(baseline / value, 1)
        return Result("search", value, "ms", baseline, ratio, note, queries=per_query)

    def _baseline_ms(self, query: str) -> tuple[float, bool]:
        """One warm run (the naive query is far too slow to repeat); capped on PostgreSQL."""
        start = time.perf_counter()
        try:
            with transaction.atomic():
                if connection.vendor == "postgresql":
                    with connection.cursor() as cursor:
                        timeout = int(self.baseline_timeout * 1000)
                        cursor.execute(f"SET LOCAL statement_timeout = {timeout}")
                admin_changelist_search(query, user=self.superuser)
        except OperationalError:
            return self.baseline_timeout * 1000, True
        return (time.perf_counter() - start) * 1000, False

    def pdf_peak_memory(self, name: str, url: str | None) -> Result:
        """Peak RSS of a fresh process rendering the PDF once (VmHWM)."""
        if url is None:
            return Result(name, None, "MB", note="n/a (no such meeting in the database)")
        completed = subprocess.run(
            [sys.executable, "-c", PEAK_SCRIPT, url, READER_USERNAME],
            capture_output=True,
            text=True,
            timeout=300,
            cwd=settings.BASE_DIR,
            env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings"},
        )
        if completed.returncode:
            return Result(name, None, "MB", note="error: " + completed.stderr.strip()[-200:])
        status, before, peak = completed.stdout.split()[-3:]
        if status != "200":
            return Result(name, None, "MB", note=f"HTTP {status}")
        before_mb, peak_mb = int(before) / 1024, int(peak) / 1024
        return Result(name, round(peak_mb, 1), "MB", note=f"+{peak_mb - before_mb:.0f} MB render")

    def import_throughput(self, count: int = 1000) -> Result:
        """Re-import `count` exported meetings under new titles, then roll back."""
        ids = list(
            Meeting.objects.exclude(title=BIG_MEETING_TITLE)
            .order_by("pk")
            .values_list("pk", flat=True)[:count]
        )
        records = [
            meeting_to_record(m) for m in meetings_for_export(Meeting.objects.filter(pk__in=ids))
        ]
        for record in records:
            record["title"] = ("导入基准：" + record["title"])[:300]
        if not records:
            return Result("import", None, "records/s", note="n/a (no meetings to export)")
        # The export leaves its model instances (cycles through their prefetch caches,
        # ~280,000 objects) to the garbage collector. Freeing them is no part of an import
        # (a file's records are plain JSON), so it is done before the clock starts.
        gc.collect()
        start = time.perf_counter()
        with transaction.atomic():
            meeting_records_import(records=records)
            transaction.set_rollback(True)
        elapsed = time.perf_counter() - start
        self.log(f"import: {len(records)} records in {elapsed:.1f} s")
        return Result(
            "import", round(len(records) / elapsed, 1), "records/s", note=f"{len(records)} records"
        )

    def bundle_export(self, count: int = 1000) -> Result:
        """A transfer bag (BagIt, PDF/A rendered for each meeting) of `count` published
        meetings, written to a temporary folder under var/ and removed."""
        if count <= 0:
            return Result("bundle", None, "s", note="n/a (not measured)")
        ids = list(
            Meeting.objects.filter(status=MeetingStatus.PUBLISHED)
            .exclude(title=BIG_MEETING_TITLE)
            .order_by("-date", "-pk")
            .values_list("pk", flat=True)[:count]
        )
        if not ids:
            return Result("bundle", None, "s", note="n/a (no published meetings)")
        with tempfile.TemporaryDirectory(dir=settings.VAR_DIR) as folder:
            start = time.perf_counter()
            summary = bundle_write(
                meetings=Meeting.objects.filter(pk__in=ids),
                output=Path(folder) / "bag",
                bag_info={"External-Description": "bench"},
            )
            elapsed = time.perf_counter() - start
        self.log(f"bundle: {summary.meetings} meetings in {elapsed:.1f} s")
        note = f"{summary.meetings} meetings, {summary.pages} pages, {os.cpu_count()} processes"
        return Result("bundle", round(elapsed, 1), "s", note=note)

    def parse_throughput(self, rounds: int = 5, passes: int = 5) -> Result:
        """News reports parsed per second after start-up (the parser is pure Python): the
        median of `passes` passes over the texts. One pass takes about 0.1 s, and it comes
        right after the import's rollback, while the server's autovacuum may still be at work,
        so a single pass measured the machine's moment more than the parser."""
        from report_import.parser import parse_report

        texts = [path.read_text(encoding="utf-8") for path in REPORT_FILES]
        if not texts:
            raise RuntimeError(f"no reports to parse under {SHARED_DIR}")
        parse_report(texts[0])  # start-up: jieba's dictionary
        rates = []
        for _ in range(passes):
            start = time.perf_counter()
            for _ in range(rounds):
                for text in texts:
                    parse_report(text)
            rates.append(rounds * len(texts) / (time.perf_counter() - start))
        self.log(
            f"parse: {passes} passes of {rounds * len(texts)} reports, "
            + ", ".join(f"{rate:.0f}/s" for rate in rates)
        )
        return Result(
            "parse",
            round(statistics.median(rates), 1),
            "reports/s",
            note=f"{len(texts)} reports × {rounds}, median of {passes} (slowest {min(rates):.0f})",
        )

    def _search_p95(self) -> list[Result]:
        return [self.search_p95] if getattr(self, "search_p95", None) else []

    def scale_run(self) -> list[Result]:
        """The rows that show how cost grows with the archive (BENCH_SIZES)."""
        urls = self._urls()
        return [
            self.search(),
            *self._search_p95(),
            self.url("list", urls["list"]),
            self.url("detail_big", urls["detail_big"]),
            self.url("compliance", urls["compliance"], uncached=True),
            Result("meetings", Meeting.objects.count(), "meetings"),
        ]

    def _urls(self) -> dict:
        big = _meeting_id(title=BIG_MEETING_TITLE)
        school = Organisation.objects.filter(name=SCHOOL_NAME).order_by("pk").first()
        largest = largest_branch_id()
        return {
            "list": "/meetings/?" + urlencode({"kind": LIST_KIND, "year": LIST_YEAR, "page": 50}),
            "detail_big": big and f"/meetings/{big}/",
            "compliance": school
            and "/compliance/?" + urlencode({"year": COMPLIANCE_YEAR, "org": school.pk}),
            "members": largest
            and "/compliance/members/?" + urlencode({"org": largest, "year": COMPLIANCE_YEAR}),
        }

    def run(self, *, import_count: int = 1000, bundle_count: int = 1000) -> list[Result]:
        urls = self._urls()
        big = _meeting_id(title=BIG_MEETING_TITLE)
        seed = _meeting_id(title=json.loads(SEED_RECORD_PATH.read_text(encoding="utf-8"))["title"])
        return [
            self.search(),
            *self._search_p95(),
            self.url("list", urls["list"]),
            self.url("detail_big", urls["detail_big"]),
            self.admin_change_page("admin_big", big),
            self.url("pdf", seed and f"/meetings/{seed}/summary.pdf", uncached=True),
            self.url("pdf_big", big and f"/meetings/{big}/summary.pdf", uncached=True),
            self.pdf_peak_memory("pdf_big_peak_memory", big and f"/meetings/{big}/summary.pdf"),
            self.url("compliance", urls["compliance"], uncached=True),
            self.url("members", urls["members"]),
            self.import_throughput(import_count),
            self.parse_throughput(),
            self.bundle_export(bundle_count),
            Result("meetings", Meeting.objects.count(), "meetings"),
        ]


# VmHWM, not getrusage: Linux carries ru_maxrss across exec, so a child started by the
# (much larger) bench process would report the parent's peak.
PEAK_SCRIPT = """
import sys
import django
django.setup()
from django.contrib.auth import get_user_model
from django.test import Client

def peak_kb():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))

client = Client(raise_request_exception=False)
client.force_login(get_user_model().objects.get(username=sys.argv[2]))
before = peak_kb()
status = client.get(sys.argv[1]).status_code
print(status, before, peak_kb())
"""


def largest_branch_id() -> int | None:
    """The 党支部 with the most people holding a position in it (its members)."""
    return (
        Organisation.objects.filter(kind=OrganisationKind.BRANCH)
        .annotate(people=Count("positions__person", distinct=True))
        .order_by("-people", "pk")
        .values_list("pk", flat=True)
        .first()
    )


def _meeting_id(*, title: str) -> int | None:
    return Meeting.objects.filter(title=title).order_by("pk").values_list("pk", flat=True).first()


def search_index_rebuild() -> Result:
    """Run `rebuild_search_index` and time it."""
    start = time.perf_counter()
    call_command("rebuild_search_index")
    return Result("index_build", round(time.perf_counter() - start, 1), "s")


def loadtest_paths(*, details: int = 100, pdfs: int = 10) -> list[str]:
    """A mix of list, filter, search, detail and PDF paths, each checked to answer 200 to an
    anonymous user (and so rendered into the cache once); raises naming any that does not."""
    school = Organisation.objects.filter(name=SCHOOL_NAME).order_by("pk").first()
    candidates = ["/meetings/", "/meetings/?page=20"]
    candidates += [
        "/meetings/?" + urlencode({"kind": kind, "year": year})
        for kind, year in ((LIST_KIND, LIST_YEAR), (MeetingKind.PARTY_LECTURE, COMPLIANCE_YEAR))
    ]
    if school:
        candidates.append("/meetings/?" + urlencode({"org": school.pk, "year": LIST_YEAR}))
    candidates += ["/meetings/?" + urlencode({"q": q}) for q in SEARCH_QUERIES[::2]]
    public = Meeting.objects.visible_to(None).filter(visibility=MeetingVisibility.PUBLIC)
    detail_ids = list(public.order_by("pk").values_list("pk", flat=True)[: details * 7 : 7])
    candidates += [f"/meetings/{pk}/" for pk in detail_ids]
    candidates += [f"/meetings/{pk}/summary.pdf" for pk in detail_ids[:pdfs]]
    client = Client(raise_request_exception=False)
    failing = [path for path in candidates if client.get(path).status_code != 200]
    if failing:
        raise RuntimeError("these load-test pages do not answer 200: " + ", ".join(failing))
    return candidates


def machine_info() -> dict:
    cpu = platform.processor() or platform.machine()
    memory_gb = None
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
                break
    except OSError:
        pass
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
            database = "PostgreSQL " + cursor.fetchone()[0]
        else:
            database = f"{connection.vendor} {connection.Database.sqlite_version}"
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": memory_gb,
        "python": platform.python_version(),
        "postgres": database if connection.vendor == "postgresql" else None,
        "database": database,
    }
