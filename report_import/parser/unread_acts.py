"""Acts of the settled table that no reader drafted. After the agenda pass, a comma part of the
meeting's body whose verb of the table opens what it says, and in which no item opened, is one
item: its kind by the verb, its speaker the subject named before the verb, if any.

An item records where it came from by its span: from `Item.start` through the text it first
recorded after its verb (a vote holds its whole sentence); `Item.end` grows as later comma parts
are told on into it, and those add no act of their own. The pass adds items and leaves every
drafted one as it is.

The verbs are sorted into classes and only the classes in KEPT add items: each class was
measured alone (the share of its added items the gold holds) on sets 18-30 and checked on the
held-out sets 31-34 (docs/report-parser.md, "Twenty-fifth round, segment")."""

import re

from . import patterns as pt
from .aside import beside_the_meeting, crowd
from .items import Item, find_trigger, items_for
from .people import Registry, Subject, parse_subject, participants
from .scope import caption, preparation, second_meeting
from .structure import Clause, Found, Text, strip_leader

# The settled table's verbs by class, named by the first class whose words the matched verb holds.
VERB_CLASSES = (
    ("点评", re.compile(r"点评")),
    ("述职", re.compile(r"述职")),
    ("讲话", re.compile(r"讲话|致辞")),
    ("发言", re.compile(r"发言")),
    ("交流", re.compile(r"交流|分享|体会")),
    ("汇报", re.compile(r"汇报|报告|介绍")),
    ("领学", re.compile(r"领学|学习")),
    ("传达", re.compile(r"传达")),
    ("宣读", re.compile(r"宣读")),
    ("解读", re.compile(r"解读|辅导")),
    ("表决", re.compile(r"表决|选举|投票")),
    ("观看", re.compile(r"观看")),
    ("参观", re.compile(r"参观")),
    ("誓词", re.compile(r"誓词|宣誓|领誓")),
    ("测评", re.compile(r"测评")),
    ("集学", re.compile(r"(?:集中|集体)学习")),
)
# 参观 and 观看: 3 of 3 added items right each on sets 18-30, none added on 31-34; every other
# class is right little more than half the time or less on 18-30 (领学 4 of 7, 誓词 1 of 2).
# 集学, the members' study together (集中/集体学习, a 领学 with no leader): 2 of 2 on 18-34 (S22/16,
# S31/11), none added on 35-36; all of 领学 was 4 of 10 on 18-34 (round 29).
KEPT = frozenset({"参观", "观看", "集学"})
# "会后", "会议结束后", "活动开始前": an act before or after the meeting.
_BEFORE_OR_AFTER = re.compile(r"^[^，。；]{0,10}?(?:会前|会后|结束后|之后|前夕|之前)")
# "对…进行点评", "就…作了汇报", "集体参观了…": a phrase of what or whom, or an adverb, then the verb.
_BEFORE_VERB = re.compile(
    r"(?:对|就|围绕|针对|结合|向|为|给|从|以)[^，。；]{1,40}"
    r"|进一步|认真|详细|集中|集体|共同|一起|一同|分别|依次|先后|还|也|又|并"
)
# The together word before or in the matched 学习 ("与会党员集中学习了…").
_TOGETHER = re.compile(r"集中|集体")


def unread_acts(
    doc: Text, items: list[Item], registry: Registry, used: set[int], title: Found | None
) -> list[Item]:
    """The items of the body's comma parts that tell an act of a kept class no item came from."""
    return [item for verb_class, item in acts(doc, items, registry, used, title, KEPT)]


def acts(doc: Text, items, registry, used, title, kept) -> list[tuple[str, Item]]:
    """Each unread act of a class in `kept`, with its class, in text order."""
    words = re.compile("|".join(w.pattern for name, w in VERB_CLASSES if name in kept))
    spans = [origin(doc, i) for i in items if i.sentence >= 0]
    start, end = body_span(doc, title)
    found: list[tuple[str, Item]] = []
    for index, clause in enumerate(doc.clauses):
        if not start <= clause.start < end or index in used or not words.search(clause.text):
            continue
        if _drafted(spans, clause):
            continue
        act = _act(doc, clause, registry, title)
        if act and act[0] in kept and not _told_on(doc, items, found, act):
            found.append(act)
    return found


