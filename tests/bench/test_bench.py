import datetime
import json
import re

import pytest
from django.db.models import Count

from bench.measure import (
    REPORT_FILES,
    SHARED_DIR,
    Bench,
    largest_branch_id,
    loadtest_paths,
    machine_info,
)
from bench.report import Result, results_table, results_write
from bench.synthetic import BIG_MEETING_TITLE, archive_generate
from meetings.models import Meeting, MeetingStatus
from orgs.models import Organisation, OrganisationKind, Position

WHEN = datetime.datetime(2024, 5, 1, 9, 30, tzinfo=datetime.UTC)


def test_table_marks_targets_met_missed_and_not_available():
    table = results_table(
        [
            Result("search", 20.0, "ms", baseline=900.0, ratio=45.0),
            Result("list", None, "ms", note="HTTP 500"),
            Result("import", 300.0, "records/s"),
            Result("meetings", 12, "meetings"),
        ]
    )
    rows = {line.split(" | ")[0].strip("| "): line for line in table.splitlines()[2:]}
    assert "✓" in rows["search"] and "≤ 40, ≥ 30×" in rows["search"] and "45×" in rows["search"]
    assert "n/a" in rows["list"] and "HTTP 500" in rows["list"]
    assert "✗" in rows["import"] and "≥ 500" in rows["import"]
    assert "✓" not in rows["meetings"] and "✗" not in rows["meetings"]


def test_search_slower_than_thirty_times_its_baseline_misses_the_target():
    table = results_table([Result("search", 20.0, "ms", baseline=100.0, ratio=5.0)])
    assert "✗" in table


@pytest.mark.django_db
def test_a_run_on_a_tiny_archive_writes_every_result_to_json(tmp_path):
    archive_generate(meetings=20, seed=1)
    meetings_before = Meeting.objects.count()
    bench = Bench(repeats=1, warmup=0)
    results = [
        bench.url("missing", "/no-such-page/"),
        bench.url("login", "/admin/login/"),
        bench.search(["王建国"]),
        bench.import_throughput(5),
    ]
    path = tmp_path / "bench.json"
    results_write(path, results, machine=machine_info(), when=WHEN)

    data = json.loads(path.read_text(encoding="utf-8"))
    by_name = {row["name"]: row for row in data["results"]}
    assert set(by_name) == {"missing", "login", "search", "import"}
    assert set(data["results"][0]) == {"name", "value", "unit", "baseline", "ratio", "note"}
    assert by_name["missing"]["value"] is None and by_name["missing"]["note"] == "HTTP 404"
    assert by_name["login"]["value"] > 0 and by_name["login"]["unit"] == "ms"
    assert by_name["search"]["baseline"] > 0
    # Each query's own median, which sets the p95 when it is the slowest.
    assert list(by_name["search"]["queries"]) == ["王建国"]
    assert by_name["search"]["queries"]["王建国"] > 0
    assert by_name["import"]["value"] > 0 and by_name["import"]["unit"] == "records/s"
    assert data["when"] == "2024-05-01T09:30:00+00:00"
    assert {"cpu", "cores", "memory_gb", "python", "postgres"} <= set(data["machine"])
    # The import is measured inside a transaction that is rolled back.
    assert Meeting.objects.count() == meetings_before


@pytest.mark.django_db
def test_loadtest_paths_are_pages_that_answer():
    archive_generate(meetings=20, seed=1)
    paths = loadtest_paths(details=3)
    assert "/meetings/" in paths
    assert len([p for p in paths if re.fullmatch(r"/meetings/\d+/", p)]) == 3


@pytest.mark.django_db
def test_loadtest_paths_refuse_a_page_that_fails(monkeypatch):
    import bench.measure

    archive_generate(meetings=20, seed=1)
    monkeypatch.setattr(bench.measure, "SEARCH_QUERIES", ["\x00"])  # refused with 400
    with pytest.raises(RuntimeError, match="do not answer 200"):
        loadtest_paths(details=1)


@pytest.mark.django_db
def test_parser_throughput_without_reports_says_where_it_looked(monkeypatch):
    import bench.measure

    monkeypatch.setattr(bench.measure, "REPORT_FILES", [])
    with pytest.raises(RuntimeError, match="no reports to parse under"):
        Bench(repeats=1, warmup=0).parse_throughput(rounds=1, passes=1)


