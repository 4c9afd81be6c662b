"""Writes of the report import: a parsed news report becomes a draft and a list of checks."""

from meetings.models import Meeting
from meetings.services import NameResolver, meeting_draft_create
from report_import.selectors import possible_duplicates


def inferred_year_point(trace: dict | None) -> str | None:
    """ "会议年份为推断…" when the report did not write the year with the date."""
    year = (trace or {}).get("year")
    if not year or not year.get("inferred"):
        return None
    return f"会议年份为推断（{year['reason']}），请核对"


def duplicate_point(meetings: list[Meeting]) -> str | None:
    if not meetings:
        return None
    names = "、".join(f"#{m.pk}《{m.title}》" for m in meetings)
    return f"档案中可能已有此会议：{names}（同一日期、同一单位、名称相近），请核对是否重复"


def report_attention_points(
    record: dict,
    resolver: NameResolver | None = None,
    *,
    trace: dict | None = None,
    duplicates: list[Meeting] = (),
) -> list[str]:
    """What a clerk should check in a draft made from a news report, in Chinese."""
    points = []
    labels = {"date": "会议日期", "venue": "地点", "host": "召开单位"}
    points += [f"未识别{label}" for key, label in labels.items() if not record.get(key)]
    points += [p for p in (inferred_year_point(trace), duplicate_point(list(duplicates))) if p]
    if not record.get("chairs"):
        points.append("未识别主持人")
    if not record.get("attendees") and not record.get("attendee_groups"):
        points.append("未识别参会人员")
    if not record.get("agenda"):
        points.append("未识别议程")
    if record.get("kind") == "其他":
        points.append("会议类别未能判断（其他）")
    if resolver is not None:
        if resolver.new_people:
            points.append("新增人员：" + "、".join(p.name for p in resolver.new_people.values()))
        if resolver.new_orgs:
            points.append("新增组织：" + "、".join(o.name for o in resolver.new_orgs.values()))
    return points


def report_draft_save(
    *, record: dict, trace: dict | None = None, user=None
) -> tuple[Meeting, list[str]]:
    """Save a parsed report as a draft and say what needs checking (possible duplicates among
    it: the meetings already in the archive with the same date, host and a similar title)."""
    duplicates = possible_duplicates(record)
    meeting, resolver = meeting_draft_create(record=record, user=user)
    return meeting, report_attention_points(record, resolver, trace=trace, duplicates=duplicates)
