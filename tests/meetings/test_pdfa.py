"""PDF/A-3b: what pikepdf and poppler can check of the summary and the yearbook."""

import io
import json
import re
import subprocess
from io import StringIO

import pikepdf
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from meetings import pdf
from meetings.interchange import meeting_to_record
from meetings.models import Meeting
from meetings.pdfa import PdfRecordError, pdfa_problems, records_from_pdf
from meetings.selectors import meetings_for_export, meetings_for_yearbook
from meetings.services import meetings_file

pytestmark = pytest.mark.django_db


@pytest.fixture
def filed_seed(seed_meeting):
    meetings_file(meetings=Meeting.objects.filter(pk=seed_meeting.pk))
    return meetings_for_export(Meeting.objects.filter(pk=seed_meeting.pk)).get()


@pytest.fixture
def summary(filed_seed) -> bytes:
    return pdf.meeting_summary_pdf(filed_seed)


@pytest.fixture
def yearbook(filed_seed) -> bytes:
    return pdf.meetings_yearbook_pdf(meetings_for_yearbook(year=2023), title="2023年会议纪要汇编")


def open_pdf(content: bytes) -> pikepdf.Pdf:
    return pikepdf.open(io.BytesIO(content))


def xmp(content: bytes) -> dict:
    with open_pdf(content) as document, document.open_metadata() as meta:
        return {key: meta.get(key) for key in meta}


@pytest.mark.parametrize("document", ["summary", "yearbook"])
def test_xmp_declares_pdfa_3b(document, request):
    meta = xmp(request.getfixturevalue(document))

    assert meta["{http://www.aiim.org/pdfa/ns/id/}part"] == "3"
    assert meta["{http://www.aiim.org/pdfa/ns/id/}conformance"] == "B"


def test_summary_xmp_has_title_author_subject_keywords_and_creation_date(summary, filed_seed):
    meta = xmp(summary)

    assert meta["{http://purl.org/dc/elements/1.1/}title"] == filed_seed.title
    assert meta["{http://purl.org/dc/elements/1.1/}creator"] == [filed_seed.host.name]
    assert meta["{http://purl.org/dc/elements/1.1/}description"] == "党建工作会议会议纪要"
    keywords = meta["{http://ns.adobe.com/pdf/1.3/}Keywords"]
    assert filed_seed.file_number in keywords and "永久" in keywords
    assert re.fullmatch(
        r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d",
        meta["{http://ns.adobe.com/xap/1.0/}CreateDate"],
    )


@pytest.mark.parametrize("document", ["summary", "yearbook"])
def test_output_intent_is_srgb(document, request):
    with open_pdf(request.getfixturevalue(document)) as content:
        (intent,) = content.Root.OutputIntents
        profile = intent.DestOutputProfile.read_bytes()

    assert intent.S == "/GTS_PDFA1"
    assert profile[36:40] == b"acsp" and profile[16:20] == b"RGB "
    assert b"sRGB" in profile


@pytest.mark.parametrize("document", ["summary", "yearbook"])
def test_every_font_is_embedded_by_pdffonts(document, request, tmp_path):
    path = tmp_path / "out.pdf"
    path.write_bytes(request.getfixturevalue(document))
    rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = rows.stdout.splitlines()[2:]

    assert rows
    for row in rows:
        assert re.search(r"\syes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", row), row


@pytest.mark.parametrize("document", ["summary", "yearbook"])
def test_no_encryption_no_external_references_and_all_checks_pass(document, request):
    content = request.getfixturevalue(document)
    with open_pdf(content) as opened:
        assert not opened.is_encrypted

    assert pdfa_problems(content) == []


def test_summary_embeds_the_exported_json_as_data(summary, filed_seed):
    with open_pdf(summary) as document:
        attachment = document.attachments["meeting-record.json"]
        filespec = attachment.obj
        embedded = attachment.get_file()
        in_af = any(entry.objgen == filespec.objgen for entry in document.Root.AF)
        content = embedded.read_bytes()

    assert filespec.AFRelationship == "/Data" and in_af
    assert embedded.obj.Subtype == "/application/json"
    assert content == pdf.record_json(meeting_to_record(filed_seed))


def test_export_meetings_json_equals_the_attachment(summary, filed_seed, tmp_path):
    output = tmp_path / "out.json"
    call_command(
        "export_meetings", "--id", str(filed_seed.pk), output=str(output), stderr=StringIO()
    )

    assert json.loads(output.read_text(encoding="utf-8")) == records_from_pdf(summary)


def test_yearbook_embeds_every_meeting_record(yearbook, filed_seed):
    assert records_from_pdf(yearbook) == [meeting_to_record(filed_seed)]


def test_file_number_and_retention_are_printed_on_the_first_page(summary, filed_seed, tmp_path):
    path = tmp_path / "out.pdf"
    path.write_bytes(summary)
    first_page = subprocess.run(
        ["pdftotext", "-l", "1", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout

    assert filed_seed.file_number in re.sub(r"\s+", "", first_page)
    assert "保管期限" in first_page and "永久" in first_page


def test_a_pdf_without_the_pdfa_declaration_fails_the_checks():
    document = pikepdf.new()
    document.add_blank_page()
    buffer = io.BytesIO()
    document.save(buffer)

    problems = pdfa_problems(buffer.getvalue())

    assert any("pdfaid" in p for p in problems) and any("输出意图" in p for p in problems)


def test_import_meetings_reads_the_record_back_out_of_a_pdf(summary, filed_seed, tmp_path):
    path = tmp_path / "summary.pdf"
    path.write_bytes(summary)
    record = meeting_to_record(filed_seed)
    Meeting.objects.all().delete()

    call_command("import_meetings", str(path), stdout=StringIO(), stderr=StringIO())

    assert [meeting_to_record(m) for m in meetings_for_export()] == [record]


def tampered(content: bytes, change) -> bytes:
    """The PDF with its embedded record edited, the pages left as they were."""
    with open_pdf(content) as document:
        record = json.loads(document.attachments["meeting-record.json"].get_file().read_bytes())
        change(record)
        spec = pikepdf.AttachedFileSpec(
            document, pdf.record_json(record), filename="meeting-record.json"
        )
        document.attachments["meeting-record.json"] = spec
        buffer = io.BytesIO()
        document.save(buffer)
    return buffer.getvalue()


def test_a_pdf_whose_embedded_record_differs_from_its_pages_is_refused(summary, tmp_path):
    path = tmp_path / "summary.pdf"
    path.write_bytes(tampered(summary, lambda r: r.update(title="另一次会议")))
    before = Meeting.objects.count()

    with pytest.raises(CommandError, match="嵌入的记录与页面文字不符"):
        call_command("import_meetings", str(path), stdout=StringIO(), stderr=StringIO())
    assert Meeting.objects.count() == before


def test_a_pdf_without_an_embedded_record_is_refused_in_chinese():
    document = pikepdf.new()
    document.add_blank_page()
    buffer = io.BytesIO()
    document.save(buffer)

    with pytest.raises(PdfRecordError, match="没有嵌入的会议记录"):
        records_from_pdf(buffer.getvalue())
