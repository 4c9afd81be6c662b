"""Meeting summaries (会议纪要) and yearbooks as PDF/A-3b, laid out after GB/T 9704-2012.

Both documents are Django templates rendered by WeasyPrint; they share one stylesheet
(templates/meetings/pdf/_style.css), included into each so the FangSong @font-face can
carry an absolute file:// URL. Each PDF carries its meetings' meeting-record/1 JSON as an
associated file (AFRelationship /Data), so the file alone gives the structured record back
(`embedded_records`); docs/archiving.md says what of PDF/A is checked.
"""

import atexit
import functools
import io
import json
import os
import subprocess
import zlib
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from common.cache import generation
from common.charts import Chart, monthly_count_chart
from meetings.interchange import meeting_to_record
from meetings.models import AttendanceRole, Meeting, MeetingKind
from meetings.pdf_fonts import font_faces
from meetings.renames import NAMES_GENERATION
from meetings.selectors import meeting_attendance_summary, meetings_for_export
from orgs.models import Organisation

CJK_FONT_PACKAGE = "fonts-noto-cjk"
FANGSONG_FILE = settings.VAR_DIR / "fonts" / "FandolFang-Regular.otf"
# A meeting's PDF stays valid until its version moves; a month bounds dead entries.
CACHE_TIMEOUT = 30 * 24 * 3600
# Longer than any render (gunicorn kills a worker at 30-60 s): a lock left by a killed
# worker frees itself.
RENDER_TIMEOUT = 120
CHINESE_DIGITS = "〇一二三四五六七八九"
PDF_VARIANT = "pdf/a-3b"
# The associated file's name: one record (summary) or a list of them (yearbook).
RECORD_ATTACHMENT = "meeting-record.json"
# zlib's default level: on font subsets, most of a summary's bytes, level 9 (pydyf's) takes
# twice as long for files 0.1 % smaller.
DEFLATE_LEVEL = 6


class PdfUnavailable(RuntimeError):
    """Rendering would give empty boxes instead of characters: no CJK font is installed."""


class PdfBusy(PdfUnavailable):
    """This PDF is being rendered by another request, or every render slot is taken.

    The request answers at once (the view asks the browser to come back) instead of
    holding a worker while another renders: list pages keep answering.
    """


@functools.cache
def cjk_font_families() -> tuple[str, ...]:
    """The font families fontconfig offers for Chinese (probed once per process)."""
    try:
        result = subprocess.run(
            ["fc-list", ":lang=zh", "family"], capture_output=True, text=True, timeout=30
        )
    except (OSError, subprocess.SubprocessError):
        return ()
    return tuple(sorted({line.strip() for line in result.stdout.splitlines() if line.strip()}))


def require_cjk_font() -> None:
    if not cjk_font_families():
        raise PdfUnavailable(
            _("服务器未安装中文字体，无法生成 PDF。请安装 Debian 软件包 %(package)s。")
            % {"package": CJK_FONT_PACKAGE}
        )


@functools.cache
def _font_config():
    # Loading WeasyPrint and scanning fonts costs ~0.3 s: once per process, not per PDF.
    from weasyprint.text.fonts import FontConfiguration

    class ForkSafeFontConfiguration(FontConfiguration):
        """WeasyPrint's, whose temporary font folder only the process that made it removes.

        The warm-up makes it in gunicorn's master and the workers inherit it: a worker that
        stops (or is restarted) must not delete the files the others still read.
        """

        owner = os.getpid()

        def __del__(self):
            if os.getpid() == self.owner:
                super().__del__()

    # Dropped at exit while the modules its __del__ calls into still exist; left to the
    # interpreter's teardown, each stopping server printed "Exception ignored in
    # FontConfiguration.__del__".
    atexit.register(_font_config.cache_clear)
    return ForkSafeFontConfiguration()


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (headings never reach 100)."""
    if n < 10:
        return CHINESE_DIGITS[n]
    tens, ones = divmod(n, 10)
    return (
        (CHINESE_DIGITS[tens] if tens > 1 else "") + "十" + (CHINESE_DIGITS[ones] if ones else "")
    )


def _person_with_titles(name: str, titles: list[str]) -> str:
    return f"{name}（{'、'.join(titles)}）" if titles else name


def _roster(meeting: Meeting) -> list[dict]:
    """出席 / 列席 / 参加 / 请假 / 缺席 lines: people in order, then groups."""
    lines = []
    for role in AttendanceRole:
        names = [
            f"{a.person.name}（{a.reason}）" if a.reason else a.person.name
            for a in meeting.attendances.all()
            if a.role == role
        ]
        names += [g.name for g in meeting.attendee_groups.all() if g.role == role]
        if names:
            lines.append({"label": role.label, "names": names})
    return lines


def _agenda(meeting: Meeting) -> list[dict]:
    items = []
    for number, item in enumerate(meeting.agenda_items.all(), start=1):
        if item.speaker_id:
            who = _person_with_titles(item.speaker.name, item.speaker_title_list)
        elif item.org_id:
            who = _person_with_titles(item.org.name, item.speaker_title_list)
        else:
            who = ""
        items.append(
            {
                "number": chinese_number(number),
                "who": who,
                "kind": item.kind,
                "title": item.title,
                "text": item.text,
                "documents": item.document_list,
            }
        )
    return items


def _summary_metadata(meeting: Meeting) -> dict:
    """XMP dc:creator, dc:description and pdf:Keywords of one meeting's summary."""
    host = meeting.host.name if meeting.host_id else ""
    keywords = [meeting.kind, host, meeting.file_number, meeting.retention, f"{meeting.date:%Y}"]
    return {
        "author": host or settings.ARCHIVE_FONDS_NAME,
        "subject": _("%(kind)s会议纪要") % {"kind": meeting.kind},
        "keywords": [keyword for keyword in keywords if keyword],
    }


