import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def collect_csp_violations(page) -> list[str]:
    violations: list[str] = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return violations


def test_the_admin_works_under_the_content_security_policy(
    logged_in_page, live_server, seed_draft, screenshot_dir
):
    page = logged_in_page
    violations = collect_csp_violations(page)
    page.goto(f"{live_server.url}/admin/meetings/meeting/{seed_draft.pk}/change/")
    # Select2 (the host autocomplete) is script-driven: it still searches and offers units.
    page.locator("#id_host").locator("xpath=..").locator(".select2-selection").click()
    page.locator(".select2-search__field").fill("太原")
    page.locator(".select2-results__option", has_text="太原理工大学").first.wait_for()
    page.keyboard.press("Escape")
    page.locator("#change-log").scroll_into_view_if_needed()
    page.screenshot(path=str(screenshot_dir / "admin-change-log.png"), full_page=False)

    page.goto(f"{live_server.url}/admin/meetings/meeting/{seed_draft.pk}/history/")
    page.screenshot(path=str(screenshot_dir / "admin-history-restore.png"), full_page=False)
    assert violations == []


def test_the_login_page_and_lockout_page_render(page, live_server, screenshot_dir):
    page.goto(f"{live_server.url}/accounts/login/")
    for _ in range(5):
        page.fill("#id_username", "nobody")
        page.fill("#id_password", "wrong-password")
        page.click("button[type=submit]")
    assert "已锁定 30 分钟" in page.content()
    page.screenshot(path=str(screenshot_dir / "login-lockout.png"), full_page=False)
