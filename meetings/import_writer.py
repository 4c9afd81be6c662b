"""What an import writes: its inline rows as value tuples, written by a second thread
while this one goes on computing.

An import of 1,000 records is about 1.6 s of this process's Python and 1.1 s of the server's
work. Done one after the other, each waits for the other: the server idles while the rows,
search documents and vectors are built, and the process idles while the server inserts the
rows and merges the GIN index. A second thread writing batch N on the same connection, inside
the same transaction, while this thread prepares batch N+1, lets them overlap: psycopg
releases the GIL while it waits for the server (docs/bench.md).
"""

import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from django.db import DEFAULT_DB_ALIAS, connections

from common.bulk import values_insert_with_history
from common.text import fold
from meetings.models import (
    TITLE_SEPARATOR,
    AgendaItem,
    AgendaKind,
    Attendance,
    AttendanceRole,
    AttendeeGroup,
    Document,
    MeetingChair,
    Pledge,
    PledgeParty,
)

# The writer waits for the server hundreds of times per batch (each time the socket's buffer
# is full), and each time it needs the GIL back from this thread, which computes: at
# Python's default 5 ms switch interval, that wait made a batch's writes up to twice as long.
SWITCH_INTERVAL = 0.0005


# Counted under a lock: imports in two threads of one process overlap, and each restoring the
# interval it had found would leave the short one set if the second, which found it short,
# finished last.
_interval_lock = threading.Lock()
_interval_users = 0
_interval_found = 0.0


def switch_interval_shorten() -> None:
    """SWITCH_INTERVAL until every caller has called `switch_interval_restore`."""
    global _interval_users, _interval_found
    with _interval_lock:
        if _interval_users == 0:
            _interval_found = sys.getswitchinterval()
            sys.setswitchinterval(SWITCH_INTERVAL)
        _interval_users += 1


def switch_interval_restore() -> None:
    """The interval found by the first `switch_interval_shorten`, once the last caller is done."""
    global _interval_users
    with _interval_lock:
        _interval_users -= 1
        if _interval_users == 0:
            sys.setswitchinterval(_interval_found)


class BackgroundWriter:
    """Runs database work in the order submitted, from a second thread, on this thread's
    connection and so inside its transaction.

    Until the block is left, this thread must not touch the database. Leaving it waits for
    the work; the first error stops the work not yet started and is raised. Leaving on an
    error of this thread also waits for the work in progress first, so that the transaction
    can then roll back. On SQLite (the tests' and the embedded database) work runs at once,
    in this thread.
    """

    def __init__(self, using: str = DEFAULT_DB_ALIAS):
        self.using = using
        self.connection = connections[using]
        self.threaded = self.connection.vendor == "postgresql"
        self.pending: list[Future] = []
        self.stopped = False

    def __enter__(self) -> "BackgroundWriter":
        if self.threaded:
            # Django refuses a connection in another thread unless sharing is allowed; the
            # thread then finds it under its alias, so `django.db.connection` is this one.
            self.connection.inc_thread_sharing()
            switch_interval_shorten()
            self.pool = ThreadPoolExecutor(
                max_workers=1, thread_name_prefix="import-writer", initializer=self._share
            )
        return self

    def _share(self) -> None:
        connections[self.using] = self.connection

    def submit(self, work: Callable, *args) -> None:
        if self.threaded:
            self.pending.append(self.pool.submit(self._run, work, args))
        else:
            work(*args)

    def _run(self, work: Callable, args: tuple) -> None:
        if self.stopped:
            return
        try:
            work(*args)
        except BaseException:
            self.stopped = True
            raise

    def __exit__(self, exc_type, exc, traceback) -> None:
        if not self.threaded:
            return
        # On this thread's error, nothing more is started; the work in progress finishes.
        self.stopped = self.stopped or exc_type is not None
        try:
            self.pool.shutdown(wait=True)
        finally:
            self.connection.dec_thread_sharing()
            switch_interval_restore()
        if exc_type is None:
            for future in self.pending:
                future.result()  # the first error, raised here


