"""The report as an .xlsx workbook: one sheet per rule, the same numbers as compliance_records."""

from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from compliance.selectors import ComplianceReport, Status

HEADERS = [
    "上级党组织",
    "组织",
    "组织类别",
    "会议类别",
    "周期",
    "召开次数",
    "应召开次数",
    "未达法定人数次数",
    "到会人数不明次数",
    "待审核次数",
    "结果",
]
FILLS = {
    Status.MET: PatternFill("solid", fgColor="D9F2DC"),
    Status.MISSED: PatternFill("solid", fgColor="F8D7D5"),
    Status.NOT_DUE: PatternFill("solid", fgColor="EEEEEE"),
}
# Excel forbids these in sheet names.
SHEET_NAME_FORBIDDEN = str.maketrans({c: "_" for c in "[]:*?/\\"})


MEMBER_SHEET = "党员参加组织生活情况"
MEMBER_HEADERS = [
    "党支部",
    "党员",
    "应参加",
    "参加",
    "请假",
    "缺席",
    "未记录",
    "参加率",
    "请假原因",
]


def _member_sheet(workbook: Workbook, rows: list[dict]) -> None:
    sheet = workbook.create_sheet(MEMBER_SHEET)
    sheet.append(MEMBER_HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for row in rows:
        reasons = "；".join(
            f"{e['date']} {e['meeting']}" + (f"（{e['reason']}）" if e["reason"] else "")
            for e in row["excuses"]
        )
        sheet.append(
            [
                row["branch"],
                row["person"],
                row["held"],
                row["attended"],
                row["excused"],
                row["missed"],
                row["unrecorded"],
                row["rate"],
                reasons,
            ]
        )
        sheet.cell(sheet.max_row, 8).number_format = "0%"
    for column, width in zip("ABCDEFGHI", (30, 12, 8, 8, 8, 8, 8, 8, 60), strict=True):
        sheet.column_dimensions[column].width = width


def member_workbook(rows: list[dict]) -> bytes:
    """The member records alone (compliance_report --members --format xlsx)."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    _member_sheet(workbook, rows)
    return _saved(workbook)


def _saved(workbook: Workbook) -> bytes:
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def compliance_workbook(report: ComplianceReport, members: list[dict] | None = None) -> bytes:
    """One sheet per rule, and with `members` (member_rows) one sheet of member records."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for table in report.tables:
        sheet = workbook.create_sheet(str(table.rule).translate(SHEET_NAME_FORBIDDEN)[:31])
        sheet.append(HEADERS)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        row_number = 1
        for block in table.groups:
            group_name = block.group.name if block.group else ""
            for row in block.rows:
                for cell in row.cells:
                    if cell.status == Status.NO_RULE:
                        continue
                    sheet.append(
                        [
                            group_name,
                            row.org.name,
                            row.org.kind,
                            table.rule.meeting_kind,
                            cell.period.key,
                            cell.held,
                            cell.required,
                            cell.below_quorum,
                            cell.quorum_unknown,
                            cell.pending,
                            str(cell.status_label),
                        ]
                    )
                    row_number += 1
                    # Counted, not read from sheet.max_row, which scans every cell.
                    sheet.cell(row_number, len(HEADERS)).fill = FILLS[cell.status]
        widths = (24, 30, 10, 14, 10, 10, 12, 18, 18, 12, 8)
        for column, width in zip("ABCDEFGHIJK", widths, strict=True):
            sheet.column_dimensions[column].width = width
    if not workbook.sheetnames:
        workbook.create_sheet("无规定").append(HEADERS)
    if members is not None:
        _member_sheet(workbook, members)
    return _saved(workbook)
