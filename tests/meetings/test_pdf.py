import re
import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from meetings import pdf
from meetings.checks import check_cjk_font
from meetings.models import MeetingStatus, MeetingVisibility
from meetings.services import notify_meetings_changed
from tests.factories import (
    AttendanceFactory,
    MeetingFactory,
    OrganisationFactory,
    big_meeting_create,
)

pytestmark = pytest.mark.django_db
SCREENSHOT_DIR = Path(__file__).resolve().parents[2] / "var" / "screenshots"


@pytest.fixture
def no_cjk_font(monkeypatch):
    monkeypatch.setattr(pdf, "cjk_font_families", lambda: ())


@pytest.fixture
def big_meeting(db):
    """300 attendees and 60 agenda items: a summary of many pages."""
    return big_meeting_create()


def run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def pdf_file(tmp_path: Path, content: bytes, name: str = "out.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def pdf_text(path: Path) -> str:
    return run("pdftotext", "-layout", str(path), "-")


def summary_url(meeting) -> str:
    return reverse("meetings:summary_pdf", args=[meeting.pk])


def test_summary_pdf_is_a4(seed_meeting, tmp_path):
    path = pdf_file(tmp_path, pdf.meeting_summary_pdf(seed_meeting))

    assert re.search(r"Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)", run("pdfinfo", str(path)))


def test_every_font_is_embedded_and_one_is_cjk(seed_meeting, tmp_path):
    path = pdf_file(tmp_path, pdf.meeting_summary_pdf(seed_meeting))

    rows = run("pdffonts", str(path)).splitlines()[2:]
    assert rows
    for row in rows:
        # columns: name type encoding emb sub uni object ID; type may hold spaces
        assert re.search(r"\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", row), row
    assert any(re.search(r"CJK|Fandol|UKai", row) for row in rows)


def test_summary_carries_names_venue_and_pledges(seed_meeting, tmp_path):
    text = pdf_text(pdf_file(tmp_path, pdf.meeting_summary_pdf(seed_meeting)))
    flat = re.sub(r"\s+", "", text)

    for expected in [
        "2022年度党建工作会议",
        "明向校区学生活动中心报告厅",
        "太原理工大学",
        "郑强",
        "任喜莹",
        "出席：",
        "主持：孙宏斌",
        "《2022年度基层党建研究项目立项通知》",
        "2023年度《党建工作责任书》",
        "2023年度《社会治安综合治理工作责任书》",
        "一、会议议程",
        "（一）郑强（校党委书记）讲话",
        "— 1 —",
    ]:
        assert re.sub(r"\s+", "", expected) in flat, expected


def test_seed_summary_pages_render_to_png(seed_meeting, tmp_path):
    path = pdf_file(tmp_path, pdf.meeting_summary_pdf(seed_meeting))
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    for old in SCREENSHOT_DIR.glob("summary-seed-page-*.png"):
        old.unlink()

    run("pdftoppm", "-png", "-r", "80", str(path), str(SCREENSHOT_DIR / "summary-seed-page"))

    pages = sorted(SCREENSHOT_DIR.glob("summary-seed-page-*.png"))
    assert pages and pages[0].name == "summary-seed-page-1.png"


def test_long_meeting_is_numbered_on_both_sides(big_meeting, tmp_path):
    path = pdf_file(tmp_path, pdf.meeting_summary_pdf(big_meeting))
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    run(
        "pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "2", str(path),
        str(SCREENSHOT_DIR / "summary-big-page"),
    )  # fmt: skip

    pages = pdf_text(path).split("\f")
    # pdftotext -layout drops the thin spaces around the number: "— 1 —" reads "—1—".
    (odd_line,) = [line for line in pages[0].splitlines() if re.search(r"—\s*1\s*—", line)]
    (even_line,) = [line for line in pages[1].splitlines() if re.search(r"—\s*2\s*—", line)]
    # Odd pages carry the number on the outer right, even pages on the outer left.
    assert odd_line.index("—") > 20 > even_line.index("—")


def test_summary_view_serves_the_pdf_inline(client, seed_meeting):
    response = client.get(summary_url(seed_meeting))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        "inline; filename*=UTF-8''"
        "2022%E5%B9%B4%E5%BA%A6%E5%85%9A%E5%BB%BA%E5%B7%A5%E4%BD%9C%E4%BC%9A%E8%AE%AE.pdf"
    )
    assert response.content.startswith(b"%PDF")