# The inline rows an import writes, as value tuples in these columns (see inline_rows).
INLINE_COLUMNS = {
    MeetingChair: ["meeting_id", "person_id", "order"],
    Attendance: ["meeting_id", "person_id", "role", "titles", "reason", "order"],
    AttendeeGroup: ["meeting_id", "name", "role", "order"],
    AgendaItem: [
        "meeting_id",
        "order",
        "kind",
        "speaker_id",
        "speaker_titles",
        "org_id",
        "title",
        "text",
        "document_titles",
    ],
    Document: ["meeting_id", "title", "issuer", "number", "file", "file_sha256", "order"],
    Pledge: ["meeting_id", "title", "year", "scan", "scan_sha256", "order"],
}


def rows_write(rows: dict[type, list[tuple]], parties: list[list[int]], user) -> None:
    ids = {
        model: values_insert_with_history(model, columns, rows[model], user=user)
        for model, columns in INLINE_COLUMNS.items()
    }
    values_insert_with_history(
        PledgeParty,
        ["pledge_id", "organisation_id", "order"],
        [
            (pledge_id, unit_id, order)
            for pledge_id, units in zip(ids[Pledge], parties, strict=True)
            for order, unit_id in enumerate(units)
        ],
        user=user,
    )


def inline_rows(rows, parties, meeting_id: int, record: dict, titles, resolver) -> None:
    """Append the record's inline rows to `rows` (by model, in INLINE_COLUMNS order), and
    the ids of each pledge's party units to `parties`."""
    host = record.get("host")

    def person_id(name: str) -> int:
        return resolver.person(name, titles=titles.get(fold(name), ()), host=host).pk

    rows[MeetingChair] += [
        (meeting_id, person_id(name), order)
        for order, name in enumerate(record.get("chairs") or [])
    ]
    rows[Attendance] += [
        (
            meeting_id,
            person_id(attendee["name"]),
            attendee.get("role") or AttendanceRole.ATTENDED,
            TITLE_SEPARATOR.join(attendee.get("titles") or []),
            attendee.get("reason") or "",
            order,
        )
        for order, attendee in enumerate(record.get("attendees") or [])
    ]
    rows[AttendeeGroup] += [
        (meeting_id, group["name"].strip(), group.get("role") or AttendanceRole.PARTICIPANT, order)
        for order, group in enumerate(record.get("attendee_groups") or [])
    ]
    rows[AgendaItem] += [
        (
            meeting_id,
            order,
            item.get("kind") or AgendaKind.OTHER,
            person_id(item["speaker"]) if item.get("speaker") else None,
            TITLE_SEPARATOR.join(item.get("speaker_titles") or []),
            resolver.organisation(item["org"]).pk if item.get("org") else None,
            item.get("title") or "",
            item.get("text") or "",
            "\n".join(item.get("documents") or []),
        )
        for order, item in enumerate(record.get("agenda") or [])
    ]
    rows[Document] += [
        _document_row(meeting_id, order, document)
        for order, document in enumerate(record.get("documents") or [])
    ]
    for order, pledge in enumerate(record.get("pledges") or []):
        scan = pledge.get("scan") or {}
        rows[Pledge].append(
            (
                meeting_id,
                pledge["title"].strip(),
                pledge["year"],
                scan.get("name", ""),
                scan.get("sha256", ""),
                order,
            )
        )
        parties.append([resolver.organisation(name).pk for name in pledge.get("parties") or []])


def _document_row(meeting_id: int, order: int, document: str | dict) -> tuple:
    data = {"title": document} if isinstance(document, str) else document
    file = data.get("file") or {}
    return (
        meeting_id,
        data["title"].strip(),
        (data.get("issuer") or "").strip(),
        (data.get("number") or "").strip(),
        file.get("name", ""),
        file.get("sha256", ""),
        order,
    )