def summary_context(meeting: Meeting) -> dict:
    """What summary.html shows of one meeting, with its numbered sections (一、二、…)."""
    sections = []
    agenda = _agenda(meeting)
    if agenda:
        sections.append({"kind": "agenda", "heading": _("会议议程"), "items": agenda})
    if meeting.summary.strip():
        sections.append(
            {
                "kind": "paragraphs",
                "heading": _("会议纪要"),
                "items": [p for p in meeting.summary.splitlines() if p.strip()],
            }
        )
    if meeting.decision_list:
        sections.append(
            {"kind": "numbered", "heading": _("决议事项"), "items": meeting.decision_list}
        )
    documents = [
        {"title": d.title, "issuer": d.issuer, "number": d.number} for d in meeting.documents.all()
    ]
    if documents:
        sections.append({"kind": "documents", "heading": _("学习文件"), "items": documents})
    pledges = [
        {
            "title": p.title,
            "year": p.year,
            "parties": "、".join(link.organisation.name for link in p.party_links.all()),
        }
        for p in meeting.pledges.all()
    ]
    if pledges:
        sections.append({"kind": "pledges", "heading": _("签订责任书"), "items": pledges})
    for number, section in enumerate(sections, start=1):
        section["number"] = chinese_number(number)
    return {
        "meeting": meeting,
        "pdf_meta": _summary_metadata(meeting),
        "roster": _roster(meeting),
        "headcount": meeting_attendance_summary(meeting).headcount,
        "chairs": "、".join(link.person.name for link in meeting.chair_links.all()),
        "sections": sections,
    }


@dataclass(frozen=True)
class RenderedPdf:
    content: bytes
    pages: int


def record_json(records) -> bytes:
    """The bytes embedded in a PDF, written exactly as export_meetings writes its file."""
    return (json.dumps(records, ensure_ascii=False, indent=2) + "\n").encode()


def document_html(template: str, context: dict) -> str:
    """The HTML that WeasyPrint lays out for a template."""
    context = {
        **context,
        "fangsong_url": FANGSONG_FILE.as_uri() if FANGSONG_FILE.exists() else "",
        "cut_fonts": font_faces(),
        # XMP's xmp:CreateDate; W3C-DTF as WeasyPrint expects from dcterms.created.
        "created": timezone.localtime().isoformat(timespec="seconds"),
    }
    return render_to_string(template, context)


def _document(template: str, context: dict):
    """The laid-out WeasyPrint document of a template."""
    from weasyprint import HTML

    html = document_html(template, context)
    return HTML(string=html, base_url=str(settings.BASE_DIR)).render(font_config=_font_config())


def deflate_streams_once(document, pdf) -> None:
    """WeasyPrint finisher: deflate every stream now, once, before the file is written.

    PDF/A needs the trailer's /ID, which pydyf computes from every object's serialised
    form before writing them, so each stream (the font subsets above all, ~1.5 MB for a
    short summary) was deflated twice, at level 9: a fifth of a summary's render.
    A deflated stream keeps its data and is marked uncompressed, so pydyf only copies it.
    """
    import pydyf

    for obj in pdf.objects:
        if isinstance(obj, pydyf.Stream) and obj.compress:
            # pydyf's own item-to-bytes conversion, as its Stream.data does.
            data = b"\n".join(pydyf._to_bytes(item) for item in obj.stream)
            obj.stream = [zlib.compress(data, DEFLATE_LEVEL)]
            obj.extra["Filter"] = "/FlateDecode"
            obj.compress = False


