"""四性检测 (DA/T 70-2018): authenticity, integrity, usability and security of a year's
records, as far as the archive itself can check them (docs/archiving.md says how far)."""

import io
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field

import pikepdf
from django.core.files.storage import default_storage

from archival.fixity import (
    CHANGED,
    MISSING,
    UNREADABLE,
    UNREGISTERED,
    file_status,
    stored_files,
)
from archival.selectors import meetings_for_transfer
from meetings.bundle import pdfa_renders
from meetings.interchange import meeting_to_record
from meetings.models import Meeting
from meetings.pdfa import (
    PdfRecordError,
    active_or_external_content,
    pdf_text,
    pdfa_problems,
    records_from_pdf,
)
from meetings.selectors import meetings_for_export
from meetings.validators import upload_content_type

AUTHENTICITY, INTEGRITY, USABILITY, SECURITY = "真实性", "完整性", "可用性", "安全性"
PROPERTIES = (AUTHENTICITY, INTEGRITY, USABILITY, SECURITY)
REQUIRED = {
    "file_number": "档号",
    "retention": "保管期限",
    "date": "日期",
    "host": "召开单位",
    "title": "题名",
}


@dataclass
class Finding:
    property: str
    meeting_id: int
    file_number: str
    title: str
    problem: str


@dataclass
class CheckReport:
    year: int
    meetings: int = 0
    files: int = 0
    findings: list[Finding] = field(default_factory=list)

    def failed(self, prop: str) -> int:
        return len({f.meeting_id for f in self.findings if f.property == prop})

    def as_dict(self) -> dict:
        return {
            "year": self.year,
            "meetings": self.meetings,
            "files": self.files,
            "properties": {
                prop: {"checked": self.meetings, "failed": self.failed(prop)} for prop in PROPERTIES
            },
            "findings": [asdict(f) for f in self.findings],
        }


class _Meeting:
    """Collects one meeting's findings."""

    def __init__(self, report: CheckReport, meeting: Meeting):
        self.report, self.meeting = report, meeting

    def add(self, prop: str, problem: str) -> None:
        m = self.meeting
        self.report.findings.append(Finding(prop, m.pk, m.file_number, m.title, problem))


def archive_check(
    *, year: int, org=None, progress: Callable[[Iterable], Iterable] | None = None
) -> CheckReport:
    queryset = meetings_for_transfer(year=year, org=org)
    meetings = list(meetings_for_export(queryset))
    uploads = defaultdict(list)
    for stored in stored_files(meetings=queryset):
        uploads[stored.meeting_id].append(stored)
    report = CheckReport(year=year, meetings=len(meetings))
    pairs = zip(meetings, pdfa_renders(meetings), strict=True)
    for meeting, rendered in progress(pairs) if progress else pairs:
        check = _Meeting(report, meeting)
        _check_record(check, meeting, rendered.content)
        for stored in uploads[meeting.pk]:
            report.files += 1
            _check_upload(check, stored)
    return report


def _check_record(check: _Meeting, meeting: Meeting, content: bytes) -> None:
    record = meeting_to_record(meeting)
    for key, label in REQUIRED.items():
        if not record.get(key):
            check.add(INTEGRITY, f"缺少{label}")
    try:
        if records_from_pdf(content) != [record]:
            check.add(AUTHENTICITY, "PDF/A 中嵌入的记录与数据库不一致")
    except PdfRecordError as error:
        check.add(AUTHENTICITY, f"PDF/A：{error}")
    for problem in pdfa_problems(content):
        check.add(USABILITY, f"PDF/A：{problem}")
    if not pdf_text(content):
        check.add(USABILITY, "PDF/A 没有可提取的文字")


def _check_upload(check: _Meeting, stored) -> None:
    status = file_status(stored)
    if status in (MISSING, UNREADABLE):
        check.add(INTEGRITY, f"文件“{stored.name}”{status}")
        return
    if status == CHANGED:
        check.add(AUTHENTICITY, f"文件“{stored.name}”与上传时登记的 SHA-256 不符")
    elif status == UNREGISTERED:
        check.add(AUTHENTICITY, f"文件“{stored.name}”未登记 SHA-256，无法证明未被改动")
    with default_storage.open(stored.name, "rb") as handle:
        content = handle.read()
    kind = upload_content_type(io.BytesIO(content))
    if kind is None:
        check.add(USABILITY, f"文件“{stored.name}”不是 PDF、JPEG 或 PNG")
    elif kind == "application/pdf":
        _check_uploaded_pdf(check, stored.name, content)


def _check_uploaded_pdf(check: _Meeting, name: str, content: bytes) -> None:
    try:
        with pikepdf.open(io.BytesIO(content)) as pdf:
            if pdf.is_encrypted:
                check.add(SECURITY, f"文件“{name}”已加密")
            for problem in active_or_external_content(pdf):
                check.add(SECURITY, f"文件“{name}”{problem}")
            if not len(pdf.pages):
                check.add(USABILITY, f"文件“{name}”没有页面")
    except pikepdf.PasswordError:
        check.add(SECURITY, f"文件“{name}”已加密")
    except pikepdf.PdfError:
        check.add(USABILITY, f"文件“{name}”无法作为 PDF 打开")
