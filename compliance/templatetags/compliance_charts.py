"""The share-of-branches chart on an organisation's page (templates/orgs/detail.html).

A template tag because meetings, which renders that page, knows nothing of compliance.
"""

import datetime

from django import template

from compliance.charts import report_charts
from compliance.selectors import compliance_report

register = template.Library()


@register.inclusion_tag("_chart.html")
def compliance_share_chart(organisation, year: int) -> dict:
    """3 queries (compliance_report); the template shows it to readers only."""
    report = compliance_report(
        start=datetime.date(year, 1, 1), end=datetime.date(year, 12, 31), organisation=organisation
    )
    _month, share = report_charts(report)
    return {"chart": share}
