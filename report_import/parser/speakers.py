"""Who an agenda clause names: counted groups, list labels, people named only by a title, and
the speeches that attendance implies ("出席会议并讲话")."""

from . import lexicon as lx
from . import patterns as pt
from .acts import ADDRESSED, DEMAND, LEADER_AFTER_NAME, OPINION, SUPERVISOR
from .addresses import DIRECTIONS_AFTER
from .items import NEXT_STEP, Item, find_trigger
from .people import (
    Participant,
    PersonRef,
    Registry,
    Subject,
    is_title,
    parse_people_list,
    parse_subject,
)
from .structure import Clause, Text
from .verbs import MEMBER_GROUP, PASSED_ON


def role_group(text: str, subject: Subject, registry: Registry) -> Subject:
    """ "各位申请转正的同志依次上台，…做了介绍": a group named by its part in the meeting acts,
    one item without a speaker, when no person or unit starts the clause (and no name is in
    it: "书院的A同志及B同志" are people, not a group); "秘书组汇报了…": a working group of the
    meeting speaks as a body."""
    everyone = pt.ALL_MEMBERS.match(text) if subject.kind in ("none", "people") else None
    if everyone:  # "支部全体党员们重温了入党誓词": the members as a whole, the meeting
        return Subject("meeting", [], everyone.end(), text=text)
    body = pt.WORKING_GROUP.match(text) if subject.kind in ("none", "people") else None
    if subject.kind == "none":  # "支部委员会报告了…"
        body = body or pt.SPEAKING_BODY_START.match(text)
    if body:  # "秘书组汇报了…": the group speaks as a body
        return Subject("meeting", [], body.end(), text=text)
    m = (
        (pt.ROLE_GROUP.match(text) or MEMBER_GROUP.match(text))
        if subject.kind in ("none", "meeting")
        else None
    )
    if not m or m.end() <= subject.end or any(name in m.group() for name in registry.found):
        return subject  # ("中心组其他成员": members of the group, not the group as the meeting)
    return Subject("people", [[(m.group(), 0, m.end(), "title")]], m.end(), text=text)


def invited_subject(text: str, subject: Subject, registry: Registry) -> Subject:
    """ "会议特邀省委党校教授X作专题报告": the meeting invites, the one invited acts."""
    invite = pt.INVITED.match(text, subject.end) if subject.kind == "meeting" else None
    invited = parse_subject(text[invite.end() :], registry) if invite else None
    if not invited or invited.kind != "people":
        return subject
    at = invite.end()
    groups = [[(t, s + at, e + at, kind) for t, s, e, kind in group] for group in invited.groups]
    return Subject("people", groups, invited.end + at, invited.whole, text)


def owner_prefix(text: str, registry: Registry) -> int:
    """ "第一党支部的毛晴晴同志介绍了…": the unit before 的 is not the subject; the person is."""
    m = pt.OWNER_PREFIX.match(text)
    if not m or parse_subject(text[m.end() :], registry).kind != "people":
        return 0
    return m.end()


def count_prefix(text: str) -> int:
    """ "6位党支部书记依次述职": the count before a subject is not part of it."""
    m = pt.COUNT_PREFIX.match(text)
    return m.end() if m else 0


def by_prefix(text: str, registry: Registry) -> int:
    """ "由党支部书记介绍大会基本情况", "…，并由入党培养人分别作出评价": the 由 before an actor
    is not part of the subject."""
    at = 2 if text.startswith("并由") else 1 if text.startswith("由") else 0
    subject = role_group(text[at:], parse_subject(text[at:], registry), registry) if at else None
    return at if subject and subject.kind in ("people", "meeting") else 0


def labelled(p: Participant) -> bool:
    """ "发展对象赵一帆、林可等六名同志": the label of the list is no post of one's own."""
    return all(lx.DISTRIBUTIVE_LABEL_RE.search(t) for t in p.titles)


def named_group(subject, people: list[Participant]) -> bool:
    return bool(people) and is_group(subject)


