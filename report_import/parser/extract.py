"""Field extraction from a cleaned report.

The report is read clause by clause (a clause ends at a top-level `，；：。`). Each extracted
value keeps the span it came from, so that an admin screen can show it beside its origin.
"""

import datetime
import re
from dataclasses import dataclass, field
from typing import Any

from common.text import fold

from . import lexicon as lx
from . import nlp
from . import patterns as pt
from .people import (
    Participant,
    PersonRef,
    Registry,
    bracket_depths,
    org_value,
    parse_people_list,
    parse_subject,
    participants,
    split_top,
)


@dataclass
class Found:
    """An extracted value and the span of the cleaned text it was read from."""

    value: Any
    start: int
    end: int


@dataclass
class Clause:
    start: int
    end: int
    sentence: int
    text: str
    paragraph: int


@dataclass
class Item:
    kind: str
    speaker: str | None
    org: str | None
    honours: list[str]
    title: str | None
    documents: list[str]
    text_parts: list[tuple[int, str]]  # (sentence index, text)
    start: int
    end: int
    sentence: int
    paragraph: int


@dataclass
class Extraction:
    text: str
    fields: dict[str, Any] = field(default_factory=dict)
    spans: dict[str, list[Found]] = field(default_factory=dict)


# ---------------------------------------------------------------- text structure


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of sentences; a sentence ends at 。！？ outside quotes, or at a line break."""
    depths = bracket_depths(text)
    result, start = [], 0
    for i, ch in enumerate(text):
        if ch == "\n" or (ch in "。！？" and depths[i] == 0):
            end = i + 1 if ch != "\n" else i
            if text[start:end].strip():
                result.append((start, end))
            start = i + 1
    if text[start:].strip():
        result.append((start, len(text)))
    return result


def split_clauses(text: str, sentences: list[tuple[int, int]]) -> list[Clause]:
    clauses = []
    paragraph = 0
    for index, (s, e) in enumerate(sentences):
        if s > 0 and "\n" in text[sentences[index - 1][1] : s + 1]:
            paragraph += 1
        sentence = text[s:e].rstrip("。！？")
        for cs, ce in split_top(sentence, "，；："):
            raw = sentence[cs:ce]
            lead = len(raw) - len(raw.lstrip())
            piece = raw.strip()
            if piece:
                clauses.append(
                    Clause(s + cs + lead, s + cs + lead + len(piece), index, piece, paragraph)
                )
    return clauses


def strip_adverbials(text: str) -> int:
    m = lx.LEADING_ADVERBIAL_RE.match(text)
    return m.end() if m else 0


# ---------------------------------------------------------------- the parser


class ReportReader:
    def __init__(
        self,
        text: str,
        *,
        published: datetime.date | None,
        known_people,
        known_orgs,
    ):
        self.text = text
        self.published = published
        self.registry = Registry(
            known={fold(n): n.strip() for n in known_people if n and n.strip()},
            orgs={fold(o): o.strip() for o in known_orgs if o and o.strip()},
        )
        self.sentences = split_sentences(text)
        self.clauses = split_clauses(text, self.sentences)
        self.used: set[int] = set()  # indexes of clauses read as lead, attendance, chair …
        self.out = Extraction(text)
        self.mentions: list[PersonRef] = []

    # -- helpers

    def put(self, key: str, value: Any, start: int = -1, end: int = -1) -> None:
        self.out.fields[key] = value
        if start >= 0:
            self.out.spans.setdefault(key, []).append(Found(value, start, end))

    def add_span(self, key: str, value: Any, start: int, end: int) -> None:
        self.out.spans.setdefault(key, []).append(Found(value, start, end))

    # -- main

    def read(self) -> Extraction:
        self._register_bare_name_lists()
        lead = self._lead()
        self._attendance()
        self._chairs_and_recorder()
        self._agenda()
        self._documents_and_pledges()
        self._decisions()
        self._date(lead)
        self._assemble_people()
        return self.out

    # -- names that need no guessing: 、-lists of bare names ("校领导郑强、孙宏斌、李晋平")

    def _register_bare_name_lists(self) -> None:
        for clause in self.clauses:
            parts = [clause.text[s:e] for s, e in split_top(clause.text, "、")]
            if len(parts) < 3:
                continue
            inner = parts[1:-1]
            if all(
                2 <= len(p) <= 3 and p[0] in lx.SURNAMES | {c[0] for c in lx.COMPOUND_SURNAMES}
                for p in inner
            ):
                for p in inner:
                    if not any(ch in lx.NOT_IN_NAME for ch in p[1:]):
                        self.registry.add(p)

    # -- title, kind, host, venue, time

    def _lead(self) -> Clause | None:
        lead = None
        title = None
        headline = None  # a headline names the meeting too, often with a short unit name
        for clause in self.clauses[:16]:
            if lead is not None:
                if headline is None and self._is_headline(lead):
                    headline = (lead, title)
                    lead, title = None, None
                else:
                    break
            m = pt.TITLE_AFTER_VERB.search(clause.text)
            if m:
                candidate = _meeting_name(m.group("title"))
                if candidate:
                    offset = clause.start + m.start("title")
                    # "校党委理论学习中心组举行2023年第3次集体学习": the body is part of the name.
                    body = next(
                        (
                            b
                            for b in pt.MEETING_BODY.finditer(clause.text)
                            if b.end() <= m.start() <= b.end() + 2
                        ),
                        None,
                    )
                    if body and kind_of(candidate) == "其他":
                        offset = clause.start + body.start()
                        candidate = clause.text[body.start() : m.start()] + candidate
                        candidate = re.sub(pt.CONVENE_VERBS + "(?:了)?", "", candidate, count=1)
                    title = Found(candidate, offset, offset + len(candidate))
                    lead = clause
                    continue
            m = pt.SUBJECT_BEFORE_VERB.search(clause.text)
            if m:
                subject = m.group("subject")
                skip = _date_prefix_end(subject)
                host, name, name_at = _split_host_title(subject[skip:], self.registry)
                if name:
                    offset = clause.start + m.start("subject") + skip + name_at
                    title = Found(name, offset, offset + len(name))
                    lead = clause
        if lead is None and headline:
            lead, title = headline
        elif headline and lead:
            self.used.update(
                i for i, c in enumerate(self.clauses) if c.sentence == headline[0].sentence
            )
        if lead is None:
            lead = next((c for c in self.clauses[:6] if pt.DATE_FULL.search(c.text)), None)
        sentence_clauses = [c for c in self.clauses if lead and c.sentence == lead.sentence]
        if title:
            self.put("title", title.value, title.start, title.end)
            for c in sentence_clauses:
                if c.start <= title.start < c.end or c.end <= title.start:
                    self.used.add(self.clauses.index(c))
        else:
            self.put("title", None)
        kind = self._kind(title.value if title else "", sentence_clauses)
        if title:
            self.put("kind", kind, title.start, title.end)
        elif lead:
            self.put("kind", kind, *self.sentences[lead.sentence])
        else:
            self.put("kind", kind)
        self._host(lead, sentence_clauses, title)
        self._venue(sentence_clauses)
        return lead

    def _is_headline(self, clause: Clause) -> bool:
        """A first line on its own, without date or full stop: the page's headline."""
        s, e = self.sentences[clause.sentence]
        line = self.text[s:e]
        return (
            clause.sentence == 0
            and not line.endswith(("。", "！", "？"))
            and not pt.DATE_FULL.search(line)
        )

    def _kind(self, title: str, lead_clauses: list[Clause]) -> str:
        for text in (title, "".join(c.text for c in lead_clauses)):
            kind = kind_of(text)
            if kind != "其他":
                return kind
        return "其他"

    def _host(self, lead: Clause | None, lead_clauses: list[Clause], title: Found | None) -> None:
        university = self._university()
        host = None
        span = None
        for clause in lead_clauses:
            if title and clause.start > title.start:
                break
            m = pt.SUBJECT_BEFORE_VERB.search(clause.text)
            stop = m.end("subject") if m else None
            if title and clause.start <= title.start < clause.end:
                stop = min(stop or len(clause.text), title.start - clause.start)
                verb = re.search(pt.CONVENE_VERBS + "(?:了)?$", clause.text[:stop])
                if verb:
                    stop = verb.start()
            if stop is None:
                continue
            subject = clause.text[:stop]
            at = re.search(r"在|赴|前往|走进", subject)
            if at and at.start() > 0:
                subject = subject[: at.start()]
            subject = re.sub(r"(?:于|在)$", "", subject)
            skip = _date_prefix_end(subject)
            subject = subject[skip:]
            if not subject:
                continue
            org, name, _ = _split_host_title(subject, self.registry)
            subject = org or subject
            resolved = _resolve_host(subject, university, self.registry)
            if resolved:
                host = resolved
                span = (clause.start + skip, clause.start + skip + len(subject))
                break
        if host is None and university:
            host = university[0]
            span = university[1:]
        # "中共X大学第四届委员会第九次全体会议": the committee itself convenes its plenary.
        if (
            host
            and host.startswith("中共")
            and title
            and re.match(r"第\S{1,4}届委员会", title.value)
        ):
            host += "委员会"
        if span:
            self.put("host", host, *span)
        else:
            self.put("host", host)

    def _university(self) -> tuple[str, int, int] | None:
        """The university the report is about: the known organisation or the most named 大学."""
        counts: dict[str, list[int]] = {}
        for m in re.finditer(r"大学|学院", self.text):
            name = _name_ending_at(self.text, m.end())
            if name and (m.group() == "大学" or not counts):
                counts.setdefault(name, []).append(m.end() - len(name))
        for key, org in self.registry.orgs.items():
            at = self.text.find(key)  # the cleaned text is already Simplified
            if at >= 0 and (org.endswith("大学") or org.endswith("学院")):
                return org, at, at + len(org)
        universities = {k: v for k, v in counts.items() if k.endswith("大学")} or counts
        if not universities:
            return None
        best = max(universities, key=lambda k: (len(universities[k]), -universities[k][0]))
        at = universities[best][0]
        return best, at, at + len(best)

    def _venue(self, lead_clauses: list[Clause]) -> None:
        for clause in lead_clauses + self.clauses[:8]:
            m = pt.VENUE.search(clause.text)
            if m and not _looks_like_org_subject(m.group("venue")):
                venue = m.group("venue")
                start = clause.start + m.start("venue")
                self.put("venue", venue, start, start + len(venue))
                return
        m = pt.VENUE_FIELD.search(self.text)
        if m:
            self.put("venue", m.group("venue").strip(), m.start("venue"), m.end("venue"))
            return
        self.put("venue", None)

    # -- date and time

    def _date(self, lead: Clause | None) -> None:
        published = self.published
        m = pt.PUBLISHED_IN_TEXT.search(self.text)
        if published is None and m:
            published = _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        search_spaces = []
        if lead:
            s, e = self.sentences[lead.sentence]
            search_spaces.append((s, e))
        search_spaces.append((0, min(len(self.text), 400)))
        date_match = None
        for s, e in search_spaces:
            for dm in pt.DATE_FULL.finditer(self.text, s, e):
                if m and m.start() <= dm.start() <= m.end():
                    continue
                date_match = dm
                break
            if date_match:
                break
        time_value = None
        if date_match:
            month, day = int(date_match.group("m")), int(date_match.group("d"))
            year = (
                int(date_match.group("y"))
                if date_match.group("y")
                else self._infer_year(month, day, published)
            )
            value = _safe_date(year, month, day) if year else None
            self.put(
                "date", value.isoformat() if value else None, date_match.start(), date_match.end()
            )
            tm = pt.TIME_AFTER_DATE.match(self.text, date_match.end())
            if tm and (tm.group("ampm") or tm.group("t1")):
                time_value = _time_value(tm)
                if time_value:
                    self.put("time", time_value, tm.start(), tm.end())
        else:
            value = None
            if lead and published:
                rel = re.search(
                    r"(今天|今日|昨天|昨日|前天|前日)",
                    self.text[slice(*self.sentences[lead.sentence])],
                )
                if rel:
                    back = {"今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2, "前日": 2}[
                        rel.group(1)
                    ]
                    value = published - datetime.timedelta(days=back)
            self.put("date", value.isoformat() if value else None)
        if time_value is None:
            self.put("time", None)
        self.put("year", int(self.out.fields["date"][:4]) if self.out.fields.get("date") else None)

    def _infer_year(self, month: int, day: int, published: datetime.date | None) -> int | None:
        """A report that gives only month and day: the year from the publication date or the text."""
        if published:
            year = published.year
            candidate = _safe_date(year, month, day)
            if candidate and candidate > published + datetime.timedelta(days=1):
                year -= 1
            return year
        early = month <= 6  # annual reviews of year Y are held in the first half of Y+1
        m = pt.YEAR_IS.search(self.text)
        if m:
            return int(m.group(1))
        title = self.out.fields.get("title") or ""
        m = pt.YEAR_IN_TITLE.search(title)
        if m:
            year = int(m.group(1))
            return year + 1 if m.group(2) and early else year
        m = pt.YEAR_REVIEWED.search(self.text)
        if m:
            return int(m.group(1)) + (1 if early else 0)
        years = [int(y) for y in pt.YEAR_ANY.findall(self.text)]
        return max(years) if years else None

    # -- attendance, leave, headcount

    def _attendance(self) -> None:
        self.attendance: list[tuple[PersonRef, str, str | None]] = []
        self.implied: list[tuple[PersonRef, str]] = []  # speeches known only from "出席并讲话"
        self.groups: list[tuple[str, str, int, int]] = []
        for index, clause in enumerate(self.clauses):
            text = clause.text
            skip = strip_adverbials(text)
            body = text[skip:]
            m = pt.HEADCOUNT.search(body)
            if m and "expected" not in self.out.fields:
                n = _number(m.group("n"))
                if n:
                    self.put(
                        "expected",
                        n,
                        clause.start + skip + m.start(),
                        clause.start + skip + m.end(),
                    )
                    self.used.add(index)
            m = pt.LEAVE.match(body)
            if m and ("因" in body or not pt.ATTEND.match(body)):
                self._leave(m.group("list"), m.group("verb"), clause.start + skip)
                self.used.add(index)
                continue
            m = pt.ATTEND.match(body) or pt.ATTEND_HAVE.match(body)
            if not m:
                continue
            listed = m.group("list")
            if lx.MEETING_SUBJECT_RE.fullmatch(listed) or not listed.strip():
                continue
            role = _ROLES[m.group("verb")]
            start = clause.start + skip + m.start("list")
            # "校领导A、B，党委委员C出席会议": the list may begin in earlier comma parts.
            first = index
            while first > 0 and (first - 1) not in self.used:
                before = self.clauses[first - 1]
                if (
                    before.sentence != clause.sentence
                    or not parse_subject(before.text, self.registry).whole
                ):
                    break
                first -= 1
            if first < index:
                start = self.clauses[first].start
                listed = self.text[start : clause.start + skip + m.end("list")]
            people, groups = parse_people_list(listed, start, self.registry)
            if not people and not groups:
                continue
            label = m.groupdict().get("label")
            self.used.update(range(first, index + 1))
            for person in people:
                if label and not person.titles:
                    person.titles, person.label = [label], bool(lx.GENERIC_LABEL_RE.match(label))
                self.registry.add(person.name)
                self.mentions.append(person)
                self.attendance.append((person, role, None))
                if m.groupdict().get("speech"):
                    self.implied.append((person, "讲话"))
            for name, g_start, g_end in groups:
                self.groups.append((name, role, g_start, g_end))

    def _leave(self, listed: str, verb: str, offset: int) -> None:
        role = "请假" if verb == "请假" else "缺席"
        parts = split_top(listed, "、，")
        shared_reason = None
        entries = []
        for s, e in parts:
            part = listed[s:e]
            m = pt.LEAVE_REASON.match(part)
            who, reason = (m.group("who"), m.group("reason")) if m else (part, None)
            entries.append((who, reason, offset + s))
            shared_reason = reason or shared_reason
        for who, reason, start in entries:
            people, _ = parse_people_list(who, start, self.registry)
            for person in people:
                self.registry.add(person.name)
                self.mentions.append(person)
                self.attendance.append((person, role, reason or shared_reason))

    # -- chairs and recorder

    def _chairs_and_recorder(self) -> None:
        chairs: list[PersonRef] = []
        recorder: PersonRef | None = None
        for index, clause in enumerate(self.clauses):
            text = clause.text
            m = pt.CHAIR_BY.search(text) or pt.CHAIR_FIELD.search(text)
            if m and not chairs:
                people, _ = parse_people_list(
                    m.group("who"), clause.start + m.start("who"), self.registry
                )
                chairs.extend(people)
                self.used.add(index)
                if m.groupdict().get("speech"):
                    self.implied.extend((p, "主持") for p in people)
            elif not chairs and "主持" in text and "在主持" not in text:
                skip = strip_adverbials(text)
                subject = parse_subject(text[skip:], self.registry)
                rest = text[skip + subject.end :]
                said = re.match(pt.CHAIR_SUBJECT_REST, rest)
                if subject.kind == "people" and said:
                    for p in participants(subject, clause.start + skip, self.registry):
                        if p.name:
                            chairs.append(PersonRef(p.name, p.titles, p.start, p.end))
                            if said.group("speech"):
                                self.implied.append((chairs[-1], "主持"))
                    self.used.add(index)
            m = pt.RECORDER_FIELD.search(text) or pt.RECORDER.search(text)
            if m and recorder is None:
                who = m.group("who")
                skip = strip_adverbials(who)
                people, _ = parse_people_list(
                    who[skip:], clause.start + m.start("who") + skip, self.registry
                )
                if people:
                    recorder = people[-1]
                    self.used.add(index)
        for person in chairs:
            self.registry.add(person.name)
            self.mentions.append(person)
        if recorder:
            self.registry.add(recorder.name)
            self.mentions.append(recorder)
        self.chairs = chairs
        self.recorder = recorder
        for person in chairs:
            self.add_span("chairs", person.name, person.start, person.end)
        self.out.fields["chairs"] = [p.name for p in chairs]
        if recorder:
            self.put("recorder", recorder.name, recorder.start, recorder.end)
        else:
            self.put("recorder", None)

    # -- agenda

    def _agenda(self) -> None:
        """Agenda items, clause by clause: subject, then the first agenda verb after it.

        A clause without a subject continues the item before it (its text, and its documents
        when it repeats the verb: "宣读了《A》，并宣读了《B》"); a subject list may run over
        several comma parts ("A学院党委，称号、B党支部，…分别作交流").
        """
        self.items: list[Item] = []
        self._group: list[Item] = []  # the items the last clause made (one per speaker)
        pending: list[Clause] = []  # comma parts of a subject list that spans clauses
        last_speaker: str | None = None
        for index, clause in enumerate(self.clauses):
            current = self._group[-1] if self._group else None
            if current and clause.paragraph != current.paragraph:
                self._group = []
                current = None
            if index in self.used:
                pending = []
                continue
            if pending and pending[-1].sentence != clause.sentence:
                pending = []
            skip = strip_adverbials(clause.text)
            body = clause.text[skip:]
            subject = parse_subject(body, self.registry)
            rest = body[subject.end :]
            trigger = _find_trigger(rest, meeting_subject=subject.kind == "meeting")
            if subject.kind == "people" and subject.whole and not trigger:
                pending.append(clause)
                continue
            people: list[Participant] = []
            if subject.kind == "people":
                people = (
                    self._comma_participants(pending, clause, skip, subject) if pending else []
                ) or participants(subject, clause.start + skip, self.registry)
                people = people or self._by_title(subject, clause.start + skip)
                for p in people:  # titles count even when the verb is not an agenda verb
                    if p.name and p.titles:
                        self.mentions.append(PersonRef(p.name, p.titles, p.start, p.end))
            elif subject.kind == "pronoun" and last_speaker:
                people = [Participant(last_speaker, None, [], clause.start, clause.start + 1)]
            pending = []
            if trigger is None:
                weak = pt.WEAK_TRIGGER.match(rest)
                names = {p.name for p in people if p.name}
                if weak and names and not (current and current.speaker in names):
                    # Someone new speaks ("周雅琴强调，…"); the chair's own words are 主持.
                    chair_names = {c.name for c in self.chairs}
                    trigger = ("主持" if names <= chair_names else "讲话", weak)
                elif (
                    subject.kind == "none"
                    and pt.DISCUSSION.match(body)
                    and (skip > 0 or _starts_sentence(self, clause))
                ):
                    self._discussion(clause)
                    continue
                else:
                    self._continue(clause)
                    continue
            kind, match = trigger
            if _TEMPORAL_CLAUSE.fullmatch(body):
                self._continue(clause)  # "参观结束后，…": a time, not an item
                continue
            last = self.items[-1] if self.items else None
            if (
                subject.kind == "meeting"
                and last
                and last.kind == kind
                and clause.paragraph - last.paragraph <= 1
                and not pt.DOC.search(body)
            ):
                self._continue(clause)  # "党员们依次参观了…" after the visit was led
                continue
            if subject.kind in ("none", "meeting") and kind == "表决":
                self._vote(clause)
                continue
            if subject.kind == "none":
                if current and current.sentence == clause.sentence:
                    self._continue(clause, kind=kind, body=body)
                    continue
                # A clause opens an item at the start of a sentence, after 会上/随后 …, or in the
                # lead sentence after the meeting's name ("召开常委会，传达学习…精神").
                fresh = skip > 0 or _starts_sentence(self, clause) or self._after_title(clause)
                if not (match.start() == 0 and fresh):
                    self._continue(clause)
                    continue
            if subject.kind in ("people", "pronoun") and not people:
                self._continue(clause)
                continue
            new_items = self._items_for(kind, match, people, clause, skip, subject.end)
            self.items.extend(new_items)
            self._group = new_items
            for item in new_items:
                last_speaker = item.speaker or last_speaker
            for p in people:
                if p.name:
                    self.registry.add(p.name)
        self._implied_items()
        self.items.sort(key=lambda item: item.start)

    def _after_title(self, clause: Clause) -> bool:
        title = self.out.spans.get("title")
        if not title:
            return False
        s, e = self.sentences[clause.sentence]
        return s <= title[0].start < e and clause.start > title[0].end

    def _continue(self, clause: Clause, *, kind: str | None = None, body: str = "") -> None:
        """Add a clause without a new item to the text of the items before it."""
        for item in self._group:
            if item.kind == "表决" and item.sentence == clause.sentence:
                continue  # the vote already holds its whole sentence
            if kind == item.kind:
                for doc in pt.DOC.findall(body):
                    if doc not in item.documents:
                        item.documents.append(doc)
            if item.kind not in ("交流", "书面交流"):
                item.text_parts.append((clause.sentence, clause.text))
            item.end = max(item.end, clause.end)

    def _vote(self, clause: Clause) -> None:
        """A vote is reported across its whole sentence (有表决权的…，举手表决，15票赞成…)."""
        self._sentence_item("表决", clause)

    def _discussion(self, clause: Clause) -> None:
        """ "经支委会认真讨论，一致同意…": the sentence is one item, unless it also votes."""
        self._sentence_item("其他", clause)

    def _sentence_item(self, kind: str, clause: Clause) -> None:
        current = self._group[-1] if self._group else None
        if (
            current
            and current.sentence == clause.sentence
            and current.speaker is None
            and current.kind in ("表决", "其他")
        ):
            if kind == "表决":
                current.kind = "表决"  # the discussion ended in a vote
            s, e = self.sentences[clause.sentence]
            for doc in pt.DOC.findall(self.text[s:e]):
                if doc not in current.documents:
                    current.documents.append(doc)
            return
        s, e = self.sentences[clause.sentence]
        for item in self._group:  # clauses of this sentence read before belong to this item
            item.text_parts = [p for p in item.text_parts if p[0] != clause.sentence]
            if item.start < s < item.end:
                item.end = s
        documents = list(dict.fromkeys(pt.DOC.findall(self.text[s:e])))
        item = Item(
            kind,
            None,
            None,
            [],
            None,
            documents,
            [(clause.sentence, self.text[s:e])],
            s,
            e,
            clause.sentence,
            clause.paragraph,
        )
        self.items.append(item)
        self._group = [item]

    def _by_title(self, subject, offset: int) -> list[Participant]:
        """`校党委书记在讲话中指出`: the person the report named with that title before."""
        titles = [el[0] for group in subject.groups for el in group if el[3] == "title"]
        if len(titles) != 1:
            return []
        holders = {m.name for m in self.mentions if titles[0] in m.titles and not m.label}
        if len(holders) == 1:
            name = holders.pop()
            return [Participant(name, [], offset, offset + len(titles[0]))]
        return []

    def _implied_items(self) -> None:
        """ "校党委书记郑强出席会议并讲话" with no speech reported later: still a speech."""
        spoken = {item.speaker for item in self.items if item.speaker}
        for person, kind in self.implied:
            if person.name not in spoken:
                paragraph = next(
                    (c.paragraph for c in self.clauses if c.start <= person.start < c.end + 1), 0
                )
                self.items.append(
                    Item(
                        kind,
                        person.name,
                        None,
                        [],
                        None,
                        [],
                        [],
                        person.start,
                        person.end,
                        -1,
                        paragraph,
                    )
                )
                spoken.add(person.name)

    def _comma_participants(self, pending, clause, skip, subject) -> list[Participant]:
        """A subject list spread over comma parts: re-read it as one list."""
        start = pending[0].start
        text = self.text[start : clause.start + skip + subject.end]
        whole = parse_subject(text, self.registry)
        if whole.kind != "people":
            return []
        return participants(whole, start, self.registry)

    def _items_for(
        self, kind, match, people, clause: Clause, skip: int, rest_at: int
    ) -> list[Item]:
        body = clause.text[skip:]
        rest = body[rest_at:]
        after = rest[match.end() :]
        matched = rest[match.start() : match.end()]
        if kind == "交流" and "书面" in matched:
            kind = "书面交流"
        elif kind == "讲话" and "点评" in matched:
            kind = "点评"  # 在点评讲话中指出
        title = None
        documents = pt.DOC.findall(body)
        if kind == "报告":
            q = pt.REPORT_TITLE_QUOTED.search(rest)
            if q:
                title = q.group("t")
            elif matched.startswith("通报"):
                o = pt.TRANSMIT_OBJECT.match(after)
                if o and "《" not in o.group("obj"):
                    title, after = o.group("obj"), after[o.end() :]
            elif matched.endswith("说明"):
                e = pt.EXPLANATION_TITLE.search(rest)
                title = e.group("t") + "说明" if e else None
            else:
                p = pt.REPORT_TITLE_PLAIN.search(matched)
                if p and not pt.GENERIC_REPORT.match(p.group("t")):
                    title = re.sub(r"^(?:了|一个|一场)", "", p.group("t"))
        elif kind == "传达":
            o = pt.TRANSMIT_OBJECT.match(after)
            if o and "《" not in o.group("obj"):
                title = o.group("obj")
                after = after[o.end() :]
        if kind in ("宣读", "学习", "解读", "传达"):
            after = pt.DOC_OBJECT.sub("", after, count=1)
        text = _item_text(after) if kind not in ("交流", "书面交流") else None
        parts = [(clause.sentence, text)] if text else []
        if not people:
            return [
                Item(
                    kind,
                    None,
                    None,
                    [],
                    title,
                    documents,
                    parts,
                    clause.start,
                    clause.end,
                    clause.sentence,
                    clause.paragraph,
                )
            ]
        topics = _topics(rest[: match.start()], len(people))
        items = []
        for i, person in enumerate(people):
            item_parts = list(parts)
            if topics:
                item_parts = [(clause.sentence, f"围绕{topics[i]}{matched}")]
            items.append(
                Item(
                    kind,
                    person.name,
                    None if person.name else person.org,
                    person.titles if not person.name else [],
                    title,
                    list(documents),
                    item_parts,
                    person.start,
                    clause.end,
                    clause.sentence,
                    clause.paragraph,
                )
            )
        return items

    # -- documents, pledges, decisions

    def _documents_and_pledges(self) -> None:
        pledges: list[dict] = []
        pledge_titles: set[str] = set()
        last_parties: list[str] = []
        for clause in self.clauses:
            docs = list(pt.DOC.finditer(clause.text))
            if not docs:
                continue
            signing = pt.PLEDGE_VERB.search(clause.text)
            for m in docs:
                title = m.group("doc")
                if not (
                    pt.PLEDGE_TITLE.search(title)
                    or (signing and signing.start() < m.start() and "书" in title[-3:])
                ):
                    continue
                pledge_titles.add(title)
                before = clause.text[: m.start()]
                # The year written before the title, or at its start (《2023年度…责任书》).
                year_m = pt.PLEDGE_YEAR.search(before) or re.match(r"((?:19|20)\d{2})\s*年", title)
                year = int(year_m.group(1)) if year_m else None
                parties = self._pledge_parties(clause, last_parties)
                if parties:
                    last_parties = parties
                pledges.append({"title": title, "year": year, "parties": parties})
                self.add_span(
                    "pledges", title, clause.start + m.start("doc"), clause.start + m.end("doc")
                )
        documents = []
        for m in pt.DOC.finditer(self.text):
            doc = m.group("doc")
            if doc in pledge_titles or doc in documents:
                continue
            documents.append(doc)
            self.add_span("documents", doc, m.start("doc"), m.end("doc"))
        self.out.fields["documents"] = documents
        self.pledges = pledges

    def _pledge_parties(self, clause: Clause, last_parties: list[str]) -> list[str]:
        text = clause.text[strip_adverbials(clause.text) :]
        m = pt.PLEDGE_PARTIES.match(text)
        if not m:
            return []
        first = m.group("a").strip()
        first = re.sub(r"(?:分别|逐一|一一|还|也|现场)$", "", first)
        # "校党委副书记刘润祥代表校党委与…签订": the party is the body signed for.
        first = re.sub(r"^.*代表", "", first)
        parties = []
        if first and not lx.MEETING_SUBJECT_RE.fullmatch(first):
            parties.append(first)
        elif not first and last_parties:
            parties.append(last_parties[0])
        for s, e in split_top(m.group("b"), "、"):
            for part in re.split(r"和|及|以及", m.group("b")[s:e]):
                part = part.strip()
                if part:
                    parties.append(part)
        return parties

    def _decisions(self) -> None:
        decisions = []
        for s, e in self.sentences:
            sentence = self.text[s:e]
            if not pt.DECISION_CONTEXT.search(sentence):
                continue
            for regex in (pt.DECISION_AGREE, pt.DECISION_PASS):
                for m in regex.finditer(sentence):
                    x = re.split(r"[，。；]|并报|，并", m.group("x"))[0]
                    value = x if regex is pt.DECISION_AGREE else m.group("v") + x
                    if value not in decisions:
                        decisions.append(value)
                        self.add_span(
                            "decisions", value, s + m.start("x"), s + m.start("x") + len(x)
                        )
        self.out.fields["decisions"] = decisions

    # -- people

    def _assemble_people(self) -> None:
        best: dict[str, list[str]] = {}
        label: dict[str, list[str]] = {}
        for ref in sorted(self.mentions, key=lambda r: r.start):
            if not ref.titles:
                continue
            if ref.label:
                label.setdefault(ref.name, ref.titles)
            else:
                best.setdefault(ref.name, ref.titles)

        def titles_of(name: str) -> list[str]:
            return list(best.get(name) or label.get(name) or [])

        attendees: list[dict] = []
        seen: set[str] = set()

        def add(name: str, role: str, reason: str | None, start: int, end: int) -> None:
            if name in seen:
                return
            seen.add(name)
            entry = {"name": name, "titles": titles_of(name), "role": role}
            if reason:
                entry["reason"] = reason
            attendees.append(entry)
            self.add_span("attendees", name, start, end)

        for person, role, reason in sorted(self.attendance, key=lambda a: a[0].start):
            add(person.name, role, reason, person.start, person.end)
        for person in self.chairs:
            add(person.name, "参加", None, person.start, person.end)
        if self.recorder:
            add(self.recorder.name, "参加", None, self.recorder.start, self.recorder.end)
        for item in self.items:
            if item.speaker:
                add(item.speaker, "参加", None, item.start, item.end)
        self.out.fields["attendees"] = attendees

        groups, seen_groups = [], set()
        for name, role, start, end in self.groups:
            if name not in seen_groups:
                seen_groups.add(name)
                groups.append({"name": name, "role": role})
                self.add_span("attendee_groups", name, start, end)
        self.out.fields["attendee_groups"] = groups

        agenda = []
        for item in self.items:
            text = _join_parts(item.text_parts)
            agenda.append(
                {
                    "kind": item.kind,
                    "speaker": item.speaker,
                    "speaker_titles": titles_of(item.speaker) if item.speaker else item.honours,
                    "org": item.org,
                    "title": item.title,
                    "documents": item.documents,
                    "text": _shorten(text) if text else None,
                }
            )
            self.add_span("agenda", item.kind, item.start, item.end)
        self.out.fields["agenda"] = agenda
        year = self.out.fields.get("year")
        for pledge in self.pledges:
            if pledge["year"] is None:
                pledge["year"] = year
        self.out.fields["pledges"] = self.pledges


