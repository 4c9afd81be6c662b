"""The review flow: a clerk submits (报送), a reviewer approves (审核发布) or returns (退回).

Every transition is one transaction that locks the meeting, checks the version the user saw
(two reviewers acting at once: the later one is refused), checks who may do it, writes a
`ReviewStep`, and e-mails the people concerned once it commits. An approved record is final
(定稿); it changes only through an amendment (更正) with a reason, recorded the same way.
"""

from datetime import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mass_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from meetings.models import Meeting, MeetingStatus, ReviewAction, ReviewStep
from meetings.services import meeting_set_status, notify_meetings_changed
from orgs.models import PATH_STEP
from orgs.selectors import organisations_editable_by

EDITABLE_STATES = {MeetingStatus.DRAFT, MeetingStatus.RETURNED}
MAX_NOTE_LENGTH = 2000


class ReviewRefused(Exception):
    """A transition that may not happen; the message says why, in Chinese."""


def meeting_is_locked(meeting: Meeting) -> bool:
    """Submitted and final records are read-only; only an amendment changes a final one."""
    return meeting.status not in EDITABLE_STATES


def user_may_review(user, meeting: Meeting) -> bool:
    """A reviewer approves or returns records of the units in their scope."""
    if user.is_superuser:
        return True
    return (
        user.has_perm("meetings.publish_meeting")
        and organisations_editable_by(user).filter(pk=meeting.host_id).exists()
    )


def meeting_submit(*, meeting_id: int, user, version: int) -> Meeting:
    with transaction.atomic():
        meeting = _locked(meeting_id, version)
        if meeting.status not in EDITABLE_STATES:
            raise ReviewRefused(_("只有草稿或退回的记录可以报送。"))
        if not (
            user.is_superuser or organisations_editable_by(user).filter(pk=meeting.host_id).exists()
        ):
            raise ReviewRefused(_("这条记录的召开单位不在您的录入范围内，不能报送。"))
        meeting.status = MeetingStatus.SUBMITTED
        meeting.submitted_by = user
        meeting.submitted_at = timezone.now()
        meeting.save(update_fields=["status", "submitted_by", "submitted_at", "updated_at"])
        _step(meeting, ReviewAction.SUBMIT, user)
        _mail_on_commit(_submitted_mails(meeting, user))
        notify_meetings_changed([meeting.pk])
    return meeting


def meeting_approve(*, meeting_id: int, user, version: int) -> Meeting:
    with transaction.atomic():
        meeting = _locked(meeting_id, version)
        _check_reviewable(meeting, user)
        if not user.is_superuser and user.pk in {meeting.created_by_id, meeting.submitted_by_id}:
            raise ReviewRefused(_("不能审核自己录入或报送的记录，请由其他审核人审核。"))
        meeting_set_status(meetings=Meeting.objects.filter(pk=meeting.pk), status="published")
        _step(meeting, ReviewAction.APPROVE, user)
        _mail_on_commit(_decided_mails(meeting, user, approved=True, opinion=""))
    meeting.refresh_from_db()
    return meeting


def meeting_return(*, meeting_id: int, user, version: int, opinion: str) -> Meeting:
    opinion = _note(opinion, _("退回须填写审核意见。"))
    with transaction.atomic():
        meeting = _locked(meeting_id, version)
        _check_reviewable(meeting, user)
        meeting.status = MeetingStatus.RETURNED
        meeting.save(update_fields=["status", "updated_at"])
        _step(meeting, ReviewAction.RETURN, user, opinion)
        _mail_on_commit(_decided_mails(meeting, user, approved=False, opinion=opinion))
        notify_meetings_changed([meeting.pk])
    return meeting


def meeting_amendment_record(*, meeting: Meeting, user, reason: str) -> ReviewStep:
    """Record why a final record was changed; called in the transaction that saves it."""
    reason = _note(reason, _("更正须填写更正原因。"))
    if meeting.status != MeetingStatus.PUBLISHED:
        raise ReviewRefused(_("只有已审核发布的记录需要更正；草稿或退回的记录可直接修改。"))
    return _step(meeting, ReviewAction.AMEND, user, reason)


