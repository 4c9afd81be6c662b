from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from common.urls import id_url
from meetings.files import sha256_of, stored_name
from meetings.validators import validate_meeting_date, validate_upload
from orgs.models import Organisation, Person

FORMAT_TAG = "meeting-record/1"

# Longest texts a clerk may enter (characters). Generous for real minutes (a long summary
# is ~5,000), short enough that no save, index update or PDF stalls a worker.
SUMMARY_MAX = 30_000
DECISIONS_MAX = 10_000
AGENDA_TEXT_MAX = 30_000
DOCUMENT_TITLES_MAX = 5_000
SOURCE_TEXT_MAX = 60_000


def _limited_text(verbose_name, max_length: int, **kwargs) -> models.TextField:
    """A TextField whose limit the form, full_clean() and the import all enforce."""
    return models.TextField(
        verbose_name, max_length=max_length, validators=[MaxLengthValidator(max_length)], **kwargs
    )


class MeetingKind(models.TextChoices):
    PARTY_BUILDING = "党建工作会议", _("党建工作会议")
    COMMITTEE_PLENARY = "党委全委会", _("党委全委会")
    STANDING_COMMITTEE = "党委常委会", _("党委常委会")
    DISCIPLINE = "全面从严治党工作会议", _("全面从严治党工作会议")
    DUTY_REVIEW = "述职评议会", _("述职评议会")
    ORGANISATION_WORK = "组织工作会议", _("组织工作会议")
    THEORY_STUDY = "理论学习中心组学习", _("理论学习中心组学习")
    BRANCH_MEMBERS = "支部党员大会", _("支部党员大会")
    BRANCH_COMMITTEE = "支部委员会", _("支部委员会")
    GROUP_MEETING = "党小组会", _("党小组会")
    PARTY_LECTURE = "党课", _("党课")
    THEME_DAY = "主题党日", _("主题党日")
    ORGANISATIONAL_LIFE = "组织生活会", _("组织生活会")
    DEMOCRATIC_LIFE = "民主生活会", _("民主生活会")
    OTHER = "其他", _("其他")


# The four 三会一课 meetings carry an expected headcount (应到).
THREE_MEETINGS_ONE_LECTURE = frozenset(
    {
        MeetingKind.BRANCH_MEMBERS,
        MeetingKind.BRANCH_COMMITTEE,
        MeetingKind.GROUP_MEETING,
        MeetingKind.PARTY_LECTURE,
    }
)


class AttendanceRole(models.TextChoices):
    ATTENDED = "出席", _("出席")
    OBSERVER = "列席", _("列席")
    PARTICIPANT = "参加", _("参加")
    EXCUSED = "请假", _("请假")
    ABSENT = "缺席", _("缺席")


ABSENT_ROLES = (AttendanceRole.EXCUSED, AttendanceRole.ABSENT)
# Where 实到 is not recorded, the named attendees in these roles are counted (列席 never is).
PRESENT_ROLES = (AttendanceRole.ATTENDED, AttendanceRole.PARTICIPANT)


class AgendaKind(models.TextChoices):
    CHAIRING = "主持", _("主持")
    SPEECH = "讲话", _("讲话")
    REPORT = "报告", _("报告")
    RELAY = "传达", _("传达")
    READING = "宣读", _("宣读")
    EXPLANATION = "解读", _("解读")
    EXCHANGE = "交流", _("交流")
    WRITTEN_EXCHANGE = "书面交流", _("书面交流")
    DUTY_REPORT = "述职", _("述职")
    REVIEW = "点评", _("点评")
    STATEMENT = "发言", _("发言")
    STUDY = "学习", _("学习")
    VOTE = "表决", _("表决")
    OTHER = "其他", _("其他")


class MeetingStatus(models.TextChoices):
    """报送 → 审核: a clerk submits, a reviewer approves (publishes) or returns."""

    DRAFT = "draft", _("草稿")
    SUBMITTED = "submitted", _("已报送")
    RETURNED = "returned", _("退回")
    PUBLISHED = "published", _("已审核发布")


class Retention(models.TextChoices):
    """保管期限 of a record, as DA/T 22 names them."""

    PERMANENT = "永久", _("永久")
    THIRTY_YEARS = "30年", _("30年")
    TEN_YEARS = "10年", _("10年")


class MeetingVisibility(models.TextChoices):
    PUBLIC = "public", _("公开")
    INTERNAL = "internal", _("内部")


TITLE_SEPARATOR = "、"


def split_titles(value: str) -> list[str]:
    return [part.strip() for part in value.split(TITLE_SEPARATOR) if part.strip()]


def split_lines(value: str) -> list[str]:
    return [line.strip() for line in value.splitlines() if line.strip()]