# ---------------------------------------------------------------- small helpers


def kind_of(title: str) -> str:
    """The meeting kind a meeting's name (or, failing that, its lead sentence) names."""
    if not title:
        return "其他"
    for regex, kind in lx.SPECIFIC_KINDS:
        if regex.search(title):
            return kind
    hits = [(m.start(), kind) for regex, kind in lx.WORK_KINDS if (m := regex.search(title))]
    return min(hits)[1] if hits else "其他"


def _meeting_name(text: str) -> str | None:
    """The meeting's name at the start of text: up to a word a meeting's name ends in."""
    text = text.strip()
    if lx.MEETING_NOUN_RE.search(text):
        return text
    best = None
    for m in re.finditer(
        r"会议|大会|生活会|评议会|座谈会|推进会|报告会|党课|主题党日(?:活动)?|集体学习|专题学习",
        text,
    ):
        best = text[: m.end()]
        break
    return best


_DATE_PREFIX = re.compile(
    r"^(?:(?:19|20)\d{2}年)?(?:\d{1,2}月\d{1,2}[日号])?(?:[（(][^）)]{1,6}[)）])?"
    r"(?:上午|下午|晚上|晚间|傍晚|早上|中午|晚)?(?:\d{1,2}[:：]\d{2}(?:[至\-—–~～到]\d{1,2}[:：]\d{2})?|\d{1,2}[时点](?:\d{1,2}分|半)?)?"
    r"(?:近日|日前|当天|当日)?[，]?"
)


