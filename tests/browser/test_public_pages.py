import pytest
from django.core.management import call_command

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SEED_TITLE = "2022年度党建工作会议"
COLLEGE = "材料科学与工程学院党委"


@pytest.fixture
def demo_data(settings):
    """The same fixtures `make run` loads: the seed meeting, the org tree and the demo meetings."""
    fixtures = sorted(str(path) for path in (settings.BASE_DIR / "fixtures").glob("*.json"))
    call_command("loaddata", *fixtures, verbosity=0)


def test_visitor_filters_the_list_by_organisation_and_opens_the_seed_meeting(
    page, live_server, demo_data, screenshot_dir
):
    page.goto(f"{live_server.url}/meetings/")
    rows = page.locator(".meeting-table tbody tr")
    assert rows.count() == 10  # 11 meetings, one internal
    page.screenshot(path=str(screenshot_dir / "meeting-list.png"), full_page=True)

    # The <select> shows the tree with full-width indentation; pick by the visible option.
    option = page.locator("#id_org option", has_text=COLLEGE)
    page.select_option("#id_org", value=option.get_attribute("value"))
    page.get_by_role("button", name="筛选").click()
    page.wait_for_url("**/meetings/?*org=*")
    assert page.locator("#id_org").input_value() == option.get_attribute("value")
    titles = page.locator(".meeting-table tbody .title-cell a").all_inner_texts()
    assert titles == ["材料加工系党支部2023年第二次支部党员大会"]  # a branch below the college
    page.screenshot(path=str(screenshot_dir / "meeting-list-filtered.png"), full_page=True)

    page.goto(f"{live_server.url}/meetings/")
    page.get_by_role("link", name=SEED_TITLE).click()
    assert page.locator("h1").inner_text() == SEED_TITLE
    assert page.locator("details.source").count() == 1
    assert not page.locator("details.source .prose").is_visible()  # collapsed
    page.screenshot(path=str(screenshot_dir / "meeting-detail.png"), full_page=True)

    page.set_viewport_size({"width": 390, "height": 844})
    page.screenshot(path=str(screenshot_dir / "meeting-detail-mobile.png"), full_page=False)
    page.goto(f"{live_server.url}/meetings/")
    # On a phone the table's rows stack into cards: no horizontal scrolling.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=str(screenshot_dir / "meeting-list-mobile.png"), full_page=True)
    # A search's excerpt sits beside the label column, under the title, not in the label's.
    call_command("rebuild_search_index", verbosity=0)  # loaddata writes no index
    page.goto(f"{live_server.url}/meetings/?q=党建")
    cell = page.locator(".meeting-table tbody .title-cell").first
    title, excerpt = (
        cell.locator("a").first.bounding_box(),
        cell.locator(".highlight").bounding_box(),
    )
    assert excerpt["x"] == title["x"] and excerpt["y"] > title["y"]
    page.screenshot(path=str(screenshot_dir / "meeting-search-mobile.png"), full_page=True)


def test_home_tree_pledges_and_person_pages_render_in_chromium(
    page, live_server, demo_data, screenshot_dir
):
    page.goto(f"{live_server.url}/")
    page.screenshot(path=str(screenshot_dir / "home.png"), full_page=True)
    page.get_by_role("navigation", name="主导航").get_by_role("link", name="组织").click()
    page.get_by_role("link", name=COLLEGE).click()
    assert page.locator("h1").inner_text().startswith(COLLEGE)
    page.screenshot(path=str(screenshot_dir / "org-detail.png"), full_page=True)
    page.get_by_role("navigation", name="主导航").get_by_role("link", name="责任书").click()
    assert page.get_by_role("heading", name="2025年度").count() == 1
    page.screenshot(path=str(screenshot_dir / "pledges.png"), full_page=True)
    page.get_by_role("link", name="2024年全面从严治党工作会议").click()
    page.get_by_role("link", name="郑强", exact=True).first.click()
    assert page.locator("h1").inner_text() == "郑强"
    page.screenshot(path=str(screenshot_dir / "person.png"), full_page=True)
