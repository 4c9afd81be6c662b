"""The people pass: who attended, who was on leave, how many were expected, who chaired.

Each function reads the clauses not yet read by the passes before it (`used`) and returns
what it found with the clause indexes it consumed; the registry it returns has learnt the
names it read, for the passes after it.
"""

import re
from dataclasses import dataclass, field

from . import bounded, counted, cues, presence
from . import lexicon as lx
from . import patterns as pt
from .people import (
    PersonRef,
    Registry,
    is_title,
    parse_people_list,
    parse_subject,
    participants,
    split_top,
)
from .prefilter import Guarded
from .structure import Clause, Found, Text, strip_adverbials

# Patterns read on every clause, each tried only where one of its words is (`prefilter`).
_LEAVE, _ATTEND, _ATTEND_HAVE, _CANDIDATES = map(
    Guarded, (pt.LEAVE, pt.ATTEND, pt.ATTEND_HAVE, pt.CANDIDATES)
)
_PRESENT_VOTING, _MEMBERS_PRESENT = map(Guarded, (pt.PRESENT_VOTING, counted.MEMBERS_PRESENT))
_ATTEND_MEETING = Guarded(presence.ATTEND_MEETING)
_GUIDE_VISIT = Guarded(presence.GUIDE_VISIT)


def read_bare_names(doc: Text, registry: Registry) -> Registry:
    """Names that need no guessing: the inner elements of 、-lists of bare names ("校领导A、B、C")."""
    registry = registry.copy()
    first_chars = lx.SURNAMES | {c[0] for c in lx.COMPOUND_SURNAMES}
    for clause in doc.clauses:
        if clause.text.count("、") < 2:
            continue  # fewer than three parts, whatever the brackets
        parts = [clause.text[s:e] for s, e in split_top(clause.text, "、")]
        if len(parts) < 3:
            continue
        inner = parts[1:-1]
        if all(2 <= len(p) <= 3 and p[0] in first_chars for p in inner):
            plain = [p for p in inner if not any(ch in lx.NOT_IN_NAME for ch in p[1:])]
            # In a long list of names, one with an unusual character (兰中仁) is a name too.
            for p in inner if len(plain) >= max(3, len(inner) - 1) else plain:
                registry.add(p)
    return registry


@dataclass
class Attendance:
    registry: Registry
    entries: list[tuple[PersonRef, str, str | None]] = field(default_factory=list)  # role, reason
    implied: list[tuple[PersonRef, str]] = field(default_factory=list)  # "出席并讲话"
    groups: list[tuple[str, str, int, int]] = field(default_factory=list)
    expected: Found | None = None
    present: Found | None = None  # "实到18人"; "全体党员参加" counts as everyone expected
    voting: set[str] = field(default_factory=set)  # counts read as 正式党员 (they win)
    mentions: list[PersonRef] = field(default_factory=list)  # named with a title, not attending
    used: set[int] = field(default_factory=set)


def read_attendance(doc: Text, registry: Registry, used: set[int]) -> Attendance:
    out = Attendance(registry.copy(), used=set())
    for index, clause in enumerate(doc.clauses):
        skip = strip_adverbials(clause.text)
        body = clause.text[skip:]
        if _headcounts(out, clause, skip, body):
            out.used.add(index)
        m = _LEAVE.match(body)
        if m and ("因" in body or not _ATTEND.match(body)):
            _leave(out, m.group("list"), m.group("verb"), clause.start + skip)
            out.used.add(index)
            continue
        m = _ATTEND.match(body) or _ATTEND_HAVE.match(body) or _ATTEND_MEETING.match(body)
        m = m or _GUIDE_VISIT.match(body)
        if m:
            _attend(out, doc, index, skip, m, used | out.used)
        _candidates(out, clause)
        _leads_out(out, clause)
    _elected(out, doc)
    _counted(out, doc)
    _examples(out, doc)
    return out


