"""Turn a Chinese university news report of a Party meeting into a `meeting-record/1` record.

    from report_import.parser import parse_report
    record = parse_report(text, published=datetime.date(2023, 4, 6))

The parser is pure Python (no database). It runs in passes, each reading what the ones before
it returned: clean (GBK quote mojibake, pinyin glosses, Traditional script, half-width
punctuation) → sentences and clauses → lead clause (title, kind) → host and venue → date and
time → people (attendance, leave, headcount, chairs) → agenda → documents and pledges →
assembly. The genre's sentence patterns ("在…召开…会议", "校领导A、B出席会议", "会议由…主持",
"…作…报告", "宣读了《…》" …) live in `patterns.py` and `lexicon.py`.
`parse_report_with_trace` also returns where in the cleaned text each value was read.
"""

import datetime
import logging
from bisect import bisect_right
from collections.abc import Iterable
from typing import Any

from common.text import fold

from . import assemble, presence
from .agenda import read_agenda
from .attendance import read_attendance, read_bare_names, read_chairs
from .clean import clean_report_text
from .conventions import (
    as_accounts_under_review,
    as_guidance,
    as_supervisors_reviews,
    the_meeting_as_its_act,
)
from .crowd_votes import votes_after_discussion
from .cues import writers_college
from .dates import YEAR_REASONS, When, read_date
from .documents import read_documents
from .host import read_host, read_venue
from .lead import read_lead
from .lexicon import HEADCOUNT_KINDS
from .listed_accounts import listed_accounts
from .people import Registry
from .reviews import ratings_of_the_reviewed
from .structure import Found, Text, read_structure

logger = logging.getLogger(__name__)


class ReportUnreadable(Exception):
    """The parser failed on a text: a fault of the parser's, logged with its traceback. Every
    caller tells the clerk, saves nothing for that report and goes on: readings over any text
    a clerk pastes must never end in a 500."""


FORMAT_TAG = "meeting-record/1"

__all__ = ["FORMAT_TAG", "clean_report_text", "parse_report", "parse_report_with_trace"]


def parse_report(
    text: str,
    *,
    published: datetime.date | None = None,
    url: str | None = None,
    known_people: Iterable[str] = (),
    known_orgs: Iterable[str] = (),
) -> dict:
    """The meeting-record/1 record (status draft) a clerk would start from.

    `published` dates a report that gives only month and day; `known_people` and `known_orgs`
    are names from the archive: they are trusted over the patterns, and a name found through
    them is returned as the archive spells it.
    """
    record, _ = parse_report_with_trace(
        text, published=published, url=url, known_people=known_people, known_orgs=known_orgs
    )
    return record


def parse_report_with_trace(
    text: str,
    *,
    published: datetime.date | None = None,
    url: str | None = None,
    known_people: Iterable[str] = (),
    known_orgs: Iterable[str] = (),
) -> tuple[dict, dict]:
    """The record, and where each value came from.

    The trace is `{"text": cleaned_text, "fields": {field: [entry, …]}}`; an entry is
    `{"value", "start", "end", "sentence", "sentence_start", "sentence_end"}` with offsets into
    the cleaned text. List fields (attendees, agenda, documents, pledges …) have one entry per
    element, in the record's order. With a date, `"year": {"source", "inferred", "reason"}`
    says where its year came from (`inferred` unless the text wrote it with the date).
    """
    try:
        doc = read_structure(clean_report_text(text or ""))
        registry = Registry(known=_by_key(known_people), orgs=_by_key(known_orgs))
        fields, when = _read(doc, registry, published, url)
        record = _record(fields, text or "", url, published)
        trace = _trace(doc, fields, record)
    except Exception as error:
        logger.exception("the report parser failed on a text of %d characters", len(text or ""))
        raise ReportUnreadable(f"{type(error).__name__}: {error}") from error
    if when.year_source:
        trace["year"] = {
            "source": when.year_source,
            "inferred": when.year_source != "text",
            "reason": YEAR_REASONS[when.year_source],
        }
    return record, trace


def _by_key(names: Iterable[str]) -> dict[str, str]:
    """fold(name) → name; sorted, so that the archive's set order cannot change the answer."""
    return {fold(n): n.strip() for n in sorted(n for n in names if n and n.strip())}


