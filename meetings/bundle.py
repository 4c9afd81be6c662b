"""Transfer bundles (移交包): meetings with their PDF/A and uploaded files as one BagIt bag.

One writer (`bundle_write`, used by `export_bundle` and `export_meetings --bundle`) and one
reader (`bundle_read` + `bundle_import`, used by `import_meetings DIR`). Layout of a bag:

    bagit.txt, bag-info.txt, manifest-sha256.txt, tagmanifest-sha256.txt
    data/目录.xlsx, data/catalogue.csv            the catalogue, one row per meeting
    data/meetings/<档号>/record.json              meeting-record/1, as export_meetings writes it
    data/meetings/<档号>/summary.pdf              PDF/A-3b with the same record embedded
    data/meetings/<档号>/files/<storage name>     each upload under the name the record gives
                                                  it (e.g. files/documents/2023/意见.pdf)
    data/meetings/<档号>/review.json              the review log (states, opinions, amendments:
                                                  meetings.workflow), where there is one

The bag lives in meetings because it is a way the record travels, like the JSON and the
PDF; archival/ (fixity runs, 四性检测) reads the stored archive and uses this module.
"""

import csv
import hashlib
import json
import multiprocessing
import shutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import bagit
from django.conf import settings
from django.core.files import File
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import QuerySet

from meetings import pdf
from meetings.files import sha256_of
from meetings.interchange import meeting_to_record
from meetings.models import Meeting
from meetings.pdfa import PdfRecordError, records_from_pdf
from meetings.selectors import meetings_for_export
from meetings.services import meeting_records_import
from meetings.validators import MAX_UPLOAD_BYTES, upload_content_type
from meetings.workflow import (
    review_log_export,
    review_log_problems,
    review_log_restore,
    review_steps_of,
)

CATALOGUE_HEADER = ["档号", "题名", "日期", "召开单位", "保管期限", "页数", "文件"]
RECORD_FILE = "record.json"
REVIEW_FILE = "review.json"
PDF_FILE = "summary.pdf"
# Meetings laid out together: a third of the cost of one by one; more would make each
# file carry more of the batch's font subsets.
BATCH_SIZE = 10
# Below this many batches a process pool costs more than it saves.
POOL_THRESHOLD = 3


