"""A clerk enters the seed meeting through the admin in Chromium; every action is counted.

An action is a click or a field typed into (a choice in a list counts as one). The count
goes to var/clerk-actions.txt for the README; no admin page visited may scroll sideways
at 1366 × 768.
"""

import datetime
from pathlib import Path

import pytest
from playwright.sync_api import expect

from meetings.models import Meeting, MeetingStatus
from orgs.models import Organisation, Person, Position
from tests.factories import ClerkScopeFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[2]
ACTION_LIMIT = 60
SCREEN = {"width": 1366, "height": 768}


class CountedClerk:
    """Drives the page and counts what a person would do."""

    def __init__(self, page, base_url: str):
        self.page = page
        self.base_url = base_url
        self.actions = 0
        self.pages_checked: list[str] = []

    def click(self, selector: str) -> None:
        self.page.locator(selector).last.click()
        self.actions += 1

    def fill(self, selector: str, text: str) -> None:
        self.page.locator(selector).last.fill(text)
        self.actions += 1

    def choose(self, selector: str, value: str) -> None:
        self.page.locator(selector).last.select_option(value)
        self.actions += 1

    def pick(self, select_selector: str, term: str, label: str) -> None:
        """An autocomplete: open it, type, click the match (three actions)."""
        select = self.page.locator(select_selector).last
        select.locator("xpath=following-sibling::span[contains(@class,'select2')]").click()
        self.page.locator(".select2-container--open .select2-search__field").fill(term)
        self.page.locator(".select2-results__option", has_text=label).first.click()
        self.actions += 3

    def assert_no_sideways_scroll(self) -> None:
        self.page.wait_for_load_state("load")
        wide = self.page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert wide <= 0, f"{self.page.url} scrolls sideways by {wide}px at 1366 px"
        self.pages_checked.append(self.page.url)


@pytest.fixture
def archive(seed_record):
    """What the archive holds before the meeting is entered: its people (with the
    positions they held that day) and its units."""
    host = Organisation.objects.create(name=seed_record["host"], kind="党委")
    for item in seed_record["agenda"]:
        if item["org"]:
            Organisation.objects.create(name=item["org"], parent=host)
    start = datetime.date(2021, 1, 1)
    for attendee in seed_record["attendees"]:
        person = Person.objects.create(name=attendee["name"])
        for title in attendee["titles"]:
            Position.objects.create(person=person, organisation=host, title=title, start=start)
    return host


@pytest.fixture
def clerk_user(db):
    """The clerk of the conftest, with the group the data migration makes: transactional
    tests empty every table between tests, and only permissions are made again."""
    from tests.factories import UserFactory
    from tests.role_groups import role_group

    user = UserFactory(username="clerk", is_staff=True)
    user.groups.add(role_group("录入员"))
    return user


@pytest.fixture
def clerk_page(browser, live_server, clerk_user, archive):
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    ClerkScopeFactory(user=clerk_user, organisation=archive)
    session = SessionStore()
    session[SESSION_KEY] = str(clerk_user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = clerk_user.get_session_auth_hash()
    session.save()
    context = browser.new_context(locale="zh-CN", viewport=SCREEN)
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": session.session_key,
                "url": live_server.url,
            }
        ]
    )
    page = context.new_page()
    yield page
    context.close()


def agenda_lines(record: dict) -> str:
    lines = []
    for item in record["agenda"]:
        who = item["speaker"] or item["org"]
        title = f"：{item['title']}" if item["title"] else ""
        lines.append(f"{item['kind']} {who}{title}")
    return "\n".join(lines)


