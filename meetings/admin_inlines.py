"""The inlines of the meeting page, built so that the page costs the same queries at any size.

Django's inline formsets look up every row's related person or unit once per row: to show
the autocomplete's chosen option, to check a submitted id, and again in the model's own
validation; the hidden primary key of each row is fetched one by one on save. Here each
formset loads the rows its forms show or receive once, and the fields read from that.
"""

import re
from dataclasses import dataclass

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AdminFileWidget, RelatedFieldWidgetWrapper
from django.db import models
from django.db.models import Prefetch
from django.forms.models import BaseInlineFormSet
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from common.autocomplete import SafeAutocompleteMixin, SafeAutocompleteSelect, is_key
from common.text import fold
from meetings.models import (
    TITLE_SEPARATOR,
    AgendaItem,
    Attendance,
    AttendeeGroup,
    Document,
    MeetingChair,
    Pledge,
    PledgeParty,
)
from meetings.services import pledge_set_parties
from orgs.models import Organisation

PARTY_SEPARATORS = re.compile(r"[、，,;；\n]+")


class PreloadedModelChoiceField(forms.ModelChoiceField):
    """Reads a submitted id from the rows its formset loaded for all forms at once."""

    preloaded: dict = {}

    def to_python(self, value):
        if value not in self.empty_values and str(value) in self.preloaded:
            return self.preloaded[str(value)]
        return super().to_python(value)


class PreloadedAutocompleteSelect(SafeAutocompleteSelect):
    """Shows the chosen option from the preloaded rows instead of one query per widget."""

    def optgroups(self, name, value, attr=None):
        field = self.choices.field
        preloaded = getattr(field, "preloaded", {})
        chosen = [str(v) for v in value if str(v) not in field.empty_values]
        if not all(v in preloaded for v in chosen):
            return super().optgroups(name, value, attr)
        options = [] if self.is_required else [self.create_option(name, "", "", False, 0)]
        options += [
            self.create_option(
                name, v, field.label_from_instance(preloaded[v]), set(chosen), len(options)
            )
            for v in chosen[:1]
        ]
        return [(None, options, 0)]


class PreloadedInlineForm(forms.ModelForm):
    """Skips the model's second lookup of related rows that the form fields already loaded.

    Only the field checks skip them: uniqueness (one attendance per person) still sees
    every field, in the formset's comparison across its forms.
    """

    _checking_fields = False

    def _preloaded_names(self) -> set[str]:
        return {
            name
            for name, field in self.fields.items()
            if isinstance(field, PreloadedModelChoiceField)
            and name != self._meta.model._meta.pk.name
        }

    def _get_validation_exclusions(self):
        exclude = super()._get_validation_exclusions()
        return exclude | self._preloaded_names() if self._checking_fields else exclude

    def _post_clean(self):
        self._checking_fields = True
        super()._post_clean()
        self._checking_fields = False

    def validate_unique(self):
        self._checking_fields = False
        super().validate_unique()


class PreloadedInlineFormSet(BaseInlineFormSet):
    @cached_property
    def _rows_by_pk(self) -> dict:
        return {str(row.pk): row for row in self.get_queryset()}

    @cached_property
    def _related_rows(self) -> dict[str, dict]:
        """Per foreign-key field, the related rows of the saved rows (joined in the queryset)
        and of the submitted ids (one query per field, only for ids not yet seen)."""
        fields = {
            name: field
            for name, field in self.form.base_fields.items()
            if isinstance(field, PreloadedModelChoiceField)
        }
        rows = {name: {} for name in fields}
        for row in self._rows_by_pk.values():
            for name in fields:
                related = getattr(row, name)
                if related is not None:
                    rows[name][str(related.pk)] = related
        for name, field in fields.items():
            wanted = self._submitted_ids(name, field) - rows[name].keys()
            if wanted:
                rows[name] |= {str(obj.pk): obj for obj in field.queryset.filter(pk__in=wanted)}
        return rows

    def _submitted_ids(self, name: str, field) -> set[str]:
        """Ids posted for one field, only those the database could hold (a hostile value is
        left to the field, which refuses it with a message)."""
        if not self.is_bound:
            return set()
        key = re.compile(rf"{re.escape(self.prefix)}-\d+-{name}")
        pk = field.queryset.model._meta.pk
        return {
            value
            for field_name, value in self.data.items()
            if key.fullmatch(field_name) and isinstance(value, str) and is_key(pk, value)
        }

    def add_fields(self, form, index):
        super().add_fields(form, index)
        pk_name = self._pk_field.name
        pk_field = form.fields.get(pk_name)
        if type(pk_field) is forms.ModelChoiceField:
            form.fields[pk_name] = PreloadedModelChoiceField(
                pk_field.queryset, initial=pk_field.initial, required=False, widget=pk_field.widget
            )
            form.fields[pk_name].preloaded = self._rows_by_pk
        for name, rows in self._related_rows.items():
            form.fields[name].preloaded = rows