def _elected(out: Attendance, doc: Text) -> None:
    """ "选举产生了A、B、C等3名支部委员": those elected are members at the meeting."""
    for m in cues.ELECTED.finditer(doc.text):
        people, _ = parse_people_list(m.group("names"), m.start("names"), out.registry)
        out.entries += [(person, "参加", None) for person in people]


def _counted(out: Attendance, doc: Text) -> None:
    """ "杨翌、张茜2名预备党员结合实际…": a whole list with its number attends, titled by the status
    word after it; only when every element reads as a name and the number matches."""
    for m in counted.COUNTED_LIST.finditer(doc.text):
        people = counted.names(m, out.registry)
        if len(people) != number(m.group("n")):
            continue
        out.entries += [(PersonRef(name, [], s, e), "参加", None) for name, s, e in people]
        if m.group("what") in counted.STATUS:
            out.mentions += [
                PersonRef(name, [m.group("what")], s, e, label=True) for name, s, e in people
            ]


def _examples(out: Attendance, doc: Text) -> None:
    """ "杨佩莹等34名同志", "接收向书琴等8名发展对象…": the named examples of those admitted
    attend; a status word naming the group is each one's title (settled in session 15, decision
    19), a plain 同志 none. Named with a qualified status ("等34名党员发展对象") they get the
    title, but attend only when named otherwise (S21/04's gold leaves them out)."""
    for m in counted.EXAMPLES.finditer(doc.text):
        status = m.group("what") in counted.STATUS
        if not status and not m.group("admit"):
            continue
        if doc.text.count("《", 0, m.start()) > doc.text.count("》", 0, m.start()):
            continue  # inside a title: "《…追授郑德荣等7名同志…的决定》"
        people = counted.names(m, out.registry)
        if people and len(people) <= number(m.group("n")):
            if not m.group("whose"):
                out.entries += [(PersonRef(name, [], s, e), "参加", None) for name, s, e in people]
            if status:
                what = [m.group("what")]
                out.mentions += [PersonRef(name, what, s, e, label=True) for name, s, e in people]


def _leads_out(out: Attendance, clause: Clause) -> None:
    m = pt.LEADS_OUT.search(clause.text)
    if m:
        people, _ = parse_people_list(m.group("list"), clause.start + m.start("list"), out.registry)
        out.entries += [(person, "参加", None) for person in people]


def _candidates(out: Attendance, clause: Clause) -> None:
    """ "讨论发展对象程晓为预备党员": 程晓 is a 发展对象 wherever he is named later."""
    for m in _CANDIDATES.finditer(clause.text):
        people, _ = parse_people_list(
            m.group("names"), clause.start + m.start("names"), out.registry
        )
        for person in people:
            out.registry.add(person.name)
            out.mentions.append(
                PersonRef(person.name, [m.group("label")], person.start, person.end)
            )


def _headcounts(out: Attendance, clause: Clause, skip: int, body: str) -> bool:
    """应到 and 实到 of minutes-like reports ("应到39名正式党员，实到34名")."""
    found = False
    at = clause.start + skip
    for key, regex in (("expected", pt.HEADCOUNT), ("present", pt.PRESENT)):
        # "应到党员36人，应到正式党员32人": the voting members are the quorum's base
        counts = list(regex.finditer(body))
        votes = [c for c in counts if _voting(out, key, at + c.start(), c.group())]
        m = (votes or counts or [None])[0]
        n = number(m.group("n")) if m else None
        voting = bool(votes)
        if n and (getattr(out, key) is None or (voting and key not in out.voting)):
            setattr(out, key, Found(n, at + m.start(), at + m.end()))
            out.voting |= {key} if voting else set()
            found = True
    voting = _PRESENT_VOTING.search(body)
    if voting and out.present is None:
        at = clause.start + skip
        n = number(voting.group("n") or voting.group("m"))
        out.present = Found(n, at + voting.start(), at + voting.end()) if n else None
        found = bool(n)
    members = _MEMBERS_PRESENT.search(body)
    if members and out.present is None:
        n = number(members.group("n") or members.group("m"))
        at = clause.start + skip
        out.present = Found(n, at + members.start(), at + members.end()) if n else None
        found = bool(n)
    everyone = pt.EVERYONE_CAME.match(body)
    if everyone and out.present is None and out.expected is not None:
        at = clause.start + skip
        out.present = Found(out.expected.value, at, at + everyone.end())
    return found


