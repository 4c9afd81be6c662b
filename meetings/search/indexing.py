"""Writes to the search index: follow changed meetings, or rebuild everything."""

from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

from django.db import transaction

from meetings.search import backends
from meetings.search.documents import MeetingDocument, meeting_documents


def search_index_update(
    *, meeting_ids: Iterable[int], documents: list[MeetingDocument] | None = None
) -> None:
    """Re-index the given meetings; those that no longer exist leave the index.

    `documents`, when the writer has them (an import builds them from the rows it wrote):
    those of all the meetings, which are then not read back.
    """
    ids = sorted(set(meeting_ids))
    if not ids:
        return
    if documents is None:
        documents = meeting_documents(ids)
    found = {doc.meeting_id for doc in documents}
    with transaction.atomic():
        backends.current().replace(documents, deleted_ids=[pk for pk in ids if pk not in found])


def search_index_rebuild(*, batch_size: int = 1000) -> Iterator[int]:
    """Rebuild the whole index in one transaction, yielding how many meetings each batch held.

    Readers keep the old index until the commit; each batch costs a fixed number of
    queries (see `meeting_documents`) plus one bulk insert.
    """
    from meetings.models import Meeting

    backend = backends.current()
    ids = list(Meeting.objects.order_by("pk").values_list("pk", flat=True))
    with transaction.atomic():
        backend.clear()
        for start in range(0, len(ids), batch_size):
            batch = ids[start : start + batch_size]
            backend.replace(meeting_documents(batch))
            yield len(batch)
        backend.optimise()


@contextmanager
def search_documents_encoded(documents: list[MeetingDocument]) -> Iterator[None]:
    """Encode `documents` for the index in a second thread while the block runs.

    For an import's COPYs of its rows, during which this process mostly waits for the
    server: the vectors (~0.45 s of Python per 1,000 meetings) are then computed on the
    other core instead of after the writes (docs/bench.md). The thread only computes from
    the documents, touching no connection. An error of the encoding is raised on leaving
    the block, and the transaction it is in rolls back.
    """
    encode = backends.current().encode
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="search-encode") as pool:
        encoded = pool.submit(encode, documents)
        yield
        encoded.result()
