"""Turn a Chinese university news report of a Party meeting into a `meeting-record/1` record.

    from report_import.parser import parse_report
    record = parse_report(text, published=datetime.date(2023, 4, 6))

The parser is pure Python (no database). It cleans the crawled text (GBK quote mojibake,
pinyin glosses, Traditional script, half-width punctuation), then reads the genre's sentence
patterns: "在…召开…会议", "校领导A、B出席会议", "会议由…主持", "…作…报告", "宣读了《…》" ….
`parse_report_with_trace` also returns where in the cleaned text each value was read.
"""

import datetime
from collections.abc import Iterable
from typing import Any

from .clean import clean_report_text
from .extract import Extraction, ReportReader, split_sentences
from .lexicon import HEADCOUNT_KINDS

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
    element, in the record's order.
    """
    cleaned = clean_report_text(text or "")
    extraction = ReportReader(
        cleaned, published=published, known_people=known_people, known_orgs=known_orgs
    ).read()
    record = _record(extraction, text or "", url, published)
    return record, _trace(extraction, record)


def _record(ex: Extraction, original: str, url: str | None, published) -> dict:
    f = ex.fields
    record: dict[str, Any] = {
        "format": FORMAT_TAG,
        "title": f.get("title") or "",
        "kind": f.get("kind") or "其他",
        "date": f.get("date"),
        "time": f.get("time"),
        "venue": f.get("venue"),
        "host": f.get("host"),
        "chairs": f.get("chairs", []),
        "recorder": f.get("recorder"),
    }
    if record["kind"] in HEADCOUNT_KINDS and f.get("expected"):
        record["expected"] = f["expected"]
    record.update(
        {
            "attendees": f.get("attendees", []),
            "attendee_groups": f.get("attendee_groups", []),
            "agenda": f.get("agenda", []),
            "documents": f.get("documents", []),
            "pledges": f.get("pledges", []),
            "decisions": f.get("decisions", []),
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


def _trace(ex: Extraction, record: dict) -> dict:
    sentences = split_sentences(ex.text)

    def sentence_of(start: int) -> tuple[int, int]:
        for s, e in sentences:
            if s <= start < e:
                return s, e
        return start, start

    fields: dict[str, list[dict]] = {}
    for key, spans in ex.spans.items():
        if key not in record:
            continue
        entries = []
        for found in spans:
            s, e = sentence_of(found.start)
            entries.append(
                {
                    "value": found.value,
                    "start": found.start,
                    "end": found.end,
                    "sentence": ex.text[s:e],
                    "sentence_start": s,
                    "sentence_end": e,
                }
            )
        fields[key] = entries
    return {"text": ex.text, "fields": fields}