class BundleError(Exception):
    """A bag that cannot be written or read; `problems` are for people, in Chinese."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass
class BundleSummary:
    meetings: int = 0
    files: int = 0
    pages: int = 0
    catalogue: list[list] = field(default_factory=list)


def meeting_folder(meeting: Meeting) -> str:
    return (meeting.file_number or f"未编号-{meeting.pk}").replace("/", "_")


def _uploads(meeting: Meeting) -> Iterator[tuple[object, str]]:
    """(field file, recorded sha256) of every upload the meeting has."""
    for document in meeting.documents.all():
        if document.file:
            yield document.file, document.file_sha256
    for pledge in meeting.pledges.all():
        if pledge.scan:
            yield pledge.scan, pledge.scan_sha256


def _copy_upload(field_file, target: Path) -> str:
    """Copy through the storage API, hashing on the way; returns the sha256."""
    digest = hashlib.sha256()
    target.parent.mkdir(parents=True, exist_ok=True)
    with default_storage.open(field_file.name, "rb") as source, open(target, "wb") as out:
        for chunk in iter(lambda: source.read(1 << 20), b""):
            digest.update(chunk)
            out.write(chunk)
    return digest.hexdigest()


def _render_batch(meetings: list[Meeting]) -> list[pdf.RenderedPdf]:
    return pdf.meetings_pdfa(meetings)


def pdfa_renders(meetings: list[Meeting]) -> Iterator[pdf.RenderedPdf]:
    """PDF/A of each meeting in order, rendered BATCH_SIZE at a time (pdf.meetings_pdfa),
    the batches in a pool of one process per core when there are enough of them.

    Workers get fully loaded meetings and never touch the database (they are forked and
    leave through os._exit, so the parent's connection is not closed under it).
    """
    batches = [meetings[i : i + BATCH_SIZE] for i in range(0, len(meetings), BATCH_SIZE)]
    cores = multiprocessing.cpu_count() or 1
    if len(batches) < POOL_THRESHOLD or cores < 2:
        for batch in batches:
            yield from _render_batch(batch)
        return
    with multiprocessing.get_context("fork").Pool(cores) as pool:
        for rendered in pool.imap(_render_batch, batches):
            yield from rendered


def bundle_write(
    *,
    meetings: QuerySet[Meeting],
    output: Path,
    bag_info: dict[str, str],
    progress: Callable[[Iterable], Iterable] | None = None,
) -> BundleSummary:
    """Write the bag; refuses a non-empty `output` and leaves nothing behind on failure."""
    output = Path(output)
    if output.exists() and (not output.is_dir() or any(output.iterdir())):
        raise BundleError([f"输出目录 {output} 已存在且不为空 (output directory not empty)"])
    pdf.require_cjk_font()
    loaded = list(meetings_for_export(meetings))
    output.mkdir(parents=True, exist_ok=True)
    try:
        summary = _write_payload(loaded, output, progress)
        _write_catalogue(summary.catalogue, output)
        info = {
            "Source-Organization": settings.ARCHIVE_FONDS_NAME,
            **bag_info,
            "Meeting-Count": str(summary.meetings),
            "File-Count": str(summary.files),
            "Page-Count": str(summary.pages),
        }
        bagit.make_bag(str(output), info, checksums=["sha256"])
    except BaseException:
        shutil.rmtree(output, ignore_errors=True)
        raise
    return summary


def _write_payload(meetings: list[Meeting], output: Path, progress) -> BundleSummary:
    summary, problems = BundleSummary(), []
    rendered = pdfa_renders(meetings)
    steps = review_steps_of([meeting.pk for meeting in meetings])
    pairs = zip(meetings, rendered, strict=True)
    for meeting, pdf_file in progress(pairs) if progress else pairs:
        folder = output / "meetings" / meeting_folder(meeting)
        folder.mkdir(parents=True)
        record = meeting_to_record(meeting)
        (folder / RECORD_FILE).write_bytes(pdf.record_json(record))
        (folder / PDF_FILE).write_bytes(pdf_file.content)
        if steps.get(meeting.pk) or meeting.status != record["status"]:
            log = review_log_export(meeting, steps.get(meeting.pk, []))
            (folder / REVIEW_FILE).write_bytes(pdf.record_json(log))
        names = []
        for field_file, recorded in _uploads(meeting):
            name = PurePosixPath(field_file.name).name
            try:
                found = _copy_upload(field_file, folder / "files" / field_file.name)
            except OSError:
                problems.append(f"《{meeting.title}》的文件“{field_file.name}”缺失或无法读取")
                continue
            if recorded and found != recorded:
                problems.append(
                    f"《{meeting.title}》的文件“{field_file.name}”与上传时登记的 SHA-256 不符"
                )
            names.append(name)
        summary.meetings += 1
        summary.files += len(names)
        summary.pages += pdf_file.pages
        summary.catalogue.append(
            [
                meeting.file_number,
                meeting.title,
                meeting.date.isoformat(),
                meeting.host.name if meeting.host_id else "",
                meeting.retention,
                pdf_file.pages,
                "；".join(names),
            ]
        )
    if problems:
        raise BundleError([*problems, "请先运行 manage.py verify_archive 查明原因，未生成移交包。"])
    return summary


def _write_catalogue(rows: list[list], output: Path) -> None:
    from openpyxl import Workbook

    # utf-8-sig: Excel opens the CSV as UTF-8 only with the BOM.
    with open(output / "catalogue.csv", "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CATALOGUE_HEADER)
        writer.writerows(rows)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("目录")
    sheet.append(CATALOGUE_HEADER)
    for row in rows:
        sheet.append(row)
    workbook.save(output / "目录.xlsx")


@dataclass
class Bundle:
    """A validated bag: records in folder order and, per record, the files it carries."""

    path: Path
    records: list[dict]
    files: list[dict[str, Path]]
    reviews: list[dict | None]


def _bag_problems(bag: bagit.Bag, error: bagit.BagValidationError) -> list[str]:
    details = error.details
    if not details:
        # The Payload-Oxum (file count and size) fails before the per-file checks that
        # name the file; run those (bagit's own, not public) to say which file it is.
        try:
            bag._validate_completeness()
            bag._validate_entries(1)
        except bagit.BagValidationError as detailed:
            details = detailed.details
    problems = []
    for detail in details or []:
        if isinstance(detail, bagit.ChecksumMismatch):
            problems.append(f"文件“{detail.path}”的 SHA-256 与清单不符，可能已被改动")
        elif isinstance(detail, bagit.FileMissing):
            problems.append(f"清单列出的文件“{detail.path}”不存在")
        elif isinstance(detail, bagit.UnexpectedFile):
            problems.append(f"文件“{detail.path}”不在清单中")
        else:
            problems.append(str(detail))
    return problems or [f"移交包校验失败：{error.message}"]


def bundle_read(path: Path) -> Bundle:
    """Validate the bag (every sha256 of its manifests) and each meeting's record, files and
    PDF; raises BundleError naming every problem. Reads only, writes nothing."""
    path = Path(path)
    try:
        bag = bagit.Bag(str(path))
    except bagit.BagError as error:
        raise BundleError([f"{path} 不是有效的 BagIt 移交包：{error}"]) from None
    try:
        bag.validate()
    except bagit.BagValidationError as error:
        raise BundleError(_bag_problems(bag, error)) from None
    except bagit.BagError as error:
        raise BundleError([f"{path} 不是有效的 BagIt 移交包：{error}"]) from None
    manifest = {Path(name).as_posix(): hashes.get("sha256") for name, hashes in bag.entries.items()}
    records, files, reviews, problems = [], [], [], []
    for folder in sorted((path / "data" / "meetings").glob("*/")):
        record, carried, found = _read_meeting(folder, path, manifest)
        review, review_problems = _read_review(folder)
        records.append(record)
        files.append(carried)
        reviews.append(review)
        problems += found + review_problems
    if not records and not problems:
        problems.append("移交包中没有会议记录 (no meetings in the bag)")
    if problems:
        raise BundleError(problems)
    return Bundle(path, records, files, reviews)


def _read_review(folder: Path) -> tuple[dict | None, list[str]]:
    review_path = folder / REVIEW_FILE
    if not review_path.exists():
        return None, []
    try:
        log = json.loads(review_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None, [f"“{folder.name}”的 {REVIEW_FILE} 不是有效的 JSON"]
    return log, [f"“{folder.name}”的 {REVIEW_FILE}：{p}" for p in review_log_problems(log)]


def _read_meeting(folder: Path, root: Path, manifest: dict) -> tuple[dict, dict, list[str]]:
    label = f"“{folder.name}”"
    try:
        record = json.loads((folder / RECORD_FILE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return {}, {}, [f"{label} 的 {RECORD_FILE} 缺失或不是有效的 JSON"]
    if not isinstance(record, dict):
        return {}, {}, [f"{label} 的 {RECORD_FILE} 应为一个会议记录对象"]
    problems = []
    try:
        embedded = records_from_pdf((folder / PDF_FILE).read_bytes())
    except OSError:
        problems.append(f"{label} 缺少 {PDF_FILE}")
    except PdfRecordError as error:
        problems.append(f"{label} 的 {PDF_FILE}：{error}")
    else:
        if embedded != [record]:
            problems.append(f"{label} 的 {PDF_FILE} 中嵌入的记录与 {RECORD_FILE} 不一致")
    carried = {}
    for reference in _file_references(record):
        name = reference["name"]
        if not isinstance(name, str) or ".." in PurePosixPath(name).parts:
            problems.append(f"{label} 的记录引用的文件名无效")
            continue
        relative = (folder / "files" / name).relative_to(root).as_posix()
        if relative not in manifest:
            problems.append(f"{label} 的记录引用的文件“{name}”不在移交包中")
        elif reference.get("sha256") and reference["sha256"] != manifest[relative]:
            problems.append(f"{label} 的文件“{name}”与记录中的 SHA-256 不符")
        elif not _acceptable_upload(root / relative):
            problems.append(f"{label} 的文件“{name}”不是 20 MB 以内的 PDF、JPEG 或 PNG")
        else:
            carried[name] = root / relative
    return record, carried, problems


def _acceptable_upload(path: Path) -> bool:
    """What the upload form would accept (by content, like validate_upload)."""
    with open(path, "rb") as handle:
        return path.stat().st_size <= MAX_UPLOAD_BYTES and upload_content_type(handle) is not None


def _file_references(record: dict) -> Iterator[dict]:
    """The {"name", "sha256"} of every file the record pins."""
    for document in record.get("documents") or []:
        if isinstance(document, dict) and isinstance(document.get("file"), dict):
            yield document["file"]
    for pledge in record.get("pledges") or []:
        if isinstance(pledge, dict) and isinstance(pledge.get("scan"), dict):
            yield pledge["scan"]


def bundle_import(bundle: Bundle, *, user=None, progress=None) -> list[Meeting]:
    """Restore a read bag: files into storage under the names the records give them, then the
    records (whose import checks each stored file against its SHA-256), all or nothing.

    A file already in storage with the same bytes is used as it is; one with other bytes is
    refused. Files this import saved are deleted again if it is refused, so a refused bag
    leaves neither rows nor files. `progress`: as `meeting_records_import`'s.
    """
    saved: list[str] = []
    try:
        with transaction.atomic():
            problems = []
            for carried in bundle.files:
                for name, source in carried.items():
                    problem = _store(name, source, saved)
                    if problem:
                        problems.append(problem)
            if problems:
                raise BundleError(problems)
            meetings = meeting_records_import(records=bundle.records, user=user, progress=progress)
            for meeting, review in zip(meetings, bundle.reviews, strict=True):
                if review is not None:
                    review_log_restore(meeting, review)
            return meetings
    except BaseException:
        for name in saved:
            default_storage.delete(name)
        raise


def _store(name: str, source: Path, saved: list[str]) -> str | None:
    if default_storage.exists(name):
        with open(source, "rb") as handle, default_storage.open(name, "rb") as stored:
            same = sha256_of(File(handle)) == sha256_of(stored)
        return None if same else f"存储中已有文件“{name}”，内容与移交包中的不同"
    with open(source, "rb") as handle:
        stored = default_storage.save(name, File(handle, name=PurePosixPath(name).name))
    saved.append(stored)
    return None if stored == name else f"无法按原名保存文件“{name}”"