def _voting(out: Attendance, key: str, start: int, said: str) -> bool:
    """Whether a count is of the voting members: it says so (正式党员, 有表决权), or it is the
    实到 that answers a voting 应到 ("应到师生党员73人，实到66人。其中应到正式党员34人，实到32人")."""
    if pt.VOTING_MEMBERS.search(said):
        return True
    return (
        key == "present"
        and "expected" in out.voting
        and out.expected.start < start
        and (out.present is None or out.present.start < out.expected.start)
    )


def _attend(out: Attendance, doc: Text, index: int, skip: int, m: re.Match, used: set[int]):
    role = lx.ROLES.get(m.group("verb")) or presence.GUIDE_ROLES[m.group("verb")]
    guide = m.groupdict().get("guide") and m.group("verb") != "出席"  # 出席并作指导 stays 出席
    if guide and role != "缺席" and "身份" not in m.group():
        role = "列席"  # but "以普通党员身份参会并指导" is a member who takes part
    first, last, start, listed = _list_span(out, doc, index, skip, m, used)
    if lx.MEETING_SUBJECT_RE.fullmatch(listed) or not listed.strip():
        return
    made_up = pt.MADE_UP_OF.match(listed)  # "A和B组成的考核工作组": A and B
    if made_up:
        listed = made_up.group("people")
        start += made_up.start("people")
    people, groups = parse_people_list(listed, start, out.registry)
    if pt.CAPACITY.fullmatch(listed):  # "…，以普通党员身份参加会议": the people are named before
        people, groups, first = _capacity_subject(doc, index, out.registry, used), [], index
    if not people and not groups:
        return
    label = m.groupdict().get("label") or _label_before_colon(doc, index, m, last)
    # "出席会议并作工作报告": the act after 并 is the agenda's to read, the clause stays unread
    out.used.update(range(first, last + (0 if m.groupdict().get("act") else 1)))
    for person in people:
        if label and not person.titles:
            person.titles, person.label = [label], bool(lx.GENERIC_LABEL_RE.match(label))
        out.registry.add(person.name)
        out.entries.append((person, role, None))
        if m.groupdict().get("speech"):
            out.implied.append((person, "讲话"))
        elif m.groupdict().get("review"):
            out.implied.append((person, "点评"))
    _add_groups(out, groups, role)


def _list_span(out: Attendance, doc: Text, index: int, skip: int, m: re.Match, used: set[int]):
    """(first clause, last clause, start, text) of the list of people an attendance names."""
    clause = doc.clauses[index]
    start = clause.start + skip + m.start("list")
    end = clause.start + skip + m.end("list")
    first = last = index

    def more(i: int) -> bool:
        other = doc.clauses[i]
        return (
            i not in used
            and other.sentence == clause.sentence
            and parse_subject(other.text, out.registry).whole
        )

    def passable(i: int) -> bool:  # a group no reader takes whole: "<unit>办、<unit>办负责人"
        other = doc.clauses[i]
        return (
            i not in used
            and other.sentence == clause.sentence
            and lx.GROUP_WORD_RE.search(other.text) is not None
            and parse_subject(other.text, out.registry).kind == "none"
        )

    if m.re is pt.ATTEND_HAVE:  # "出席会议的有：书记A，支委B、C": the list runs on after 有
        while last + 1 < len(doc.clauses) and more(last + 1):
            last += 1
        end = doc.clauses[last].end
        if last > index and doc.text[clause.end : clause.end + 1] == "：":
            start = doc.clauses[index + 1].start  # "出席会议的有：" ends its clause
    else:  # "校领导A、B，党委委员C出席会议": the list may begin in earlier comma parts.
        first = _list_start(index, more, passable)
        start = doc.clauses[first].start if first < index else start
    return first, last, start, doc.text[start:end]


