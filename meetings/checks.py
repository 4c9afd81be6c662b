from django.core.checks import Warning

from meetings import pdf


def check_cjk_font(app_configs=None, **kwargs) -> list[Warning]:
    """Without a CJK font every Chinese character of a PDF would be an empty box."""
    if pdf.cjk_font_families():
        return []
    return [
        Warning(
            "fontconfig (fc-list :lang=zh) finds no CJK font: PDF summaries cannot be rendered.",
            hint=f"Install the Debian package {pdf.CJK_FONT_PACKAGE}: "
            f"apt-get install {pdf.CJK_FONT_PACKAGE}",
            id="meetings.W001",
        )
    ]
