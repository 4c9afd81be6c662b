"""Reads over django-simple-history's tables: what changed in a meeting, by whom and when."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from django.core.exceptions import FieldDoesNotExist
from django.db import models

from meetings.models import (
    AgendaItem,
    Attendance,
    AttendeeGroup,
    Document,
    Meeting,
    MeetingChair,
    Pledge,
    PledgeParty,
)

# The rows edited inline on a meeting's page, in the order they are restored:
# pledges before their parties, whose foreign key needs them.
INLINE_MODELS = (MeetingChair, Attendance, AttendeeGroup, AgendaItem, Document, Pledge)
ALL_INLINE_MODELS = (*INLINE_MODELS, PledgeParty)

# Bookkeeping that changes on every save and says nothing about the record.
UNTRACKED_FIELDS = frozenset({"id", "version", "created_at", "updated_at", "meeting"})

CHANGE_LOG_LIMIT = 300


@dataclass
class FieldChange:
    field: str
    old: str
    new: str


@dataclass
class LogEntry:
    model: str
    label: str
    action: str
    user: str
    date: datetime
    changes: list[FieldChange] = field(default_factory=list)


def tracked_fields(model) -> list[models.Field]:
    return [f for f in model._meta.concrete_fields if f.name not in UNTRACKED_FIELDS]


def inline_history(model, *, meeting_id: int, **cutoff):
    """Historical rows of one inline model that ever belonged to the meeting."""
    if model is PledgeParty:
        pledge_ids = Pledge.history.filter(meeting_id=meeting_id).values("id")
        return PledgeParty.history.filter(pledge_id__in=pledge_ids, **cutoff)
    return model.history.filter(meeting_id=meeting_id, **cutoff)


class _Names:
    """Shows foreign keys by name, fetching each related model's rows in one query."""

    def __init__(self, records_by_model):
        wanted = defaultdict(set)
        for model, records in records_by_model:
            for f in tracked_fields(model):
                if f.is_relation:
                    wanted[f.related_model] |= {getattr(r, f.attname) for r in records} - {None}
        self.names = {
            related: {obj.pk: str(obj) for obj in related.objects.filter(pk__in=ids)}
            for related, ids in wanted.items()
            if ids
        }

    def show(self, f: models.Field, record) -> str:
        value = getattr(record, f.attname)
        if value is None or value == "":
            return ""
        if f.is_relation:
            return self.names.get(f.related_model, {}).get(value, f"#{value}")
        if f.choices:
            return str(dict(f.flatchoices).get(value, value))
        return str(value)


def _diff(model, old, new, names: _Names) -> list[FieldChange]:
    changes = []
    for f in tracked_fields(model):
        before = names.show(f, old) if old is not None else ""
        after = names.show(f, new) if new is not None else ""
        if before != after:
            changes.append(FieldChange(str(f.verbose_name), before, after))
    return changes


def _label(model, record, names: _Names) -> str:
    for name in ("title", "name", "person", "organisation", "speaker", "org"):
        try:
            f = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        shown = names.show(f, record)
        if shown:
            return shown
    return f"#{record.id}"


def meeting_change_log(*, meeting: Meeting) -> list[LogEntry]:
    """Every change to the meeting's inline rows, newest first, each with its field diff.

    One query per inline model (historical rows with their user) and one per model named
    by a foreign key: diffs are taken between consecutive versions in memory.
    """
    records_by_model = [
        (
            model,
            list(
                inline_history(model, meeting_id=meeting.pk)
                .select_related("history_user")
                .order_by("id", "history_date", "history_id")
            ),
        )
        for model in ALL_INLINE_MODELS
    ]
    names = _Names(records_by_model)
    entries = []
    for model, records in records_by_model:
        previous = {}
        for record in records:
            before = previous.get(record.id)
            deleted = record.history_type == "-"
            entries.append(
                LogEntry(
                    model=str(model._meta.verbose_name),
                    label=_label(model, record, names),
                    action=record.get_history_type_display(),
                    user=str(record.history_user or ""),
                    date=record.history_date,
                    changes=[] if deleted else _diff(model, before, record, names),
                )
            )
            previous[record.id] = record
    entries.sort(key=lambda entry: entry.date, reverse=True)
    return entries[:CHANGE_LOG_LIMIT]


def meeting_changes_since(*, meeting: Meeting, version: int) -> list[FieldChange]:
    """The meeting's fields that differ between `version` and now, from its history."""
    records = list(meeting.history.filter(version__gte=version).order_by("history_date"))
    if not records or records[0].version != version:
        return []
    pair = [(Meeting, records[:1] + records[-1:])]
    return _diff(Meeting, records[0], records[-1], _Names(pair))


def meeting_editors_since(*, meeting: Meeting, version: int) -> list[str]:
    users = (
        meeting.history.filter(version__gt=version)
        .exclude(history_user=None)
        .values_list("history_user__username", flat=True)
        .distinct()
    )
    return sorted(users)
