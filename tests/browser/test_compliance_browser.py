import datetime
from importlib import import_module

import pytest

from meetings.models import MeetingKind
from orgs.models import OrganisationKind
from tests.factories import OrganisationFactory, meeting_with_absences, quorate_meeting

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def default_rules():
    """Other transactional tests flush the rules the data migration installed: put them back."""
    from django.apps import apps

    import_module("compliance.migrations.0002_default_rules").install_defaults(apps, None)


def school_with_two_colleges():
    school = OrganisationFactory(name="太原理工大学党委", kind=OrganisationKind.PARTY_COMMITTEE)
    branches = []
    for college in ("机械与运载工程学院党委", "材料科学与工程学院党委"):
        committee = OrganisationFactory(
            name=college, kind=OrganisationKind.PARTY_COMMITTEE, parent=school
        )
        for name in ("教工第一党支部", "教工第二党支部", "研究生第一党支部"):
            branches.append(
                OrganisationFactory(name=college.removesuffix("党委") + name, parent=committee)
            )
    for index, branch in enumerate(branches):
        skipped = {index + 2, index + 5}  # each branch misses a couple of months
        for month in range(1, 13):
            if month not in skipped:
                quorate_meeting(
                    host=branch,
                    kind=MeetingKind.BRANCH_COMMITTEE,
                    date=datetime.date(2023, month, 10),
                )
                quorate_meeting(
                    host=branch, kind=MeetingKind.THEME_DAY, date=datetime.date(2023, month, 20)
                )
        for quarter_month in (3, 6, 9, 12)[: 4 - index % 2]:
            meeting_with_absences(
                host=branch,
                kind=MeetingKind.BRANCH_MEMBERS,
                date=datetime.date(2023, quarter_month, 5),
                expected=10,
                absent=6 if quarter_month == 6 and index == 0 else 1,
            )
        if index % 3:
            quorate_meeting(
                host=branch, kind=MeetingKind.PARTY_LECTURE, date=datetime.date(2023, 7, 1)
            )
    return school, branches


def test_compliance_grid_renders_in_chromium(
    default_rules, logged_in_page, live_server, screenshot_dir
):
    school, branches = school_with_two_colleges()
    page = logged_in_page

    page.goto(f"{live_server.url}/compliance/?year=2023&org={school.pk}")

    assert page.locator("h1").inner_text().startswith("2023年三会一课落实情况")
    members = page.locator("section.compliance-rule").first
    assert members.locator("h2").inner_text() == "支部党员大会"
    first_row = members.locator("tbody tr:not(.group)").first
    assert first_row.locator("td.s-missed").count() == 1  # Q2: below quorum, flagged
    assert "⚠1" in first_row.inner_text()
    assert page.locator(".compliance-legend li").count() == 9
    # Styles load: a met cell is green.
    colour = page.locator("td.s-met").first.evaluate(
        "cell => getComputedStyle(cell).backgroundColor"
    )
    assert colour == "rgb(217, 242, 220)"
    page.screenshot(path=str(screenshot_dir / "compliance-grid.png"), full_page=True)

    page.locator("td.s-met a").first.click()
    assert "/meetings/?org=" in page.url and "date_after=2023-" in page.url


def test_compliance_charts_keep_legible_labels_at_phone_width_and_say_they_scroll(
    default_rules, logged_in_page, live_server, screenshot_dir
):
    school, _branches = school_with_two_colleges()
    page = logged_in_page
    page.set_viewport_size({"width": 375, "height": 740})

    page.goto(f"{live_server.url}/compliance/?year=2023&org={school.pk}")

    charts = page.locator("figure.chart-figure svg.chart")
    assert charts.count() == 2
    for index in range(2):
        chart = charts.nth(index)
        chart.scroll_into_view_if_needed()
        assert chart.is_visible()
        box = chart.bounding_box()
        # Wider than the phone, so that its labels stay legible: it scrolls in its own box.
        assert box["width"] >= 420 and box["height"] > 100
        label_height = chart.locator("text").first.bounding_box()["height"]
        assert label_height >= 10
    assert charts.first.locator("rect").count() > 0
    assert charts.nth(1).locator("polyline").count() > 0
    assert page.locator("table.chart-table").first.is_visible()
    # The page itself does not scroll sideways; each chart's and grid's box does, and says so.
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert page.locator(".chart-scroll").first.evaluate("box => box.scrollWidth > box.clientWidth")
    assert page.locator(".grid-scroll").first.evaluate("box => box.scrollWidth > box.clientWidth")
    hints = page.locator(".scroll-hint")
    assert hints.count() >= 3 and hints.first.is_visible()
    assert "左右滑动" in hints.first.inner_text()
    page.set_viewport_size({"width": 1280, "height": 800})
    assert not hints.first.is_visible()
    page.set_viewport_size({"width": 375, "height": 740})
    charts.first.scroll_into_view_if_needed()
    page.screenshot(path=str(screenshot_dir / "compliance-charts-phone.png"), full_page=False)