def meetings_withdraw(*, meetings, user) -> int:
    """A reviewer takes final records back to draft (撤回), a logged step for each; records
    in any other state are left as they are. Returns how many were withdrawn."""
    with transaction.atomic():
        ids = list(
            meetings.filter(status=MeetingStatus.PUBLISHED)
            .select_for_update()
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        changed = meeting_set_status(
            meetings=Meeting.objects.filter(pk__in=ids), status=MeetingStatus.DRAFT
        )
        name = user.get_full_name() or user.get_username()
        ReviewStep.objects.bulk_create(
            ReviewStep(meeting_id=pk, action=ReviewAction.WITHDRAW, actor=user, actor_name=name)
            for pk in ids
        )
    return changed


def _locked(meeting_id: int, version: int) -> Meeting:
    meeting = Meeting.objects.select_for_update().filter(pk=meeting_id).first()
    if meeting is None:
        raise ReviewRefused(_("这条记录已不存在。"))
    if meeting.version != version:
        raise ReviewRefused(
            _(
                "操作未执行：在您打开本页之后，其他用户已修改了这条记录（您看到的是第 %(seen)d 版，"
                "当前为第 %(now)d 版）。请重新打开后再操作。"
            )
            % {"seen": version, "now": meeting.version}
        )
    return meeting


def _check_reviewable(meeting: Meeting, user) -> None:
    if meeting.status != MeetingStatus.SUBMITTED:
        raise ReviewRefused(_("只有已报送的记录可以审核或退回。"))
    if not user_may_review(user, meeting):
        raise ReviewRefused(_("这条记录的召开单位不在您的审核范围内，或您没有审核权限。"))


def _note(text: str, missing: str) -> str:
    text = (text or "").strip()
    if not text:
        raise ReviewRefused(missing)
    if len(text) > MAX_NOTE_LENGTH:
        raise ReviewRefused(_("意见或原因不能超过 %(n)d 字。") % {"n": MAX_NOTE_LENGTH})
    return text


def _step(meeting: Meeting, action: str, user, note: str = "") -> ReviewStep:
    name = user.get_full_name() or user.get_username()
    return ReviewStep.objects.create(
        meeting=meeting, action=action, actor=user, actor_name=name, note=note
    )


def reviewers_to_notify(meeting: Meeting) -> list:
    """Active reviewers whose scope holds the meeting's host and who want e-mail (2 queries)."""
    if meeting.host_id is None:
        return []
    path = meeting.host.path
    covering = [path[:end] for end in range(PATH_STEP, len(path) + 1, PATH_STEP)]
    users = (
        get_user_model()
        .objects.filter(is_active=True, clerk_scopes__organisation__path__in=covering)
        .exclude(email="")
        .exclude(review_notifications__send_email=False)
        .distinct()
        .order_by("pk")
    )
    return [user for user in users if user.has_perm("meetings.publish_meeting")]


def _admin_link(meeting: Meeting) -> str:
    return settings.SITE_URL + reverse("admin:meetings_meeting_change", args=[meeting.pk])


def _submitted_mails(meeting: Meeting, submitter) -> list[tuple]:
    recipients = [u.email for u in reviewers_to_notify(meeting) if u.pk != submitter.pk]
    if not recipients:
        return []
    subject = _("待审核：%(title)s") % {"title": meeting.title}
    body = _("%(who)s 报送了会议记录《%(title)s》（%(date)s），请审核：%(link)s") % {
        "who": submitter.get_full_name() or submitter.get_username(),
        "title": meeting.title,
        "date": meeting.date,
        "link": _admin_link(meeting),
    }
    return [(subject, body, None, recipients)]


def _decided_mails(meeting: Meeting, reviewer, *, approved: bool, opinion: str) -> list[tuple]:
    submitter = meeting.submitted_by
    if submitter is None or not submitter.email or submitter.pk == reviewer.pk:
        return []
    if approved:
        subject = _("已审核发布：%(title)s") % {"title": meeting.title}
        body = _("您报送的会议记录《%(title)s》已审核发布：%(link)s")
    else:
        subject = _("已退回：%(title)s") % {"title": meeting.title}
        body = _(
            "您报送的会议记录《%(title)s》被退回，审核意见：%(opinion)s\n请修改后重新报送：%(link)s"
        )
    body = body % {"title": meeting.title, "opinion": opinion, "link": _admin_link(meeting)}
    return [(subject, body, None, [submitter.email])]


def _mail_on_commit(messages: list[tuple]) -> None:
    if messages:
        transaction.on_commit(lambda: send_mass_mail(messages, fail_silently=True))


# The review log beside the record: a bundle carries it as review.json, so that a restore
# brings back states, opinions and amendments the meeting-record/1 format has no keys for.

REVIEW_LOG_VERSION = "meeting-review/1"


def review_log_export(meeting: Meeting, steps: list[ReviewStep]) -> dict:
    return {
        "format": REVIEW_LOG_VERSION,
        "status": meeting.status,
        "submitted_at": meeting.submitted_at.isoformat() if meeting.submitted_at else None,
        "steps": [
            {
                "action": step.action,
                "actor": step.actor_name,
                "at": step.at.isoformat(),
                "note": step.note,
            }
            for step in steps
        ],
    }


def review_steps_of(meeting_ids: list[int]) -> dict[int, list[ReviewStep]]:
    """Every step of these meetings, by meeting, in order (one query)."""
    steps: dict[int, list[ReviewStep]] = {}
    for step in ReviewStep.objects.filter(meeting_id__in=meeting_ids).order_by("at", "pk"):
        steps.setdefault(step.meeting_id, []).append(step)
    return steps


def review_log_problems(log) -> list[str]:
    """What is wrong with a review.json, in Chinese; empty when it can be restored."""
    if not isinstance(log, dict) or log.get("format") != REVIEW_LOG_VERSION:
        return [f"审核记录应为 {REVIEW_LOG_VERSION} 对象"]
    problems = []
    if log.get("status") not in MeetingStatus.values:
        problems.append(f"审核记录的状态“{log.get('status')}”无效")
    if log.get("submitted_at") is not None and _moment(log["submitted_at"]) is None:
        problems.append("审核记录的报送时间无效")
    steps = log.get("steps")
    if not isinstance(steps, list):
        return [*problems, "审核记录的 steps 应为列表"]
    for number, step in enumerate(steps, 1):
        if not (
            isinstance(step, dict)
            and step.get("action") in ReviewAction.values
            and isinstance(step.get("actor"), str)
            and 0 < len(step["actor"]) <= 150
            and isinstance(step.get("note"), str)
            and len(step["note"]) <= MAX_NOTE_LENGTH
            and _moment(step.get("at")) is not None
        ):
            problems.append(f"审核记录第 {number} 步不完整或无效")
    return problems


def review_log_restore(meeting: Meeting, log: dict) -> None:
    """Give an imported meeting the state and steps of its review log (checked before)."""
    meeting.status = log["status"]
    meeting.submitted_at = _moment(log["submitted_at"]) if log.get("submitted_at") else None
    meeting.save(update_fields=["status", "submitted_at", "updated_at"])
    steps = ReviewStep.objects.bulk_create(
        # The accounts are this installation's; the names are kept.
        ReviewStep(meeting=meeting, action=s["action"], actor_name=s["actor"], note=s["note"])
        for s in log["steps"]
    )
    # `at` is auto_now_add: set the recorded moments after the insert.
    for step, recorded in zip(steps, log["steps"], strict=True):
        step.at = _moment(recorded["at"])
    ReviewStep.objects.bulk_update(steps, ["at"])


def _moment(value):
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if timezone.is_aware(moment) else None
