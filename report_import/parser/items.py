"""One clause with an agenda verb → the agenda items it reports, one per speaker."""

import re
from dataclasses import dataclass

from . import patterns as pt
from .acts import account_of_work, work_of_a_term
from .addresses import ADDRESS_TRIGGERS
from .adoptions import MEETING_ADOPTS
from .group_studies import studied_together
from .other_steps import STEP_TRIGGERS, UNNAMED_MATTERS
from .people import Participant, split_top
from .prefilter import prefilter
from .settled import settled_kind
from .shared_thoughts import THOUGHTS_TRIGGERS
from .speaking_units import names_no_unit
from .structure import Clause, strip_adverbials
from .summed_work import summed_work, sums_up_work
from .verbs import (
    MEETING_STUDY,
    MEMBERS_TALK,
    MORE_TRIGGERS,
    TEXT_EXPLAINED,
    VISIT_OR_FILM,
    WRITTEN_ACCOUNT,
)

# the eighth round's verbs win a tie; the sixteenth round's only where they start earlier
TRIGGERS = [*MORE_TRIGGERS, *pt.TRIGGERS, *STEP_TRIGGERS, *ADDRESS_TRIGGERS, *THOUGHTS_TRIGGERS]
# Each verb with the words it cannot match without: most clauses hold none of them.
_TRIGGER_WORDS = [(kind, regex, prefilter(regex)) for kind, regex in TRIGGERS]
# "…，随后集中交纳了党费": an adverb of sequence opens the next step of the meeting.
NEXT_STEP = re.compile(r"随后|接着|然后|之后|其后|紧接着|接下来|再由")
# "支部组织了专题党课学习": the branch that holds the meeting, named by its kind alone.
HOST_WORDS = frozenset({"支部", "党支部", "本支部", "我支部", "党总支", "党委"})


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
    sentence: int = -1
    paragraph: int = 0
    lecture: bool = False  # a 报告 that is a lecture (党课, 讲座, 辅导 …), not an account


def items_for(
    kind: str,
    match: re.Match,
    people: list[Participant],
    clause: Clause,
    skip: int,
    rest_at: int,
    *,
    before: str = "",
) -> list[Item]:
    """`before`: the sentence up to the clause ("会议总结回顾了…，并对…作出部署")."""
    body = clause.text[skip:]
    rest = body[rest_at:]
    matched = rest[match.start() : match.end()]
    kind = _refined_kind(kind, matched, rest)
    if (
        kind == "报告"
        and pt.ARRANGEMENT.search(matched)
        and not pt.UNIT_YEAR_REVIEWED.search(matched)
        and not (work_of_a_term(matched) or summed_work(matched))
    ):
        if any(p.name for p in people):
            kind = "讲话"  # a leader who arranges the work speaks
        elif not any(p.org for p in people) and not pt.SUMMING_UP.search(before + matched):
            kind = "其他"  # "会议还就安全工作进行了部署": the meeting's own step; with a summary, its report
    if kind == "学习" and VISIT_OR_FILM.search(matched):
        kind = "其他"  # "全体党员参观了…", "X带领大家观看了警示教育片": no study, the leader's step
    if kind == "发言" and any(p.name for p in people) and account_of_work(matched, rest):
        kind = "报告"  # "X汇报了…的工作情况": the account of work the meeting hears
    told = before + clause.text
    kind = settled_kind(kind, matched, rest[match.end() :], told, clause.text[: skip + rest_at])
    title, after = _item_title(kind, rest, matched, rest[match.end() :])
    if kind in ("宣读", "学习", "解读", "传达"):
        after = pt.DOC_OBJECT.sub("", after, count=1)
    text = _item_text(after) if kind not in ("交流", "书面交流") else None
    parts = [(clause.sentence, text)] if text else []
    documents = pt.DOC.findall(body)
    where = (clause.sentence, clause.paragraph)
    if kind == "表决" or WRITTEN_ACCOUNT.fullmatch(matched):
        people = []  # the members vote, never the one named with them ("X及全体党员…表决")
    if not people:
        return [
            Item(kind, None, None, [], title, documents, parts, clause.start, clause.end, *where)
        ]
    topics = _topics(rest[: match.start()], len(people))
    items = []
    # "讲座由X做报告": the clause may name the lecture its verb does not
    lecture = kind == "报告" and bool(pt.LECTURE_WORD.search(matched + clause.text))
    for i, person in enumerate(people):
        item_parts = [(clause.sentence, f"围绕{topics[i]}{matched}")] if topics else list(parts)
        org = None if person.name else _unit(person.org)
        items.append(
            Item(
                "报告" if org and kind == "发言" else kind,  # "秘书组汇报了…": a unit's account
                person.name,
                org,
                person.titles if not person.name else [],
                title,
                list(documents),
                item_parts,
                person.start,
                clause.end,
                *where,
                lecture=lecture,
            )
        )
    return items