def _list_start(index: int, more, passable) -> int:
    """The first comma part of a list that ends in clause `index`. A group the readers cannot
    take whole ("<unit>办、<unit>办负责人") is passed over when the part before it is whole
    ("书记A，<unit>办、<unit>办负责人，B参加"): the list runs on across it, one such part at a time."""
    first = index
    while first > 0 and more(first - 1):
        first -= 1
    while first > 1 and passable(first - 1) and more(first - 2):
        first -= 2
        while first > 0 and more(first - 1):
            first -= 1
    return first


def _label_before_colon(doc: Text, index: int, m: re.Match, last: int) -> str | None:
    """ "出席会议的是新选举产生的四名支委：A、B": 支委 is each one's title."""
    if m.re is not pt.ATTEND_HAVE or last == index or not m.group("list"):
        return None
    label = pt.LIST_LABEL_BEFORE_COLON.search(m.group("list"))
    return label.group("label") if label and is_title(label.group("label")) else None


def _add_groups(out: Attendance, groups: list[tuple[str, int, int]], role: str) -> None:
    before = ""
    for name, g_start, g_end in groups:
        tidy = pt.GROUP_JOINER.sub("", name)
        post = tidy[1:]  # "党支部书记和副书记": the deputies of the same units
        if tidy.startswith("副") and len(before) > len(post) and before.endswith(post):
            tidy = before[: -len(post)] + tidy
        before = tidy
        if tidy:  # "以及支部全体党员" → 支部全体党员, "学院党委委员全体" → 学院党委委员
            out.groups.append((tidy, role, g_start + name.find(tidy), g_end))


def _capacity_subject(doc: Text, index: int, registry, used: set[int]) -> list[PersonRef]:
    """ "A、B认真执行双重组织生活制度，以普通党员身份参加会议": A and B attend."""
    clause = doc.clauses[index]
    before = doc.clauses[index - 1] if index else None
    if before is None or index - 1 in used or before.sentence != clause.sentence:
        return []
    skip = strip_adverbials(before.text)
    subject = parse_subject(before.text[skip:], registry)
    if subject.kind != "people":
        return []
    return [
        PersonRef(p.name, p.titles, p.start, p.end)
        for p in participants(subject, before.start + skip, registry)
        if p.name
    ]


def _leave(out: Attendance, listed: str, verb: str, offset: int) -> None:
    role = "请假" if verb == "请假" else "缺席"
    shared_reason = None
    entries = []
    for s, e in split_top(listed, "、，"):
        part = listed[s:e]
        m = pt.LEAVE_REASON.match(part)
        who, reason = (m.group("who"), m.group("reason")) if m else (part, None)
        entries.append((who, reason, offset + s))
        shared_reason = reason or shared_reason
    for who, reason, start in entries:
        people, _ = parse_people_list(who, start, out.registry)
        for person in people:
            out.registry.add(person.name)
            out.entries.append((person, role, reason or shared_reason))


def number(text: str) -> int | None:
    """`18`, `十八`, `三十九` → the number."""
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in lx.CN_DIGITS:
            current = lx.CN_DIGITS[ch]
        elif ch in "十百":
            total += (current or 1) * (10 if ch == "十" else 100)
            current = 0
        else:
            return None
    return total + current or None


@dataclass
class Chairs:
    registry: Registry
    chairs: list[PersonRef] = field(default_factory=list)
    recorder: PersonRef | None = None
    implied: list[tuple[PersonRef, str]] = field(default_factory=list)  # "主持并讲话"
    used: set[int] = field(default_factory=set)


