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


def test_a_clerk_enters_and_publishes_the_seed_meeting_in_at_most_60_actions(
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

    clerk.choose("#id_status", MeetingStatus.PUBLISHED)
    clerk.assert_no_sideways_scroll()
    page.locator("#quick-entry").evaluate("element => element.scrollIntoView()")
    page.screenshot(path=str(ROOT / "docs" / "screenshot-admin-form.png"), full_page=False)
    clerk.click("input[name=_save]")
    page.wait_for_url("**/admin/meetings/meeting/")
    clerk.assert_no_sideways_scroll()

    (ROOT / "var").mkdir(exist_ok=True)
    (ROOT / "var" / "clerk-actions.txt").write_text(f"{clerk.actions}\n", encoding="utf-8")
    assert clerk.actions <= ACTION_LIMIT

    meeting = Meeting.objects.get()
    assert meeting.status == MeetingStatus.PUBLISHED
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
