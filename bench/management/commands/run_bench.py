from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from bench.measure import Bench, loadtest_paths, machine_info, search_index_rebuild
from bench.report import results_table, results_write, sizes_table
from common.startup import freeze_startup_objects


class Command(BaseCommand):
    help = "测量检索、列表、详情、PDF、合规和导入的耗时，并与基线对比（写入 var/bench.json）。"

    def add_arguments(self, parser):
        parser.add_argument("--repeats", type=int, default=7, help="每项测量次数（取中位数）")
        parser.add_argument("--warmup", type=int, default=2, help="测量前的预热次数")
        parser.add_argument("--import-count", type=int, default=1000, help="导入测量的记录数")
        parser.add_argument(
            "--bundle-count", type=int, default=1000, help="移交包测量的会议数（0 表示不测）"
        )
        parser.add_argument(
            "--baseline-timeout", type=float, default=30.0, help="单次基线查询的时限（秒）"
        )
        parser.add_argument(
            "--rebuild-search-index",
            action="store_true",
            help="先运行 rebuild_search_index（如该命令存在）",
        )
        parser.add_argument("--output", default=str(Path(settings.VAR_DIR) / "bench.json"))
        parser.add_argument(
            "--write-loadtest-paths", metavar="FILE", help="只写出压力测试的 URL 列表后退出"
        )
        parser.add_argument(
            "--scale", action="store_true", help="只测随规模增长的项（检索、列表、详情、合规）"
        )
        parser.add_argument(
            "--sizes-table", nargs="+", metavar="FILE", help="合并各规模的结果文件为一张表后退出"
        )

    def handle(self, *args, **options):
        if options["write_loadtest_paths"]:
            paths = loadtest_paths()
            Path(options["write_loadtest_paths"]).write_text("\n".join(paths) + "\n")
            self.stdout.write(f"已写出 {len(paths)} 个 URL。")
            return
        if options["sizes_table"]:
            self.stdout.write(sizes_table([Path(p) for p in options["sizes_table"]]))
            return
        log = self.stderr.write
        results = []
        if options["rebuild_search_index"]:
            results.append(search_index_rebuild())
        # Measured as a deployed worker runs (config/warmup.py); the pages' warm-up requests
        # do the rest of its warm-up.
        freeze_startup_objects()
        bench = Bench(
            repeats=options["repeats"],
            warmup=options["warmup"],
            baseline_timeout=options["baseline_timeout"],
            log=log,
        )
        measured = (
            bench.scale_run()
            if options["scale"]
            else bench.run(
                import_count=options["import_count"], bundle_count=options["bundle_count"]
            )
        )
        results = measured + results
        output = Path(options["output"])
        results_write(output, results, machine=machine_info(), when=timezone.now())
        self.stdout.write(results_table(results))
        self.stdout.write(f"\n结果已写入 {output}")
