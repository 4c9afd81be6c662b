import json
from functools import partial
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from report_import.parser import parse_report
from report_import.scoring import (
    SCORED,
    field_means,
    folder_cases,
    overall_mean,
    score_case,
    score_table,
)

from .parse_report import archive_names


class Command(BaseCommand):
    help = (
        "用解析器读取一个文件夹中的新闻稿（NAME.txt），与手工记录（NAME.json）逐字段比较并打分："
        "每篇一行，末行为各字段平均分与九个字段的总平均分。"
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="新闻稿与手工记录所在的文件夹")
        parser.add_argument("--drafts", help="把每篇的解析结果写入此文件夹（NAME.json），便于对照")
        parser.add_argument("--json", dest="json_path", help="把分数写入此 JSON 文件")
        parser.add_argument(
            "--with-archive",
            action="store_true",
            help="解析时使用档案库中已有的人员与单位名称（默认不用：盲测不依赖档案库）",
        )

    def handle(self, *args, folder, drafts, json_path, with_archive, **options):
        if not Path(folder).is_dir():
            raise CommandError(f"找不到文件夹：{folder}")
        cases = folder_cases(Path(folder))
        if not cases:
            raise CommandError(f"文件夹 {folder} 中没有成对的 NAME.txt 与 NAME.json")
        unrecorded = sorted({p.stem for p in Path(folder).glob("*.txt")} - {c.name for c in cases})
        if unrecorded:  # said, so a missing record never shrinks a set unseen
            self.stderr.write(
                f"{len(unrecorded)} 篇新闻稿没有手工记录，未计分：{'、'.join(unrecorded)}"
            )
        parse = parse_report
        if with_archive:
            people, orgs = archive_names()
            parse = partial(parse_report, known_people=people, known_orgs=orgs)
        reports = []
        for case in cases:
            try:
                reports.append(score_case(case, parse))
            except (ValueError, KeyError, TypeError) as error:
                raise CommandError(f"手工记录 {case.record} 无法读取：{error}") from None
        self.stdout.write(score_table(reports))
        for report in reports:
            if report.error:
                self.stderr.write(f"{report.name}：解析出错，按空记录计分（{report.error}）")
        if drafts:
            write_drafts(Path(drafts), reports)
        if json_path:
            Path(json_path).write_text(
                json.dumps(summary(reports), ensure_ascii=False, indent=2), encoding="utf-8"
            )


def write_drafts(folder: Path, reports) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for report in reports:
        (folder / f"{report.name}.json").write_text(
            json.dumps(report.draft, ensure_ascii=False, indent=2), encoding="utf-8"
        )


def summary(reports) -> dict:
    return {
        "count": len(reports),
        "fields": SCORED,
        "field_means": field_means(reports),
        "overall_mean": overall_mean(reports),
        "reports": {
            r.name: {"scores": r.scores, "error": r.error}
            for r in sorted(reports, key=lambda r: r.name)
        },
    }
