from html import escape

from django import forms
from django.forms.models import ModelChoiceIterator
from django.forms.utils import flatatt
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from compliance.models import Rule
from orgs.models import Organisation, OrganisationKind, tree_label


class PlainSelect(forms.Select):
    """A select whose options are written in Python: the organisations run to hundreds, and
    rendering each option through a widget template took ~20 ms a page. The standard
    library's escape is Django's without its lazy-string wrapper."""

    def render(self, name, value, attrs=None, renderer=None):
        final = self.build_attrs(self.attrs, {**(attrs or {}), "name": name})
        chosen = set(self.format_value(value))
        options = "".join(
            f'<option value="{escape(str(option))}"{" selected" if str(option) in chosen else ""}>'
            f"{escape(str(label))}</option>"
            for option, label in self.choices
        )
        return mark_safe(f"<select{flatatt(final)}>{options}</select>")  # noqa: S308 - escaped


class OrganisationChoices(ModelChoiceIterator):
    """(id, name indented by depth) read as values: a model instance per option cost more
    than writing the options."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for pk, name, path in self.queryset.values_list("pk", "name", "path"):
            yield (pk, tree_label(name, path))


class OrganisationChoiceField(forms.ModelChoiceField):
    widget = PlainSelect
    iterator = OrganisationChoices


class ComplianceFilterForm(forms.Form):
    """The report's filters; a bad value is reported and replaced by its default, never a 500."""

    year = forms.IntegerField(label=_("年度"), min_value=2000, max_value=2100, required=False)
    org = OrganisationChoiceField(
        label=_("组织"),
        # 党小组 are rows of the report, not units one reports on.
        queryset=Organisation.objects.exclude(kind=OrganisationKind.GROUP).only(
            "name", "path", "kind"
        ),
        required=False,
        empty_label=_("全校"),
    )
    rule = forms.ModelChoiceField(
        label=_("规定"), queryset=Rule.objects.all(), required=False, empty_label=_("全部")
    )

    def filters(self) -> dict:
        """Valid values, with defaults in place of missing or invalid ones; `year` is None
        when not asked for (the caller picks the latest year with records)."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {
            "year": cleaned.get("year"),
            "organisation": cleaned.get("org"),
            "rule": cleaned.get("rule"),
        }


class MemberFilterForm(forms.Form):
    """The member table's branch and year; without a valid branch there is no table."""

    org = forms.ModelChoiceField(
        widget=PlainSelect,
        label=_("党支部"),
        queryset=Organisation.objects.filter(kind=OrganisationKind.BRANCH).only(
            "name", "path", "kind", "parent_id"
        ),
        empty_label=_("请选择党支部"),
        error_messages={"invalid_choice": _("没有这个党支部。"), "required": _("请选择党支部。")},
    )
    year = forms.IntegerField(label=_("年度"), min_value=2000, max_value=2100, required=False)