def read_chairs(doc: Text, registry: Registry) -> Chairs:
    out = Chairs(registry.copy())
    first = None  # "A由X主持，B由Y主持": the chairs of one sentence
    for index, clause in enumerate(doc.clauses):
        found = first in (None, clause.sentence) and _chair(out, _with_chairs_before(doc, index))
        if found:
            # "X主持会议并传达…": the act after 并 is the agenda's to read
            out.used |= {index} if found is True else set()
            first = clause.sentence if out.chairs else None
        if out.recorder is None and _recorder(out, clause):
            out.used.add(index)
    for person in out.chairs:
        out.registry.add(person.name)
    if out.recorder:
        out.registry.add(out.recorder.name)
    return out


def _with_chairs_before(doc: Text, index: int) -> Clause:
    """ "会议分别由A，B和C主持": the clause with the start of the list put back in front;
    "会议主持：支部书记X" (the colon ends a clause): the label put back in front of the name."""
    clause = doc.clauses[index]
    before = doc.clauses[index - 1] if index else None
    if before and pt.CHAIR_LABEL.fullmatch(before.text) and doc.text[before.end] == "：":
        text = "主持人：" + clause.text
        return Clause(clause.start - 4, clause.end, clause.sentence, text, clause.paragraph)
    m = pt.CHAIR_BY_OPEN.search(before.text) if before else None
    if not (m and before.sentence == clause.sentence and "主持" in clause.text):
        return clause
    start = before.start + m.start()
    text = doc.text[start : clause.end].replace("，", "、")  # one list; offsets unchanged
    return Clause(start, clause.end, clause.sentence, text, clause.paragraph)


def _chair(out: Chairs, clause: Clause) -> bool | str:
    """ "…参加会议院党委书记X主持会议": a page that lost the comma after the attendance."""
    run_on = pt.ATTENDANCE_RUN_ON.search(clause.text)
    if run_on and _chair_in(out, clause, run_on.end()):
        return True
    return _chair_in(out, clause, 0)


def _chair_in(out: Chairs, clause: Clause, at: int) -> bool | str:
    if at:
        clause = Clause(clause.start + at, clause.end, clause.sentence, clause.text[at:], 0)
    text = clause.text
    m = pt.CHAIR_BY.search(text) or pt.CHAIR_FIELD.search(text) or pt.CHAIR_NAMED.search(text)
    m = m or pt.CHAIR_BY_SLIP.search(text)
    if m:
        people, _ = parse_people_list(m.group("who"), clause.start + m.start("who"), out.registry)
        if not people and m.re is pt.CHAIR_BY:  # 由 and 主持 bound the span
            person = bounded.titled_name_in_span(m.group("who"), clause.start + m.start("who"))
            people = [person] if person else []
        out.chairs.extend(people)
        # "主持人X宣读到会人数" opens the meeting; "X主持会议并讲话" gives a speech, as filed
        if m.re is pt.CHAIR_NAMED or m.groupdict().get("speech"):
            kind = "讲话" if m.groupdict().get("speech") else "主持"
            out.implied.extend((p, kind) for p in people)
        return True
    if "主持" not in text or "在主持" in text:
        return False
    skip = strip_adverbials(text)
    subject = parse_subject(text[skip:], out.registry)
    rest = text[skip + subject.end :]
    said = pt.CHAIR_SUBJECT_REST.match(rest)
    if not (subject.kind == "people" and said):
        return False
    for p in participants(subject, clause.start + skip, out.registry):
        if p.name:
            out.chairs.append(PersonRef(p.name, p.titles, p.start, p.end))
            if said.group("speech"):
                out.implied.append((out.chairs[-1], "讲话"))
    return "act" if said.groupdict().get("act") else True


def _recorder(out: Chairs, clause: Clause) -> bool:
    if "记录" not in clause.text:
        return False  # both patterns need the word; RECORDER alone tries 40 lengths per position
    m = pt.RECORDER_FIELD.search(clause.text) or pt.RECORDER.search(clause.text)
    if not m:
        return False
    who = m.group("who")
    skip = strip_adverbials(who)
    people, _ = parse_people_list(who[skip:], clause.start + m.start("who") + skip, out.registry)
    if people:
        out.recorder = people[-1]
    return bool(people)
