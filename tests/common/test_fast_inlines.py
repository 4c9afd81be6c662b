"""The meeting page's inline rows written in Python are the rows Django's templates write."""

import pytest
from django.contrib import admin
from django.contrib.admin import helpers
from django.test.html import parse_html
from django.urls import reverse

from common.fast_inlines import OneRowMediaInlineAdminFormSet
from meetings.admin_inlines import MEETING_INLINES
from meetings.models import AttendanceRole, AttendeeGroup, Document, MeetingStatus
from tests.factories import (
    AgendaItemFactory,
    AttendanceFactory,
    ClerkScopeFactory,
    MeetingChairFactory,
    MeetingFactory,
    OrganisationFactory,
    PersonFactory,
    PledgeFactory,
    PledgePartyFactory,
)
from tests.meetings.admin_forms import change_form_data

pytestmark = pytest.mark.django_db


def djangos_templates(monkeypatch) -> None:
    for inline in MEETING_INLINES:
        stock = (
            admin.StackedInline if issubclass(inline, admin.StackedInline) else admin.TabularInline
        )
        monkeypatch.setattr(inline, "template", stock.template)


def inline_groups(response) -> dict:
    """Each inline's <div id="<prefix>-group">, parsed: attribute order, class order and
    whitespace between tags do not count."""
    found = {}

    def walk(element):
        for child in element.children:
            if isinstance(child, str):
                continue
            attributes = dict(child.attributes)
            if "inline-group" in (attributes.get("class") or "").split():
                found[attributes["id"]] = child
            else:
                walk(child)

    walk(parse_html(response.content.decode()))
    return found


def both_renderings(monkeypatch, request_page) -> tuple[dict, dict]:
    ours = inline_groups(request_page())
    with monkeypatch.context() as patch:
        djangos_templates(patch)
        stock = inline_groups(request_page())
    return ours, stock


@pytest.fixture
def meeting():
    host = OrganisationFactory(name="材料学院党委")
    meeting = MeetingFactory(host=host, status=MeetingStatus.DRAFT)
    people = [PersonFactory(name=name) for name in ("郑强", "孙<宏>斌", "李晋平")]
    MeetingChairFactory(meeting=meeting, person=people[0], order=0)
    for order, person in enumerate(people):
        AttendanceFactory(
            meeting=meeting,
            person=person,
            titles="党委书记、校长" if order == 0 else "",
            role=AttendanceRole.EXCUSED if order == 2 else AttendanceRole.ATTENDED,
            reason="出差 & 开会" if order == 2 else "",
            order=order,
        )
    AttendeeGroup.objects.create(meeting=meeting, name="中层干部", order=0)
    AgendaItemFactory(meeting=meeting, speaker=people[0], speaker_titles="党委书记", order=0)
    AgendaItemFactory(meeting=meeting, speaker=None, org=host, text="", title="交流发言", order=1)
    Document.objects.create(meeting=meeting, title="中国共产党章程", issuer="中共中央", order=0)
    pledge = PledgeFactory(meeting=meeting)
    PledgePartyFactory(pledge=pledge, organisation=host)
    return meeting


def change_url(meeting) -> str:
    return reverse("admin:meetings_meeting_change", args=[meeting.pk])


def test_the_editable_rows_are_the_rows_djangos_templates_write(
    client, superuser, meeting, monkeypatch
):
    client.force_login(superuser)
    ours, stock = both_renderings(monkeypatch, lambda: client.get(change_url(meeting)))

    assert len(ours) == len(MEETING_INLINES)
    for prefix, group in stock.items():
        assert ours[prefix] == group, prefix


def test_the_read_only_rows_of_a_final_record_are_the_rows_djangos_templates_write(
    client, clerk_user, meeting, monkeypatch
):
    meeting.status = MeetingStatus.PUBLISHED
    meeting.save(update_fields=["status"])
    ClerkScopeFactory(user=clerk_user, organisation=meeting.host)
    client.force_login(clerk_user)
    ours, stock = both_renderings(monkeypatch, lambda: client.get(change_url(meeting)))

    assert "孙&lt;宏&gt;斌" in client.get(change_url(meeting)).content.decode()
    assert len(ours) == len(MEETING_INLINES)
    for prefix, group in stock.items():
        assert ours[prefix] == group, prefix


def test_rows_refused_with_messages_are_the_rows_djangos_templates_write(
    client, superuser, meeting, monkeypatch
):
    client.force_login(superuser)
    data = change_form_data(client.get(change_url(meeting)))
    data["attendances-1-person"] = data["attendances-0-person"]
    data["attendances-2-role"] = "不存在的身份"
    data["agenda_items-0-kind"] = ""
    data["pledges-0-party_names"] = "没有这个单位"

    def refused():
        response = client.post(change_url(meeting), data)
        assert response.status_code == 200
        return response

    ours, stock = both_renderings(monkeypatch, refused)

    assert "errorlist" in str(ours["attendances-group"])
    assert "errorlist" in str(ours["agenda_items-group"])
    for prefix, group in stock.items():
        assert ours[prefix] == group, prefix


def test_the_inlines_media_asked_of_the_first_row_is_the_media_of_every_row(
    client, superuser, meeting, monkeypatch
):
    wrapped = []
    original_init = helpers.InlineAdminForm.__init__

    def counting_init(self, *args, **kwargs):
        wrapped.append(self)
        original_init(self, *args, **kwargs)

    client.force_login(superuser)
    response = client.get(change_url(meeting))
    formsets = response.context["inline_admin_formsets"]
    assert {type(formset) for formset in formsets} == {OneRowMediaInlineAdminFormSet}

    monkeypatch.setattr(helpers.InlineAdminForm, "__init__", counting_init)
    for formset in formsets:
        wrapped.clear()
        ours = formset.media
        assert len(wrapped) == 1, formset.formset.prefix
        stock = helpers.InlineAdminFormSet.media.fget(formset)
        # Django's wraps every row, the empty template row included.
        assert len(wrapped) == 1 + len(formset.formset.forms) + 1, formset.formset.prefix
        assert str(ours) == str(stock), formset.formset.prefix
