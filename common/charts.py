"""Charts drawn on the server as inline SVG: no script, no CDN, the same picture in the page,
in print and in the PDF (WeasyPrint draws inline SVG). Each chart keeps its numbers, so the
page shows them as a table beside the picture (templates/_chart.html) for screen readers.

Series differ by colour and, for print in black and white, by dash pattern (lines) or by
their place in the stack and the legend (bars).
"""

import math
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

PALETTE = ["#1f5fa8", "#c8553d", "#2a9d8f", "#d4a017", "#6d597a", "#5b8c3a", "#264653", "#e76f51"]
DASHES = ["", "6 3", "2 3", "8 3 2 3", "12 4", "1 2", "4 4", "10 2 2 2"]
WIDTH, PLOT_HEIGHT = 480, 200
LEFT, RIGHT, TOP, AXIS = 40, 8, 12, 22
LEGEND_COLUMNS, LEGEND_ROW = 3, 18
FONT = 'font-family="Noto Sans CJK SC, Noto Sans SC, sans-serif" font-size="12"'


@dataclass(frozen=True)
class Chart:
    """A picture with its numbers: `series` is [(label, one value per category or None)]."""

    chart_id: str
    title: str
    categories: list[str]
    series: list[tuple[str, list[float | None]]]
    unit: str
    svg: SafeString

    @property
    def rows(self) -> list[tuple[str, list[str]]]:
        """The numbers as the table beside the picture shows them ("—" where none)."""
        return [
            (label, ["—" if v is None else f"{v:g}" for v in values])
            for label, values in self.series
        ]


def _nice_maximum(value: float) -> float:
    """The axis top for counts: 4, 8 or 20 times a power of ten, at least `value`, so each
    of the four gridlines marks a whole number (a top of 1 marked 0.25 次)."""
    power = 1
    while True:
        for step in (4, 8, 20):
            if step * power >= value:
                return step * power
        power *= 10


def _frame(chart_id, title, categories, series, maximum, unit, *, dashed: bool) -> list[str]:
    """The SVG's opening, title, grid, axis labels and legend (dashed like the lines, or
    solid like the bars); the caller adds the data."""
    height = TOP + PLOT_HEIGHT + AXIS + LEGEND_ROW * math.ceil(len(series) / LEGEND_COLUMNS) + 4
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'class="chart" role="img" aria-labelledby="{chart_id}-title" {FONT}>',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
    ]
    for tick in range(5):
        value = maximum * tick / 4
        y = TOP + PLOT_HEIGHT * (1 - tick / 4)
        parts.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" '
            f'stroke="#ccc" stroke-width="{1 if tick else 1.5}"/>'
            f'<text x="{LEFT - 4}" y="{y + 4:.1f}" text-anchor="end" fill="#333">'
            f"{value:g}{escape(unit) if tick == 4 else ''}</text>"
        )
    step = (WIDTH - LEFT - RIGHT) / max(len(categories), 1)
    for index, label in enumerate(categories):
        x = LEFT + step * (index + 0.5)
        parts.append(
            f'<text x="{x:.1f}" y="{TOP + PLOT_HEIGHT + 16}" text-anchor="middle" '
            f'fill="#333">{escape(label)}</text>'
        )
    column_width = (WIDTH - LEFT) / LEGEND_COLUMNS
    for index, (label, _values) in enumerate(series):
        row, column = divmod(index, LEGEND_COLUMNS)
        x = LEFT + column * column_width
        y = TOP + PLOT_HEIGHT + AXIS + row * LEGEND_ROW + 8
        parts.append(
            f'<line x1="{x:.1f}" x2="{x + 18:.1f}" y1="{y:.1f}" y2="{y:.1f}" '
            f'stroke="{PALETTE[index % len(PALETTE)]}" stroke-width="6" '
            f'stroke-dasharray="{DASHES[index % len(DASHES)] if dashed else ""}"/>'
            f'<text x="{x + 22:.1f}" y="{y + 4:.1f}" fill="#222">{escape(label)}</text>'
        )
    return parts


def stacked_bar_chart(
    *, chart_id: str, title: str, categories: list[str], series, unit: str
) -> Chart:
    """One bar per category, each series stacked on the ones before it."""
    totals = [sum(values[i] or 0 for _, values in series) for i in range(len(categories))]
    maximum = _nice_maximum(max(totals, default=0))
    parts = _frame(chart_id, title, categories, series, maximum, unit, dashed=False)
    step = (WIDTH - LEFT - RIGHT) / max(len(categories), 1)
    for index in range(len(categories)):
        base = 0.0
        x = LEFT + step * index + step * 0.15
        for number, (label, values) in enumerate(series):
            value = values[index] or 0
            if not value:
                continue
            top = base + value
            y = TOP + PLOT_HEIGHT * (1 - top / maximum)
            bar_height = PLOT_HEIGHT * value / maximum
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{step * 0.7:.1f}" '
                f'height="{bar_height:.1f}" fill="{PALETTE[number % len(PALETTE)]}">'
                f"<title>{escape(label)} {escape(categories[index])}：{value:g}</title></rect>"
            )
            base = top
    parts.append("</svg>")
    svg = mark_safe("".join(parts))  # noqa: S308 - every text part is escaped or a number
    return Chart(chart_id, title, categories, series, unit, svg)


def line_chart(
    *, chart_id: str, title: str, categories: list[str], series, unit: str, maximum: float
) -> Chart:
    """One line per series; a None value breaks the line (nothing to judge there)."""
    parts = _frame(chart_id, title, categories, series, maximum, unit, dashed=True)
    step = (WIDTH - LEFT - RIGHT) / max(len(categories), 1)
    for number, (label, values) in enumerate(series):
        colour = PALETTE[number % len(PALETTE)]
        points = [
            (LEFT + step * (i + 0.5), TOP + PLOT_HEIGHT * (1 - v / maximum), v, i)
            for i, v in enumerate(values)
            if v is not None
        ]
        segments: list[list[tuple]] = []
        for point in points:
            if segments and segments[-1][-1][3] == point[3] - 1:
                segments[-1].append(point)
            else:
                segments.append([point])
        for segment in segments:
            coordinates = " ".join(f"{x:.1f},{y:.1f}" for x, y, _v, _i in segment)
            parts.append(
                f'<polyline points="{coordinates}" fill="none" stroke="{colour}" '
                f'stroke-width="2" stroke-dasharray="{DASHES[number % len(DASHES)]}"/>'
            )
        for x, y, value, index in points:
            parts.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{colour}"><title>'
                f"{escape(label)} {escape(categories[index])}：{value:g}{escape(unit)}"
                "</title></circle>"
            )
    parts.append("</svg>")
    svg = mark_safe("".join(parts))  # noqa: S308 - every text part is escaped or a number
    return Chart(chart_id, title, categories, series, unit, svg)


MONTH_LABELS = [f"{month}月" for month in range(1, 13)]


def monthly_count_chart(*, chart_id: str, title: str, series) -> Chart:
    """Counts per month of one year (12 values a series, January first), stacked."""
    return stacked_bar_chart(
        chart_id=chart_id, title=title, categories=MONTH_LABELS, series=series, unit=_("次")
    )
