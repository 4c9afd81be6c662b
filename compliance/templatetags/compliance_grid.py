"""The grid's branch rows, rendered in Python: a whole-school year is ~12,000 cells, and the
template engine (variable lookups, number localisation, autoescaping) spends so long on each
that the page would miss its 300 ms budget several times over."""

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

from compliance.selectors import STATUS_LABELS, Status

register = template.Library()

SYMBOLS = {Status.MET: "✓", Status.MISSED: "✗", Status.NOT_DUE: "○", Status.NO_RULE: "—"}


@register.simple_tag(takes_context=True)
def grid_row(context, row) -> str:
    labels = context.render_context.get("compliance_labels")
    if labels is None:
        labels = {status: escape(str(label)) for status, label in STATUS_LABELS.items()}
        context.render_context["compliance_labels"] = labels
    html = [f'<tr><th scope="row" class="org">{escape(row.org.name)}</th>']
    for cell in row.cells:
        status = cell.status
        if status == Status.NO_RULE:
            html.append(f'<td class="s-no_rule" title="{labels[status]}">—</td>')
            continue
        flag = f" ⚠{cell.below_quorum}" if cell.below_quorum else ""
        # The URL holds only percent-encoded and ASCII characters: "&" is the one to escape.
        url = cell.meetings_url.replace("&", "&amp;")
        html.append(
            f'<td class="s-{status}"><a href="{url}" title="{labels[status]}：'
            f'{cell.held}/{cell.required}">{SYMBOLS[status]} {cell.held}{flag}</a></td>'
        )
    html.append(f'<td class="tally">{row.tally.met}/{row.tally.due}</td></tr>')
    return mark_safe("".join(html))  # noqa: S308 - every variable part is escaped or a number