def _date_prefix_end(text: str) -> int:
    m = _DATE_PREFIX.match(text)
    return m.end() if m else 0


_TITLE_START = re.compile(
    r"(?:19|20)\d{2}\s*年|第[一二三四五六七八九十\d]|中共|党委理论|理论学习|党建|全面从严|党风|组织工作|主题党日|专题|"
    r"民主生活会|组织生活会|支部|党课|述职|年度|庆祝|纪念|学习贯彻|警示教育"
)


def _split_host_title(subject: str, registry: Registry) -> tuple[str | None, str | None, int]:
    """`北岳科技大学2023年度…述职评议会` → ("北岳科技大学", "2023年度…述职评议会", offset)."""
    if not lx.MEETING_NOUN_RE.search(subject):
        return (subject if org_value(subject, registry) else None), None, 0
    splits = []
    for k in range(2, len(subject) - 1):
        head, tail = subject[:k], subject[k:]
        if org_value(head, registry) and not lx.ORG_PEOPLE_TAIL_RE.search(head) and len(tail) >= 3:
            splits.append(k)
    if not splits:
        return None, subject, 0
    good = [k for k in splits if _TITLE_START.match(subject, k)]
    k = good[0] if good else splits[-1]
    # 党委 belongs to the meeting's name in 党委理论学习中心组, 党委常委会 …
    if subject[:k].endswith("党委") and re.match(
        r"理论学习中心组|常委|全委|全体|扩大|会议", subject[k:]
    ):
        k -= 2
    return subject[:k], subject[k:], k


