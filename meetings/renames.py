"""A person or unit renamed: the meetings that name them change too.

Connected to Person and Organisation saves (MeetingsConfig.ready), so every write path
(the admin, a shell, any service) reindexes those meetings in the same transaction and
drops what caches show of the old name. `orgs` knows nothing of meetings; this is why
the listener lives here.
"""

from django.db import connection
from django.db.models.signals import post_delete, post_save, pre_save

from common.cache import generation_bump
from meetings.models import AgendaItem, Attendance, Meeting, MeetingChair
from orgs.models import Organisation, Person, Position

# Cached renderings (PDFs, the compliance grid) hold names: their keys carry this.
NAMES_GENERATION = "names"
# The organisation tree (the compliance grid's rows): any unit saved or deleted.
ORGS_GENERATION = "orgs"
# Any meeting written (sent on commit by every write path).
MEETINGS_GENERATION = "meetings"
# Any person or position saved or deleted (a person's page lists their positions).
PEOPLE_GENERATION = "people"
# Everything a public page may show: the keys of pages cached for anonymous readers.
PUBLIC_PAGE_GENERATIONS = (
    MEETINGS_GENERATION,
    NAMES_GENERATION,
    ORGS_GENERATION,
    PEOPLE_GENERATION,
)


def meeting_generation(pk: int) -> str:
    """One meeting written: its own page need not wait for any other meeting's change."""
    return f"meeting:{pk}"


# A meeting's page shows that meeting and the names of people and units in it: a new
# person or unit (a clerk's entry, an import) cannot be on it, a renamed one bumps names.
MEETING_PAGE_GENERATIONS = (meeting_generation, NAMES_GENERATION)


def meetings_naming_person(person_id: int) -> set[int]:
    """Ids of the meetings a person chairs, records, attends or speaks at (4 queries)."""
    ids = set(Meeting.objects.filter(recorder_id=person_id).values_list("pk", flat=True))
    for model, field in ((MeetingChair, "person_id"), (Attendance, "person_id")):
        ids.update(model.objects.filter(**{field: person_id}).values_list("meeting_id", flat=True))
    ids.update(AgendaItem.objects.filter(speaker_id=person_id).values_list("meeting_id", flat=True))
    return ids


def meetings_naming_organisation(org_id: int) -> set[int]:
    """Ids of the meetings a unit hosts or speaks at (2 queries)."""
    ids = set(Meeting.objects.filter(host_id=org_id).values_list("pk", flat=True))
    ids.update(AgendaItem.objects.filter(org_id=org_id).values_list("meeting_id", flat=True))
    return ids


_NAMING = {Person: meetings_naming_person, Organisation: meetings_naming_organisation}

# An import reads names first and writes them into the search index with its meetings,
# which no other transaction sees before the import commits; a rename re-indexes only
# the meetings it can see. So an import holds this PostgreSQL advisory lock shared until
# it commits, and a rename takes it exclusively before re-indexing: it waits for running
# imports, then sees their meetings, and imports begun after it read the new name.
# (SQLite needs none: its transactions take the one write lock at BEGIN.)
NAMES_LOCK = 0x6E616D65  # "name"


def names_read_lock() -> None:
    """Inside an import's transaction, before it reads any name (see NAMES_LOCK)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock_shared(%s)", [NAMES_LOCK])


def _names_write_lock() -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [NAMES_LOCK])


def _remember_old_name(sender, instance, **kwargs):
    instance._name_before_save = (
        sender.objects.filter(pk=instance.pk).values_list("name", flat=True).first()
        if instance.pk
        else None
    )


def _follow_rename(sender, instance, created, **kwargs):
    from meetings.services import notify_meetings_changed

    generation_bump(ORGS_GENERATION if sender is Organisation else PEOPLE_GENERATION)
    old = getattr(instance, "_name_before_save", None)
    if created or old is None or old == instance.name:
        return
    # Person and Organisation save in a transaction (orgs/models.py): the lock lasts until
    # the new name, and the meetings re-indexed with it, commit.
    _names_write_lock()
    notify_meetings_changed(_NAMING[sender](instance.pk))
    generation_bump(NAMES_GENERATION)


def _forget(sender, instance, **kwargs):
    generation_bump(NAMES_GENERATION, ORGS_GENERATION, PEOPLE_GENERATION)


def _position_changed(sender, instance, **kwargs):
    generation_bump(PEOPLE_GENERATION)


def _meetings_changed(sender, meeting_ids, **kwargs):
    generation_bump(MEETINGS_GENERATION, *map(meeting_generation, meeting_ids))


def connect() -> None:
    from meetings.signals import meetings_changed

    meetings_changed.connect(_meetings_changed, dispatch_uid="meetings-generation")
    for model in _NAMING:
        label = model._meta.label_lower
        pre_save.connect(_remember_old_name, sender=model, dispatch_uid=f"rename-before-{label}")
        post_save.connect(_follow_rename, sender=model, dispatch_uid=f"rename-after-{label}")
        post_delete.connect(_forget, sender=model, dispatch_uid=f"rename-delete-{label}")
    post_save.connect(_position_changed, sender=Position, dispatch_uid="position-saved")
    post_delete.connect(_position_changed, sender=Position, dispatch_uid="position-deleted")
