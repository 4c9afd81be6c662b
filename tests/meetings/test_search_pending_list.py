"""A large batch written to the PostgreSQL index merges the GIN pending list once, at its
end, inside its transaction: nothing is left for searches to scan, a name it wrote is
found at once, and the limit it raised is back to the default afterwards."""

import pytest
from django.db import connection, transaction

from meetings.models import Meeting
from meetings.search import search_meetings
from meetings.search.backends import postgres
from meetings.services import meeting_records_import

pytestmark = pytest.mark.django_db


@pytest.fixture
def pending_list():
    """How many heap rows wait in the index's pending list (pageinspect's view of it)."""
    if connection.vendor != "postgresql":
        pytest.skip("the GIN pending list is PostgreSQL's")
    with connection.cursor() as cursor:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS pageinspect")

    def rows() -> int:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT n_pending_tuples FROM gin_metapage_info(get_raw_page(%s, 0))",
                [postgres._INDEX],
            )
            return cursor.fetchone()[0]

    return rows


def small_records(count: int, *, prefix: str) -> list[dict]:
    return [
        {
            "format": "meeting-record/1",
            "title": f"{prefix}第{n}次支部党员大会",
            "kind": "支部党员大会",
            "date": "2024-03-01",
            "attendees": [{"name": f"{prefix}{n}号", "role": "出席"}],
            "agenda": [{"kind": "其他", "title": "学习党建工作", "text": "认真学习党建工作要求。"}],
        }
        for n in range(count)
    ]


def gin_limit() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SHOW gin_pending_list_limit")
        return cursor.fetchone()[0]


def test_an_import_of_a_large_batch_leaves_nothing_in_the_pending_list(pending_list):
    limit = gin_limit()
    with transaction.atomic():
        meeting_records_import(records=small_records(postgres.BULK_DOCUMENTS, prefix="欧阳批量"))

        assert pending_list() == 0
        assert gin_limit() == limit
        last = f"欧阳批量{postgres.BULK_DOCUMENTS - 1}号"
        assert [m.title for m in search_meetings(Meeting.objects.all(), last)] == [
            f"欧阳批量第{postgres.BULK_DOCUMENTS - 1}次支部党员大会"
        ]


def test_an_import_in_several_batches_leaves_nothing_in_the_pending_list(pending_list):
    # Twice BULK_DOCUMENTS records are written in two batches (services.IMPORT_BATCH), each
    # merging its own entries.
    count = 2 * postgres.BULK_DOCUMENTS
    limit = gin_limit()
    with transaction.atomic():
        meeting_records_import(records=small_records(count, prefix="诸葛两批"))

        assert pending_list() == 0
        assert gin_limit() == limit
        for n in (0, count - 1):
            assert [m.title for m in search_meetings(Meeting.objects.all(), f"诸葛两批{n}号")] == [
                f"诸葛两批第{n}次支部党员大会"
            ]


def test_the_batches_of_one_write_are_merged_once_after_the_last(pending_list):
    from meetings.search.indexing import search_index_update

    limit = gin_limit()
    with transaction.atomic():
        ids = [m.pk for m in meeting_records_import(records=small_records(4, prefix="上官分批"))]

        search_index_update(meeting_ids=ids[:2], more=True)
        assert pending_list() > 0
        assert gin_limit() == "1GB"

        search_index_update(meeting_ids=ids[2:], more=False)
        assert pending_list() == 0
        assert gin_limit() == limit


def test_a_small_import_leaves_its_entries_in_the_pending_list_as_before(pending_list):
    with transaction.atomic():
        before = pending_list()
        meeting_records_import(records=small_records(2, prefix="司马少量"))

        assert pending_list() == before + 2
        assert [m.title for m in search_meetings(Meeting.objects.all(), "司马少量1号")] == [
            "司马少量第1次支部党员大会"
        ]
