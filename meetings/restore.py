"""Restoring a meeting and all its inline rows to an earlier version (a write, like services)."""

from datetime import datetime

from django.db import transaction

from meetings.history import ALL_INLINE_MODELS, inline_history, tracked_fields
from meetings.models import Meeting, PledgeParty
from meetings.services import may_publish, notify_meetings_changed
from orgs.selectors import organisations_editable_by


class RestoreError(Exception):
    pass


def meeting_restore(*, meeting: Meeting, history_date_or_history_id, user) -> Meeting:
    """Bring the meeting and all its inline rows back to an earlier moment, in one transaction.

    Given a history id of the meeting, the moment is that version as it stood until the next
    save (the admin saves the meeting row before its inlines, so those come just after it);
    given a datetime, everything recorded up to then. The restore is itself a change, recorded
    in the history under `user`.
    """
    with transaction.atomic():
        meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
        cutoff = _restore_cutoff(meeting, history_date_or_history_id)
        past = meeting.history.filter(**cutoff).order_by("-history_date", "-history_id").first()
        if past is None:
            raise RestoreError("该时间之前没有此会议的记录，无法恢复。")
        _check_may_restore(meeting=meeting, past=past, user=user)
        for field in tracked_fields(Meeting):
            setattr(meeting, field.attname, getattr(past, field.attname))
        meeting.full_clean()
        meeting._history_user = user
        meeting._change_reason = (
            f"恢复至 {past.history_date:%Y-%m-%d %H:%M:%S}（第 {past.version} 版）"
        )
        meeting.save()
        for model in ALL_INLINE_MODELS:
            _restore_rows(model, meeting=meeting, cutoff=cutoff, user=user)
        notify_meetings_changed([meeting.pk])
    return meeting


def _check_may_restore(*, meeting: Meeting, past, user) -> None:
    """A restore may do only what an edit by the same user could: keep the meeting in
    their scope and leave its publication alone unless they may publish."""
    if user is None or user.is_superuser:
        return
    if past.status != meeting.status and not may_publish(user):
        raise RestoreError("恢复该版本会改变发布状态，而您没有发布权限。")
    if past.host_id != meeting.host_id and not (
        organisations_editable_by(user).filter(pk=past.host_id).exists()
    ):
        raise RestoreError("该版本的召开单位不在您的录入范围内，不能恢复。")


def _restore_cutoff(meeting: Meeting, moment) -> dict:
    if isinstance(moment, datetime):
        return {"history_date__lte": moment}
    chosen = meeting.history.filter(history_id=moment).first()
    if chosen is None:
        raise RestoreError("找不到该历史版本。")
    following = (
        meeting.history.filter(history_date__gt=chosen.history_date)
        .order_by("history_date")
        .values_list("history_date", flat=True)
        .first()
    )
    return {"history_date__lt": following} if following else {}


def _restore_rows(model, *, meeting: Meeting, cutoff: dict, user) -> None:
    latest = {}
    for record in inline_history(model, meeting_id=meeting.pk, **cutoff).order_by(
        "history_date", "history_id"
    ):
        latest[record.id] = record
    past = {pk: record.instance for pk, record in latest.items() if record.history_type != "-"}
    current = model.objects.filter(
        **({"pledge__meeting": meeting} if model is PledgeParty else {"meeting": meeting})
    )
    fields = [f.attname for f in model._meta.concrete_fields]

    def same(row, old) -> bool:
        return all(getattr(row, name) == getattr(old, name) for name in fields)

    # Changed rows are deleted and inserted again rather than updated, so that two rows
    # swapping people never clash on a unique constraint halfway through.
    kept = set()
    for row in current:
        if row.pk in past and same(row, past[row.pk]):
            kept.add(row.pk)
        else:
            row._history_user = user
            row.delete()
    for pk, row in past.items():
        if pk not in kept:
            # Restored rows were valid when saved; their files are not re-read here.
            row._history_user = user
            row.save(force_insert=True)
