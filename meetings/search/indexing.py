"""Writes to the search index: follow changed meetings, or rebuild everything."""

from collections.abc import Iterable, Iterator

from django.db import transaction

from meetings.search import backends
from meetings.search.documents import MeetingDocument, meeting_documents


def search_index_update(
    *,
    meeting_ids: Iterable[int],
    documents: list[MeetingDocument] | None = None,
    more: bool | None = None,
) -> None:
    """Re-index the given meetings; those that no longer exist leave the index.

    `documents`, when the writer has them (an import builds them from the rows it wrote):
    those of all the meetings, which are then not read back. `more`, for a write in
    batches (an import's): whether further batches follow in this transaction
    (PostgreSQL then merges its GIN index once, after the last).
    """
    ids = sorted(set(meeting_ids))
    if not ids:
        return
    if documents is None:
        documents = meeting_documents(ids)
    found = {doc.meeting_id for doc in documents}
    with transaction.atomic():
        backends.current().replace(
            documents, deleted_ids=[pk for pk in ids if pk not in found], more=more
        )


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


def search_documents_encode(documents: list[MeetingDocument]) -> None:
    """Compute the documents' entries as the index writes them, ahead of the write.

    For an import, which computes them in this thread while a second one writes the
    previous batch (`meetings.import_writer`): the server is then busy meanwhile.
    """
    backends.current().encode(documents)
