"""Reads of the report import: meetings a parsed report may already be in the archive as."""

import datetime
from difflib import SequenceMatcher

from common.text import fold
from meetings.models import Meeting

# How alike two meeting names must be (after folding) to call the meetings the same.
SIMILAR_TITLE = 0.6


def possible_duplicates(record: dict) -> list[Meeting]:
    """Meetings with the record's date and host and a similar title: 1 query (host joined).

    A record without a date has nothing to compare; without a host, the date and the title
    decide. Drafts and archived meetings count: the clerk's own earlier import is the usual
    duplicate.
    """
    try:
        date = datetime.date.fromisoformat(record.get("date") or "")
    except ValueError:
        return []
    queryset = Meeting.objects.filter(date=date).select_related("host").order_by("pk")
    if record.get("host"):
        queryset = queryset.filter(host__name_key=fold(record["host"]))
    title = fold(record.get("title") or "")
    return [m for m in queryset if _similar(title, fold(m.title))]


def _similar(a: str, b: str) -> bool:
    if not a or not b:
        return not a and not b
    return a in b or b in a or SequenceMatcher(None, a, b).ratio() >= SIMILAR_TITLE
