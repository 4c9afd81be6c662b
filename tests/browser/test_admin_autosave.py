import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_typed_meeting_form_survives_a_reload_and_can_be_restored(logged_in_page, live_server):
    page = logged_in_page
    url = f"{live_server.url}/admin/meetings/meeting/add/"
    page.goto(url)
    page.fill("#id_title", "2024年第一次支部委员会")
    page.fill("#id_venue", "逸夫楼302")
    page.wait_for_timeout(800)  # the autosave waits 500 ms after the last keystroke

    page.goto(url)
    assert page.locator("#id_title").input_value() == ""
    page.click(".autosave-offer [data-action=restore]")

    assert page.locator("#id_title").input_value() == "2024年第一次支部委员会"
    assert page.locator("#id_venue").input_value() == "逸夫楼302"
    assert page.locator(".autosave-offer").count() == 0


def test_report_import_review_is_styled_under_the_content_security_policy(
    logged_in_page, live_server, screenshot_dir, seed_report_text
):
    page = logged_in_page
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    page.goto(f"{live_server.url}/admin/meetings/meeting/import-report/")
    page.fill("#id_text", seed_report_text)
    page.click("input[name=preview]")
    page.wait_for_selector(".report-review")

    # The review is laid out side by side: the stylesheet loaded despite the strict CSP.
    assert page.eval_on_selector(".report-review", "e => getComputedStyle(e).display") == "grid"
    assert page.locator("mark#src-venue-0").count() == 1
    assert violations == []
    page.screenshot(path=str(screenshot_dir / "admin-report-import.png"), full_page=True)