def is_group(subject) -> bool:
    """ "张杰等五位同志", "付洋、黄宇祥等七位同学": names that stand for a counted group."""
    elements = [el for group in subject.groups for el in group]
    m = pt.NAMED_GROUP.match(subject.text[elements[-1][2] :]) if elements else None
    # "A、B等2名书记": a count no larger than the names is the whole list, not a sample
    return bool(m) and (len(elements) == 1 or lx.count_value(m.group("n")) > len(elements))


def roles_only(subject) -> bool:
    return all(el[3] == "title" for group in subject.groups for el in group)


def unnamed_actors(subject, people: list[Participant]) -> bool:
    return subject.kind == "people" and not people and (roles_only(subject) or is_group(subject))


def label_after_list(subject, people: list[Participant]) -> None:
    """ "A、B、C等中心组成员结合…": each of them is a 中心组成员; not the examples of a counted
    crowd ("李宁等9名发展对象": the crowd's word, set 20's README 13)."""
    if is_group(subject):
        return
    last = next((g[-1] for g in reversed(subject.groups) if g), None)
    m = pt.LIST_LABEL.match(subject.text[last[2] : subject.end]) if last else None
    label = m.group("label") if m else ""
    # A generic label (班子成员, 校领导) says less than the titles given elsewhere.
    if lx.DISTRIBUTIVE_LABEL_RE.search(label) and not generic_label(label) and is_title(label):
        for p in people:
            if p.name and not p.titles:
                p.titles = [label]


def generic_label(label: str) -> bool:
    return bool(lx.GENERIC_LABEL_RE.match(label) or lx.COLLECTIVE_TAIL_RE.search(label))


def by_title(mentions: list[PersonRef], subject, offset: int) -> list[Participant]:
    """`校党委书记在讲话中指出`: the person the report named with that title before."""
    titles = [el[0] for group in subject.groups for el in group if el[3] == "title"]
    if len(titles) != 1:
        return []
    holders = {m.name for m in mentions if titles[0] in m.titles and not m.label}
    if not holders:
        holders = _by_surname_and_post(mentions, titles[0])
    if len(holders) != 1:
        return []
    return [Participant(holders.pop(), None, [], offset, offset + len(titles[0]))]


def _by_surname_and_post(mentions: list[PersonRef], title: str) -> set[str]:
    """ "苏部长传达了…": the one person named before with that surname and that post."""
    if not pt.SURNAME_AND_POST.fullmatch(title):
        return set()
    surname, post = title[0], title[1:]
    return {
        m.name
        for m in mentions
        if m.name.startswith(surname) and not m.label and any(t.endswith(post) for t in m.titles)
    }


def implied_items(doc: Text, items: list[Item], implied: list[tuple[PersonRef, str]]):
    """ "校党委书记郑强出席会议并讲话" with no speech reported later: still a speech. The lead's
    speech is one of its own beside the person's other acts ("X主持召开并讲话", then X's 交流:
    S21/02, S23/25); only a 讲话 told later is the same speech."""
    spoken = {item.speaker for item in items if item.speaker}
    addressed = {item.speaker for item in items if item.speaker and item.kind == "讲话"}
    added = []
    for person, kind in implied:
        if person.name in (addressed if kind == "讲话" else spoken):
            continue
        paragraph = next(
            (c.paragraph for c in doc.clauses if c.start <= person.start < c.end + 1), 0
        )
        item = Item(kind, person.name, None, [], None, [], [], person.start, person.end)
        item.sentence, item.paragraph = -1, paragraph
        added.append(item)
        spoken.add(person.name)
        addressed.add(person.name)
    return added


def in_order_held(item: Item) -> tuple[bool, int]:
    """Sort key of the agenda: where the act is told, but the speech the lead implies ("X主持
    会议并讲话", "X出席会议并讲话", told by no later sentence) after every act told — the golds
    file it last (S18/17, S21/25, S26/22, S26/23)."""
    return (item.sentence == -1 and item.kind == "讲话", item.start)