class MeetingQuerySet(models.QuerySet):
    def on_record(self) -> "MeetingQuerySet":
        """Published and not archived: the meetings that count, whoever looks at them."""
        return self.filter(status=MeetingStatus.PUBLISHED, archived=False)

    def visible_to(self, user) -> "MeetingQuerySet":
        """The one rule of who sees what on every public page, list, export and search.

        Drafts and archived meetings are never public; internal meetings need a logged-in
        user with the `view_internal_meeting` permission (staff, readers, clerks).
        """
        qs = self.on_record()
        if (
            user is not None
            and user.is_authenticated
            and user.has_perm("meetings.view_internal_meeting")
        ):
            return qs
        return qs.filter(visibility=MeetingVisibility.PUBLIC)

    def people(self):
        """The people who attended, chaired or spoke at these meetings.

        On a `visible_to` queryset: the people a user may know of. A name seen only in
        drafts, archived or internal meetings stays unknown to those who cannot see them.
        """
        return Person.objects.filter(
            models.Exists(Attendance.objects.filter(person=models.OuterRef("pk"), meeting__in=self))
            | models.Exists(
                MeetingChair.objects.filter(person=models.OuterRef("pk"), meeting__in=self)
            )
            | models.Exists(
                AgendaItem.objects.filter(speaker=models.OuterRef("pk"), meeting__in=self)
            )
        )


class Meeting(models.Model):
    title = models.CharField(_("会议名称"), max_length=300)
    kind = models.CharField(_("会议类别"), max_length=20, choices=MeetingKind.choices)
    date = models.DateField(_("会议日期"), validators=[validate_meeting_date])
    time = models.CharField(
        _("时间"), max_length=20, blank=True, help_text=_("上午、下午、晚上、HH:MM 或 HH:MM-HH:MM")
    )
    venue = models.CharField(_("地点"), max_length=300, blank=True)
    host = models.ForeignKey(
        Organisation,
        verbose_name=_("召开单位"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="hosted_meetings",
    )
    chairs = models.ManyToManyField(
        Person, verbose_name=_("主持人"), through="MeetingChair", related_name="chaired_meetings"
    )
    recorder = models.ForeignKey(
        Person,
        verbose_name=_("记录人"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="recorded_meetings",
    )
    expected = models.PositiveIntegerField(
        _("应到人数"), null=True, blank=True, help_text=_("三会一课须填写应到人数")
    )
    present = models.PositiveIntegerField(
        _("实到人数"),
        null=True,
        blank=True,
        help_text=_("按会议记录填写；留空时以出席、参加的人员数计"),
    )
    summary = _limited_text(_("会议纪要"), SUMMARY_MAX, blank=True)
    decisions = _limited_text(_("决议事项"), DECISIONS_MAX, blank=True, help_text=_("每行一项"))
    status = models.CharField(
        _("状态"), max_length=10, choices=MeetingStatus.choices, default=MeetingStatus.DRAFT
    )
    visibility = models.CharField(
        _("公开范围"),
        max_length=10,
        choices=MeetingVisibility.choices,
        default=MeetingVisibility.PUBLIC,
    )
    archived = models.BooleanField(
        _("已归档"), default=False, help_text=_("归档后不在公开页面显示")
    )
    retention = models.CharField(_("保管期限"), max_length=4, choices=Retention.choices, blank=True)
    file_number = models.CharField(
        _("档号"),
        max_length=60,
        blank=True,
        help_text=_("发布或归档时由系统编定，不再变更"),
    )
    source_text = _limited_text(_("来源报道原文"), SOURCE_TEXT_MAX, blank=True)
    source_url = models.URLField(_("来源网址"), max_length=500, blank=True)
    source_published = models.DateField(
        _("报道发布日期"), null=True, blank=True, validators=[validate_meeting_date]
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("录入人"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("录入时间"), auto_now_add=True)
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)
    # The latest submission: the reviewers' queue is ordered by it.
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("报送人"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    submitted_at = models.DateTimeField(_("报送时间"), null=True, blank=True)
    # Bumped on every save: a form carrying an older number is a stale edit.
    version = models.PositiveIntegerField(_("版本"), default=1)

    objects = MeetingQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("会议")
        verbose_name_plural = _("会议")
        ordering = ["-date", "-pk"]
        permissions = [
            ("view_internal_meeting", _("可查阅内部会议")),
            ("publish_meeting", _("可发布会议")),
        ]
        indexes = [
            models.Index(fields=["status", "visibility", "-date"], name="meeting_visible_date"),
            models.Index(fields=["kind", "-date"], name="meeting_kind_date"),
            models.Index(fields=["host", "-date"], name="meeting_host_date"),
            # Newest first whatever the visibility: search reaches its newest matches
            # through it, and the list pages are ordered by it.
            models.Index(fields=["-date", "-id"], name="meeting_date_desc"),
            # Covers the 三会一课 report's one query (compliance.selectors._monthly_counts): an
            # index-only scan reads a year's meetings of the rules' kinds without touching
            # the table, a third of that query's time at 100,000 meetings.
            models.Index(
                fields=["kind", "date", "host", "status", "archived", "expected", "present", "id"],
                name="meeting_compliance_counts",
            ),
        ]
        constraints = [
            # A 档号 is never shared; meetings not yet numbered have none.
            models.UniqueConstraint(
                fields=["file_number"],
                condition=~models.Q(file_number=""),
                name="unique_meeting_file_number",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.date:%Y-%m-%d} {self.title}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            self.version += 1
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "version"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return id_url("meetings:detail", self.pk)

    @property
    def decision_list(self) -> list[str]:
        return split_lines(self.decisions)

    @property
    def is_published(self) -> bool:
        return self.status == MeetingStatus.PUBLISHED


class MeetingChair(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="chair_links")
    person = models.ForeignKey(Person, verbose_name=_("主持人"), on_delete=models.PROTECT)
    order = models.PositiveIntegerField(_("顺序"), default=0)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("主持人")
        verbose_name_plural = _("主持人")
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "person"], name="unique_meeting_chair")
        ]

    def __str__(self) -> str:
        return self.person.name


class Attendance(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendances")
    person = models.ForeignKey(
        Person, verbose_name=_("人员"), on_delete=models.PROTECT, related_name="attendances"
    )
    role = models.CharField(
        _("身份"), max_length=4, choices=AttendanceRole.choices, default=AttendanceRole.ATTENDED
    )
    titles = models.CharField(
        _("当日职务"), max_length=300, blank=True, help_text=_("多个职务用“、”分隔")
    )
    reason = models.CharField(_("请假/缺席原因"), max_length=200, blank=True)
    order = models.PositiveIntegerField(_("顺序"), default=0)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("参会人员")
        verbose_name_plural = _("参会人员")
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "person"], name="unique_attendance")
        ]

    def __str__(self) -> str:
        return f"{self.person.name}（{self.role}）"

    @property
    def title_list(self) -> list[str]:
        return split_titles(self.titles)


