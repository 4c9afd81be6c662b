"""The date pass: the meeting's date and time of day, read near the lead sentence."""

import datetime
import re
from dataclasses import dataclass

from . import cues
from . import lexicon as lx
from . import patterns as pt
from . import years as yr
from .attendance import number
from .clean import digits_years
from .structure import Clause, Found, Text

# Where a year not written with the date came from, for the clerk.
YEAR_REASONS = {
    "text": "日期中写明年份",
    "title": "年份据会议名称推断",
    "this-year": "年份据正文中的“今年”推断",
    "review": "年份据年度总结推断（次年上半年召开）",
    "url": "年份据新闻稿网址推断",
    "published": "年份据发布日期推断",
    "event": "年份据正文提到的学习教育、全会或纪念日推断",
    "mentioned": "年份据正文中提到的最近年份推断",
    "current": "年份无从推断，暂按当前年份",
}


@dataclass
class When:
    date: Found  # value: ISO date or None; start -1: no span
    time: Found
    year: int | None
    year_source: str | None = None  # a key of YEAR_REASONS


def read_date(
    doc: Text,
    lead: Clause | None,
    title: str,
    *,
    published: datetime.date | None,
    url: str | None,
    today: datetime.date,
) -> When:
    """The meeting's date; a month and day without a year always keep a year, and say whence."""
    text = doc.text
    stamp = pt.PUBLISHED_IN_TEXT.search(text)
    page_date = stamp or pt.ISO_DATE.search(text)  # "（2022-09-06）" after the text
    if published is None and page_date:
        y, m, d = (int(page_date.group(k)) for k in "ymd")
        published = safe_date(y, m, d)
    date_match = _date_match(doc, lead, stamp)
    if date_match is None:
        found = _relative_date(doc, lead, published)
        if found is None:
            return When(Found(None, -1, -1), Found(None, -1, -1), None)
        return When(found, Found(None, -1, -1), int(found.value[:4]), "published")
    month, day = _month_day(date_match, published)
    if date_match.group("y"):
        year, source = int(date_match.group("y")), "text"
    else:
        year, source = _infer_year(
            text, title, month, day, published=published, url=url, today=today
        )
    value = safe_date(year, month, day)
    date = Found(value.isoformat() if value else None, date_match.start(), date_match.end())
    time = _time_after(text, date_match.end())
    return When(date, time, value.year if value else None, source if value else None)


def _date_match(doc: Text, lead: Clause | None, stamp: re.Match | None) -> re.Match | None:
    """The first date of the lead sentence, else of the report's start (not the publication
    stamp); a date in a purpose clause ("为学习贯彻7月1日重要讲话精神，7月5日，…") is another
    event's, unless the sentence has no other."""
    spaces = [doc.sentences[lead.sentence]] if lead else []
    spaces.append((0, min(len(doc.text), 400)))
    purposes = [
        (c.start, c.end)
        for c in doc.clauses
        if lead and c.sentence == lead.sentence
        if pt.PURPOSE_CLAUSE.match(c.text)
    ]
    # the lead sentence's own date first, in any form ("58日上午，…" under a page line
    # "2020年05月09日 08:16"), then the report's start
    for s, e, regex in _date_spaces(spaces):
        found = [
            m
            for m in regex.finditer(doc.text, s, e)
            if not (stamp and stamp.start() <= m.start() <= stamp.end())
            and (regex is not pt.DATE_DIGITS or _month_day(m) != (0, 0))
        ]
        own = [m for m in found if not any(a <= m.start() < b for a, b in purposes)]
        if own or found:
            return (own or found)[0]
    return None


def _date_spaces(spaces: list[tuple[int, int]]):
    """(start, end, regex) to search in order; a date in digits only ("2023.11.16，…") is the
    meeting's only in the lead sentence."""
    for i, (s, e) in enumerate(spaces):
        for regex in (pt.DATE_FULL, pt.DATE_DIGITS, pt.ISO_DATE):
            if regex is not pt.ISO_DATE or i < len(spaces) - 1:
                yield s, e, regex


def _month_day(m: re.Match, published: datetime.date | None = None) -> tuple[int, int]:
    """Month and day of a date; of "1029日" the split that makes a date (10-29), two-digit
    days first ("111日" is 1-11) unless the page's date says otherwise: "129日" on a page of
    12月10日 is 12-9, the split held last before the page; (0, 0) when none does."""
    if "m" in m.re.groupindex:
        return int(m.group("m")), int(m.group("d"))
    digits = m.group("md")
    splits = [
        (int(digits[:cut] or 0), int(digits[cut:]))
        for cut in (len(digits) - 2, len(digits) - 1)
        if 1 <= int(digits[:cut] or 0) <= 12 and 1 <= int(digits[cut:]) <= 31
    ]
    if len(splits) > 1 and published:
        return max(splits, key=lambda md: _held_before(published, *md))
    return splits[0] if splits else (0, 0)