def _read(doc: Text, registry: Registry, published, url) -> tuple[dict, When]:
    """The passes, in order; each gets what the ones before it returned."""
    registry = read_bare_names(doc, registry)
    lead = read_lead(doc, registry)
    attendance = read_attendance(doc, registry, lead.used)
    chairs = read_chairs(doc, attendance.registry)
    named = [person for person, _, _ in attendance.entries] + chairs.chairs
    named += [chairs.recorder] if chairs.recorder else []
    agenda = read_agenda(
        doc,
        chairs.registry,
        used=lead.used | attendance.used | chairs.used,
        chairs=chairs.chairs,
        title=lead.title,
        mentions=named,
        implied=attendance.implied + chairs.implied,
    )
    if (
        lead.held_as == "述职评议会"
    ):  # a committee's meeting may hold the review (its kind then 党委全委会)
        as_accounts_under_review(agenda.items, doc)
        ratings_of_the_reviewed(agenda.items, doc)
    listed_accounts(agenda.items, doc)
    votes_after_discussion(agenda.items, doc)
    the_meeting_as_its_act(agenda.items, lead.kind.value, doc)
    as_guidance(agenda.items, lead.kind.value, doc)
    if lead.kind.value in ("民主生活会", "组织生活会"):
        observers = {person.name for person, role, _ in attendance.entries if role == "列席"}
        as_supervisors_reviews(agenda.items, observers)
    papers = read_documents(doc, (lead.title.value or "") if lead.title else "")
    when = read_date(
        doc,
        lead.clause,
        lead.title.value if lead.title else "",
        published=published,
        url=url,
        today=datetime.date.today(),
    )
    college = writers_college(doc.text)
    titles = assemble.titles_by_name(
        named + agenda.mentions + attendance.mentions, college, doc.text
    )
    for pledge in papers.pledges:
        if pledge.value["year"] is None:
            pledge.value["year"] = when.year
    recorder = chairs.recorder
    fields = {
        "title": lead.title or Found(None, -1, -1),
        "kind": lead.kind,
        "date": when.date,
        "time": when.time,
        "venue": read_venue(doc, lead, college),
        "host": read_host(doc, lead, registry, college),
        "chairs": [Found(p.name, p.start, p.end) for p in chairs.chairs],
        "recorder": Found(recorder.name, recorder.start, recorder.end) if recorder else None,
        "expected": attendance.expected,
        "present": attendance.present,
        "attendees": assemble.attendees(
            attendance.entries,
            chairs.chairs,
            recorder,
            agenda.items,
            titles,
            attendance.groups,
            agenda.members + presence.acting(agenda.mentions, doc.text),
            agenda.mentions,
            doc.text,
        ),
        "attendee_groups": assemble.attendee_groups(attendance.groups),
        "agenda": assemble.agenda(agenda.items, titles),
        "documents": papers.documents,
        "pledges": papers.pledges,
        "decisions": papers.decisions,
    }
    return fields, when


def _value(found: Found | list[Found] | None) -> Any:
    if isinstance(found, list):
        return [f.value for f in found]
    return found.value if found else None


def _record(fields: dict, original: str, url: str | None, published) -> dict:
    record: dict[str, Any] = {"format": FORMAT_TAG}
    for key in ("title", "kind", "date", "time", "venue", "host", "chairs", "recorder"):
        record[key] = _value(fields[key])
    record["title"] = record["title"] or ""
    for key in ("expected", "present"):
        if record["kind"] in HEADCOUNT_KINDS and fields[key]:
            record[key] = fields[key].value
    for key in ("attendees", "attendee_groups", "agenda", "documents", "pledges", "decisions"):
        record[key] = _value(fields[key])
    record.update(
        {
            "status": "draft",
            "visibility": "public",
            "source": {
                "text": original,
                "url": url,
                "published": published.isoformat() if published else None,
            },
        }
    )
    return record


# What a trace entry shows of a list element that is an object.
_SPAN_LABEL = {"attendees": "name", "attendee_groups": "name", "agenda": "kind", "pledges": "title"}


def _trace(doc: Text, fields: dict, record: dict) -> dict:
    starts = [s for s, _ in doc.sentences]
    texts: dict[tuple[int, int], str] = {}  # one copy of a sentence however many items it holds

    def sentence_of(start: int) -> tuple[int, int]:
        i = bisect_right(starts, start) - 1
        if i >= 0 and start < doc.sentences[i][1]:
            return doc.sentences[i]
        return start, start

    trace: dict[str, list[dict]] = {}
    for key, found in fields.items():
        spans = [f for f in (found if isinstance(found, list) else [found]) if f and f.start >= 0]
        if key not in record or not spans:
            continue
        entries = []
        for f in spans:
            s, e = sentence_of(f.start)
            if (s, e) not in texts:
                texts[s, e] = doc.text[s:e]
            value = f.value[_SPAN_LABEL[key]] if key in _SPAN_LABEL else f.value
            entries.append(
                {
                    "value": value,
                    "start": f.start,
                    "end": f.end,
                    "sentence": texts[s, e],
                    "sentence_start": s,
                    "sentence_end": e,
                }
            )
        trace[key] = entries
    return {"text": doc.text, "fields": trace}
