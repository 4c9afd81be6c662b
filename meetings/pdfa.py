"""Reading PDF/A files back: the embedded meeting-record/1 JSON and what archive checks need.

The checks here are those pikepdf can make (docs/archiving.md lists which PDF/A clauses they
cover); a full validator such as veraPDF is not available on this machine.
"""

import io
import json
import re
import subprocess

import pikepdf

from meetings.pdf import RECORD_ATTACHMENT


class PdfRecordError(ValueError):
    """The PDF carries no readable record, or one that does not match it; the message is for people."""


def _open(data: bytes) -> pikepdf.Pdf:
    try:
        return pikepdf.open(io.BytesIO(data))
    except pikepdf.PasswordError:
        raise PdfRecordError("PDF 已加密，无法读取 (encrypted PDF)") from None
    except pikepdf.PdfError:
        raise PdfRecordError("不是可读取的 PDF 文件 (unreadable PDF)") from None


def embedded_records(data: bytes):
    """The meeting-record/1 object (summary) or list (yearbook) the PDF carries."""
    with _open(data) as pdf:
        attachment = pdf.attachments.get(RECORD_ATTACHMENT)
        if attachment is None:
            raise PdfRecordError(
                f"PDF 中没有嵌入的会议记录（附件 {RECORD_ATTACHMENT}）(no embedded record)"
            )
        content = attachment.get_file().read_bytes()
    try:
        return json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise PdfRecordError(
            "PDF 中嵌入的会议记录不是有效的 JSON (malformed embedded record)"
        ) from None


def pdf_text(data: bytes) -> str:
    """The text a reader sees (poppler's pdftotext), whitespace removed."""
    completed = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, timeout=120
    )
    return re.sub(r"\s+", "", completed.stdout.decode("utf-8", errors="replace"))


def record_text_mismatches(record: dict, text: str) -> list[str]:
    """What the embedded record says that the printed pages do not: title, 档号, names.

    Not a proof of equality (the PDF prints a summary, not every key), but a record edited
    after rendering shows here.
    """
    expected = [record.get("title"), record.get("file_number"), record.get("host")]
    expected += [a.get("name") for a in record.get("attendees") or []]
    return [
        value
        for value in expected
        if isinstance(value, str) and value and re.sub(r"\s+", "", value) not in text
    ]


def records_from_pdf(data: bytes) -> list[dict]:
    """The records of a summary or yearbook PDF, refused when the pages tell otherwise."""
    records = embedded_records(data)
    records = records if isinstance(records, list) else [records]
    text = pdf_text(data)
    for record in records:
        missing = record_text_mismatches(record, text) if isinstance(record, dict) else []
        if missing:
            raise PdfRecordError(
                "PDF 中嵌入的记录与页面文字不符：页面上没有 "
                + "、".join(f"“{value}”" for value in missing[:5])
                + " (embedded record does not match the PDF)"
            )
    return records


def pdfa_problems(data: bytes) -> list[str]:
    """What keeps the file from the PDF/A-3b checks we can make; empty when all pass."""
    with _open(data) as pdf:
        problems = []
        if pdf.is_encrypted:
            problems.append("已加密 (encrypted)")
        with pdf.open_metadata() as meta:
            part = meta.get("pdfaid:part")
            conformance = meta.get("pdfaid:conformance")
        if (part, conformance) != ("3", "B"):
            problems.append(f"XMP 中 pdfaid 为 {part}/{conformance}，应为 3/B")
        intents = pdf.Root.get("/OutputIntents", [])
        if not any(
            intent.get("/S") == "/GTS_PDFA1" and "/DestOutputProfile" in intent
            for intent in intents
        ):
            problems.append("缺少 sRGB 输出意图 (no PDF/A output intent)")
        problems += [f"字体未嵌入：{name}" for name in unembedded_fonts(pdf)]
        problems += active_or_external_content(pdf)
        return problems


def unembedded_fonts(pdf: pikepdf.Pdf) -> list[str]:
    missing = set()
    for page in pdf.pages:
        for font in (page.get("/Resources", {}).get("/Font") or {}).values():
            descriptors = [font.get("/FontDescriptor")]
            descriptors += [d.get("/FontDescriptor") for d in font.get("/DescendantFonts", [])]
            descriptors = [d for d in descriptors if d is not None]
            embedded = any(
                key in d for d in descriptors for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            if font.get("/Subtype") != "/Type3" and not embedded:
                missing.add(str(font.get("/BaseFont", "?")))
    return sorted(missing)


_ACTIVE = {"/JavaScript", "/JS", "/Launch", "/URI", "/GoToR", "/SubmitForm", "/ImportData"}


def active_or_external_content(pdf: pikepdf.Pdf) -> list[str]:
    """Scripts, launch or URI actions, and references to files outside the PDF."""
    problems = set()
    open_action = pdf.Root.get("/OpenAction")
    if isinstance(open_action, pikepdf.Dictionary) and str(open_action.get("/S")) in _ACTIVE:
        problems.add("打开时执行动作 (OpenAction)")
    if "/JavaScript" in pdf.Root.get("/Names", {}):
        problems.add("含有 JavaScript")
    for obj in pdf.objects:
        if not isinstance(obj, pikepdf.Dictionary):
            continue
        if str(obj.get("/S")) in _ACTIVE:
            problems.add(f"含有 {str(obj.get('/S'))[1:]} 动作 (active or external content)")
        if obj.get("/Type") == "/Filespec" and "/EF" not in obj:
            problems.add("引用外部文件 (external file reference)")
    return sorted(problems)
