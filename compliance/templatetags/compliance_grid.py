"""The grid's branch rows, rendered in Python: a whole-school year is ~18,000 cells, and the
template engine (variable lookups, number localisation, autoescaping) spends so long on each
that the page would miss its 300 ms budget several times over.

Cells are shared between branches (compliance.selectors.Cell), so each distinct cell's
markup after its link is built once per page, and a link is the row's part plus the period's.
"""

from html import escape as html_escape

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from compliance.selectors import STATUS_LABELS, Status, meetings_url_prefix, period_query

register = template.Library()

SYMBOLS = {Status.MET: "✓", Status.MISSED: "✗", Status.NOT_DUE: "○", Status.NO_RULE: "—"}


def _labels() -> dict[str, str]:
    labels = {status: escape(str(label)) for status, label in STATUS_LABELS.items()}
    # Said in the title (read by screen readers and on hover) beside the symbols.
    labels["quorum"] = escape(_("，其中未达法定人数 %d 次、到会人数不明 %d 次（均不计入）"))
    labels["pending"] = escape(_("，另有 %d 次已报送待审核（不计入）"))
    labels["no_group"] = escape(_("未归属上级党组织"))
    labels["group_summary"] = escape(_("%(counter)s 个组织，%(missed)s 个有未达标周期"))
    return labels


def _cell_tail(cell, labels) -> str:
    """A judged cell's markup after its link's address."""
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
    status = cell.status
    return f'" title="{labels[status]}：{counts}">{SYMBOLS[status]} {cell.held}{flag}</a></td>'


def _cell_parts(cell, memo: dict) -> tuple[str, str, str]:
    """(opening up to the address, the period's part of the address, the rest)."""
    parts = memo.get(id(cell))
    if parts is None:
        labels = memo["labels"]
        if cell.status == Status.NO_RULE:
            parts = (f'<td class="s-no_rule" title="{labels[Status.NO_RULE]}">—</td>', "", "")
        else:
            # The address holds only percent-encoded and ASCII characters: "&" is the one
            # to escape.
            period = period_query(cell.period).replace("&", "&amp;")
            parts = (f'<td class="s-{cell.status}"><a href="', period, _cell_tail(cell, labels))
        memo[id(cell)] = parts
    return parts


def _group_header(block, columns: int, labels: dict) -> str:
    name = escape(block.group.name) if block.group else labels["no_group"]
    summary = labels["group_summary"] % {
        "counter": len(block.rows),
        "missed": block.branches_missed,
    }
    return (
        f'<tr class="group"><th scope="rowgroup" colspan="{columns}">{name} '
        f'<span class="group-summary">{summary}</span></th>'
        f'<td class="tally">{block.tally.met}/{block.tally.due}</td></tr>'
    )


@register.simple_tag(takes_context=True)
def grid_body(context, table) -> str:
    """A rule table's groups, each a <tbody> of its heading row and its branches' rows: one
    tag call per table, since the template engine's cost per group and per nested level of
    a 4 MB page was larger than the rows' own."""
    # Keyed by id(): the cells live as long as the report the page renders.
    memo = context.render_context.get("compliance_cells")
    if memo is None:
        memo = context.render_context["compliance_cells"] = {"labels": _labels()}
    labels = memo["labels"]
    # A unit's row heading, once per page (a unit has a row in up to six tables).
    headings = memo.setdefault("headings", {})
    parts_of = memo.get
    meeting_kind = table.rule.meeting_kind
    columns = len(table.periods) + 1
    html = []
    for block in table.groups:
        html.append(f"<tbody>{_group_header(block, columns, labels)}")
        for row in block.rows:
            org = row.org
            prefix = meetings_url_prefix(org_id=org.pk, meeting_kind=meeting_kind)
            prefix = prefix.replace("&", "&amp;")
            heading = headings.get(org.pk)
            if heading is None:
                # The standard library's escape is Django's without its lazy-string wrapper.
                heading = headings[org.pk] = (
                    f'<tr><th scope="row" class="org">{html_escape(org.name)}</th>'
                )
            html.append(heading)
            for cell in row.cells:
                opening, period, rest = parts_of(id(cell)) or _cell_parts(cell, memo)
                html.append(f"{opening}{prefix}{period}{rest}" if period else opening)
            html.append(f'<td class="tally">{row.tally.met}/{row.tally.due}</td></tr>')
        html.append("</tbody>")
    return mark_safe("".join(html))  # noqa: S308 - every variable part is escaped or a number


@register.filter
def is_current(period, today) -> bool:
    return period.contains(today)