@pytest.mark.django_db
def test_parser_throughput_is_the_median_of_several_passes_in_reports_per_second():
    if not REPORT_FILES:
        pytest.skip(f"the shared reports are not under {SHARED_DIR}")
    result = Bench(repeats=1, warmup=0).parse_throughput(rounds=1, passes=3)
    assert result.name == "parse" and result.unit == "reports/s"
    assert result.value > 0
    assert "× 1, median of 3" in result.note


@pytest.mark.django_db
def test_uncached_pages_empty_the_cache_before_each_request(seed_meeting):
    from django.core.cache import cache

    bench = Bench(repeats=2, warmup=0)
    cache.set("marker", 1)
    result = bench.url("pdf", f"/meetings/{seed_meeting.pk}/summary.pdf", uncached=True)
    assert result.value > 0 and result.note == "rendered, cache emptied"
    assert cache.get("marker") is None


@pytest.mark.django_db
def test_members_row_measures_the_branch_with_the_most_members():
    archive_generate(meetings=40, seed=1)
    branch = largest_branch_id()
    most = max(
        Organisation.objects.filter(kind=OrganisationKind.BRANCH).annotate(
            people=Count("positions__person", distinct=True)
        ),
        key=lambda org: org.people,
    )

    result = Bench(repeats=1, warmup=0).url(
        "members", f"/compliance/members/?org={branch}&year=2023"
    )

    assert Position.objects.filter(organisation_id=branch).count() >= most.people > 3
    assert result.value > 0 and result.note == ""


@pytest.mark.django_db
def test_the_bundle_row_times_a_transfer_bag_of_published_meetings(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    archive_generate(meetings=3, seed=1)

    result = Bench(repeats=1, warmup=0).bundle_export(2)

    assert result.name == "bundle" and result.unit == "s" and result.value > 0
    assert result.note.startswith("2 meetings")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.django_db
def test_the_search_baseline_is_the_admin_changelist_over_the_indexed_fields():
    from bench.baseline import admin_changelist_search
    from bench.measure import bench_superuser

    archive_generate(meetings=20, seed=1)
    title = Meeting.objects.order_by("pk").values_list("title", flat=True).first()

    count, page = admin_changelist_search(title, user=bench_superuser())

    assert count >= 1 and title in [m.title for m in page]
    assert admin_changelist_search("欧阳不存在", user=bench_superuser()) == (0, [])


def test_the_sizes_table_has_one_row_per_archive_size_then_one_per_search_query(tmp_path):
    paths = []
    for meetings, search in ((30_000, 12.5), (10_000, 10.0)):
        path = tmp_path / f"bench-{meetings}.json"
        results = [
            Result(
                "search",
                search,
                "ms",
                baseline=400.0,
                ratio=40.0,
                queries={"王建国": search, "主题教育": 4 * search},
            ),
            Result("search_p95", 2 * search, "ms"),
            Result("index_build", 9.0, "s"),
            Result("meetings", meetings, "meetings"),
        ]
        results_write(path, results, machine={"cpu": "test"}, when=WHEN)
        paths.append(path)

    from bench.report import sizes_table

    lines = sizes_table(paths).splitlines()
    assert lines[2].startswith("| 10,000 | 10 | 20 |")
    assert lines[3].startswith("| 30,000 | 12.5 | 25 |")
    assert lines[3].endswith("| 9 | 400 |")
    # Then each query by size, with its growth from the smallest archive to the largest.
    assert lines[4] == "" and lines[5] == "| query | 10,000 (ms) | 30,000 (ms) | growth |"
    assert lines[7:] == ["| 王建国 | 10 | 12.5 | 1.2× |", "| 主题教育 | 40 | 50 | 1.2× |"]


@pytest.mark.django_db
def test_the_admin_row_times_the_big_meeting_open_to_edit_and_leaves_it_as_it_was():
    archive_generate(meetings=20, seed=1)
    big = Meeting.objects.get(title=BIG_MEETING_TITLE)

    result = Bench(repeats=1, warmup=0).admin_change_page("admin_big", big.pk)

    assert result.value > 0 and result.note == "editable (draft), superuser"
    assert Meeting.objects.get(pk=big.pk).status == big.status == MeetingStatus.PUBLISHED


@pytest.mark.django_db
def test_the_admin_row_is_not_available_when_the_page_opens_read_only(monkeypatch):
    from meetings.admin import MeetingAdmin

    archive_generate(meetings=20, seed=1)
    big = Meeting.objects.get(title=BIG_MEETING_TITLE)
    monkeypatch.setattr(MeetingAdmin, "has_change_permission", lambda *args: False)

    result = Bench(repeats=1, warmup=0).admin_change_page("admin_big", big.pk)

    assert result.value is None and "read-only" in result.note