def warm_renderer() -> None:
    """Write one small page in every face of the summary, opening no database connection.

    A process's first PDF otherwise also pays for WeasyPrint's first font lookups, cffi
    parsing the C types it uses and the first subsetting of each face (about 0.8 s on top
    of the render); config/warmup.py calls this before a worker serves.
    """
    _write_pdfa(_document("meetings/pdf/warmup.html", {}))


def _write_pdfa(document, **options) -> bytes:
    """The laid-out document as PDF/A-3b bytes."""
    return document.write_pdf(pdf_variant=PDF_VARIANT, finisher=deflate_streams_once, **options)


def _render(template: str, context: dict, *, records) -> RenderedPdf:
    """PDF/A-3b with `records` (one record or a list) attached as the source data."""
    from weasyprint import Attachment

    document = _document(template, context)
    attachment = Attachment(
        file_obj=io.BytesIO(record_json(records)),
        name=RECORD_ATTACHMENT,
        description=_("会议记录结构化数据（meeting-record/1）"),
        relationship="Data",
    )
    content = _write_pdfa(document, attachments=[attachment])
    return RenderedPdf(content, len(document.pages))


def meeting_pdfa(meeting: Meeting) -> RenderedPdf:
    """One meeting's summary, rendered now from a meeting loaded as meetings_for_export does."""
    return _render(
        "meetings/pdf/summary.html", summary_context(meeting), records=meeting_to_record(meeting)
    )


def _cache_key(meeting: Meeting) -> str:
    # The version moves with every save of the meeting; the names generation with every
    # rename of a person or unit it may show.
    return (
        f"meeting-pdf:{meeting.pk}:{meeting.version}:{meeting.updated_at.timestamp()}"
        f":{generation(NAMES_GENERATION)}"
    )


def _latest_key(pk: int) -> str:
    return f"meeting-pdf-latest:{pk}"


def meeting_summary_pdf(meeting: Meeting) -> bytes:
    """The meeting's 会议纪要 as PDF bytes, cached until the meeting changes.

    Only pk, version and updated_at of `meeting` are read; on a cache miss the meeting is
    loaded again with every relation in a fixed number of queries.
    Raises PdfUnavailable when no CJK font is installed.
    """
    require_cjk_font()
    key = _cache_key(meeting)
    pdf = cache.get(key)
    if pdf is None:
        with render_slot(key):
            full = meetings_for_export(Meeting.objects.filter(pk=meeting.pk)).get()
            pdf = meeting_pdfa(full).content
            cache.set_many({key: pdf, _latest_key(meeting.pk): key}, CACHE_TIMEOUT)
    return pdf


@contextmanager
def render_slot(key: str):
    """Render `key` only here and only if a render slot is free, across every process.

    Both locks live in the shared cache with a timeout, so a killed worker frees them.
    The first request for a PDF renders it; others asking meanwhile get PdfBusy instead
    of rendering it again; at most PDF_MAX_RENDERS renders run at once.
    """
    lock = f"{key}:rendering"
    if not cache.add(lock, 1, RENDER_TIMEOUT):
        raise PdfBusy(_("正在生成这份 PDF，请稍候几秒再打开。"))
    slot = next(
        (
            f"pdf-render-slot:{n}"
            for n in range(settings.PDF_MAX_RENDERS)
            if cache.add(f"pdf-render-slot:{n}", key, RENDER_TIMEOUT)
        ),
        None,
    )
    try:
        if slot is None:
            raise PdfBusy(_("服务器正在生成其他 PDF，请稍候几秒再打开。"))
        yield
    finally:
        cache.delete_many([lock] + ([slot] if slot else []))


def meetings_pdfa(meetings: list[Meeting]) -> list[RenderedPdf]:
    """Each meeting's summary as its own PDF/A-3b, like meeting_pdfa's, at a third of the cost.

    The meetings are laid out in one WeasyPrint pass (fonts are subset and compressed once,
    which is most of a small PDF's cost) and the pages split into one file per meeting with
    pikepdf, which then writes each file's XMP, output intent and embedded record. A file
    carries the font subsets of the whole batch: keep batches small (bundles use 10).
    """
    import pikepdf

    entries = [summary_context(meeting) for meeting in meetings]
    document = _document("meetings/pdf/batch.html", {"entries": entries})
    pages: dict[str, list[int]] = {}
    for index, page in enumerate(document.pages):
        anchor = next((a for a in page.anchors if a.startswith("meeting-")), None)
        if anchor:
            pages.setdefault(anchor, []).append(index)
    created = timezone.localtime()
    with pikepdf.open(io.BytesIO(_write_pdfa(document))) as batch:
        return [
            _split(batch, pages[f"meeting-{m.pk}"], meeting=m, meta=e["pdf_meta"], created=created)
            for m, e in zip(meetings, entries, strict=True)
        ]