def test_a_clerk_enters_and_submits_the_seed_meeting_in_at_most_60_actions(
    clerk_page, live_server, seed_record
):
    clerk = CountedClerk(clerk_page, live_server.url)
    page = clerk_page
    page.goto(f"{live_server.url}/admin/meetings/meeting/")
    clerk.assert_no_sideways_scroll()
    clerk.click("a.addlink")
    clerk.assert_no_sideways_scroll()

    clerk.fill("#id_title", seed_record["title"])
    clerk.choose("#id_kind", seed_record["kind"])
    clerk.fill("#id_date", seed_record["date"])
    clerk.fill("#id_venue", seed_record["venue"])
    clerk.pick("#id_host", "太原理工", seed_record["host"])

    clerk.click("#chair_links-group .add-row a")
    clerk.pick(
        "#chair_links-group tr.dynamic-chair_links select[name$='-person']", "孙宏斌", "孙宏斌"
    )

    clerk.fill("#quick-names", "、".join(a["name"] for a in seed_record["attendees"]))
    clerk.click("#quick-names-add")
    expect(page.locator("#attendances-group tr.dynamic-attendances")).to_have_count(8)

    for group in seed_record["attendee_groups"]:
        clerk.click("#attendee_groups-group .add-row a")
        clerk.fill(
            "#attendee_groups-group tr.dynamic-attendee_groups input[name$='-name']", group["name"]
        )

    clerk.fill("#quick-agenda", agenda_lines(seed_record))
    clerk.click("#quick-agenda-add")
    expect(page.locator("#agenda_items-group .dynamic-agenda_items")).to_have_count(12)

    for title in seed_record["documents"]:
        clerk.click("#documents-group .add-row a")
        clerk.fill("#documents-group tr.dynamic-documents input[name$='-title']", title)

    parties = [seed_record["host"], "电气与动力工程学院党委"]
    for pledge in seed_record["pledges"]:
        clerk.click("#pledges-group .add-row a")
        clerk.fill("#pledges-group tr.dynamic-pledges input[name$='-title']", pledge["title"])
        clerk.fill(
            "#pledges-group tr.dynamic-pledges input[name$='-party_names']", "、".join(parties)
        )

    clerk.assert_no_sideways_scroll()
    page.locator("#quick-entry").evaluate("element => element.scrollIntoView()")
    page.screenshot(path=str(ROOT / "docs" / "screenshot-admin-form.png"), full_page=False)
    clerk.click("input[name=_continue]")
    page.wait_for_url("**/admin/meetings/meeting/*/change/")
    # A clerk does not publish: the record goes to the reviewers (报送).
    clerk.click("#review-submit")
    page.wait_for_selector(".messagelist")
    clerk.assert_no_sideways_scroll()

    (ROOT / "var").mkdir(exist_ok=True)
    (ROOT / "var" / "clerk-actions.txt").write_text(f"{clerk.actions}\n", encoding="utf-8")
    assert clerk.actions <= ACTION_LIMIT

    meeting = Meeting.objects.get()
    assert meeting.status == MeetingStatus.SUBMITTED
    assert (meeting.title, str(meeting.date), meeting.venue, meeting.host.name) == (
        seed_record["title"],
        seed_record["date"],
        seed_record["venue"],
        seed_record["host"],
    )
    assert [c.person.name for c in meeting.chair_links.all()] == seed_record["chairs"]
    assert [(a.person.name, a.title_list, a.role) for a in meeting.attendances.all()] == [
        (a["name"], a["titles"], a["role"]) for a in seed_record["attendees"]
    ]
    assert [(g.name, g.role) for g in meeting.attendee_groups.all()] == [
        (g["name"], g["role"]) for g in seed_record["attendee_groups"]
    ]
    assert [
        (i.order, i.kind, i.speaker.name if i.speaker else i.org.name, i.title or None)
        for i in meeting.agenda_items.all()
    ] == [
        (n, i["kind"], i["speaker"] or i["org"], i["title"])
        for n, i in enumerate(seed_record["agenda"])
    ]
    assert [d.title for d in meeting.documents.all()] == seed_record["documents"]
    assert [
        (p.title, p.year, [link.organisation.name for link in p.party_links.all()])
        for p in meeting.pledges.all()
    ] == [(p["title"], p["year"], parties) for p in seed_record["pledges"]]

    page.goto(f"{live_server.url}/admin/meetings/meeting/{meeting.pk}/change/")
    clerk.assert_no_sideways_scroll()
    assert len(clerk.pages_checked) == 5


