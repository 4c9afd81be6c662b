"""Job type of report import: a .zip of news reports becomes one draft per report."""

import zipfile
from pathlib import PurePosixPath

from django import forms
from django.core.files.storage import default_storage
from django.db import transaction

from jobs.registry import JobError, Outcome, register
from meetings.selectors import archive_vocabulary
from meetings.services import RecordsRejected
from report_import.parser import ReportUnreadable, parse_report
from report_import.services import report_draft_save

MAX_ZIP_BYTES = 50 * 1024 * 1024
MAX_REPORTS = 2000
MAX_REPORT_BYTES = 2 * 1024 * 1024


class ReportZipForm(forms.Form):
    archive = forms.FileField(label="新闻稿压缩包（.zip，内含 UTF-8 编码的 .txt 文件）")

    def clean_archive(self):
        upload = self.cleaned_data["archive"]
        if upload.size > MAX_ZIP_BYTES:
            raise forms.ValidationError("压缩包不能超过 50 MB。")
        if not zipfile.is_zipfile(upload):
            raise forms.ValidationError("不是有效的 .zip 压缩包。")
        upload.seek(0)
        with zipfile.ZipFile(upload) as archive:
            names = _report_names(archive)
        if not names:
            raise forms.ValidationError("压缩包中没有 .txt 文件。")
        if len(names) > MAX_REPORTS:
            raise forms.ValidationError(f"一次最多导入 {MAX_REPORTS} 篇新闻稿。")
        upload.seek(0)
        return upload

    def params(self) -> dict:
        # The worker may run on another machine: the upload goes to the shared storage.
        path = default_storage.save("jobs/uploads/reports.zip", self.cleaned_data["archive"])
        return {"archive": path, "name": self.cleaned_data["archive"].name}


def _report_names(archive: zipfile.ZipFile) -> list[str]:
    return sorted(
        info.filename
        for info in archive.infolist()
        if not info.is_dir()
        and info.filename.lower().endswith(".txt")
        and not PurePosixPath(info.filename).name.startswith(".")
    )


def _read(archive: zipfile.ZipFile, name: str) -> str:
    info = archive.getinfo(name)
    if info.file_size > MAX_REPORT_BYTES:
        raise JobError(f"{name}：文件过大（超过 2 MB）。")
    try:
        return archive.read(name).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise JobError(f"{name}：不是 UTF-8 文本。") from None


@register(
    "report_zip",
    label="从新闻稿压缩包导入草稿",
    form=ReportZipForm,
    permission="meetings.add_meeting",
    result_template="admin/jobs/job/result_report_zip.html",
)
def import_report_zip(*, params: dict, progress, user) -> Outcome:
    """Parse every report first, then save every draft in one transaction: all or nothing."""
    with (
        default_storage.open(params["archive"], "rb") as handle,
        zipfile.ZipFile(handle) as archive,
    ):
        names = _report_names(archive)
        people, orgs = archive_vocabulary()
        records = []
        for done, name in enumerate(names, 1):
            try:
                record = parse_report(_read(archive, name), known_people=people, known_orgs=orgs)
            except ReportUnreadable:
                raise JobError(f"{name}：解析器未能读取（错误已记录），未导入任何草稿。") from None
            records.append((name, record))
            progress(done, len(names) * 2)
    drafts = []
    with transaction.atomic():
        for done, (name, record) in enumerate(records, len(names) + 1):
            try:
                meeting, attention = report_draft_save(record=record, user=user)
            except RecordsRejected as rejected:
                problems = "；".join(f"{e.field} {e.message}" for e in rejected.errors)
                raise JobError(f"{name}：无法保存（{problems}），未导入任何草稿。") from None
            drafts.append(
                {"file": name, "id": meeting.pk, "title": meeting.title, "check": attention}
            )
            progress(done, len(names) * 2)
    default_storage.delete(params["archive"])
    return Outcome(result={"drafts": drafts})