def _split(batch, indexes: list[int], *, meeting: Meeting, meta: dict, created) -> RenderedPdf:
    import pikepdf
    from weasyprint import __version__ as weasyprint_version

    single = pikepdf.new()
    single.pages.extend(batch.pages[i] for i in indexes)
    single.Root.OutputIntents = single.copy_foreign(batch.make_indirect(batch.Root.OutputIntents))
    moment = created.strftime("D:%Y%m%d%H%M%S")
    spec = pikepdf.AttachedFileSpec(
        single,
        record_json(meeting_to_record(meeting)),
        description=_("会议记录结构化数据（meeting-record/1）"),
        filename=RECORD_ATTACHMENT,
        mime_type="application/json",
        creation_date=moment,
        mod_date=moment,
        relationship=pikepdf.Name.Data,
    )
    single.attachments[RECORD_ATTACHMENT] = spec
    single.Root.AF = pikepdf.Array([single.attachments[RECORD_ATTACHMENT].obj])
    with single.open_metadata(set_pikepdf_as_editor=False) as xmp:
        xmp["pdfaid:part"] = "3"
        xmp["pdfaid:conformance"] = "B"
        xmp["dc:title"] = meeting.title
        xmp["dc:creator"] = [meta["author"]]
        xmp["dc:description"] = meta["subject"]
        xmp["pdf:Keywords"] = ", ".join(meta["keywords"])
        xmp["pdf:Producer"] = f"WeasyPrint {weasyprint_version}"
        xmp["xmp:CreatorTool"] = _("党组织会议记录档案")
        xmp["xmp:CreateDate"] = created.isoformat(timespec="seconds")
    buffer = io.BytesIO()
    single.save(buffer)
    return RenderedPdf(buffer.getvalue(), len(indexes))


@dataclass(frozen=True)
class ComplianceScope:
    """The 三会一课 chart of a volume kept inside: the share of branches under `organisation`
    (None: the whole school) meeting each rule in `year`.

    The chart counts every published meeting, internal ones too, as the compliance grid
    does, so only a reader of internal meetings may ask for it, and the volume then says on
    its cover that it is internal (内部资料).
    """

    year: int
    organisation: Organisation | None = None


YEARBOOK_TEMPLATE = "meetings/pdf/yearbook.html"


def meetings_yearbook_pdf(
    meetings: Iterable[Meeting],
    *,
    title: str,
    progress: Callable[[Iterable[Meeting]], Iterable[Meeting]] | None = None,
    compliance: ComplianceScope | None = None,
) -> bytes:
    """Many meetings bound into one volume: cover, table of contents, one summary each.

    `meetings` should come from meetings_for_export (fixed query count); `progress`
    wraps the iteration (the export command passes a tqdm bar); `compliance` adds the
    三会一课 chart (3 more queries).
    """
    context, records = yearbook_context(
        meetings, title=title, progress=progress, compliance=compliance
    )
    return _render(YEARBOOK_TEMPLATE, context, records=records).content


def yearbook_context(meetings, *, title, progress=None, compliance=None) -> tuple[dict, list]:
    """The yearbook template's context and the records the volume embeds."""
    require_cjk_font()
    if progress is not None:
        meetings = progress(meetings)
    entries, records = [], []
    for meeting in meetings:
        entries.append(summary_context(meeting))
        records.append(meeting_to_record(meeting))
    context = {
        "title": title,
        "entries": entries,
        "chart": _yearbook_chart(entries),
        "compliance": compliance,
        "pdf_meta": {
            "author": settings.ARCHIVE_FONDS_NAME,
            "subject": title,
            "keywords": [_("会议纪要汇编"), *sorted({r["date"][:4] for r in records})],
        },
    }
    return context, records


def _yearbook_chart(entries: list[dict]) -> Chart | None:
    """The volume's meetings per month by kind, when they are one year's (no query)."""
    years = {entry["meeting"].date.year for entry in entries}
    if len(years) != 1:
        return None
    by_kind: dict[str, list[int]] = {}
    for entry in entries:
        meeting = entry["meeting"]
        by_kind.setdefault(meeting.kind, [0] * 12)[meeting.date.month - 1] += 1
    return monthly_count_chart(
        chart_id="yearbook-month",
        title=_("%(year)s年各月会议次数（按会议类别）") % {"year": years.pop()},
        series=sorted(by_kind.items(), key=lambda item: MeetingKind.values.index(item[0])),
    )


def drop_cached_pdfs(sender, meeting_ids, **kwargs) -> None:
    """meetings_changed receiver (connected in MeetingsConfig.ready).

    Saves bump version/updated_at, which already miss the cache; bulk writes may not,
    so the entry is dropped too.
    """
    keys = [_latest_key(pk) for pk in meeting_ids]
    stale = cache.get_many(keys)
    cache.delete_many([*keys, *stale.values()])
