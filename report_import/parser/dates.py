"""The date pass: the meeting's date and time of day, read near the lead sentence."""

import datetime
import re
from dataclasses import dataclass

from . import lexicon as lx
from . import patterns as pt
from .structure import Clause, Found, Text


@dataclass
class When:
    date: Found  # value: ISO date or None; start -1: no span
    time: Found
    year: int | None


def read_date(doc: Text, lead: Clause | None, title: str, published: datetime.date | None) -> When:
    text = doc.text
    stamp = pt.PUBLISHED_IN_TEXT.search(text)
    if published is None and stamp:
        published = safe_date(int(stamp.group("y")), int(stamp.group("m")), int(stamp.group("d")))
    date_match = _date_match(doc, lead, stamp)
    if date_match is None:
        value = _relative_date(doc, lead, published)
        date = Found(value.isoformat() if value else None, -1, -1)
        return When(date, Found(None, -1, -1), value.year if value else None)
    month, day = int(date_match.group("m")), int(date_match.group("d"))
    year = (
        int(date_match.group("y"))
        if date_match.group("y")
        else _infer_year(text, title, month, day, published)
    )
    value = safe_date(year, month, day) if year else None
    date = Found(value.isoformat() if value else None, date_match.start(), date_match.end())
    return When(date, _time_after(text, date_match.end()), value.year if value else None)


def _date_match(doc: Text, lead: Clause | None, stamp: re.Match | None) -> re.Match | None:
    """The first date of the lead sentence, else of the report's start (not the publication stamp)."""
    spaces = [doc.sentences[lead.sentence]] if lead else []
    spaces.append((0, min(len(doc.text), 400)))
    for s, e in spaces:
        for m in pt.DATE_FULL.finditer(doc.text, s, e):
            if stamp and stamp.start() <= m.start() <= stamp.end():
                continue
            return m
    return None


def _relative_date(
    doc: Text, lead: Clause | None, published: datetime.date | None
) -> datetime.date | None:
    """ "今天上午，…": counted back from the publication date."""
    if not (lead and published):
        return None
    rel = pt.RELATIVE_DAY_WORD.search(doc.sentence_of(lead))
    if not rel:
        return None
    return published - datetime.timedelta(days=lx.DAYS_BACK[rel.group()])


def _time_after(text: str, at: int) -> Found:
    tm = pt.TIME_AFTER_DATE.match(text, at)
    if tm and (tm.group("ampm") or tm.group("t1")):
        value = _time_value(tm)
        if value:
            return Found(value, tm.start(), tm.end())
    return Found(None, -1, -1)


def _infer_year(
    text: str, title: str, month: int, day: int, published: datetime.date | None
) -> int | None:
    """A report that gives only month and day: the year from the publication date or the text."""
    if published:
        year = published.year
        candidate = safe_date(year, month, day)
        if candidate and candidate > published + datetime.timedelta(days=1):
            year -= 1
        return year
    early = month <= 6  # annual reviews of year Y are held in the first half of Y+1
    m = pt.YEAR_IS.search(text)
    if m:
        return int(m.group(1))
    m = pt.YEAR_IN_TITLE.search(title)
    if m:
        year = int(m.group(1))
        return year + 1 if m.group(2) and early else year
    m = pt.YEAR_REVIEWED.search(text)
    if m:
        return int(m.group(1)) + (1 if early else 0)
    years = [int(y) for y in pt.YEAR_ANY.findall(text)]
    return max(years) if years else None


def safe_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _clock(text: str, ampm: str | None) -> str | None:
    m = pt.CLOCK.match(text)
    if not m:
        return None
    hour = int(m.group(1))
    minute = int(m.group(2) or m.group(3) or (30 if m.group(4) else 0))
    if ampm in lx.AFTERNOON and hour < 12:
        hour += 12
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def _time_value(m: re.Match) -> str | None:
    ampm = m.group("ampm")
    if not m.group("t1"):
        return lx.PART_OF_DAY.get(ampm or "")
    first = _clock(m.group("t1"), ampm)
    if m.group("t2"):
        second = _clock(m.group("t2"), m.group("ampm2") or ampm)
        if first and second:
            return f"{first}-{second}"
    return first