def test_draft_meeting_is_404(client, reader_user):
    meeting = MeetingFactory(status=MeetingStatus.DRAFT)

    assert client.get(summary_url(meeting)).status_code == 404
    client.force_login(reader_user)
    assert client.get(summary_url(meeting)).status_code == 404


def test_internal_meeting_is_404_for_anonymous_and_200_for_a_reader(client, reader_user):
    meeting = MeetingFactory(visibility=MeetingVisibility.INTERNAL)

    assert client.get(summary_url(meeting)).status_code == 404
    client.force_login(reader_user)
    assert client.get(summary_url(meeting)).status_code == 200


def test_unknown_meeting_is_404(client):
    assert client.get("/meetings/999999/summary.pdf").status_code == 404


def test_second_request_is_served_from_cache(client, seed_meeting, django_assert_num_queries):
    first = client.get(summary_url(seed_meeting)).content

    # 1 the meeting, visible to the user (pk, title, version, updated_at); nothing else.
    with django_assert_num_queries(1):
        second = client.get(summary_url(seed_meeting)).content
    assert second == first


def test_rendering_loads_the_meeting_in_a_fixed_number_of_queries(
    seed_meeting, big_meeting, django_assert_num_queries
):
    # 1 meeting (+host, recorder), 2 chairs, 3 attendances (+person), 4 groups,
    # 5 agenda (+speaker, org), 6 documents, 7 pledges, 8 pledge parties (+organisation),
    # 9 amendments.
    for meeting in (seed_meeting, big_meeting):
        with django_assert_num_queries(9):
            pdf.meeting_summary_pdf(meeting)


def test_a_changed_meeting_gives_a_new_pdf(client, seed_meeting, tmp_path):
    before = client.get(summary_url(seed_meeting)).content

    seed_meeting.venue = "迎西校区图书馆报告厅"
    seed_meeting.save(update_fields=["venue"])
    after = client.get(summary_url(seed_meeting)).content

    assert after != before
    assert "迎西校区图书馆报告厅" in pdf_text(pdf_file(tmp_path, after))


def test_meetings_changed_signal_drops_the_cached_pdf(
    seed_meeting, django_assert_num_queries, django_capture_on_commit_callbacks
):
    pdf.meeting_summary_pdf(seed_meeting)
    with django_assert_num_queries(0):
        pdf.meeting_summary_pdf(seed_meeting)

    # A bulk write that bumps neither version nor updated_at, then its signal on commit.
    with django_capture_on_commit_callbacks(execute=True):
        notify_meetings_changed([seed_meeting.pk])

    with django_assert_num_queries(9):  # rendered again, as above
        pdf.meeting_summary_pdf(seed_meeting)


def test_system_check_passes_with_a_cjk_font():
    assert check_cjk_font() == []


def test_system_check_warns_without_cjk_font(no_cjk_font):
    (warning,) = check_cjk_font()

    assert warning.id == "meetings.W001"
    assert "fonts-noto-cjk" in warning.hint


def test_rendering_refuses_without_cjk_font(seed_meeting, no_cjk_font):
    with pytest.raises(pdf.PdfUnavailable, match="fonts-noto-cjk"):
        pdf.meeting_summary_pdf(seed_meeting)


def test_view_answers_503_in_chinese_without_cjk_font(client, seed_meeting, no_cjk_font):
    response = client.get(summary_url(seed_meeting))

    assert response.status_code == 503
    assert "无法生成 PDF" in response.content.decode()


def test_admin_change_page_links_to_the_pdf(client, superuser):
    meeting = MeetingFactory(status=MeetingStatus.DRAFT)
    client.force_login(superuser)

    page = client.get(reverse("admin:meetings_meeting_change", args=[meeting.pk]))
    url = reverse("admin:meetings_meeting_summary_pdf", args=[meeting.pk])
    assert url in page.content.decode()

    response = client.get(url)  # staff may export drafts
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"


def test_admin_pdf_needs_staff(client, reader_user):
    meeting = MeetingFactory()
    client.force_login(reader_user)

    response = client.get(reverse("admin:meetings_meeting_summary_pdf", args=[meeting.pk]))
    assert response.status_code == 302  # to the admin login


