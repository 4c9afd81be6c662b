"""档号 (file number) and 保管期限 (retention), given once when a meeting is filed.

A meeting is filed when it is published or archived (meetings.services). The 档号 follows
settings.ARCHIVE_FILE_NUMBER_PATTERN in the spirit of DA/T 13 (全宗号-年度-保管期限代码-
机构代码-件号); 件号 count per 全宗-年度-期限-机构 group in FileNumberCounter and never go
back, so a number is never reused. docs/archiving.md gives the reasons for the defaults.
"""

from django.conf import settings

from meetings.models import FileNumberCounter, Meeting, MeetingKind, Retention
from orgs.models import OrganisationKind

# 保管期限 by meeting kind, after DA/T 22-2015 and 国家档案局令第8号 (机关文件材料归档范围
# 和文书档案保管期限规定): records of the bodies that decide (全委会, 常委会) and of the
# institution's main annual meetings are kept permanently; branch records (三会一课) 30 years;
# routine activities 10 years.
RETENTION_BY_KIND = {
    MeetingKind.PARTY_BUILDING: Retention.PERMANENT,
    MeetingKind.COMMITTEE_PLENARY: Retention.PERMANENT,
    MeetingKind.STANDING_COMMITTEE: Retention.PERMANENT,
    MeetingKind.DISCIPLINE: Retention.PERMANENT,
    MeetingKind.DEMOCRATIC_LIFE: Retention.PERMANENT,
    MeetingKind.DUTY_REVIEW: Retention.THIRTY_YEARS,
    MeetingKind.ORGANISATION_WORK: Retention.THIRTY_YEARS,
    MeetingKind.THEORY_STUDY: Retention.THIRTY_YEARS,
    MeetingKind.BRANCH_MEMBERS: Retention.THIRTY_YEARS,
    MeetingKind.BRANCH_COMMITTEE: Retention.THIRTY_YEARS,
    MeetingKind.GROUP_MEETING: Retention.THIRTY_YEARS,
    MeetingKind.PARTY_LECTURE: Retention.THIRTY_YEARS,
    MeetingKind.ORGANISATIONAL_LIFE: Retention.THIRTY_YEARS,
    MeetingKind.THEME_DAY: Retention.TEN_YEARS,
    MeetingKind.OTHER: Retention.TEN_YEARS,
}

# DA/T 13 保管期限代码: Y 永久, D30 定期30年, D10 定期10年.
RETENTION_CODES = {
    Retention.PERMANENT: "Y",
    Retention.THIRTY_YEARS: "D30",
    Retention.TEN_YEARS: "D10",
}

# 机构（问题）代码 by the convening organisation's kind.
ORGANISATION_CODES = {
    OrganisationKind.PARTY_COMMITTEE: "DW",
    OrganisationKind.GENERAL_BRANCH: "DZZ",
    OrganisationKind.BRANCH: "DZB",
    OrganisationKind.GROUP: "DXZ",
    OrganisationKind.ADMINISTRATIVE: "XZ",
    OrganisationKind.OTHER: "QT",
}


def default_retention(kind: str) -> str:
    return RETENTION_BY_KIND.get(kind, Retention.TEN_YEARS)


def meeting_file(meeting: Meeting) -> list[str]:
    """Give the meeting its 保管期限 (if blank) and 档号 (if none); returns the fields set.

    Call inside the transaction that saves the meeting; the counter row is locked so
    two clerks filing at once never draw the same 件号.
    """
    changed = []
    if not meeting.retention:
        meeting.retention = default_retention(meeting.kind)
        changed.append("retention")
    if not meeting.file_number:
        meeting.file_number = _next_file_number(meeting)
        changed.append("file_number")
    return changed


def _next_file_number(meeting: Meeting) -> str:
    parts = {
        "fonds": settings.ARCHIVE_FONDS_CODE,
        "year": meeting.date.year,
        "retention": RETENTION_CODES[meeting.retention],
        "org": ORGANISATION_CODES.get(meeting.host.kind if meeting.host_id else "", "QT"),
    }
    group = "-".join(str(value) for value in parts.values())
    FileNumberCounter.objects.get_or_create(group=group)
    counter = FileNumberCounter.objects.select_for_update().get(group=group)
    while True:
        counter.last += 1
        number = settings.ARCHIVE_FILE_NUMBER_PATTERN.format(**parts, number=counter.last)
        # A number brought in by an import may already hold this 件号: skip past it.
        if not Meeting.objects.filter(file_number=number).exists():
            break
    counter.save(update_fields=["last"])
    return number