def _resolve_host(
    subject: str, university: tuple[str, int, int] | None, registry: Registry
) -> str | None:
    name = university[0] if university else None
    if re.fullmatch(r"我校|学校|本校|全校", subject):
        return name
    if re.fullmatch(r"(?:我校|学校|校|本校)党委", subject):
        return f"{name}党委" if name else None
    if re.fullmatch(r"我院|学院|本院", subject):
        return None
    if fold(subject) in registry.orgs:
        return registry.orgs[fold(subject)]
    if org_value(subject, registry):
        return subject
    return None


_NAME_STOP_TAGS = ("p", "c", "u", "v", "d", "r", "x", "m", "f", "q", "t", "y", "e", "o", "z")


def _name_ending_at(text: str, end: int) -> str | None:
    """The name of the institution ending at `end` (…大学): jieba's tokens back to a function word."""
    window = text[max(0, end - 14) : end]
    window = re.split(r"[，。；：、“”《》（）()\s\n]", window)[-1]
    if len(window) < 4:
        return None
    tokens = nlp.tag_tokens(window)
    name = ""
    for word, tag in reversed(tokens):
        if name and (
            tag.startswith(_NAME_STOP_TAGS)
            and tag not in ("vn",)
            or word in ("我校", "全校", "学校")
        ):
            break
        name = word + name
        if len(name) >= 12:
            break
    return name if len(name) >= 4 else None