class AttendeeGroup(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendee_groups")
    name = models.CharField(_("群体"), max_length=100, help_text=_("如：中层干部、党支部书记代表"))
    role = models.CharField(
        _("身份"), max_length=4, choices=AttendanceRole.choices, default=AttendanceRole.PARTICIPANT
    )
    order = models.PositiveIntegerField(_("顺序"), default=0)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("参会群体")
        verbose_name_plural = _("参会群体")
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.name


class AgendaItem(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="agenda_items")
    order = models.PositiveIntegerField(_("顺序"), default=0)
    kind = models.CharField(
        _("议程类别"), max_length=4, choices=AgendaKind.choices, default=AgendaKind.SPEECH
    )
    speaker = models.ForeignKey(
        Person,
        verbose_name=_("发言人"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="agenda_items",
    )
    speaker_titles = models.CharField(
        _("发言人职务"), max_length=300, blank=True, help_text=_("多个职务用“、”分隔")
    )
    org = models.ForeignKey(
        Organisation,
        verbose_name=_("发言单位"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="agenda_items",
        help_text=_("经验交流、述职等以单位名义发言时填写"),
    )
    title = models.CharField(_("题目"), max_length=300, blank=True)
    text = _limited_text(_("内容"), AGENDA_TEXT_MAX, blank=True)
    document_titles = _limited_text(
        _("涉及文件"),
        DOCUMENT_TITLES_MAX,
        blank=True,
        help_text=_("每行一个文件名，不加书名号"),
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("议程")
        verbose_name_plural = _("议程")
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        who = self.speaker.name if self.speaker_id else (self.org.name if self.org_id else "")
        return f"{self.kind} {who} {self.title}".strip()

    @property
    def speaker_title_list(self) -> list[str]:
        return split_titles(self.speaker_titles)

    @property
    def document_list(self) -> list[str]:
        return split_lines(self.document_titles)


def document_upload_to(instance, filename: str) -> str:
    return stored_name(f"documents/{instance.meeting.date:%Y}", filename, instance.file.file)


def pledge_upload_to(instance, filename: str) -> str:
    return stored_name(f"pledges/{instance.year}", filename, instance.scan.file)


class FingerprintedFile:
    """Records the SHA-256 of a newly uploaded file in `<field>_sha256` as the row is saved,
    whichever way it is saved (admin form, inline, shell). Rows written in bulk by the
    import carry the fingerprint the record pins, checked against the stored file."""

    file_field: str

    def save(self, *args, **kwargs):
        field_file = getattr(self, self.file_field)
        sha256_field = f"{self.file_field}_sha256"
        if not field_file:
            setattr(self, sha256_field, "")
        elif not field_file._committed:
            setattr(self, sha256_field, sha256_of(field_file.file))
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and self.file_field in update_fields:
            kwargs["update_fields"] = {*update_fields, sha256_field}
        super().save(*args, **kwargs)


class Document(FingerprintedFile, models.Model):
    file_field = "file"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(_("文件名称"), max_length=300, help_text=_("不加书名号"))
    issuer = models.CharField(_("发文单位"), max_length=200, blank=True)
    number = models.CharField(
        _("文号"), max_length=100, blank=True, help_text=_("如：校党发〔2023〕5号")
    )
    file = models.FileField(
        _("文件"), upload_to=document_upload_to, blank=True, validators=[validate_upload]
    )
    file_sha256 = models.CharField(_("文件SHA-256"), max_length=64, blank=True, editable=False)
    order = models.PositiveIntegerField(_("顺序"), default=0)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("文件")
        verbose_name_plural = _("文件")
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return f"《{self.title}》"


class Pledge(FingerprintedFile, models.Model):
    file_field = "scan"

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("签订会议"), on_delete=models.CASCADE, related_name="pledges"
    )
    title = models.CharField(_("责任书名称"), max_length=300, help_text=_("不加书名号"))
    year = models.PositiveIntegerField(_("年度"))
    parties = models.ManyToManyField(
        Organisation, verbose_name=_("签订方"), through="PledgeParty", related_name="pledges"
    )
    scan = models.FileField(
        _("扫描件"), upload_to=pledge_upload_to, blank=True, validators=[validate_upload]
    )
    scan_sha256 = models.CharField(_("扫描件SHA-256"), max_length=64, blank=True, editable=False)
    order = models.PositiveIntegerField(_("顺序"), default=0)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("责任书")
        verbose_name_plural = _("责任书")
        ordering = ["order", "pk"]
        indexes = [models.Index(fields=["year"], name="pledge_year")]

    def __str__(self) -> str:
        return f"{self.year}年度《{self.title}》"


class PledgeParty(models.Model):
    """A party to a pledge, in order: the first is the issuing party, the rest sign."""

    pledge = models.ForeignKey(Pledge, on_delete=models.CASCADE, related_name="party_links")
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("签订方"), on_delete=models.PROTECT, related_name="+"
    )
    order = models.PositiveIntegerField(_("顺序"), default=0)

    # Kept so that restoring a meeting brings back who signed each pledge.
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("签订方")
        verbose_name_plural = _("签订方")
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.organisation.name


class FileNumberCounter(models.Model):
    """The last 件号 handed out under one 全宗-年度-期限-机构 group (meetings.filing).

    Kept apart from the meetings so that a number stays used even when its meeting
    is deleted: a 档号 is never given twice.
    """

    group = models.CharField(_("分组"), max_length=100, unique=True)
    last = models.PositiveIntegerField(_("最后件号"), default=0)

    class Meta:
        verbose_name = _("档号计数器")
        verbose_name_plural = _("档号计数器")

    def __str__(self) -> str:
        return f"{self.group}: {self.last}"


class ReviewAction(models.TextChoices):
    SUBMIT = "submit", _("报送")
    APPROVE = "approve", _("审核发布")
    RETURN = "return", _("退回")
    AMEND = "amend", _("更正")
    WITHDRAW = "withdraw", _("撤回")


class ReviewStep(models.Model):
    """One step of a record's review, in order: who did what, when, and why.

    Return opinions and amendment reasons are shown to everyone who may see the record
    (amendments on the public page and in the PDF); the log is never edited.
    """

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="review_steps")
    action = models.CharField(_("操作"), max_length=10, choices=ReviewAction.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("操作人"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    actor_name = models.CharField(_("操作人姓名"), max_length=150)
    at = models.DateTimeField(_("时间"), auto_now_add=True)
    note = models.TextField(_("意见或原因"), blank=True)

    class Meta:
        verbose_name = _("审核记录")
        verbose_name_plural = _("审核记录")
        ordering = ["at", "pk"]
        indexes = [models.Index(fields=["meeting", "action"], name="review_step_meeting_action")]

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.actor_name} {self.at:%Y-%m-%d}"


class ReviewNotificationSetting(models.Model):
    """A reviewer may turn off the e-mails of the review flow (on by default)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="review_notifications"
    )
    send_email = models.BooleanField(_("接收审核邮件通知"), default=True)

    class Meta:
        verbose_name = _("审核通知设置")
        verbose_name_plural = _("审核通知设置")

    def __str__(self) -> str:
        return str(self.user)