# Django's inline templates with their rows written in Python: see common/fast_inlines.py.
TABULAR_TEMPLATE = "admin/meetings/edit_inline/tabular.html"
STACKED_TEMPLATE = "admin/meetings/edit_inline/stacked.html"


class PreloadedInline(SafeAutocompleteMixin):
    """For the meeting's inlines: their autocomplete fields read from the formset's rows."""

    form = PreloadedInlineForm
    formset = PreloadedInlineFormSet

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        # With no names, select_related would follow every foreign key.
        return (
            queryset.select_related(*self.autocomplete_fields)
            if self.autocomplete_fields
            else queryset
        )

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if formfield is not None and isinstance(formfield.widget, RelatedFieldWidgetWrapper):
            # Each row keeps "+" (a new person); editing, viewing or deleting one is done
            # from the people's own pages, and the page renders faster without the links.
            formfield.widget.can_change_related = False
            formfield.widget.can_view_related = False
            formfield.widget.can_delete_related = False
        return formfield

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in self.get_autocomplete_fields(request):
            kwargs.setdefault("form_class", PreloadedModelChoiceField)
            kwargs.setdefault(
                "widget",
                PreloadedAutocompleteSelect(db_field, self.admin_site, using=kwargs.get("using")),
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@dataclass(frozen=True)
class FileLink:
    """What the file widget shows for a stored file: its name, linked through the admin's
    scope-checked route (MEDIA_URL is never served)."""

    name: str
    url: str

    def __str__(self) -> str:
        return self.name


class CheckedFileWidget(AdminFileWidget):
    url_name = "admin:meetings_meeting_document"

    def format_value(self, value):
        if self.is_initial(value):
            row = value.instance
            return FileLink(value.name, reverse(self.url_name, args=[row.meeting_id, row.pk]))
        return super().format_value(value)


class CheckedScanWidget(CheckedFileWidget):
    url_name = "admin:meetings_meeting_pledge_scan"


# The order of rows is kept by dragging them (static/meetings/inline_order.js), which
# numbers the hidden order fields as the rows stand.
ORDER_HIDDEN = {"order": forms.HiddenInput}


class MeetingChairInline(PreloadedInline, admin.TabularInline):
    model = MeetingChair
    template = TABULAR_TEMPLATE
    extra = 0
    autocomplete_fields = ["person"]
    fields = ["person", "order"]
    classes = ["ordered-inline"]

    def get_formset(self, request, obj=None, **kwargs):
        return super().get_formset(request, obj, widgets=ORDER_HIDDEN, **kwargs)


class AttendanceInline(MeetingChairInline):
    model = Attendance
    extra = 0
    fields = ["person", "role", "titles", "reason", "order"]
    classes = ["ordered-inline", "attendance-inline"]


class AttendeeGroupInline(MeetingChairInline):
    model = AttendeeGroup
    autocomplete_fields = []
    fields = ["name", "role", "order"]


class AgendaItemInline(PreloadedInline, admin.StackedInline):
    model = AgendaItem
    template = STACKED_TEMPLATE
    extra = 0
    autocomplete_fields = ["speaker", "org"]
    fields = [
        ("kind", "speaker", "speaker_titles"),
        ("org", "title"),
        "text",
        "document_titles",
        "order",
    ]
    classes = ["ordered-inline", "agenda-inline"]

    def get_formset(self, request, obj=None, **kwargs):
        return super().get_formset(request, obj, widgets=ORDER_HIDDEN, **kwargs)


class DocumentInline(MeetingChairInline):
    model = Document
    autocomplete_fields = []
    fields = ["title", "issuer", "number", "file", "order"]
    formfield_overrides = {models.FileField: {"widget": CheckedFileWidget}}


class PledgeForm(PreloadedInlineForm):
    party_names = forms.CharField(
        label=_("签订方"),
        required=False,
        max_length=2000,
        help_text=_("单位名称用“、”分隔，第一个为发出方"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["party_names"] = TITLE_SEPARATOR.join(
                link.organisation.name for link in self.instance.party_links.all()
            )
        self.organisations_by_key: dict[str, list[Organisation]] = {}

    def clean_party_names(self) -> list[Organisation]:
        found, errors = [], []
        for name in split_parties(self.cleaned_data["party_names"]):
            candidates = self.organisations_by_key.get(fold(name), [])
            if len(candidates) == 1:
                found.append(candidates[0])
            elif candidates:
                errors.append(
                    _("“%(name)s”有 %(n)d 个同名组织，请到责任书页面选择。")
                    % {"name": name, "n": len(candidates)}
                )
            else:
                errors.append(_("找不到组织“%(name)s”，请先在“组织”中添加。") % {"name": name})
        if errors:
            raise forms.ValidationError(errors)
        return found


def split_parties(text: str) -> list[str]:
    return [name.strip() for name in PARTY_SEPARATORS.split(text or "") if name.strip()]


class PledgeFormSet(PreloadedInlineFormSet):
    """Matches the parties typed on every pledge of the page in one query."""

    @cached_property
    def _organisations_by_key(self) -> dict[str, list[Organisation]]:
        keys = {fold(name) for text in self._submitted_parties() for name in split_parties(text)}
        found: dict[str, list[Organisation]] = {}
        for org in Organisation.objects.filter(name_key__in=keys) if keys else []:
            found.setdefault(org.name_key, []).append(org)
        return found

    def _submitted_parties(self) -> list[str]:
        if not self.is_bound:
            return []
        key = re.compile(rf"{re.escape(self.prefix)}-\d+-party_names")
        return [value for name, value in self.data.items() if key.fullmatch(name)]

    def add_fields(self, form, index):
        super().add_fields(form, index)
        form.organisations_by_key = self._organisations_by_key

    def save(self, commit=True):
        saved = super().save(commit)
        for form in self.forms:
            if (
                form in self.deleted_forms
                or not form.instance.pk
                or "party_names" not in form.changed_data
            ):
                continue
            pledge_set_parties(pledge=form.instance, organisations=form.cleaned_data["party_names"])
        return saved


class PledgeInline(PreloadedInline, admin.TabularInline):
    model = Pledge
    template = TABULAR_TEMPLATE
    form = PledgeForm
    formset = PledgeFormSet
    extra = 0
    fields = ["title", "year", "party_names", "scan", "order"]
    show_change_link = True
    formfield_overrides = {models.FileField: {"widget": CheckedScanWidget}}
    classes = ["ordered-inline", "pledge-inline"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .prefetch_related(
                Prefetch("party_links", queryset=PledgeParty.objects.select_related("organisation"))
            )
        )

    def get_formset(self, request, obj=None, **kwargs):
        return super().get_formset(request, obj, widgets=ORDER_HIDDEN, **kwargs)

    @admin.display(description=_("签订方"))
    def party_names(self, pledge: Pledge) -> str:
        """The column a read-only page shows where an editable one has PledgeForm's field."""
        return TITLE_SEPARATOR.join(link.organisation.name for link in pledge.party_links.all())


MEETING_INLINES = [
    MeetingChairInline,
    AttendanceInline,
    AttendeeGroupInline,
    AgendaItemInline,
    DocumentInline,
    PledgeInline,
]
