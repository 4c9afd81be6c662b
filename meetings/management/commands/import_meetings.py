import sys
from contextlib import contextmanager
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from meetings.bundle import BundleError, bundle_import, bundle_read
from meetings.pdfa import PdfRecordError, records_from_pdf
from meetings.record_file import RecordFileRejected, records_from_json
from meetings.services import RecordsRejected, meeting_records_import


class Command(BaseCommand):
    help = (
        "导入 meeting-record/1 JSON 文件（单个对象或列表）、本系统生成的 PDF/A（读取其中嵌入的记录）"
        "或 BagIt 移交包目录（校验每个文件的 SHA-256 后连同文件一起恢复）；"
        "任何一处有误则什么也不导入。"
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="JSON 文件、PDF 文件或移交包目录；- 表示标准输入")
        parser.add_argument("--status", choices=["draft", "published"], help="覆盖记录中的状态")

    def handle(self, *args, file, status, **options):
        if Path(file).is_dir():
            self._bundle(Path(file))
            return
        records = load_records(file, stdin=self.stdin if hasattr(self, "stdin") else None)
        total = len(records) if isinstance(records, list) else 1
        try:
            with self._bar(total) as progress:
                meetings = meeting_records_import(records=records, status=status, progress=progress)
        except RecordsRejected as rejected:
            self._rejected(rejected)
        self.stdout.write(self.style.SUCCESS(f"已导入 {len(meetings)} 条会议记录。"))

    def _bundle(self, path: Path) -> None:
        try:
            bundle = bundle_read(path)
            with self._bar(len(bundle.records)) as progress:
                meetings = bundle_import(bundle, progress=progress)
        except BundleError as error:
            for problem in error.problems:
                self.stderr.write(problem)
            raise CommandError(
                f"移交包有 {len(error.problems)} 处问题，未导入任何记录或文件 (nothing imported)."
            ) from None
        except RecordsRejected as rejected:
            self._rejected(rejected)
        files = sum(len(carried) for carried in bundle.files)
        self.stdout.write(
            self.style.SUCCESS(f"已从移交包恢复 {len(meetings)} 条会议记录、{files} 个文件。")
        )

    @contextmanager
    def _bar(self, total: int):
        """A progress bar the import advances as each batch of records is written, shown from
        the first (a file refused before prints only its problems)."""
        bars: list[tqdm] = []

        def update(count: int) -> None:
            if not bars:
                bars.append(tqdm(total=total, desc="导入", unit="条", file=self.stderr))
            bars[0].update(count)

        try:
            yield update
        finally:
            for bar in bars:
                bar.close()

    def _rejected(self, rejected: RecordsRejected):
        for error in rejected.errors:
            self.stderr.write(str(error))
        raise CommandError(
            f"文件有 {len(rejected.errors)} 处错误，未导入任何记录 (nothing imported)."
        ) from None


def load_records(file: str, *, stdin=None):
    """Records from a JSON file, or from the record embedded in one of our PDF/A files."""
    path = Path(file)
    if file != "-" and (path.suffix.lower() == ".pdf" or _starts_with_pdf(path)):
        try:
            return records_from_pdf(path.read_bytes())
        except PdfRecordError as error:
            raise CommandError(f"{file}：{error}") from None
    return load_json_file(file, stdin=stdin)


def _starts_with_pdf(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(5) == b"%PDF-"
    except OSError:
        return False


def load_json_file(file: str, *, stdin=None):
    try:
        if file == "-":
            stdin = stdin or sys.stdin
            data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read()
        else:
            data = Path(file).read_bytes()
    except FileNotFoundError:
        raise CommandError(f"找不到文件：{file} (file not found)") from None
    except OSError as error:
        raise CommandError(f"无法读取文件 {file}：{error.strerror} (unreadable)") from None
    try:
        return records_from_json(data)
    except RecordFileRejected as rejected:
        raise CommandError("\n".join(rejected.problems)) from None
