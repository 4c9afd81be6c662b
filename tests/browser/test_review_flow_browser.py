"""Two people walk a record through the review flow in Chromium: submit → return →
resubmit → approve → amend, each in their own browser session."""

import pytest
from playwright.sync_api import expect

from meetings.models import MeetingStatus
from tests.factories import ClerkScopeFactory, MeetingFactory, OrganisationFactory, UserFactory
from tests.role_groups import role_group

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "pw-review-2023"


def signed_in(browser, live_server, user):
    context = browser.new_context(locale="zh-CN", viewport={"width": 1366, "height": 768})
    page = context.new_page()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    return page


def staff(username: str, group: str, organisation):
    user = UserFactory(username=username, is_staff=True, password=PASSWORD)
    user.groups.add(role_group(group))
    ClerkScopeFactory(user=user, organisation=organisation)
    return user


def test_a_record_goes_from_draft_to_amended_final_between_clerk_and_reviewer(
    browser, live_server, screenshot_dir
):
    college = OrganisationFactory(name="化学学院党委", kind="二级党委")
    branch = OrganisationFactory(name="化学学院教工党支部", parent=college)
    clerk = staff("branch-clerk", "录入员", branch)
    reviewer = staff("college-reviewer", "审核人", college)
    meeting = MeetingFactory(
        host=branch, status=MeetingStatus.DRAFT, title="2023年第二次支部党员大会", venue="化学楼101"
    )
    change = f"{live_server.url}/admin/meetings/meeting/{meeting.pk}/change/"
    clerk_page = signed_in(browser, live_server, clerk)
    reviewer_page = signed_in(browser, live_server, reviewer)

    clerk_page.goto(change)
    clerk_page.click("#review-submit")
    expect(clerk_page.locator(".messagelist")).to_contain_text("已报送，等待审核")

    reviewer_page.goto(f"{live_server.url}/admin/")
    reviewer_page.click("text=待我审核：1 条")
    reviewer_page.click(f"text={meeting.title}")
    reviewer_page.fill("#review-opinion", "请补充会议地点的楼层")
    reviewer_page.click("#review-return")
    expect(reviewer_page.locator(".messagelist")).to_contain_text("已退回")

    clerk_page.goto(f"{live_server.url}/admin/meetings/meeting/")
    expect(clerk_page.locator("#result_list")).to_contain_text("请补充会议地点的楼层")
    clerk_page.goto(change)
    clerk_page.fill("#id_venue", "化学楼一层101")
    clerk_page.click("input[name=_continue]")
    clerk_page.click("#review-submit")
    expect(clerk_page.locator(".messagelist")).to_contain_text("已报送")

    reviewer_page.goto(change)
    reviewer_page.click("#review-approve")
    expect(reviewer_page.locator(".messagelist")).to_contain_text("已审核发布")

    clerk_page.goto(change)
    clerk_page.click("#review-amend")
    clerk_page.fill("#id_venue", "化学楼一层102")
    clerk_page.fill("#id_amendment_reason", "会议室门牌号记录有误")
    clerk_page.click("input[name=_continue]")
    expect(clerk_page.locator(".messagelist")).to_contain_text("成功")
    clerk_page.screenshot(path=str(screenshot_dir / "review-flow-amended.png"), full_page=True)

    clerk_page.goto(f"{live_server.url}/meetings/{meeting.pk}/")
    expect(clerk_page.locator(".amendment")).to_contain_text(
        "更正：会议室门牌号记录有误（branch-clerk）"
    )
    meeting.refresh_from_db()
    assert (meeting.status, meeting.venue) == (MeetingStatus.PUBLISHED, "化学楼一层102")
    assert [s.action for s in meeting.review_steps.all()] == [
        "submit",
        "return",
        "submit",
        "approve",
        "amend",
    ]