def _held_before(stamp: datetime.date, month: int, day: int) -> datetime.date:
    """The last day with this month and day on or shortly before a dated stamp."""
    year = _year_before(stamp, month, day)
    return safe_date(year, month, day) or datetime.date(year - 1, 1, 1)


def _relative_date(doc: Text, lead: Clause | None, published: datetime.date | None) -> Found | None:
    """ "今天上午，…": counted back from the publication date."""
    if not (lead and published):
        return None
    s, e = doc.sentences[lead.sentence]
    rel = pt.RELATIVE_DAY_WORD.search(doc.text, s, e)
    if not rel:
        return None
    value = published - datetime.timedelta(days=lx.DAYS_BACK[rel.group()])
    return Found(value.isoformat(), rel.start(), rel.end())


def _time_after(text: str, at: int) -> Found:
    tm = pt.TIME_AFTER_DATE.match(text, at)
    lost = pt.LOST_CLOCK.match(text, tm.end() if tm else at)
    if lost:  # a clock that lost its colon or its 时: "1930分", "上午930时"
        ampm = tm.group("ampm") if tm and not tm.group("t1") else None
        value = _clock(
            f"{lost.group('h') or lost.group('h2')}:{lost.group('min') or lost.group('min2')}", ampm
        )
        if value:
            return Found(value, tm.start() if ampm else lost.start(), lost.end())
    if tm and (tm.group("ampm") or tm.group("t1")):
        value = _time_value(tm)
        if value:
            return Found(value, tm.start(), tm.end())
    return Found(None, -1, -1)


def _infer_year(
    text: str,
    title: str,
    month: int,
    day: int,
    *,
    published: datetime.date | None,
    url: str | None,
    today: datetime.date,
) -> tuple[int, str]:
    """A report that gives only month and day: the year from the text, the URL, the publication
    date, the years the text mentions, and failing all of those the current year."""
    stamps = [
        (s, source) for s, source in ((_url_stamp(url), "url"), (published, "published")) if s
    ]
    read = _year_in_words(text, title, month, day)
    if read:
        # a meeting is held before its report is out: a year inferred from the words (a review's
        # next year, "今年", a year looked back on) that puts it after the page's own date
        # ("2024年度…会议" on 3月25日, page of 2024-03-26) yields to that date; a name's own year
        # taken as written ("2023年全面从严治党工作会议") stands
        as_named = read[1] == "title" and str(read[0]) in title
        late = [
            (s, source)
            for s, source in stamps
            if (safe_date(read[0], month, day) or s) > s + datetime.timedelta(days=1)
        ]
        if as_named or not late:
            return read
        stamp, source = min(late)
        return _year_before(stamp, month, day), source
    if stamps:
        stamp, source = stamps[0]
        return _year_before(stamp, month, day), source
    return _year_from_content(text, month, day, today)


def _year_in_words(text: str, title: str, month: int, day: int) -> tuple[int, str] | None:
    """The year the text's own words give: the meeting's name, "今年", a yearly review."""
    early = month <= 6  # annual reviews of year Y are held in the first half of Y+1
    m = yr.YEAR_IN_TITLE.search(digits_years(title))
    if m:
        # a work meeting named by its year that plans that very year ("2024年度党建工作会议" in
        # March, "对2024年的党建工作要点…进行了审议") is held in it; one that sums it up
        # ("总结了我校2022年度党建工作") is held the next year, as a bare name is read
        plans = yr.PLANS_ITS_YEAR.search(title) and _plans(text, m.group(1))
        # a review named by a bare year ("2017年…述职评议会" in January) looks back on it too
        yearly = m.group(2) or yr.REVIEW_NAME.search(title)
        ahead = yearly and early and not plans
        return int(m.group(1)) + (1 if ahead else 0), "title"
    m = yr.YEAR_NOW.search(text)
    if m:
        return int(m.group(1) or m.group(2)), "this-year"
    m = yr.YEAR_REVIEWED.search(text)
    if m:
        reviewed = int(m.group(1) or m.group(2)) + (1 if early else 0)
        # later in the year "2022年度…整改" may look back: a campaign of a later year dates it
        later = None if early else _event_year(text, month, day)
        if not (later and later > reviewed):
            return reviewed, "review"
    return None


