"""The side-by-side review of a parsed news report: each extracted value beside its origin."""

from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from common.text import fold
from meetings.services import record_new_names

FIELD_LABELS = {
    "title": "会议名称",
    "kind": "会议类别",
    "date": "会议日期",
    "time": "时间",
    "venue": "地点",
    "host": "召开单位",
    "chairs": "主持人",
    "recorder": "记录人",
    "expected": "应到人数",
    "present": "实到人数",
    "attendees": "参会人员",
    "attendee_groups": "参会群体",
    "agenda": "议程",
    "documents": "文件",
    "pledges": "责任书",
    "decisions": "决议",
}


@dataclass
class ReviewValue:
    text: str
    anchor: str | None = None  # id of the highlighted span in the source text
    is_new: bool = False  # a person or organisation the archive does not have yet
    note: str = ""  # what the clerk must check about this value (an inferred year)


@dataclass
class ReviewRow:
    label: str
    values: list[ReviewValue] = field(default_factory=list)


def _describe(key: str, value) -> str:
    if isinstance(value, dict):
        if key == "attendees":
            titles = "、".join(value.get("titles") or [])
            reason = f"，{value['reason']}" if value.get("reason") else ""
            return (
                f"{value['name']}"
                + (f"（{titles}）" if titles else "")
                + f" · {value.get('role')}{reason}"
            )
        if key == "agenda":
            who = value.get("speaker") or value.get("org") or "—"
            title = f" · {value['title']}" if value.get("title") else ""
            return f"{value.get('kind')} · {who}{title}"
        if key == "pledges":
            return f"{value.get('year')}年度《{value.get('title')}》"
        if key == "attendee_groups":
            return f"{value.get('name')} · {value.get('role')}"
    return "" if value is None else str(value)


def _is_new(key: str, value, new_keys: set[str]) -> bool:
    if key in {"chairs", "recorder", "host"} and isinstance(value, str):
        return fold(value) in new_keys
    if key == "attendees":
        return fold(value["name"]) in new_keys
    if key == "agenda":
        return fold(value.get("speaker") or value.get("org") or "") in new_keys
    return False


def _year_note(trace: dict) -> str:
    year = trace.get("year") or {}
    return f"年份为推断：{year['reason']}" if year.get("inferred") else ""


def report_review(record: dict, trace: dict) -> tuple[list[ReviewRow], SafeString]:
    """Rows of extracted values and the cleaned text with each value's origin marked."""
    spans = []  # (start, end, anchor)
    rows = []
    new_keys = record_new_names(record)
    for key, label in FIELD_LABELS.items():
        value = record.get(key)
        if value in (None, "", []):
            continue
        values = value if isinstance(value, list) else [value]
        entries = trace["fields"].get(key, [])
        row = ReviewRow(label=label)
        for index, item in enumerate(values):
            anchor = None
            if index < len(entries) and entries[index]["end"] > entries[index]["start"]:
                anchor = f"src-{key}-{index}"
                spans.append((entries[index]["start"], entries[index]["end"], anchor))
            note = _year_note(trace) if key == "date" else ""
            row.values.append(
                ReviewValue(_describe(key, item), anchor, _is_new(key, item, new_keys), note)
            )
        rows.append(row)
    return rows, _mark_spans(trace["text"], spans)


def _mark_spans(text: str, spans: list[tuple[int, int, str]]) -> SafeString:
    parts, position = [], 0
    for start, end, anchor in sorted(spans):
        if start < position:  # overlapping origins: the first one keeps the highlight
            continue
        parts.append(escape(text[position:start]))
        parts.append(f'<mark id="{anchor}">{escape(text[start:end])}</mark>')
        position = end
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text was escaped above