def _unit(org: str | None) -> str | None:
    """The unit that speaks; a group of people ("学院四名中层干部") is not one, nor the college
    or branch that holds the meeting."""
    if org and (
        pt.PEOPLE_GROUP.search(org)
        or pt.ORG_SUBJECT_WORD.fullmatch(org)
        or org in HOST_WORDS
        or names_no_unit(org)
    ):
        return None  # "学院表彰了…": the college's own act is the meeting's
    return org


def _refined_kind(kind: str, matched: str, rest: str) -> str:
    if kind == "交流" and "书面" in matched:
        return "书面交流"
    if kind == "讲话" and "点评" in matched:
        return "点评"  # 在点评讲话中指出
    # the settled table: 说明 of a text explains it (解读); of one's work it is an account
    explained = matched.endswith("解读说明") or TEXT_EXPLAINED.match(rest)
    if kind == "报告" and explained:
        return "解读"  # "就《…工作报告》作了说明": the 作报告 inside the title is no act
    if kind == "发言" and "总结" in matched:
        # 作总结发言: the closing speech; but a 表态, one's 个人总结 or the team's answer is still a 发言
        team = "表态" in matched or "个人" in matched or pt.ON_BEHALF_OF_TEAM.search(rest)
        return "发言" if team else "讲话"
    return kind


def _item_title(kind: str, rest: str, matched: str, after: str) -> tuple[str | None, str]:
    """The title of a report or of what was transmitted, and the text after it."""
    if kind == "传达":
        return _transmitted(after)
    if kind != "报告":
        return None, after
    q = pt.REPORT_TITLE_QUOTED.search(rest)
    if q:
        return q.group("t"), after
    if matched.startswith("通报"):
        return _transmitted(after)
    if matched.endswith("说明"):
        e = pt.EXPLANATION_TITLE.search(rest)
        return (e.group("t") + "说明" if e else None), after
    p = pt.REPORT_TITLE_PLAIN.search(matched)
    if p and not pt.GENERIC_REPORT.match(p.group("t")):
        return re.sub(r"^(?:了|一个|一场)", "", p.group("t")), after
    return None, after


def _transmitted(after: str) -> tuple[str | None, str]:
    """ "传达了全国教育大会精神，…": what was transmitted, when it is not a quoted document."""
    o = pt.TRANSMIT_OBJECT.match(after)
    if o and "《" not in o.group("obj"):
        return o.group("obj"), after[o.end() :]
    return None, after


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


def find_trigger(rest: str, *, meeting_subject: bool):
    """The first agenda verb of a predicate, not counting those inside a 结合…/围绕… phrase."""
    rest = pt.MODIFIER_PHRASE.sub(lambda m: "，" * len(m.group()), rest)
    if not meeting_subject:
        rest = pt.HEARD.sub(lambda m: "，" * len(m.group()), rest)
    best = None
    for kind, regex, words in _TRIGGER_WORDS:
        if words and not words.search(rest):
            continue
        m = regex.search(rest)
        if m and (best is None or m.start() < best[1].start()):
            best = (kind, m)
    if not meeting_subject:
        best = sums_up_work(rest, best)  # "X总结了…工作情况": one's account, not the meeting's
    if meeting_subject:
        told = rest.lstrip("还也又集中")
        m = pt.MEETING_TRIGGER.match(told)
        m = None if m and UNNAMED_MATTERS.match(told, m.end()) else m  # "研究了其他事项"
        if m and (best is None or best[1].start() > 2):
            best = ("其他", pt.MEETING_TRIGGER.search(rest))
        study = MEETING_STUDY.match(rest)
        best = ("学习", study) if study and not best else best
        adopts = MEETING_ADOPTS.match(rest)  # "会议还通过了《…议程》"
        best = ("表决", adopts) if adopts and not best else best
    return best