@pytest.fixture
def entered_meeting(archive, seed_record):
    from meetings.services import meeting_records_import

    (meeting,) = meeting_records_import(records={**seed_record, "status": "draft"})
    return meeting


def attendance_names(page) -> list[str]:
    return page.locator("#attendances-group tr.has_original .field-person select").evaluate_all(
        "selects => selects.map(s => s.options[s.selectedIndex].text)"
    )


def test_rows_are_reordered_by_keyboard_and_by_dragging_and_saved_as_shown(
    clerk_page, live_server, entered_meeting
):
    page = clerk_page
    url = f"{live_server.url}/admin/meetings/meeting/{entered_meeting.pk}/change/"
    page.goto(url)
    names = attendance_names(page)
    handles = page.locator("#attendances-group tr.has_original .order-handle")

    handles.nth(1).focus()
    page.keyboard.press("ArrowUp")
    assert attendance_names(page)[:2] == [names[1], names[0]]
    handles = page.locator("#attendances-group tr.has_original .order-handle")
    page.locator("#attendances-group").evaluate("group => group.scrollIntoView()")
    source = handles.nth(7).bounding_box()
    target = page.locator("#attendances-group tr.has_original").nth(2).bounding_box()
    page.mouse.move(source["x"] + 4, source["y"] + 4)
    page.mouse.down()
    page.mouse.move(target["x"] + 200, target["y"] + 3, steps=8)
    page.mouse.up()
    expected = [names[1], names[0], names[7], *names[2:7]]
    assert attendance_names(page) == expected

    page.click("input[name=_continue]")
    page.wait_for_load_state("load")
    assert [a.person.name for a in entered_meeting.attendances.all()] == expected
    assert attendance_names(page) == expected


def test_pasted_names_become_rows_with_new_and_ambiguous_names_marked(
    clerk_page, live_server, archive
):
    for note in ("机械学院", "化学学院"):
        Person.objects.create(name="李同名", note=note)
    page = clerk_page
    page.goto(f"{live_server.url}/admin/meetings/meeting/add/")
    page.fill("#id_date", "2023-04-03")

    page.fill("#quick-names", "鄭強\n王新人\n李同名（党支部书记）")
    page.click("#quick-names-add")

    rows = page.locator("#attendances-group tr.dynamic-attendances")
    expect(rows).to_have_count(3)
    assert rows.nth(0).locator(".field-person select option:checked").inner_text() == "郑强"
    assert rows.nth(0).locator("input[name$='-titles']").input_value() == "校党委书记"
    assert "needs-attention" not in rows.nth(0).get_attribute("class")
    assert "新名字“王新人”" in rows.nth(1).locator(".entry-note").inner_text()
    assert "同名" in rows.nth(2).locator(".entry-note").inner_text()
    assert rows.nth(2).locator("input[name$='-titles']").input_value() == "党支部书记"
    assert "新名字（需新建）：王新人" in page.locator("#quick-entry-report").inner_text()

    # The role of many rows at once.
    rows.nth(0).locator(".row-pick").check()
    rows.nth(2).locator(".row-pick").check()
    page.locator(".bulk-role select").select_option("列席")
    page.click(".bulk-role button")
    roles = [rows.nth(i).locator("select[name$='-role']").input_value() for i in range(3)]
    assert roles == ["列席", "出席", "列席"]

    # Choosing a person fills the titles held on the meeting's date.
    page.click("#attendances-group .add-row a")
    CountedClerk(page, live_server.url).pick(
        "#attendances-group tr.dynamic-attendances select[name$='-person']", "孙宏斌", "孙宏斌"
    )
    expect(rows.nth(3).locator("input[name$='-titles']")).to_have_value(
        "校党委副书记、副校长(主持行政工作)"
    )
