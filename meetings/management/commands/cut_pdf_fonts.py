from django.core.management.base import BaseCommand

from meetings.pdf_fonts import CUT_FONTS, cut_font


class Command(BaseCommand):
    help = "把 PDF 所用的中文字体裁剪为 GB 2312 字符集（写入 var/fonts，已有的跳过），使每份 PDF 生成更快。"
    # Run by `make setup` before any database exists.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="已有的字体文件也重新生成")

    def handle(self, *args, force, **options):
        for font in CUT_FONTS:
            if font.path.exists() and not force:
                continue
            if cut_font(font) is None:
                self.stderr.write(
                    f"未安装字体 {font.source}，跳过 {font.file_name}（PDF 仍用系统字体）。"
                )
            else:
                self.stdout.write(f"已生成 {font.path}")
