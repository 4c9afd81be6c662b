"""Writes: every change to meetings goes through these functions."""

import itertools
from collections import defaultdict
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q, prefetch_related_objects

from common.bulk import primary_keys_reserve, rows_insert_with_history
from common.text import fold
from meetings.filing import meeting_file
from meetings.import_checks import file_number_errors, storable_text, stored_file_errors
from meetings.import_documents import import_documents
from meetings.import_writer import INLINE_COLUMNS, BackgroundWriter, inline_rows, rows_write
from meetings.interchange import RecordError, parse_date, record_cleaned, record_errors
from meetings.models import (
    Document,
    Meeting,
    MeetingStatus,
    MeetingVisibility,
    Pledge,
    PledgeParty,
)
from meetings.renames import names_read_lock
from meetings.search.indexing import search_documents_encode
from meetings.signals import meetings_changed, meetings_written
from orgs.models import Organisation, Person, organisation_kind_from_name


class RecordsRejected(Exception):
    """A file with any bad record is refused whole; `errors` names each problem."""

    def __init__(self, errors: list[RecordError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


def notify_meetings_changed(meeting_ids: Iterable[int]) -> None:
    """Announce written meetings: `meetings_written` now, `meetings_changed` on commit.

    Call it inside the writing transaction, after the writes.
    """
    ids = sorted(set(meeting_ids))
    if ids:
        meetings_written.send(sender=Meeting, meeting_ids=ids, documents=None)
        _changed_on_commit(ids)


def _changed_on_commit(ids: list[int]) -> None:
    transaction.on_commit(
        lambda: meetings_changed.send(sender=Meeting, meeting_ids=ids), robust=False
    )


class NameResolver:
    """Matches names in records to people and organisations, folding Traditional/Simplified.

    Everything is preloaded in two queries; names not found become new rows, created
    once however often a file repeats them, as first spelled. Records not checked yet may
    be read: a name of the wrong type is skipped, for record_errors to name.
    """

    def __init__(self, records: list[dict]):
        # Folded name -> its first spelling, in the order the records name them.
        person_names: dict[str, str] = {}
        org_names: dict[str, str] = {}
        for record in _objects(records):
            for name in _person_names(record):
                person_names.setdefault(fold(name), name)
            for name in _org_names(record):
                org_names.setdefault(fold(name), name)
        self.people: dict[str, list[Person]] = defaultdict(list)
        for person in Person.objects.filter(name_key__in=person_names):
            self.people[person.name_key].append(person)
        # Positions matter only to tell namesakes apart: load them for those alone.
        namesakes = [p for same in self.people.values() if len(same) > 1 for p in same]
        prefetch_related_objects(namesakes, "positions__organisation")
        self.orgs: dict[str, list[Organisation]] = defaultdict(list)
        for org in Organisation.objects.filter(name_key__in=org_names):
            self.orgs[org.name_key].append(org)
        # Created now, unsaved, so that they can be saved before the records are written.
        self.new_people: dict[str, Person] = {
            key: _new_person(name, key)
            for key, name in person_names.items()
            if key not in self.people
        }
        self.new_orgs: dict[str, Organisation] = {
            key: _new_organisation(name) for key, name in org_names.items() if key not in self.orgs
        }

    def person(self, name: str, *, titles: Iterable[str] = (), host: str | None = None):
        """The matching person, a new unsaved one, or a string describing the ambiguity."""
        key = fold(name)
        candidates = self.people.get(key, [])
        if not candidates:
            return self.new_people.setdefault(key, _new_person(name, key))
        if len(candidates) == 1:
            return candidates[0]
        title_keys = {fold(title) for title in titles}
        host_key = fold(host) if host else ""
        narrowed = [
            person
            for person in candidates
            if any(fold(position.title) in title_keys for position in person.positions.all())
            or (person.note and any(fold(person.note) in title for title in title_keys))
            or (
                host_key
                and any(
                    position.organisation and position.organisation.name_key == host_key
                    for position in person.positions.all()
                )
            )
        ]
        if len(narrowed) == 1:
            return narrowed[0]
        return f"“{name}”对应 {len(candidates)} 位同名人员，无法凭职务或单位区分 (ambiguous name)"

    def names_by_pk(self) -> dict[str, dict[int, str]]:
        """The stored names of the people and units matched or created, by primary key."""
        people = [*(p for same in self.people.values() for p in same), *self.new_people.values()]
        units = [*(o for same in self.orgs.values() for o in same), *self.new_orgs.values()]
        return {
            "people": {person.pk: person.name for person in people},
            "units": {unit.pk: unit.name for unit in units},
        }

    def organisation(self, name: str):
        key = fold(name)
        candidates = self.orgs.get(key, [])
        if len(candidates) == 1:
            return candidates[0]
        if candidates:
            return f"“{name}”对应 {len(candidates)} 个同名组织 (ambiguous organisation)"
        return self.new_orgs.setdefault(key, _new_organisation(name))


def _new_person(name: str, key: str) -> Person:
    # The matching key is the name_key Person.save would give it (saved in bulk).
    return Person(name=name.strip(), name_key=key)


def _new_organisation(name: str) -> Organisation:
    return Organisation(name=name.strip(), kind=organisation_kind_from_name(name))


def _person_names(record: dict) -> Iterable[str]:
    yield from _texts(record.get("chairs"))
    yield from _texts([record.get("recorder")])
    yield from _texts([attendee.get("name") for attendee in _objects(record.get("attendees"))])
    yield from _texts([item.get("speaker") for item in _objects(record.get("agenda"))])


def _org_names(record: dict) -> Iterable[str]:
    yield from _texts([record.get("host")])
    yield from _texts([item.get("org") for item in _objects(record.get("agenda"))])
    for pledge in _objects(record.get("pledges")):
        yield from _texts(pledge.get("parties"))


def _texts(values) -> list[str]:
    if not isinstance(values, list):
        return []
    return [value for value in values if storable_text(value)]


def _objects(values) -> list[dict]:
    if not isinstance(values, list):
        return []
    return [value for value in values if isinstance(value, dict)]


def _titles_by_name(record: dict) -> dict[str, list[str]]:
    """The titles a record gives each person (attendance first, then agenda), by folded name."""
    titles: dict[str, list[str]] = {}
    for item in record.get("agenda") or []:
        if item.get("speaker"):
            titles[fold(item["speaker"])] = item.get("speaker_titles") or []
    for attendee in record.get("attendees") or []:
        titles[fold(attendee["name"])] = attendee.get("titles") or []
    return titles


def _resolve_names(records: list[dict], resolver: NameResolver) -> list[RecordError]:
    errors = []
    for index, record in enumerate(records, 1):
        titles = _titles_by_name(record)
        for name in _person_names(record):
            found = resolver.person(
                name, titles=titles.get(fold(name), ()), host=record.get("host")
            )
            if isinstance(found, str):
                errors.append(RecordError(index, record["title"], "name", found))
        for name in _org_names(record):
            found = resolver.organisation(name)
            if isinstance(found, str):
                errors.append(RecordError(index, record["title"], "org", found))
    return errors


def record_new_names(record: dict) -> set[str]:
    """Folded names of the people and units a valid record names that the archive lacks."""
    resolver = NameResolver([record])
    _resolve_names([record], resolver)
    return set(resolver.new_people) | set(resolver.new_orgs)


def meeting_records_import(
    *, records, user=None, status: str | None = None, progress=None
) -> list[Meeting]:
    """Import meeting-record/1 objects all-or-nothing; raises RecordsRejected listing every problem.

    `status` overrides the records' own status (the report parser saves drafts);
    `progress`, if given, is called with the number of records each batch wrote, once
    they are written (a command passes its progress bar's `update`).
    """
    records = [
        record_cleaned(record) for record in (records if isinstance(records, list) else [records])
    ]
    _check_may_publish(records=records, user=user, status=status)
    meetings, _ = _records_import(records=records, user=user, status=status, progress=progress)
    return meetings


def may_publish(user) -> bool:
    """Whether `user` may make a meeting public; None is the operator at the command line."""
    return user is None or user.has_perm("meetings.publish_meeting")


def _check_may_publish(*, records: list, user, status: str | None) -> None:
    if may_publish(user):
        return
    errors = [
        RecordError(index, record.get("title", ""), "status", "您没有发布权限，只能导入草稿")
        for index, record in enumerate(records, 1)
        if isinstance(record, dict) and (status or record.get("status")) == MeetingStatus.PUBLISHED
    ]
    if errors:
        raise RecordsRejected(errors)


def _records_prepare(records: list) -> NameResolver:
    """Check every record and match every name, writing nothing; raises RecordsRejected."""
    if not records:
        raise RecordsRejected(
            [
                RecordError(
                    1, "", "(file)", "应为一个会议记录对象或其列表 (expected an object or a list)"
                )
            ]
        )
    errors = [
        error for index, record in enumerate(records, 1) for error in record_errors(record, index)
    ]
    if errors:
        raise RecordsRejected(errors)
    errors = file_number_errors(records) + stored_file_errors(records)
    if errors:
        raise RecordsRejected(errors)
    resolver = NameResolver(records)
    errors = _resolve_names(records, resolver)
    if errors:
        raise RecordsRejected(errors)
    return resolver


class _BadRecord(Exception):
    """A record failed a check while the file was being written batch by batch."""


def _records_import(
    *, records: list, user, status: str | None, progress=None
) -> tuple[list[Meeting], NameResolver]:
    """Check, match names and write in one transaction: the names read are still the
    archive's when it commits (see NAMES_LOCK).

    Each batch of records is checked just before it is written, so that the server starts
    writing after the first batch's checks instead of the whole file's (docs/bench.md). A
    bad record rolls back what was written; the file is then checked whole, as before,
    so that the messages name every problem of every record.
    """
    user = user if user is not None and user.is_authenticated else None
    with transaction.atomic():
        names_read_lock()
        try:
            with transaction.atomic():
                meetings, resolver = _records_write(
                    records=records, user=user, status=status, progress=progress
                )
        except (_BadRecord, RecordsRejected):
            resolver = _records_prepare(records)
            _save_new_names(resolver, user=user)
            meetings = _meetings_create(
                records=records, resolver=resolver, user=user, status=status, progress=progress
            )
        _changed_on_commit(sorted(m.pk for m in meetings))
    return meetings, resolver


def _records_write(
    *, records: list, user, status: str | None, progress
) -> tuple[list[Meeting], NameResolver]:
    """Match names and write, checking each batch just before it is written; raises
    _BadRecord (or RecordsRejected, from the model's checks) at the first problem."""
    if not records or file_number_errors(records):
        raise _BadRecord
    resolver = NameResolver(records)
    try:
        _save_new_names(resolver, user=user)
    except ValidationError:
        raise _BadRecord from None
    meetings = _meetings_create(
        records=records,
        resolver=resolver,
        user=user,
        status=status,
        progress=progress,
        check=lambda batch, first: _batch_sound(batch, first, resolver),
    )
    return meetings, resolver


def _batch_sound(records: list, first: int, resolver: NameResolver) -> bool:
    """Whether `_records_prepare` would find nothing wrong with these records, numbered from
    `first` (the file's 档号 are checked whole first, in `_records_write`)."""
    return not (
        any(record_errors(record, index) for index, record in enumerate(records, first))
        or stored_file_errors(records)
        or _resolve_names(records, resolver)
    )


def _save_new_names(resolver: NameResolver, *, user) -> None:
    people = list(resolver.new_people.values())
    for person in people:
        person.full_clean()
    # In one batch: a file from another archive may name thousands of new people.
    rows_insert_with_history(Person, people, user=user)
    # Units are few, and a unit's save also writes its tree path.
    for org in resolver.new_orgs.values():
        org.full_clean()
        org.save()


# Foreign keys come from the resolver, so full_clean need not query for each of them.
_RESOLVED_FIELDS = ["host", "recorder", "created_by", "meeting", "person", "speaker", "org"]

# An import of at least twice this many records is written in batches of at least this
# many, each by a second thread while this one prepares the next (meetings.import_writer).
# As many as the PostgreSQL index writes in bulk (BULK_DOCUMENTS): its GIN index is merged
# once, after the last batch.
IMPORT_BATCH = 250


def _meetings_create(
    *, records: list, resolver: NameResolver, user, status: str | None, progress=None, check=None
) -> list[Meeting]:
    """Write validated records in batches of IMPORT_BATCH or more, whatever their number:
    each batch's meetings, inline rows and search entries.

    `check(batch, first)`, if given, is asked before each batch is built (`first` is the
    number of its first record in the file); on False, _BadRecord is raised. Bulk inserts
    skip Meeting.save() and model signals: history rows are written with them, and each
    batch is announced through `meetings_written` (with the search documents built from
    its rows), then counted by `progress`. `user` (a signed-in user or None) is the
    creator and the history's user.
    """
    # The meetings' keys are reserved now, so that this thread can go on building a batch's
    # rows while the writer inserts its meetings (where they cannot be, the writer runs in
    # this thread and the insert gives them).
    keys = primary_keys_reserve(Meeting, len(records))
    names = resolver.names_by_pk()
    count = max(1, len(records) // IMPORT_BATCH)
    # Batch sizes differ by one at most: every batch holds IMPORT_BATCH records or more.
    bounds = [len(records) * n // count for n in range(count + 1)]
    meetings: list[Meeting] = []
    # Child rows skip full_clean: record_errors has checked every value they hold
    # against the same choices and lengths, and cleaning ~40 rows per meeting cost a
    # third of an import. They are written as value tuples: building a model instance
    # for each cost more than writing it.
    with BackgroundWriter() as writer:
        for start, end in itertools.pairwise(bounds):
            batch = records[start:end]
            if check and not check(batch, start + 1):
                raise _BadRecord
            titles = [_titles_by_name(record) for record in batch]
            written = _meetings_built(
                batch, titles, first=start + 1, resolver=resolver, user=user, status=status
            )
            for meeting, key in zip(written, keys[start:end] if keys else (), strict=False):
                meeting.pk = key
            writer.submit(_meetings_insert, written, user)
            meetings += written
            rows: dict[type, list[tuple]] = {model: [] for model in INLINE_COLUMNS}
            parties: list[list[int]] = []  # the party units of each pledge row, in order
            for meeting, record, record_titles in zip(written, batch, titles, strict=True):
                inline_rows(rows, parties, meeting.pk, record, record_titles, resolver)
            writer.submit(rows_write, rows, parties, user)
            # The search documents come from these rows, as the index would read them back.
            documents = import_documents(
                meetings=written, rows=rows, columns=INLINE_COLUMNS, **names
            )
            search_documents_encode(documents)
            # An import of one batch writes its index as any other write does.
            more = end < len(records) if count > 1 else None
            writer.submit(_batch_written, [meeting.pk for meeting in written], documents, more)
            if progress:
                writer.submit(progress, len(batch))
    return meetings


def _meetings_insert(meetings: list[Meeting], user) -> None:
    rows_insert_with_history(Meeting, meetings, user=user)


def _meetings_built(records, titles, *, first, resolver, user, status) -> list[Meeting]:
    meetings = []
    for index, (record, record_titles) in enumerate(zip(records, titles, strict=True), first):
        try:
            meetings.append(
                _meeting_build(
                    record=record,
                    titles=record_titles,
                    resolver=resolver,
                    user=user,
                    status=status,
                )
            )
        except ValidationError as error:
            # What the format's checks let through but the model refuses (a number
            # beyond the column, a URL of the wrong scheme): the whole file is refused.
            raise RecordsRejected(
                [
                    RecordError(index, record["title"], field, "；".join(messages))
                    for field, messages in error.message_dict.items()
                ]
            ) from None
    return meetings


def _batch_written(meeting_ids: list[int], documents: list, more: bool) -> None:
    # Inside the import's transaction: the search index writes the batch's entries.
    meetings_written.send(sender=Meeting, meeting_ids=meeting_ids, documents=documents, more=more)


def _meeting_build(
    *, record: dict, titles: dict, resolver: NameResolver, user, status: str | None
) -> Meeting:
    host_name = record.get("host")
    source = record.get("source") or {}
    recorder = record.get("recorder")
    meeting = Meeting(
        title=record["title"].strip(),
        kind=record["kind"],
        date=parse_date(record["date"]),
        time=record.get("time") or "",
        venue=(record.get("venue") or "").strip(),
        host=resolver.organisation(host_name) if host_name else None,
        recorder=(
            resolver.person(recorder, titles=titles.get(fold(recorder), ()), host=host_name)
            if recorder
            else None
        ),
        expected=record.get("expected"),
        present=record.get("present"),
        summary=record.get("summary") or "",
        decisions="\n".join(record.get("decisions") or []),
        archived=bool(record.get("archived")),
        retention=record.get("retention") or "",
        file_number=(record.get("file_number") or "").strip(),
        status=status or record.get("status") or MeetingStatus.DRAFT,
        visibility=record.get("visibility") or MeetingVisibility.PUBLIC,
        source_text=source.get("text") or "",
        source_url=source.get("url") or "",
        source_published=parse_date(source.get("published")),
        created_by=user,
    )
    # The one constraint, a unique 档号, was checked for the whole file in one query
    # (file_number_errors); validating it here cost two queries per record.
    meeting.full_clean(exclude=_RESOLVED_FIELDS, validate_constraints=False)
    return meeting


def _meetings_update(*, meetings, field: str, value, file: bool = False) -> int:
    """Set one field on each meeting that differs, saving one by one so that every change
    bumps the version and lands in the history; with `file`, meetings not yet filed get
    their 档号 and 保管期限 in the same save. Returns how many changed."""
    ids = list(meetings.exclude(**{field: value}).values_list("pk", flat=True))
    with transaction.atomic():
        rows = Meeting.objects.select_for_update(of=("self",)).select_related("host")
        for meeting in rows.filter(pk__in=ids).order_by("date", "pk"):
            setattr(meeting, field, value)
            filed = meeting_file(meeting) if file else []
            meeting.save(update_fields=[field, "updated_at", *filed])
        notify_meetings_changed(ids)
    return len(ids)


def meeting_set_status(*, meetings, status: str) -> int:
    """Publish or unpublish; returns how many meetings changed. Publishing files the meeting."""
    return _meetings_update(
        meetings=meetings, field="status", value=status, file=status == MeetingStatus.PUBLISHED
    )


def meeting_archive(*, meetings, archived: bool = True) -> int:
    """Archive (or bring back) meetings: the way clerks take a published record off the
    public pages, since only a superuser may delete it. Archiving files the meeting.
    Returns how many changed."""
    return _meetings_update(meetings=meetings, field="archived", value=archived, file=archived)


def meeting_delete(*, meetings) -> int:
    """Delete meetings with their inline rows and their uploaded files; returns how many.

    Only superusers reach this (the admin's delete permission). The history keeps the
    rows as they were; the files are removed once the deletion commits, except any that
    a remaining row still names. Files replaced or removed while a meeting is edited are
    kept, so that restoring an earlier version brings them back.
    """
    ids = list(meetings.values_list("pk", flat=True))
    files = _uploaded_files(meeting_ids=ids)
    with transaction.atomic():
        Meeting.objects.filter(pk__in=ids).delete()
        notify_meetings_changed(ids)
        transaction.on_commit(lambda: _unused_files_delete(files))
    return len(ids)


_FILE_FIELDS = ((Document, "file"), (Pledge, "scan"))


def _uploaded_files(*, meeting_ids: list[int]) -> list[tuple[type, str, str]]:
    return [
        (model, field, name)
        for model, field in _FILE_FIELDS
        for name in model.objects.filter(meeting_id__in=meeting_ids)
        .exclude(**{field: ""})
        .values_list(field, flat=True)
    ]


def _unused_files_delete(files: list[tuple[type, str, str]]) -> None:
    for model, field, name in files:
        if not model.objects.filter(**{field: name}).exists():
            model._meta.get_field(field).storage.delete(name)


def meetings_file(*, meetings) -> int:
    """Give 档号 and 保管期限 to published or archived meetings that have none (records from
    before numbering, or imported without one); returns how many were filed."""
    pending = meetings.filter(file_number="").filter(
        Q(status=MeetingStatus.PUBLISHED) | Q(archived=True)
    )
    ids = list(pending.values_list("pk", flat=True))
    with transaction.atomic():
        rows = Meeting.objects.select_for_update(of=("self",)).select_related("host")
        for meeting in rows.filter(pk__in=ids).order_by("date", "pk"):
            meeting.save(update_fields=["updated_at", *meeting_file(meeting)])
        notify_meetings_changed(ids)
    return len(ids)


def meeting_draft_create(*, record: dict, user=None) -> tuple[Meeting, NameResolver]:
    """Save one record as a draft (never published); the resolver tells which names were new."""
    (meeting,), resolver = _records_import(
        records=[record_cleaned(record)], user=user, status=MeetingStatus.DRAFT
    )
    return meeting, resolver


def pledge_set_parties(*, pledge: Pledge, organisations: list[Organisation]) -> None:
    """Make the pledge's parties exactly `organisations`, in order (the first issues it).

    Called inside the admin's save; each party row keeps its history for restores.
    """
    wanted = [org.pk for org in organisations]
    current = list(pledge.party_links.order_by("order", "pk"))
    if [link.organisation_id for link in current] == wanted:
        return
    with transaction.atomic():
        for link in current:
            link.delete()
        for order, organisation_id in enumerate(wanted):
            PledgeParty.objects.create(pledge=pledge, organisation_id=organisation_id, order=order)
        notify_meetings_changed([pledge.meeting_id])