def same_act(last: Item, new: Item) -> bool:
    if not new.speaker or new.speaker != last.speaker:
        return False
    # "X在点评中肯定了…。X要求…": a reviewer's demands are still the review
    return (
        new.kind == last.kind
        # "X作了主题发言。他…谈了心得体会": one turn, told on
        or {new.kind, last.kind} == {"发言", "交流"}
        # told in the 点评's own sentence; in a further sentence they are a speech (settled.py)
        or (new.kind == "讲话" and last.kind == "点评" and new.sentence == last.sentence)
        # "X向党员大会述职，X对过去一年支部工作进行总结": the account goes on
        or (new.kind == "报告" and last.kind == "述职")
        or lecturing(last, new)
    )


def lecturing(item: Item, new: Item) -> bool:
    """ "X作专题报告。他…重点解读了…，分享了…，并提出要求": a lecturer's explaining, sharing
    and urging, told after the lecture and before anyone else acts, are the lecture going on; so
    is what a lecturer introduces (`童老师介绍了…`), but not one's own statement after an account.
    After an account of work that is no lecture, one's directions are a speech of their own
    (S22/19, S30/27: "X总结了…工作情况，对今年…提出了五点要求")."""
    urging = new.kind == "讲话" and (item.lecture or item.kind == "述职")
    goes_on = new.kind in ("解读", "交流") or urging or (item.lecture and new.kind == "发言")
    # "X向党员大会述职，…对新一年工作做出规划和安排": the account goes on, as a report does
    return item.kind in ("报告", "述职") and goes_on


def team_report(clause: Clause, items: list[Item]) -> None:
    """ "X代表支部班子汇报了…工作": the team's account is a report. Its 对照检查 is not: the
    settled table files self-examination 发言, and so do sets 18-20 (S18/19, S19/09, S20/12,
    S20/30)."""
    if for_the_team(clause):
        for item in items:
            if item.kind == "发言" and item.speaker:
                item.kind = "报告"


def for_the_team(clause: Clause) -> bool:
    return bool(pt.TEAM_ACCOUNT.search(clause.text))


def clause_trigger(sentence: str, body: str, subject, read: tuple | None = None):
    """`read`: the verb of the whole clause, found already (`(trigger,)`) when no subject
    stands before it; the clause's reading does not search it again."""
    unread = read is None or subject.end or subject.kind == "meeting"
    meeting = subject.kind == "meeting"
    trigger = find_trigger(body[subject.end :], meeting_subject=meeting) if unread else read[0]
    if trigger and meetings_discussion(sentence, body, subject, trigger):
        return None
    return trigger


def meetings_discussion(sentence: str, body: str, subject, trigger) -> bool:
    """ "会议就…进行了积极讨论", "本次会议…，逐一对发展对象展开讨论", "经过热烈讨论，最终
    确定…": the meeting discusses (and may decide), which is no one's speech; the members'
    discussion ("党员们展开讨论") is."""
    said = trigger[1].group()
    if not (pt.MEMBERS_DISCUSSION.fullmatch(said) or MEMBERS_TALK.fullmatch(said)):
        return False
    if subject.kind == "none":  # the meeting may be the subject of the sentence
        meeting = pt.THE_MEETING.match(sentence[strip_adverbials(sentence) :])
    else:
        meeting = subject.kind == "meeting" and pt.THE_MEETING.match(body[: subject.end])
    return bool(meeting or pt.DISCUSSION.match(body))


def opens_next_step(current: Item, head: str, body: str, kind: str) -> bool:
    """ "首先…重温了入党誓词，随后集中交纳了党费，并集体诵读了《党章》": a step told after
    随后/接着 is a new act, and so is another act of the members (an item with no speaker)
    joined by 并; a ceremony follows a ceremony. A speaker's own next act ("…报告工作，随后带头
    开展批评与自我批评") stays that speaker's."""
    other = current.kind != kind or kind == "其他"
    unnamed = not (current.speaker or current.org)
    members = unnamed and body.startswith("并")
    steps = (unnamed or kind == "其他") and bool(NEXT_STEP.search(head) or members)
    # "X通报了…，并传达了…会议精神": passing a higher body's words on is an act of its own
    passed_on = kind == "传达" and (unnamed or body.startswith("并"))
    # "…重温了入党誓词，集中学习了…": a study told on together is one of its own
    return (other and (steps or passed_on)) or studied_together(current.kind, body, kind)


def modifier_before(body: str, at: int) -> bool:
    """ "同时结合各支部工作进行点评": only a 结合… phrase stands before the verb."""
    m = pt.MODIFIER_PHRASE.match(body)
    return bool(m) and m.end() == at