def _looks_like_org_subject(text: str) -> bool:
    return bool(re.fullmatch(r"我校|学校|我院|学院", text))


def _safe_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _clock(text: str, ampm: str | None) -> str | None:
    m = re.match(r"(\d{1,2})\s*(?:[:：]\s*(\d{2})|[时点]\s*(?:(\d{1,2})\s*分|(半))?)", text)
    if not m:
        return None
    hour = int(m.group(1))
    minute = int(m.group(2) or m.group(3) or (30 if m.group(4) else 0))
    if ampm in ("下午", "晚上", "晚间", "傍晚", "晚") and hour < 12:
        hour += 12
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def _time_value(m: re.Match) -> str | None:
    ampm = m.group("ampm")
    if m.group("t1"):
        first = _clock(m.group("t1"), ampm)
        if m.group("t2"):
            second = _clock(m.group("t2"), m.group("ampm2") or ampm)
            if first and second:
                return f"{first}-{second}"
        return first
    return {
        "上午": "上午",
        "早上": "上午",
        "下午": "下午",
        "傍晚": "下午",
        "晚上": "晚上",
        "晚间": "晚上",
        "晚": "晚上",
    }.get(ampm or "")


_ROLES = {
    "出席": "出席",
    "到会": "出席",
    "到会指导": "出席",
    "莅临": "出席",
    "莅临指导": "出席",
    "参加": "参加",
    "参会": "参加",
    "与会": "参加",
    "列席": "列席",
    "缺席": "缺席",
}
_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}


