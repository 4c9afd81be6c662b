"""A large import is written in batches by a second thread on the same connection, inside
the import's transaction: what it writes is what one batch writes, and an error in any
batch leaves nothing written."""

import sys
import threading

import psycopg
import pytest
from django.db import DatabaseError, connection, transaction
from django.test.utils import CaptureQueriesContext

from meetings import services
from meetings.import_writer import SWITCH_INTERVAL, BackgroundWriter
from meetings.models import AgendaItem, Attendance, Meeting
from meetings.services import meeting_records_import
from orgs.models import Person
from tests.meetings.test_import_batching import index_rows, records

pytestmark = pytest.mark.django_db


@pytest.fixture
def postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("on SQLite the writes run in this thread")


def written_rows(ids: list[int]) -> dict:
    return {
        "agenda": sorted(
            AgendaItem.objects.filter(meeting_id__in=ids).values_list("meeting__title", "order")
        ),
        "agenda history": AgendaItem.history.filter(meeting_id__in=ids).count(),
        "attendances": Attendance.objects.filter(meeting_id__in=ids).count(),
        "attendance history": Attendance.history.filter(meeting_id__in=ids).count(),
    }


def test_an_import_in_several_batches_writes_what_one_batch_writes(seed_record, monkeypatch):
    (one,) = meeting_records_import(records=records(seed_record, 1, prefix="一批"))
    monkeypatch.setattr(services, "IMPORT_BATCH", 2)

    batched = meeting_records_import(records=records(seed_record, 5, prefix="五批"))

    ids = [meeting.pk for meeting in batched]
    assert [m.title for m in Meeting.objects.filter(pk__in=ids).order_by("pk")] == [
        f"五批{n}" for n in range(5)
    ]
    per_meeting = written_rows([one.pk])
    assert written_rows(ids) == {
        "agenda": sorted(
            (f"五批{n}", order) for n in range(5) for _, order in per_meeting["agenda"]
        ),
        "agenda history": 5 * per_meeting["agenda history"],
        "attendances": 5 * per_meeting["attendances"],
        "attendance history": 5 * per_meeting["attendance history"],
    }
    assert [row[0] for row in index_rows(ids)] == ids


def test_an_import_in_batches_runs_a_fixed_number_of_queries_per_batch(seed_record, monkeypatch):
    meeting_records_import(records=records(seed_record, 1, prefix="先导入"))
    monkeypatch.setattr(services, "IMPORT_BATCH", 2)

    def queries(count: int, prefix: str) -> int:
        with CaptureQueriesContext(connection) as captured:
            meeting_records_import(records=records(seed_record, count, prefix=prefix))
        return len(captured.captured_queries)

    two, three, four = queries(4, "乙"), queries(6, "丙"), queries(8, "丁")

    assert four - three == three - two > 0


def test_a_database_error_in_the_last_batch_leaves_nothing_written(
    postgresql, seed_record, monkeypatch
):
    # A trigger makes the server refuse one agenda item of the last record, in the second
    # thread's last batch, after the first batch has been written.
    with connection.cursor() as cursor:
        cursor.execute(
            """
            CREATE FUNCTION refuse_test_item() RETURNS trigger AS $$
            BEGIN
                IF NEW.title = '服务器拒绝的议程' THEN
                    RAISE EXCEPTION 'refused by the test trigger';
                END IF;
                RETURN NEW;
            END $$ LANGUAGE plpgsql;
            CREATE TRIGGER refuse_test_item BEFORE INSERT ON meetings_agendaitem
                FOR EACH ROW EXECUTE FUNCTION refuse_test_item();
            """
        )
    monkeypatch.setattr(services, "IMPORT_BATCH", 2)
    batch = records(seed_record, 5, prefix="失败批")
    batch[-1]["agenda"][0]["title"] = "服务器拒绝的议程"
    batch[-1]["attendees"].append({"name": "批量新人甲", "role": "出席"})
    counts = (Meeting.objects.count(), Person.objects.count(), AgendaItem.objects.count())
    entries = search_entries()

    # Raised by psycopg itself: Django does not wrap the errors of a COPY.
    with pytest.raises((DatabaseError, psycopg.Error), match="refused by the test trigger"):
        meeting_records_import(records=batch)

    assert (Meeting.objects.count(), Person.objects.count(), AgendaItem.objects.count()) == counts
    assert not Meeting.objects.filter(title__startswith="失败批").exists()
    assert search_entries() == entries


def search_entries() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM search_searchentry")
        return cursor.fetchone()[0]


def run_sql(sql: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute(sql)


def test_work_after_a_failed_one_is_not_started_and_the_error_is_raised_on_leaving(postgresql):
    done = []
    with (
        pytest.raises(DatabaseError, match="division by zero"),
        transaction.atomic(),
        BackgroundWriter() as writer,
    ):
        writer.submit(done.append, 1)
        writer.submit(run_sql, "SELECT 1 / 0")
        writer.submit(done.append, 3)

    assert done == [1]


def test_the_work_runs_on_this_threads_connection_inside_its_transaction(postgresql):
    # A temporary table exists only in the session that made it.
    with transaction.atomic():
        run_sql("CREATE TEMPORARY TABLE writer_log (step int)")
        with BackgroundWriter() as writer:
            writer.submit(run_sql, "INSERT INTO writer_log VALUES (1)")
            writer.submit(run_sql, "INSERT INTO writer_log VALUES (2)")
        with connection.cursor() as cursor:
            cursor.execute("SELECT step FROM writer_log ORDER BY step")
            assert cursor.fetchall() == [(1,), (2,)]
        transaction.set_rollback(True)


def test_leaving_on_an_error_of_this_thread_waits_for_the_work_in_progress(postgresql):
    started = threading.Event()

    def slow_insert():
        started.set()
        run_sql("SELECT pg_sleep(0.3); INSERT INTO writer_log VALUES (1)")

    with transaction.atomic():
        run_sql("CREATE TEMPORARY TABLE writer_log (step int)")
        with pytest.raises(ValueError), BackgroundWriter() as writer:
            writer.submit(slow_insert)
            started.wait()
            raise ValueError("this thread failed")
        # The work in progress finished before the block was left; the connection is free.
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM writer_log")
            assert cursor.fetchone() == (1,)
        transaction.set_rollback(True)


def test_the_switch_interval_is_shortened_while_writing_and_restored_after(postgresql):
    before = sys.getswitchinterval()
    seen = []
    with BackgroundWriter() as writer:
        writer.submit(lambda: seen.append(sys.getswitchinterval()))

    assert seen == [pytest.approx(SWITCH_INTERVAL)]
    assert sys.getswitchinterval() == before


def test_two_writers_in_threads_restore_the_switch_interval_whichever_finishes_first(postgresql):
    # Two imports in two threads of one process, each on its own connection: the first
    # finishes while the second still writes, which needs the short interval until it ends.
    before = sys.getswitchinterval()
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen = {}

    def first():
        with BackgroundWriter():
            first_in.set()
            second_in.wait()
        first_out.set()
        connection.close()

    def second():
        first_in.wait()
        with BackgroundWriter():
            second_in.set()
            first_out.wait()
            seen["second, after the first ended"] = sys.getswitchinterval()
        connection.close()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert seen == {"second, after the first ended": pytest.approx(SWITCH_INTERVAL)}
    assert sys.getswitchinterval() == before