def leaders(
    doc: Text, clause: Clause, registry: Registry, mentions: list[PersonRef]
) -> list[Participant]:
    """ "在支部书记钟慧老师的领誓下(，)全体党员…": the person who leads the act, not the
    step told after it ("…重温了入党誓词，随后集中交纳了党费")."""
    if NEXT_STEP.match(clause.text):
        return []
    s, _ = doc.sentences[clause.sentence]
    led = pt.LED_BY.search(doc.text, s, clause.end)
    if not led:
        return []
    refs, _ = parse_people_list(led.group("who"), led.start("who"), registry)
    mentions.extend(p for p in refs if p.titles)
    return [Participant(p.name, None, p.titles, p.start, p.end) for p in refs]


def vote_not_subject(body: str, subject: Subject) -> Subject:
    """ "等额选举产生党支部书记", "顺利选出了新一届支委会委员": a vote whose result ends in a
    title is a predicate, not a subject made of that title."""
    if subject.kind == "people" and roles_only(subject):
        vote = find_trigger(body, meeting_subject=False)
        if vote and vote[0] == "表决":
            return Subject("none", [], 0)
    return subject


def full_name(p: Participant, mentions: list[PersonRef]) -> Participant:
    """ "王老师", "张书记": the one person of that surname the report named in full."""
    m = pt.SURNAME_AND_POST.fullmatch(p.name or "")
    if not m:
        return p
    full = {ref.name for ref in mentions if ref.name[0] == m.group(1) and len(ref.name) > 1}
    full = {n for n in full if not pt.SURNAME_AND_POST.fullmatch(n)}
    if len(full) == 1:
        p.name = full.pop()
    return p


def weak_trigger(
    items: list[Item],
    group: list[Item],
    clause: Clause,
    rest: str,
    people,
    head: str,
    chairs: set[str],
):
    """Someone new speaks ("周雅琴强调，…"); so does the chair summing up at the end — every
    set's gold files those closing words as 讲话, never as 主持."""
    weak = pt.WEAK_TRIGGER.match(rest) or ADDRESSED.match(rest) or DIRECTIONS_AFTER.match(rest)
    names = {p.name for p in people if p.name}
    if not (weak and names):
        return None
    current = group[-1] if group else None
    # the words just before the clause: a sentence may run on for thousands of characters
    closing = bool(pt.CLOSING.search(head[-80:] + weak.group()))
    demand = bool(DEMAND.search(weak.group()))
    if current and current.speaker in names:
        own = _own_words_after(current, clause.sentence, closing, demand, weak.group())
        return ("讲话", weak) if own else None
    spoke = [i.kind for i in items if i.speaker in names and i.kind in ("讲话", "点评")]
    if spoke and not (closing or (demand and spoke[-1] == "点评")):
        return None  # "X在讲话中指出…。X强调…": the same speech goes on
    said_by = clause.text[: len(clause.text) - len(rest)]
    leads = (
        closing or names & chairs or LEADER_AFTER_NAME.search(said_by) or SUPERVISOR.search(said_by)
    )
    if OPINION.fullmatch(weak.group()) and not leads:
        return ("发言", weak)  # "X同志表示/认为，…": one's view, not a leader's directions
    return ("讲话", weak)  # "最后，X强调…": closing words after the others spoke


def _own_words_after(current: Item, sentence: int, closing: bool, demand: bool, verb: str) -> bool:
    """ "X领誓…。X强调…", "X宣读了…。最后，X指出…": in a sentence of its own, one's words after
    leading a ceremony or reading a text out, or closing the meeting, are a speech of their own;
    after one's own speech they go on with it."""
    if current.kind in PASSED_ON and (demand or verb.startswith("并")):
        return True  # "X传达了…，要求…", "X领学了…。她强调…": directions of one's own
    if current.sentence == sentence or current.kind == "讲话":
        return False
    # the settled table: a reviewer's own requirements in a further sentence are a speech
    return current.kind in ("其他", "宣读") or closing or (demand and current.kind == "点评")


def chair_opens(items: list[Item], chairs: set[str]) -> None:
    """ "支部书记报告了出席会议的人数", "清点会议人员并宣布到会情况后，…": the one who opens the
    meeting, not named there, is its chair."""
    if len(chairs) != 1:
        return
    for item in items:
        if item.kind == "主持" and not (item.speaker or item.org):
            item.speaker = next(iter(chairs))
