from django.conf import settings
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from common.text import fold
from common.urls import id_url

PATH_STEP = 6  # digits per tree level in Organisation.path


class OrganisationKind(models.TextChoices):
    PARTY_COMMITTEE = "党委", _("党委")
    GENERAL_BRANCH = "党总支", _("党总支")
    BRANCH = "党支部", _("党支部")
    GROUP = "党小组", _("党小组")
    ADMINISTRATIVE = "行政单位", _("行政单位")
    OTHER = "其他", _("其他")


# Checked in order: "…党总支" must not be read as "…党支" and "…机关党委" ends in 党委.
KIND_BY_NAME_ENDING = (
    ("党小组", OrganisationKind.GROUP),
    ("党支部", OrganisationKind.BRANCH),
    ("党总支", OrganisationKind.GENERAL_BRANCH),
    ("党委", OrganisationKind.PARTY_COMMITTEE),
    ("党工委", OrganisationKind.PARTY_COMMITTEE),
)


def organisation_kind_from_name(name: str) -> str:
    """Guess a new organisation's kind from its name, so imported branches are judged at once."""
    folded = fold(name)
    for ending, kind in KIND_BY_NAME_ENDING:
        if folded.endswith(ending):
            return kind
    if folded.endswith(("大学", "学院", "学校", "处", "部", "办公室", "中心", "系")):
        return OrganisationKind.ADMINISTRATIVE
    return OrganisationKind.OTHER


class OrganisationQuerySet(models.QuerySet):
    def descendants_of(self, organisation: "Organisation", *, include_self: bool = True):
        """The organisation's whole subtree, by one indexed prefix match on `path`."""
        qs = self.filter(path__startswith=organisation.path)
        return qs if include_self else qs.exclude(pk=organisation.pk)


def depth_of(path: str) -> int:
    """How deep the organisation with this materialised path sits (the root: 0)."""
    return max(len(path) // PATH_STEP - 1, 0)


def tree_label(name: str, path: str) -> str:
    """The name indented by depth with full-width spaces, as every organisation list shows it."""
    return "\u3000" * depth_of(path) + name


class Organisation(models.Model):
    name = models.CharField(_("名称"), max_length=200)
    short_name = models.CharField(_("简称"), max_length=100, blank=True)
    kind = models.CharField(
        _("类别"), max_length=10, choices=OrganisationKind.choices, default=OrganisationKind.OTHER
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("上级组织"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    # Materialised path ("000001000004") kept by save(): all descendants are one
    # `path LIKE 'prefix%'` query, and ordering by path lists the tree depth-first.
    path = models.CharField(max_length=255, editable=False, db_index=True, default="")
    name_key = models.CharField(max_length=200, editable=False, db_index=True, default="")
    sort_order = models.PositiveIntegerField(_("排序"), default=0)

    objects = OrganisationQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("组织")
        verbose_name_plural = _("组织")
        ordering = ["path"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.name = self.name.strip()
        self.name_key = fold(self.name)
        old_path = self.path
        # One transaction for the row, its path, its subtree's paths and what listeners
        # write (history, the meetings re-indexed for a rename): all or nothing.
        with transaction.atomic(using=kwargs.get("using"), savepoint=False):
            super().save(*args, **kwargs)
            # The path embeds the primary key, so it is known only after the first insert.
            new_path = self._compute_path()
            if new_path != old_path:
                self.path = new_path
                Organisation.objects.filter(pk=self.pk).update(path=new_path)
                if old_path:
                    self._move_subtree(old_path)

    def get_absolute_url(self) -> str:
        return id_url("orgs:detail", self.pk)

    def _compute_path(self) -> str:
        segment = str(self.pk).zfill(PATH_STEP)
        return (self.parent.path if self.parent_id else "") + segment

    def _move_subtree(self, old_path: str) -> None:
        from django.db.models import Value
        from django.db.models.functions import Concat, Substr

        Organisation.objects.filter(path__startswith=old_path).exclude(pk=self.pk).update(
            path=Concat(Value(self.path), Substr("path", len(old_path) + 1))
        )

    @property
    def depth(self) -> int:
        return depth_of(self.path)

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.pk and self.parent_id:
            parent = self.parent
            if parent.pk == self.pk or (self.path and parent.path.startswith(self.path)):
                raise ValidationError({"parent": _("上级组织不能是本组织或其下级组织。")})


class Person(models.Model):
    name = models.CharField(_("姓名"), max_length=50)
    # Two people can share a name: the note tells them apart (e.g. "机械学院 教授").
    note = models.CharField(
        _("备注"), max_length=200, blank=True, help_text=_("同名时用于区分，如所在单位")
    )
    name_key = models.CharField(max_length=50, editable=False, db_index=True, default="")

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("人员")
        verbose_name_plural = _("人员")
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return f"{self.name}（{self.note}）" if self.note else self.name

    def save(self, *args, **kwargs):
        self.name = self.name.strip()
        self.name_key = fold(self.name)
        # The row and what listeners write (history, the meetings re-indexed for a rename)
        # commit together, also for a save outside a transaction (a shell, a script).
        with transaction.atomic(using=kwargs.get("using"), savepoint=False):
            super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return id_url("meetings:person", self.pk)


class Position(models.Model):
    """A title someone held in an organisation for a while: records keep the title of the day."""

    person = models.ForeignKey(
        Person, verbose_name=_("人员"), on_delete=models.CASCADE, related_name="positions"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("组织"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="positions",
    )
    title = models.CharField(_("职务"), max_length=100)
    start = models.DateField(_("任职起始"), null=True, blank=True)
    end = models.DateField(_("任职结束"), null=True, blank=True)

    class Meta:
        verbose_name = _("任职")
        verbose_name_plural = _("任职")
        ordering = ["person", "-start"]

    def __str__(self) -> str:
        return f"{self.person.name} {self.title}"

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("任职结束日期不能早于起始日期。")})


class ClerkScope(models.Model):
    """Binds a clerk (录入员) to the organisations whose meetings they may enter."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("用户"),
        on_delete=models.CASCADE,
        related_name="clerk_scopes",
    )
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("组织"), on_delete=models.CASCADE, related_name="clerk_scopes"
    )

    class Meta:
        verbose_name = _("录入范围")
        verbose_name_plural = _("录入范围")
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="unique_clerk_scope")
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.organisation}"