def test_admin_action_binds_the_selected_meetings_into_one_pdf(client, superuser, tmp_path):
    first = MeetingFactory(title="第一次支部委员会", status=MeetingStatus.DRAFT)
    second = MeetingFactory(title="第二次支部委员会")
    client.force_login(superuser)

    response = client.post(
        reverse("admin:meetings_meeting_changelist"),
        {"action": "export_pdf", "_selected_action": [first.pk, second.pk]},
    )

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(pdf_file(tmp_path, response.content))
    assert "第一次支部委员会" in text and "第二次支部委员会" in text


def test_export_pdf_binds_a_year_with_a_table_of_contents(seed_meeting, tmp_path, capsys):
    MeetingFactory(title="2023年第一次支部党员大会")
    MeetingFactory(title="草稿会议", status=MeetingStatus.DRAFT)
    MeetingFactory(title="2022年的会议", date="2022-05-01")
    output = tmp_path / "yearbook.pdf"

    call_command("export_pdf", "--year", "2023", "--output", str(output))

    text = pdf_text(output)
    pages = text.split("\f")
    assert "2023年会议纪要汇编" in pages[0]
    toc = pages[1]
    assert "目录" in toc
    # Cover is page 1, contents page 2; meetings start on page 3, in date order.
    assert re.search(r"2023年第一次支部党员大会[·\s]*3", toc)
    assert re.search(r"2022年度党建工作会议[·\s]*4", toc)
    assert "草稿会议" not in text and "2022年的会议" not in text
    assert "导出" in capsys.readouterr().err  # the tqdm bar


def test_export_pdf_limits_to_an_org_and_its_descendants(tmp_path):
    parent = OrganisationFactory(name="机关党委")
    child = OrganisationFactory(name="机关第一党支部", parent=parent)
    MeetingFactory(title="子支部会议", host=child)
    MeetingFactory(title="别的单位会议")
    output = tmp_path / "org.pdf"

    call_command("export_pdf", "--year", "2023", "--org", str(parent.pk), "--output", str(output))

    text = pdf_text(output)
    assert "子支部会议" in text and "别的单位会议" not in text


def test_export_pdf_fails_when_nothing_matches(tmp_path):
    output = tmp_path / "empty.pdf"
    with pytest.raises(CommandError, match="没有"):
        call_command("export_pdf", "--year", "1999", "--output", str(output))
    assert not output.exists()


def test_export_pdf_fails_on_an_unknown_org(tmp_path):
    with pytest.raises(CommandError, match="找不到"):
        call_command("export_pdf", "--year", "2023", "--org", "999999", "--output", "x.pdf")


def test_export_pdf_fails_when_the_output_is_not_writable(seed_meeting, tmp_path):
    output = tmp_path / "missing-dir" / "yearbook.pdf"
    with pytest.raises(CommandError, match="无法写入"):
        call_command("export_pdf", "--year", "2023", "--output", str(output))


def test_summary_states_expected_present_and_absentees_with_reasons(tmp_path):
    meeting = MeetingFactory(expected=20, present=18)
    AttendanceFactory(meeting=meeting, person__name="张三", role="请假", reason="出差")
    AttendanceFactory(meeting=meeting, person__name="李四", role="缺席")

    text = re.sub(r"\s+", "", pdf_text(pdf_file(tmp_path, pdf.meeting_summary_pdf(meeting))))

    assert "应到20人，实到18人，缺席2人：张三（出差）、李四" in text


def test_yearbook_ends_with_the_years_meetings_per_month_chart(tmp_path):
    for month in (3, 3, 5):
        MeetingFactory(kind="党课", date=f"2023-{month:02d}-01")
    output = tmp_path / "yearbook.pdf"

    call_command("export_pdf", "--year", "2023", "--output", str(output))

    last_page = pdf_text(output).split("\f")[-2]
    flat = re.sub(r"\s+", "", last_page)
    assert "全年会议统计" in flat and "2023年各月会议次数（按会议类别）" in flat
    assert "4次3210" in flat  # the drawn chart's axis (whole numbers up to 4), not the table
    assert "党课002010000000" in flat  # the numbers beside it
