import pytest

from meetings.models import Document

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_admin_meeting_change_page_renders_in_chromium(
    logged_in_page, live_server, seed_draft, screenshot_dir
):
    page = logged_in_page
    page.goto(f"{live_server.url}/admin/meetings/meeting/{seed_draft.pk}/change/")
    assert page.locator("#id_title").input_value() == "2022年度党建工作会议"
    assert page.locator("#attendances-group tbody tr.has_original").count() == 8
    page.screenshot(path=str(screenshot_dir / "admin-seed-meeting.png"), full_page=False)


def test_the_form_is_posted_urlencoded_unless_a_file_is_chosen(
    logged_in_page, live_server, seed_draft, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    page = logged_in_page
    page.goto(f"{live_server.url}/admin/meetings/meeting/{seed_draft.pk}/change/")

    def save() -> str:
        with page.expect_request(lambda request: request.method == "POST") as posted:
            page.click("input[name=_continue]")
        page.wait_for_load_state("load")
        return posted.value.headers["content-type"]

    page.fill("#id_venue", "图书馆报告厅")
    assert save().startswith("application/x-www-form-urlencoded")
    seed_draft.refresh_from_db()
    assert seed_draft.venue == "图书馆报告厅"

    pdf = {"name": "章程.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4\n%%EOF\n"}
    page.set_input_files("#id_documents-0-file", files=[pdf])
    assert save().startswith("multipart/form-data")
    stored = Document.objects.filter(meeting=seed_draft).exclude(file="")
    assert [document.file.name[-4:] for document in stored] == [".pdf"]


def test_a_final_record_opens_without_the_entry_helpers_a_draft_has(
    logged_in_page, live_server, seed_meeting, screenshot_dir
):
    page = logged_in_page
    page.goto(f"{live_server.url}/admin/meetings/meeting/{seed_meeting.pk}/change/")
    assert page.locator("#attendances-group tbody tr.has_original").count() == 8
    # Read-only: nothing to reorder, pick or paste, and a handle or a picker pushed each
    # row's caption over its values.
    assert page.locator(".order-handle").count() == 0
    assert page.locator(".row-pick, .bulk-role").count() == 0
    assert page.locator("#quick-entry").is_hidden()
    page.locator("#attendances-group").screenshot(
        path=str(screenshot_dir / "admin-final-attendances.png")
    )

    seed_meeting.status = "draft"
    seed_meeting.save(update_fields=["status"])
    page.goto(f"{live_server.url}/admin/meetings/meeting/{seed_meeting.pk}/change/")
    assert page.locator("#attendances-group .order-handle").count() >= 8
    assert page.locator("#attendances-group .row-pick").count() >= 8
    assert page.locator("#quick-entry").is_visible()
