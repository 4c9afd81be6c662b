"""The yearbook's 三会一课 chart: only in a volume kept inside, counted over internal meetings."""

import datetime
import re

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

from jobs.models import Job, JobStatus
from meetings import pdf
from meetings.models import MeetingKind, MeetingVisibility
from meetings.selectors import meetings_for_yearbook
from orgs.models import OrganisationKind
from tests.factories import MeetingFactory, OrganisationFactory, quorate_meeting
from tests.jobs.test_jobs import run_worker
from tests.meetings.test_pdf import pdf_file, pdf_text, run

pytestmark = pytest.mark.django_db

# Branch A held its 支部委员会 of March as an internal meeting, branch B none: half met.
SHARE_POINT = "支部委员会 3月：50%"


@pytest.fixture
def committee():
    committee = OrganisationFactory(name="材料学院党委", kind=OrganisationKind.PARTY_COMMITTEE)
    branch_a = OrganisationFactory(name="材料学院第一党支部", parent=committee)
    OrganisationFactory(name="材料学院第二党支部", parent=committee)
    quorate_meeting(
        host=branch_a,
        kind=MeetingKind.BRANCH_COMMITTEE,
        date=datetime.date(2023, 3, 9),
        visibility=MeetingVisibility.INTERNAL,
        title="三月支部委员会（内部）",
    )
    MeetingFactory(host=branch_a, kind=MeetingKind.PARTY_LECTURE, title="公开党课")
    return committee


def yearbook_html(compliance) -> str:
    context, _records = pdf.yearbook_context(
        meetings_for_yearbook(year=2023), title="2023年会议纪要汇编", compliance=compliance
    )
    return pdf.document_html(pdf.YEARBOOK_TEMPLATE, context)


def test_yearbook_asked_for_compliance_charts_carries_the_share_chart_svg_counting_internal_meetings(
    committee,
):
    html = yearbook_html(pdf.ComplianceScope(2023, committee))

    chart = html.split('id="chart-share"')[1].split("</figure>")[0]
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in chart
    assert SHARE_POINT in chart
    assert "内部资料" in html.split("</section>")[0]  # on the cover
    # The volume itself stays public: the internal meeting is counted, never printed.
    assert "三月支部委员会（内部）" not in html and "公开党课" in html


def test_public_yearbook_has_no_compliance_chart_and_no_internal_mark(committee):
    html = yearbook_html(None)

    assert 'id="chart-share"' not in html and "达标组织比例" not in html
    assert "内部资料" not in html


def test_yearbook_job_with_compliance_charts_renders_a_pdf_with_the_chart_and_embedded_fonts(
    client, clerk_user, committee, tmp_path
):
    client.force_login(clerk_user)
    client.post(
        reverse("admin:jobs_job_new", args=["yearbook"]),
        {"year": 2023, "org": committee.pk, "compliance_charts": "on"},
    )
    run_worker()

    job = Job.objects.get()
    assert job.status == JobStatus.SUCCEEDED, job.error
    content = b"".join(client.get(reverse("admin:jobs_job_download", args=[job.pk])))
    path = pdf_file(tmp_path, content)
    pages = [re.sub(r"\s+", "", page) for page in pdf_text(path).split("\f")]
    assert "内部资料" in pages[0]
    last = pages[-2]
    assert "三会一课落实情况" in last and "达标组织比例" in last
    assert "100%" in last  # the drawn chart's axis, not the table beside it
    fonts = run("pdffonts", str(path)).splitlines()[2:]
    assert fonts
    for row in fonts:
        assert re.search(r"\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", row), row


def test_yearbook_job_leaves_the_chart_out_unless_asked(client, clerk_user, committee, tmp_path):
    client.force_login(clerk_user)
    client.post(reverse("admin:jobs_job_new", args=["yearbook"]), {"year": 2023, "org": ""})
    run_worker()

    content = b"".join(client.get(reverse("admin:jobs_job_download", args=[Job.objects.get().pk])))
    text = re.sub(r"\s+", "", pdf_text(pdf_file(tmp_path, content)))
    assert "公开党课" in text
    assert "三会一课落实情况" not in text and "内部资料" not in text


def test_yearbook_job_whose_user_lost_the_right_to_see_internal_meetings_has_no_chart(
    client, clerk_user, committee, tmp_path
):
    client.force_login(clerk_user)
    client.post(
        reverse("admin:jobs_job_new", args=["yearbook"]),
        {"year": 2023, "org": "", "compliance_charts": "on"},
    )
    clerk_user.groups.remove(Group.objects.get(name="录入员"))
    run_worker()

    job = Job.objects.get()
    assert job.status == JobStatus.SUCCEEDED, job.error
    text = re.sub(r"\s+", "", pdf_text(pdf_file(tmp_path, job.result_file.read())))
    assert "公开党课" in text and "三会一课落实情况" not in text


def test_export_pdf_adds_the_compliance_chart_when_asked(committee, tmp_path):
    output = tmp_path / "yearbook.pdf"

    call_command("export_pdf", "--year", "2023", "--compliance-charts", "--output", str(output))

    last = re.sub(r"\s+", "", pdf_text(output).split("\f")[-2])
    assert "三会一课落实情况" in last and "100%" in last