def _plans(text: str, year: str) -> bool:
    """The text deploys the year named, or sums up the year before it ("2024年度全面从严治党工作
    会议" in April: "总结了2023年…工作成效"), and does not sum the named year up."""
    reviewed = yr.YEAR_REVIEWED.search(text)
    looked_back = reviewed and (reviewed.group(1) or reviewed.group(2))
    if looked_back == year:
        return False
    if looked_back == str(int(year) - 1):
        return True
    return any(m.group(1) == year for m in yr.PLANNED_YEAR.finditer(text))


def _year_from_content(text: str, month: int, day: int, today: datetime.date) -> tuple[int, str]:
    """What the report looks back on, the campaigns and anniversaries it names, the latest year
    it mentions, and failing those the current year."""
    event = _event_year(text, month, day)
    m = yr.YEAR_LOOKED_BACK.search(text)
    if m:  # "就2017年的表现…汇报" on 1月3日: the year after, unless a later campaign says so
        reviewed = int(m.group(1)) + (1 if month <= 6 else 0)
        if reviewed <= today.year and not (event and event > reviewed):
            return reviewed, "review"
    years = _years_mentioned(text, month, today)
    if event and event >= max(years, default=0):
        return event, "event"
    if years:
        return max(years), "mentioned"
    return _year_before(today, month, day), "current"


def _years_mentioned(text: str, month: int, today: datetime.date) -> list[int]:
    """The years the text names: written as years, as a cohort ("2020级"), or as the school year
    the month falls in ("2019-2020学年" in June is 2020); a year still to come is a target
    ("2035年远景目标"), not the meeting's."""
    years = [int(y) for y in yr.YEAR_ANY.findall(text)]
    years += [int(y) for y in cues.COHORT_YEAR.findall(text)]
    years += [int(y) for y in yr.DOCUMENT_NUMBER_YEAR.findall(text)]
    for first, second in cues.SCHOOL_YEAR.findall(text):
        years.append(int(first) if month >= cues.SCHOOL_YEAR_STARTS else int(second))
    return [y for y in years if y <= today.year]


def _event_year(text: str, month: int, day: int) -> int | None:
    """The latest year the campaigns, plenums and anniversaries the text names put the day in."""
    years = yr.years_by_count(text)
    # "迎接党的二十大召开" is before the congress: not the study of it that follows
    text = yr.CONGRESS_AHEAD.sub("", text)
    for regex, first, last in lx.DATED_EVENTS:
        if regex.search(text):
            start, end = datetime.date.fromisoformat(first), datetime.date.fromisoformat(last)
            inside = [
                year
                for year in range(start.year, end.year + 1)
                if start <= (safe_date(year, month, day) or end + datetime.timedelta(1)) <= end
            ]
            years.append(inside[0] if inside else start.year)
    for regex, first in yr.COINED:
        if regex.search(text):
            coined = datetime.date.fromisoformat(first)
            years.append(coined.year + ((safe_date(coined.year, month, day) or coined) < coined))
    for m in lx.ANNIVERSARY_RE.finditer(text):
        n = number(m.group("n"))
        if n:
            years.append(lx.ANNIVERSARY_BASES[m.group("what")] + n)
    return max(years, default=None)


def _url_stamp(url: str | None) -> datetime.date | None:
    """The date a news URL carries (/2015-03-19/, /202304/); month only: its last day."""
    m = yr.URL_DATE.search(url or "")
    if not m:
        return None
    year, month = int(m.group(1)), int(m.group(2))
    if not 1990 <= year <= datetime.date.today().year + 1:
        return None  # a column number such as /info/2061/…, not a date
    if m.group(3):
        return safe_date(year, month, int(m.group(3)))
    return datetime.date(year + month // 12, month % 12 + 1, 1) - datetime.timedelta(days=1)


def _year_before(stamp: datetime.date, month: int, day: int) -> int:
    """The year of the latest month-day on or shortly after a dated stamp: reports follow meetings."""
    candidate = safe_date(stamp.year, month, day)
    if candidate and candidate > stamp + datetime.timedelta(days=1):
        return stamp.year - 1
    return stamp.year


def safe_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _clock(text: str, ampm: str | None) -> str | None:
    m = pt.CLOCK.match(text)
    if not m:
        return None
    hour = number(m.group(1)) or 0
    minute = number(m.group(2) or m.group(3) or "") or (30 if m.group(4) else 0)
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
