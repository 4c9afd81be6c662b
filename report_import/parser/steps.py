"""Minutes-like reports: a programme of numbered steps ("第二项议程为发展对象个人汇报；…").

A step is a noun phrase more often than a sentence, so it is classified by its words when no
agenda verb reads it; when the report lists the whole programme first and tells the meeting
afterwards, the telling fills the listed steps instead of adding items of its own.
"""

import re

from . import patterns as pt
from .items import Item, find_trigger
from .people import split_top
from .structure import Clause, Text

# A programme listed in one sentence has at least this many numbered steps.
LISTED_STEPS = 3
# Acts told after the lead's paragraph that make its summary of the meeting redundant.
SUMMED_UP = 2
# The meeting arranging work ("研究部署", "进行了安排部署", "对近期工作进行布置").
_ARRANGED = re.compile(r"部署|布置|安排")
_ELECTION = re.compile(r"选举")
# The election itself told, not only its method voted on ("表决通过了选举办法").
_ELECTED = re.compile(r"选举产生|选出|当选|差额选举|等额选举")


def step_kind(step: str, trigger_kind: str | None) -> str:
    """The kind of a step: its agenda verb's, else what its words say (投票 → 表决 …)."""
    kind = trigger_kind or "其他"
    if kind in ("其他", "报告"):
        kind = next((k for k, regex in pt.PROGRAMME_KINDS if regex.search(step)), kind)
    return kind


# "一是…；二是…": the ordinal of a step, or of a point, told anywhere in a sentence.
ORDINAL = re.compile(r"[一二三四五六七八九十]{1,2}是")


def numbered_step(doc: Text, clause: Clause) -> tuple[str, bool] | None:
    """The step a clause names after its number, and whether the sentence lists a programme."""
    m = pt.NUMBERED_STEP.match(clause.text)
    if not m or len(clause.text) - m.end() < 2:
        return None
    listing = len(pt.NUMBERED_STEP_ANYWHERE.findall(doc.sentence_of(clause))) >= LISTED_STEPS
    return clause.text[m.end() :], listing


def step_item(kind: str, step: str, clause: Clause) -> Item:
    documents = pt.DOC.findall(step)
    parts = [(clause.sentence, step)]
    where = (clause.sentence, clause.paragraph)
    body = pt.SPEAKING_BODY_START.match(step)  # "支委会报告政治审查情况": the committee reports
    org = body.group() if body else None
    return Item(kind, None, org, [], None, documents, parts, clause.start, clause.end, *where)


def retold_step(listed: list[Item], told: set[int], new_items: list[Item]) -> Item | None:
    """The listed step an unnamed act told later stands for: the first not yet told of its kind."""
    if len(new_items) != 1 or new_items[0].speaker:
        return None
    new = new_items[0]
    for index, item in enumerate(listed):
        same = item.kind == new.kind and new.org in (None, item.org)  # "支委会报告了…"
        if index not in told and same and item.sentence < new.sentence:
            told.add(index)
            return item
    return None


def programme_items(clause: Clause, m) -> list[Item]:
    """One item per step of a programme the report lists, in its order."""
    items = []
    offset = clause.start + m.start("steps")
    for s, e in split_top(m.group("steps"), "、"):
        step = m.group("steps")[s:e]
        trigger = find_trigger(step, meeting_subject=False)
        kind = step_kind(step, trigger[0] if trigger else None)
        body = pt.SPEAKING_BODY_START.match(step)
        org = body.group() if body else None
        documents = pt.DOC.findall(step)
        where = (clause.sentence, clause.paragraph)
        item = Item(kind, None, org, [], None, documents, [], offset + s, offset + e, *where)
        items.append(item)
    return items


def step_span(doc: Text, clause: Clause) -> tuple[int, int]:
    """The sentence around a clause, or the `；`-separated step of it ("会议第三项，…；")."""
    s, e = doc.sentences[clause.sentence]
    before = doc.text.rfind("；", s, clause.start)
    after = doc.text.find("；", clause.end, e)
    return (before + 1 if before >= 0 else s), (after + 1 if after >= 0 else e)


def without_lead_summary(doc: Text, items: list[Item], title_at: int | None) -> list[Item]:
    """ "…召开政治理论学习会议，集中学习…等会议精神。" and then, paragraph by paragraph, the
    lecture, the transmission and the study: the lead's unnamed 学习/传达 (or arrangement of
    work) sums up the meeting whose acts the report tells afterwards, so it is no act of its own."""
    if title_at is None:
        return items
    lead = next((i for i, (s, e) in enumerate(doc.sentences) if s <= title_at < e), None)
    first = next((i.paragraph for i in items if i.sentence == lead), None)
    told_later = [i for i in items if i.sentence != lead and i.paragraph != first]
    if lead is None or len(told_later) < SUMMED_UP:
        return items
    voted_later = any(
        _ELECTED.search(doc.text, i.start, i.end) for i in told_later if i.kind == "表决"
    )
    return [
        i
        for i in items
        if not (
            i.sentence == lead
            and not (i.speaker or i.org)
            and (
                (i.start > title_at and (i.kind in ("学习", "传达") or _arranged(doc, i)))
                or (voted_later and _elected(doc, i, title_at))
            )
        )
    ]


def _elected(doc: Text, item: Item, title_at: int) -> bool:
    """ "…召开全体党员大会，选举产生新一届党总支委员会委员。" and the election told later: the
    lead's vote names the meeting's purpose (S21/27, S33/11, S34/11)."""
    _, end = doc.sentences[item.sentence]
    return item.kind == "表决" and bool(_ELECTION.search(doc.text, title_at, end))


def _arranged(doc: Text, item: Item) -> bool:
    """ "…召开支部书记例会，就近期党建重点工作进行部署。": the meeting's own arrangement of work
    in the lead sums it up as well (S20/13, S25/15, S27/25, S32/19, S33/18, S34/13)."""
    return item.kind == "其他" and bool(_ARRANGED.search(doc.text, item.start, item.end))