def body_span(doc: Text, title: Found | None) -> tuple[int, int]:
    """From the end of the title's sentence (it frames the meeting: "召开…会议，传达学习…精神";
    its steps follow) to another meeting told afterwards."""
    start = (
        doc.sentences[max(0, doc.sentence_at(title.start))][1] if title and title.start >= 0 else 0
    )
    return start, second_meeting(doc, title)


def origin(doc: Text, item: Item) -> tuple[int, int]:
    """Where an item came from: its start, through the text it first recorded after its verb
    (an item opened from a subject told in the comma part before: "进入博物馆，师生们…依次参观
    主展厅"); a vote holds its whole sentence."""
    if item.kind == "表决":
        return item.start, item.end
    sentence, text = item.text_parts[0] if item.text_parts else (-1, "")
    at = doc.text.find(text, item.start, item.end) if text and sentence == item.sentence else -1
    return item.start, (at + len(text) if at >= 0 else item.start + 1)


def _drafted(spans: list[tuple[int, int]], clause: Clause) -> bool:
    return any(s < clause.end and clause.start < e for s, e in spans)


def _told_on(doc: Text, items: list[Item], found, act: tuple[str, Item]) -> bool:
    """ "参观校史馆。党员们依次参观了…": an act of the class of an item opened in its sentence or
    the one before is that act told on; a speaker's (the nearest item before) goes on."""
    verb_class, new = act
    words = dict(VERB_CLASSES)[verb_class]
    before = [
        i
        for i in items + [i for _, i in found]
        if 0 <= new.sentence - i.sentence <= 1 and i.start < new.start
    ]
    same = any(
        i.kind == new.kind
        and (i.kind != "其他" or words.search(doc.text, i.start, _clause_end(doc, i)))
        for i in before
    )
    last = max(before, key=lambda i: i.start, default=None)
    # "X作了报告，介绍了…": X goes on; a ceremony or a visit (其他) never is part of a speech
    speaker_goes_on = last and (last.speaker or last.org) and not (new.speaker or new.org)
    return same or bool(speaker_goes_on and new.kind != "其他")


def _clause_end(doc: Text, item: Item) -> int:
    return next((c.end for c in doc.clauses if c.start <= item.start < c.end), item.start)


def _act(doc: Text, clause: Clause, registry: Registry, title) -> tuple[str, Item] | None:
    skip = strip_leader(clause.text)
    body = clause.text[skip:]
    first = find_trigger(body, meeting_subject=False)
    if not first or no_act(doc, clause, body, title):
        return None
    # the subject is read before the verb only: "会上学习了习近平总书记…" names no one
    head = body[: first[1].start()]
    subject = Subject("none", [], 0) if _opens(head) else parse_subject(head, registry)
    trigger = find_trigger(body[subject.end :], meeting_subject=False)
    if subject.kind == "pronoun" or not trigger or not _opens(head[subject.end :]):
        return None  # a pronoun told on; the verb does not open what the clause says
    kind, match = trigger
    verb_class = next((name for name, words in VERB_CLASSES if words.search(match.group())), "")
    if verb_class == "领学" and _TOGETHER.search(head[subject.end :] + match.group()):
        verb_class = "集学"
    people = (
        participants(subject, clause.start + skip, registry) if subject.kind == "people" else []
    )
    people = [p for p in people if not crowd(p.name or p.org)][:1]  # one item per act
    return verb_class, items_for(kind, match, people, clause, skip, subject.end)[0]


def no_act(doc: Text, clause: Clause, body: str, title: Found | None) -> bool:
    """A time ("参观结束后"), a point of what was said ("二是…"), a caption, the preparation,
    another body's meeting, or an act before or after the meeting."""
    return bool(
        pt.TEMPORAL_CLAUSE.fullmatch(body)
        or pt.SPEECH_POINT.match(body)
        or caption(doc, clause)
        or preparation(doc, clause)
        or beside_the_meeting(doc, clause, (title.value or "") if title else "")
        or _BEFORE_OR_AFTER.match(doc.sentence_of(clause))
    )


def _opens(before: str) -> bool:
    return not before or bool(_BEFORE_VERB.fullmatch(before))
