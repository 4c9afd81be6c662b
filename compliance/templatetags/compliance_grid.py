"""The grid's branch rows, rendered in Python: a whole-school year is ~12,000 cells, and the
template engine (variable lookups, number localisation, autoescaping) spends so long on each
that the page would miss its 300 ms budget several times over."""

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from compliance.selectors import STATUS_LABELS, Status

register = template.Library()

SYMBOLS = {Status.MET: "✓", Status.MISSED: "✗", Status.NOT_DUE: "○", Status.NO_RULE: "—"}


@register.simple_tag(takes_context=True)
def grid_row(context, row) -> str:
    labels = context.render_context.get("compliance_labels")
    if labels is None:
        labels = {status: escape(str(label)) for status, label in STATUS_LABELS.items()}
        # Said in the title (read by screen readers and on hover) beside the symbols.
        labels["quorum"] = escape(_("，其中未达法定人数 %d 次、到会人数不明 %d 次（均不计入）"))
        labels["pending"] = escape(_("，另有 %d 次已报送待审核（不计入）"))
        context.render_context["compliance_labels"] = labels
    html = [f'<tr><th scope="row" class="org">{escape(row.org.name)}</th>']
    for cell in row.cells:
        status = cell.status
        if status == Status.NO_RULE:
            html.append(f'<td class="s-no_rule" title="{labels[status]}">—</td>')
            continue
        flag = ""
        if cell.below_quorum:
            flag += f' <span class="q-below">⚠{cell.below_quorum}</span>'
        if cell.quorum_unknown:
            flag += f' <span class="q-unknown">？{cell.quorum_unknown}</span>'
        counts = f"{cell.held}/{cell.required}"
        if flag:
            counts += labels["quorum"] % (cell.below_quorum, cell.quorum_unknown)
        if cell.pending:
            flag += f' <span class="q-pending">待{cell.pending}</span>'
            counts += labels["pending"] % cell.pending
        # The URL holds only percent-encoded and ASCII characters: "&" is the one to escape.
        url = cell.meetings_url.replace("&", "&amp;")
        html.append(
            f'<td class="s-{status}"><a href="{url}" title="{labels[status]}：'
            f'{counts}">{SYMBOLS[status]} {cell.held}{flag}</a></td>'
        )
    html.append(f'<td class="tally">{row.tally.met}/{row.tally.due}</td></tr>')
    return mark_safe("".join(html))  # noqa: S308 - every variable part is escaped or a number


@register.filter
def is_current(period, today) -> bool:
    return period.contains(today)
