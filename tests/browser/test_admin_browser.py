import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_admin_meeting_change_page_renders_in_chromium(
    logged_in_page, live_server, seed_draft, screenshot_dir
):
    page = logged_in_page
    page.goto(f"{live_server.url}/admin/meetings/meeting/{seed_draft.pk}/change/")
    assert page.locator("#id_title").input_value() == "2022年度党建工作会议"
    assert page.locator("#attendances-group tbody tr.has_original").count() == 8
    page.screenshot(path=str(screenshot_dir / "admin-seed-meeting.png"), full_page=False)
