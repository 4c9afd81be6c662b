"""An import costs a fixed number of queries however many records it holds (up to
`services.IMPORT_BATCH`, then a fixed number per batch: tests/meetings/test_import_writer.py),
and what it writes in batches (inline rows, their history, new people, the search index) is what the
row-by-row paths would write."""

import copy

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from meetings import services
from meetings.models import Attendance, Meeting, MeetingKind, Pledge, PledgeParty
from meetings.search.indexing import search_index_rebuild
from meetings.services import RecordsRejected, meeting_records_import
from orgs.models import Person

pytestmark = pytest.mark.django_db

PARTIES = ["太原理工大学", "电气与动力工程学院党委"]


def records(seed_record: dict, count: int, *, prefix: str = "批量导入测试会议") -> list[dict]:
    result = []
    for number in range(count):
        record = copy.deepcopy(seed_record)
        record["title"] = f"{prefix}{number}"
        record["pledges"][0]["parties"] = PARTIES
        result.append(record)
    return result


def import_query_count(seed_record: dict, count: int, *, prefix: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        meeting_records_import(records=records(seed_record, count, prefix=prefix))
    return len(captured.captured_queries)


def test_an_import_of_twice_the_records_runs_the_same_number_of_queries(seed_record):
    # The first import creates the people and units both files name; the two measured
    # imports then cost the same.
    meeting_records_import(records=records(seed_record, 1, prefix="先导入"))

    two = import_query_count(seed_record, 2, prefix="两条")
    four = import_query_count(seed_record, 4, prefix="四条")

    assert two == four
    if connection.vendor == "postgresql":
        # The savepoint, the names lock (a rename waits for the import), the savepoint
        # that a bad record rolls back to (and its release, below), 2 name look-ups;
        # per table (meeting, 7 inline tables): the reserved ids, COPY of the rows, their
        # history copied from them (24); the search index, from the rows written (nothing
        # read back): its savepoint and release, DELETE and COPY; the release of both
        # savepoints.
        assert two == 1 + 1 + 1 + 2 + 24 + 4 + 2
    else:
        # The savepoint, the savepoint a bad record rolls back to, 2 name look-ups
        # (SQLite's write lock is the names lock); per table one INSERT of the rows and
        # one of their history (16); the search index (nothing read back): its savepoint,
        # DELETE, the FTS inserts (one executemany) and release; the release of both
        # savepoints.
        assert two == 1 + 1 + 2 + 16 + 4 + 2


def test_progress_counts_each_batch_once_its_rows_and_index_entries_are_written(
    seed_record, monkeypatch
):
    monkeypatch.setattr(services, "IMPORT_BATCH", 2)
    seen = []

    def progress(count):
        # On PostgreSQL this runs in the writing thread, on the import's connection.
        ids = list(Meeting.objects.filter(title__startswith="进度").values_list("pk", flat=True))
        with_rows = Attendance.objects.filter(meeting_id__in=ids).values("meeting_id").distinct()
        seen.append((count, with_rows.count(), len(index_rows(ids))))

    meeting_records_import(records=records(seed_record, 5, prefix="进度"), progress=progress)

    # Five records in two batches, of two and three: each counted when it is written.
    assert seen == [(2, 2, 2), (3, 5, 5)]


def test_a_file_with_problems_of_names_and_of_the_format_is_refused_for_the_format_alone(
    seed_record, monkeypatch
):
    # Records are checked batch by batch as they are written, but reported as the whole
    # file's checks report them: the first batch names a person twice over (a problem of
    # names), the second batch has a record without a kind (a problem of the format), and
    # a file with problems of the format is refused for those alone.
    monkeypatch.setattr(services, "IMPORT_BATCH", 2)
    Person.objects.create(name="李同名", note="甲")
    Person.objects.create(name="李同名", note="乙")
    batch = records(seed_record, 5, prefix="两处")
    batch[0]["attendees"].append({"name": "李同名", "role": "出席"})
    del batch[4]["kind"]

    with pytest.raises(RecordsRejected) as rejected:
        meeting_records_import(records=batch)

    assert [str(error) for error in rejected.value.errors] == [NO_KIND.format(5, "两处4")]


NO_KIND = "第 {} 条记录《{}》 字段 kind：取值“None”无效，应为：" + "、".join(MeetingKind.values)
NO_KIND += " (unknown value)"


def test_a_bad_record_after_a_written_batch_leaves_nothing_written(seed_record, monkeypatch):
    monkeypatch.setattr(services, "IMPORT_BATCH", 2)
    batch = records(seed_record, 5, prefix="回退")
    batch[0]["attendees"].append({"name": "回退新人", "role": "出席"})
    del batch[4]["kind"]
    people, entries = Person.objects.count(), index_size()

    # The new person is saved before the first batch, which is written (on PostgreSQL, is
    # being written) when the second batch's checks find the record without a kind.
    with pytest.raises(RecordsRejected) as rejected:
        meeting_records_import(records=batch)

    assert [str(error) for error in rejected.value.errors] == [NO_KIND.format(5, "回退4")]
    assert not Meeting.objects.filter(title__startswith="回退").exists()
    assert (Person.objects.count(), index_size()) == (people, entries)


def index_size() -> int:
    table = "search_searchentry" if connection.vendor == "postgresql" else "search_meeting_fts"
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {table}")
        return cursor.fetchone()[0]


def test_new_people_are_saved_in_one_batch_however_many_a_file_names(seed_record, superuser):
    meeting_records_import(records=records(seed_record, 1, prefix="先导入"))

    def with_new_attendees(count: int, prefix: str) -> list[dict]:
        (record,) = records(seed_record, 1, prefix=prefix)
        record["attendees"] = [
            {"name": f"{prefix}{n}", "titles": [], "role": "参加"} for n in range(count)
        ]
        return [record]

    with CaptureQueriesContext(connection) as few:
        meeting_records_import(records=with_new_attendees(2, "甲"), user=superuser)
    with CaptureQueriesContext(connection) as many:
        meeting_records_import(records=with_new_attendees(30, "乙"), user=superuser)

    assert len(few.captured_queries) == len(many.captured_queries)
    people = Person.objects.filter(name__startswith="乙")
    assert people.count() == 30
    for person in people:
        (created,) = person.history.all()
        assert (created.history_type, created.history_user) == ("+", superuser)
        assert (created.name, created.name_key) == (person.name, person.name_key)
        assert person.name_key == person.name


def test_imported_inline_rows_each_get_a_created_history_row_holding_their_values(
    seed_record, superuser
):
    (meeting,) = meeting_records_import(records=records(seed_record, 1), user=superuser)

    attendances = Attendance.objects.filter(meeting=meeting)
    assert attendances.count() == len(seed_record["attendees"])
    for attendance in attendances:
        (created,) = Attendance.history.filter(id=attendance.pk)
        assert (created.history_type, created.history_user) == ("+", superuser)
        assert (created.person_id, created.role, created.titles, created.order) == (
            attendance.person_id,
            attendance.role,
            attendance.titles,
            attendance.order,
        )
    pledge = Pledge.objects.get(meeting=meeting, order=0)
    assert [link.organisation.name for link in pledge.party_links.all()] == PARTIES
    assert PledgeParty.history.filter(pledge_id=pledge.pk, history_type="+").count() == 2


def test_an_imported_meeting_is_indexed_exactly_as_a_rebuild_indexes_it(seed_record):
    meetings = meeting_records_import(records=records(seed_record, 3))
    ids = [meeting.pk for meeting in meetings]
    imported = index_rows(ids)

    for _ in search_index_rebuild():
        pass

    assert len(imported) == 3
    assert imported == index_rows(ids)


def index_rows(ids: list[int]) -> list[tuple]:
    """The stored index entries of the meetings, as the database returns them."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT meeting_id, vector::text FROM search_searchentry"
                " WHERE meeting_id = ANY(%s) ORDER BY meeting_id",
                [ids],
            )
        else:
            marks = ", ".join(["%s"] * len(ids))
            cursor.execute(
                f"SELECT rowid, a, b, c, d FROM search_meeting_fts WHERE rowid IN ({marks})"
                " ORDER BY rowid",
                ids,
            )
        return cursor.fetchall()
