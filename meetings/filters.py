"""The meeting list filters. They only narrow the queryset they are given (already `visible_to`)."""

import django_filters
from django import forms
from django.core.cache import cache
from django.db.models import Q
from django.forms.utils import flatatt
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from common.cache import generation
from meetings.models import AgendaItem, Attendance, MeetingChair, MeetingKind
from meetings.renames import ORGS_GENERATION
from meetings.search import search_meetings
from meetings.validators import EARLIEST_MEETING_DATE, latest_meeting_date, validate_meeting_date
from orgs.models import Organisation, Person, tree_label

QUERY_MAX_LENGTH = 100
# A new generation makes a new key; old entries just expire.
ORGANISATION_OPTIONS_TIMEOUT = 24 * 3600


class OrganisationSelect(forms.Select):
    """The organisation tree as one <select>, indented by depth.

    Rendered in Python from one values query: Django's per-option templates took about
    a tenth of a second for a university's ~900 units, on every list page. The options
    are kept in the shared cache under the organisations' generation (any unit saved or
    deleted starts a new one), so a page usually runs no query for them at all.
    """

    empty_label = _("全部组织")

    def render(self, name, value, attrs=None, renderer=None):
        options = _organisation_options(str(self.empty_label))
        selected = str(value) if value not in (None, "") else ""
        if selected.isdigit():
            # Only digits can name an option: anything else selects nothing, as before.
            options = options.replace(
                f'<option value="{selected}">', f'<option value="{selected}" selected>', 1
            )
        final_attrs = self.build_attrs(self.attrs, {**(attrs or {}), "name": name})
        return mark_safe(f"<select{flatatt(final_attrs)}>{options}</select>")  # noqa: S308 - escaped in _organisation_options


def _organisation_options(empty_label: str) -> str:
    key = f"organisation-options:{generation(ORGS_GENERATION)}:{empty_label}"
    options = cache.get(key)
    if options is None:
        rows = Organisation.objects.order_by("path").values_list("pk", "name", "path")
        # Plain string building: format_html per option cost more than the query.
        parts = [f'<option value="">{escape(empty_label)}</option>']
        for pk, label, path in rows:
            parts.append(f'<option value="{pk}">{escape(tree_label(label, path))}</option>')
        options = "".join(parts)
        cache.set(key, options, ORGANISATION_OPTIONS_TIMEOUT)
    return options


class OrganisationChoiceField(forms.ModelChoiceField):
    widget = OrganisationSelect


class OrganisationFilter(django_filters.ModelChoiceFilter):
    field_class = OrganisationChoiceField


class YearFilter(django_filters.NumberFilter):
    # DecimalField would accept 2023.5; an out-of-range year would crash date__year.
    field_class = forms.IntegerField


class MeetingFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(
        choices=MeetingKind.choices, label=_("会议类别"), empty_label=_("全部类别")
    )
    org = OrganisationFilter(
        queryset=Organisation.objects.all(),
        method="filter_org",
        label=_("组织（含下级）"),
        empty_label=_("全部组织"),
    )
    year = YearFilter(
        field_name="date",
        lookup_expr="year",
        label=_("年份"),
        min_value=EARLIEST_MEETING_DATE.year,
    )
    date_after = django_filters.DateFilter(
        field_name="date",
        lookup_expr="gte",
        label=_("起始日期"),
        validators=[validate_meeting_date],
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    date_before = django_filters.DateFilter(
        field_name="date",
        lookup_expr="lte",
        label=_("截止日期"),
        validators=[validate_meeting_date],
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    person = django_filters.ModelChoiceFilter(
        queryset=Person.objects.none(),  # narrowed in __init__ to the visible meetings' people
        method="filter_person",
        label=_("人员"),
        widget=forms.HiddenInput,
    )
    q = django_filters.CharFilter(method="filter_q", label=_("关键词"), max_length=QUERY_MAX_LENGTH)
    # Declared after `q`: an explicit sort overrides the search's best-first order.
    sort = django_filters.ChoiceFilter(
        choices=[("-date", _("日期从新到旧")), ("date", _("日期从旧到新"))],
        method="filter_sort",
        label=_("排序"),
        empty_label=_("默认排序"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # "A year after today" moves: set when the form is built, not when the module loads.
        self.filters["year"].extra["max_value"] = latest_meeting_date().year
        # Only people of the meetings this user may see: the id of anyone else is refused
        # exactly like an id that does not exist, and their name is never shown. Without a
        # person asked for, the field stays empty and needs no choices (it is hidden).
        if self.data.get("person"):
            self.filters["person"].queryset = self.queryset.people()

    def filter_org(self, queryset, name, value: Organisation):
        # One prefix match on the host's materialised path covers the whole subtree.
        return queryset.filter(host__path__startswith=value.path)

    def filter_person(self, queryset, name, value: Person):
        # Subqueries rather than joins, so a person with many roles does not duplicate rows.
        return queryset.filter(
            Q(pk__in=Attendance.objects.filter(person=value).values("meeting"))
            | Q(pk__in=AgendaItem.objects.filter(speaker=value).values("meeting"))
            | Q(pk__in=MeetingChair.objects.filter(person=value).values("meeting"))
        )

    def filter_q(self, queryset, name, value: str):
        return search_meetings(queryset, value)

    def filter_sort(self, queryset, name, value: str):
        direction = "-" if value.startswith("-") else ""
        return queryset.order_by(value, f"{direction}pk")
