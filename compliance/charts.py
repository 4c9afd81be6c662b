"""The compliance report as two pictures: meetings per month by kind, and the share of
branches meeting each rule in the periods ending each month."""

from django.utils.translation import gettext as _

from common.charts import MONTH_LABELS, Chart, line_chart, monthly_count_chart
from compliance.selectors import ComplianceReport, Status


def meetings_per_month_chart(monthly_by_kind: dict[str, list[int]], *, chart_id: str) -> Chart:
    """`monthly_by_kind`: kind → 12 counts (January first)."""
    return monthly_count_chart(
        chart_id=chart_id,
        title=_("各月召开会议次数（按会议类别）"),
        series=list(monthly_by_kind.items()),
    )


def _share_by_month(table) -> list[float | None]:
    """Per month, the share (%) of branches that met the rule in the period ending that
    month; None where no period ends then or none was due."""
    shares: list[float | None] = [None] * 12
    # One column of cells per period (zip: ~40,000 cells for a whole-school year).
    columns = zip(*(row.cells for block in table.groups for row in block.rows), strict=True)
    for period, column in zip(table.periods, columns, strict=False):
        statuses = [cell.status for cell in column]
        met = statuses.count(Status.MET)
        judged = met + statuses.count(Status.MISSED)
        if judged:
            shares[period.end.month - 1] = round(100 * met / judged, 1)
    return shares


def report_charts(report: ComplianceReport) -> list[Chart]:
    """Both charts of a one-year report (no query: drawn from the report)."""
    share = line_chart(
        chart_id="chart-share",
        title=_("达标组织比例（按规定，标在各周期末月）"),
        categories=MONTH_LABELS,
        series=[(str(table.rule), _share_by_month(table)) for table in report.tables],
        unit="%",
        maximum=100,
    )
    return [meetings_per_month_chart(report.monthly_by_kind, chart_id="chart-month"), share]
