"""What the meeting page's entry helpers (static/meetings/meeting_entry.js) ask the server.

A clerk pastes the names of the minutes (`郑强、孙宏斌` or one per line, with or without
titles) or the agenda (`讲话 郑强`, `报告 刘润祥：题目`); the page turns them into rows.
Names are matched after Traditional/Simplified folding; new and ambiguous ones come back
marked for the clerk to resolve. Titles are those held on the meeting's date.
"""

import datetime
import re
from difflib import SequenceMatcher

from django.http import JsonResponse
from django.utils.dateparse import parse_date

from common.text import fold
from meetings.models import TITLE_SEPARATOR, AgendaKind, Meeting
from meetings.selectors import (
    meetings_on_day_of_host,
    organisations_by_name_key,
    people_by_name_key,
    position_titles_on,
)

MAX_ENTRIES = 500
MAX_TEXT = 20_000
OPENING, CLOSING = "（(", "）)"
SEPARATORS = "、，,;；\n"
BRACKETED = re.compile(r"(.+?)\s*[（(](.*)[)）]")
TITLE_PARTS = re.compile(r"[、\s]+")
AGENDA_WHO_TITLE = re.compile(r"[：:]")
# Longest first: 书面交流 must not be read as 书面 + 交流.
AGENDA_KINDS = sorted(AgendaKind.values, key=len, reverse=True)


def split_entries(text: str) -> list[str]:
    """Split at 、，; and line ends, but not inside brackets (`副校长(主持行政工作)`)."""
    entries, current, depth = [], [], 0
    for char in text[:MAX_TEXT]:
        depth += (char in OPENING) - (char in CLOSING)
        if char in SEPARATORS and depth <= 0:
            entries.append("".join(current).strip())
            current, depth = [], 0
        else:
            current.append(char)
    entries.append("".join(current).strip())
    return [entry for entry in entries if entry][:MAX_ENTRIES]


def _readings(entry: str) -> list[tuple[str, list[str]]]:
    """The ways to read one entry as (name, titles), the likeliest without archive first."""
    bracketed = BRACKETED.fullmatch(entry)
    if bracketed:
        return [(bracketed[1], _titles(bracketed[2]))]
    tokens = entry.split()
    if len(tokens) > 1:
        by_length = sorted(tokens, key=len)
        return [(token, [t for t in tokens if t != token]) for token in by_length]
    # `校党委书记郑强`: a title written straight before the name.
    return [(entry, [])] + [(entry[-n:], [entry[:-n]]) for n in (4, 3, 2) if len(entry) > n]


def _titles(text: str) -> list[str]:
    return [part for part in TITLE_PARTS.split(text) if part]


def _person_entry(readings, people, titles_on) -> dict:
    name, titles = next(((n, t) for n, t in readings if fold(n) in people), readings[0])
    found = people.get(fold(name), [])
    result = {"name": name, "status": "new", "person": None, "candidates": []}
    if len(found) == 1:
        result.update(status="found", person={"id": found[0].pk, "label": str(found[0])})
        titles = titles or titles_on.get(found[0].pk, [])
    elif found:
        result.update(status="ambiguous", candidates=[str(p) for p in found])
    result["titles"] = TITLE_SEPARATOR.join(titles)
    return result


def name_rows(*, names: str, agenda: str, date: datetime.date | None) -> dict:
    """Attendance rows for the pasted names and agenda rows for the pasted agenda.

    At most three queries whatever the length: people, units, and the positions on the day.
    """
    name_readings = [_readings(entry) for entry in split_entries(names)]
    agenda_lines = [_split_agenda(line) for line in agenda[:MAX_TEXT].splitlines() if line.strip()]
    agenda_lines = agenda_lines[:MAX_ENTRIES]
    agenda_readings = [_readings(who) if who else [("", [])] for _, who, _ in agenda_lines]
    keys = {fold(n) for readings in name_readings + agenda_readings for n, _ in readings}
    people = people_by_name_key(keys - {""})
    units = organisations_by_name_key({fold(who) for _, who, _ in agenda_lines} - {""})
    single = [same[0].pk for same in people.values() if len(same) == 1]
    titles_on = position_titles_on(person_ids=single, date=date) if date and single else {}
    return {
        "names": [_person_entry(r, people, titles_on) for r in name_readings],
        "agenda": [
            _agenda_entry(line, readings, people, units, titles_on)
            for line, readings in zip(agenda_lines, agenda_readings, strict=True)
        ],
    }


def _split_agenda(line: str) -> tuple[str, str, str]:
    line = line.strip()
    kind = next((k for k in AGENDA_KINDS if line.startswith(k)), "")
    rest = line[len(kind) :].strip()
    who, _, title = rest.partition("：") if "：" in rest else rest.partition(":")
    return kind, who.strip(), title.strip().strip("《》")


def _agenda_entry(line, readings, people, units, titles_on) -> dict:
    kind, who, title = line
    entry = {"kind": kind, "title": title, "org": None}
    found_units = units.get(fold(who), [])
    if who and len(found_units) == 1 and not any(fold(n) in people for n, _ in readings):
        org = found_units[0]
        return entry | {
            "name": who,
            "status": "found",
            "person": None,
            "titles": "",
            "candidates": [],
            "org": {"id": org.pk, "label": str(org)},
        }
    if not who:
        return entry | {
            "name": "",
            "status": "found",
            "person": None,
            "titles": "",
            "candidates": [],
        }
    return entry | _person_entry(readings, people, titles_on)


def titles_for(*, ids: str, date: datetime.date | None) -> dict[str, str]:
    # Ids of up to nine ASCII digits: anything else names no one (and 2**64 would
    # overflow the database's integer).
    person_ids = [int(i) for i in ids.split(",") if i.isascii() and i.isdigit() and len(i) < 10]
    person_ids = person_ids[:MAX_ENTRIES]
    if not person_ids or date is None:
        return {}
    found = position_titles_on(person_ids=person_ids, date=date)
    return {str(pk): TITLE_SEPARATOR.join(titles) for pk, titles in found.items()}


def entry_names_view(request) -> JsonResponse:
    """GET `names`, `agenda` (pasted text), `ids` (people chosen) and `date` (YYYY-MM-DD)."""
    raw_date = request.GET.get("date", "")
    try:
        date = parse_date(raw_date) if raw_date else None
    except ValueError:
        date = None
    if raw_date and date is None:
        return JsonResponse({"error": "会议日期格式应为 YYYY-MM-DD。"}, status=400)
    rows = name_rows(
        names=request.GET.get("names", ""), agenda=request.GET.get("agenda", ""), date=date
    )
    rows["titles"] = titles_for(ids=request.GET.get("ids", ""), date=date)
    return JsonResponse(rows)


def duplicate_candidates(*, date: datetime.date, host, title: str) -> list[Meeting]:
    """Meetings of the same day and host whose title is like `title` (folded)."""
    key = fold(title)
    return [
        meeting
        for meeting in meetings_on_day_of_host(date=date, host=host)
        if _similar(fold(meeting.title), key)
    ]


def _similar(a: str, b: str) -> bool:
    return a in b or b in a or SequenceMatcher(None, a, b).ratio() >= 0.6