def _number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current or None


_TEMPORAL_CLAUSE = re.compile(r"[^，。；]{1,10}?(?:结束后|之后|以后|过后|后|之前|前|之际|时|期间)")


def _find_trigger(rest: str, *, meeting_subject: bool):
    """The first agenda verb of a predicate, not counting those inside a 结合…/围绕… phrase."""
    rest = pt.MODIFIER_PHRASE.sub(lambda m: "，" * len(m.group()), rest)
    best = None
    for kind, regex in pt.TRIGGERS:
        m = regex.search(rest)
        if m and (best is None or m.start() < best[1].start()):
            best = (kind, m)
    if meeting_subject:
        m = pt.MEETING_TRIGGER.match(rest.lstrip("还也又集中"))
        if m and (best is None or best[1].start() > 2):
            best = ("其他", pt.MEETING_TRIGGER.search(rest))
    return best


def _starts_sentence(reader: ReportReader, clause: Clause) -> bool:
    return reader.sentences[clause.sentence][0] == clause.start


def _item_text(after: str) -> str | None:
    after = pt.TEXT_LEAD.sub("", after).strip("，。；： ")
    return after or None


def _topics(before: str, count: int) -> list[str] | None:
    """`分别围绕A、B、C` with as many topics as speakers: one topic each."""
    m = re.search(r"围绕(.+)$", before)
    if not m:
        return None
    parts = [m.group(1)[s:e] for s, e in split_top(m.group(1), "、")]
    return parts if len(parts) == count else None


def _join_parts(parts: list[tuple[int, str]]) -> str | None:
    """Clauses of one sentence joined by "，", sentences closed by "。"."""
    out, last = "", None
    for sentence, text in parts:
        text = text.strip("，。；：、 ")
        if not text:
            continue
        if out:
            out += "，" if sentence == last else "。"
        out += text
        last = sentence
    return out + "。" if out else None


def _shorten(text: str, limit: int = 160) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit]
    stop = max(cut.rfind("。"), cut.rfind("；"))
    return cut[: stop + 1] if stop > limit // 3 else cut.rstrip("，、；：") + "…"
