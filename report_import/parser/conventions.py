"""Kinds of agenda items that depend on the kind of meeting, as the archive files them."""

import re
from collections import Counter

from .items import Item
from .structure import Text

# "各党支部书记分别围绕…进行了全面汇报": the secretaries under review give their account.
_ACCOUNT_UNDER_REVIEW = re.compile(r"(?:书记|干部|负责人)[^。；]{0,120}?汇报")


def as_accounts_under_review(items: list[Item], doc: Text) -> None:
    """At a 述职评议会 the unnamed secretaries' or cadres' 汇报 is the 述职 under review; told
    again right after ("根据述职汇报…测评") it is still that one act."""
    shared = Counter(item.sentence for item in items if item.sentence >= 0)
    for item in items:
        s, e = doc.sentences[item.sentence] if item.sentence >= 0 else (item.start, item.end)
        told = doc.text[s:e]
        unnamed = item.kind in ("发言", "报告") and not (item.speaker or item.org)
        if unnamed and _ACCOUNT_UNDER_REVIEW.search(told):
            item.kind = "述职"
        # "支部书记A、B和C分别…进行了汇报", "甲党总支、乙党总支…书记汇报了": the accounts
        # of several secretaries or of units, not one leader's 汇报 on the review itself
        several = shared[item.sentence] > 1 or item.org
        if item.kind in ("发言", "报告") and several and _ACCOUNT_UNDER_REVIEW.search(told):
            item.kind = "述职"
    _peers_accounts(items)
    unnamed = [
        i for i, item in enumerate(items) if item.kind == "述职" and not (item.speaker or item.org)
    ]
    for i in reversed(unnamed):
        if i - 1 in unnamed:
            del items[i]


def as_supervisors_reviews(items: list[Item], observers: set[str]) -> None:
    """At a 民主生活会 or 组织生活会 the words of someone who sat in to supervise (列席,
    到会指导) are a review of the meeting: 点评; their requirements before anything else was
    done ("会议伊始，督导组X提出了三方面要求") are still a speech, and so are the requirements
    they add after their own 点评, in a further sentence (the settled table)."""
    started = False
    last = None
    for item in items:
        own = last is not None and last.kind == "点评" and last.speaker == item.speaker
        if item.kind == "讲话" and item.speaker in observers and started and not own:
            item.kind = "点评"
        started = started or item.speaker not in observers
        last = item


def _peers_accounts(items: list[Item]) -> None:
    """ "A汇报了…；B从…介绍了…；C…": at a review, accounts given one after another in one
    sentence by different people or units are the accounts under review, whatever verb tells
    each; a report in a sentence of its own (the organiser's account of the preparations) stays
    a report."""
    run: list[Item] = []
    who: set[tuple[str | None, str | None]] = set()  # a set: a run may be long
    for item in [*items, None]:
        peer = item is not None and item.kind in ("发言", "报告") and bool(item.speaker or item.org)
        told_on = peer and (not run or run[-1].sentence == item.sentence)
        if told_on and (item.speaker, item.org) not in who:
            run.append(item)
            who.add((item.speaker, item.org))
            continue
        if len(run) > 1:
            for other in run:
                other.kind = "述职"
        run = [item] if peer else []
        who = {(item.speaker, item.org)} if peer else set()


# "X作专题辅导报告", "X作《…》专题辅导", "作了辅导报告": guidance on a text or a policy; not
# the 辅导员 (a post), not a 辅导讲座 (a lecture by name).
_GUIDANCE = re.compile(r"(?:作|做)(?:了)?[^，。；]{0,60}?辅导(?!员|讲座)")


def as_guidance(items: list[Item], kind: str | None, doc: Text) -> None:
    """The settled table files 辅导 as explaining (解读), except at a 党课, whose first act is
    the lecture (报告); the verb tables read `作…辅导` with the lectures."""
    if kind == "党课":
        return
    for item in items:
        if (
            item.kind == "报告"
            and item.speaker
            and _GUIDANCE.search(doc.text, item.start, item.end)
        ):
            item.kind = "解读"


# The act a meeting of each kind is, when the report tells it without an agenda verb.
_OWN_ACT = {"理论学习中心组学习": "学习", "述职评议会": "述职", "党课": "报告"}
# Sentences a report needs to tell more than its lead (a headline may be one of them).
_TOLD_BEYOND_THE_LEAD = 4


def the_meeting_as_its_act(items: list[Item], kind: str | None, doc: Text) -> None:
    """A report that tells a meeting beyond its lead tells at least one act: when no act was
    read ("开展了…知识竞赛", "为患者送上新春祝福"), the meeting's own is one item with no
    speaker — a study for a study group, the accounts for a review, the lecture for a 党课, else
    the members' own step. A lead alone (a sentence or two) names the meeting, not its acts."""
    if items or not kind or len(doc.sentences) < _TOLD_BEYOND_THE_LEAD:
        return
    s, e = doc.sentences[0]
    items.append(Item(_OWN_ACT.get(kind, "其他"), None, None, [], None, [], [], s, e, 0))
