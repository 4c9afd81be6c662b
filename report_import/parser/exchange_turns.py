"""The turns of an exchange, told one by one after it is opened (the settled table: each named
member its own `交流` item, in order; the crowd's round one item with no speaker).

"随后，与会党员结合自身实际进行了交流。李明轩表示，…。王静怡认为，…": the verb reader files a
member's view standing alone (表示, 认为, 谈到) as a 发言 — one's view, not a leader's directions
(`acts.OPINION`) — and a talk of one's 认识 or 收获 as a 发言 too. Told after an exchange was
opened — by the crowd's round or a named turn before it, with no other act between, or by a
lead-in naming the exchange ("交流中，", "进入交流研讨环节") — such a view or experience is a turn
of that exchange. Not turned: a leader's words (already 讲话), criticism, a 表态, a 点评, a
研讨发言 (the shared example 06), words that direct others ("表示，希望大家…"), remarks on a
candidate, and a speech only called 发言 ("X作了发言").

A crowd's 发言 whose sentence tells what was exchanged ("党员们纷纷发言，交流学习体会") is the
crowd's round of the exchange: the verb's comma part alone does not say it.
"""

import re

from .items import Item
from .leaders_turns import TOLD_SPAN, as_leaders_turn, told_again, told_words
from .settled import CANDIDATES, criticised
from .structure import Text
from .verbs import VISIT_OR_FILM

_EXCHANGE_KINDS = ("交流", "书面交流")
# What is exchanged, told with a verb: "交流学习体会", "分享了感悟", "结合…谈了认识" (a topic named
# with a noun alone, "围绕参观感受进行了热议", tells no exchange).
_EXCHANGED = re.compile(
    r"交流|分享|座谈|畅谈"
    r"|谈(?:了)?[^，。；]{0,12}?(?:认识|看法|想法|体会|收获|感悟|感受|感想|心得|思考|启示)"
)
# A turn: one's view, or what one exchanged.
_TURN = re.compile(rf"表示|认为|谈到|讲到|说到|提到|{_EXCHANGED.pattern}")
# Not a turn of the exchange: a review, a pledge, a turn in a study's discussion, words that
# direct others right after the verb ("表示，希望全体党员…"), remarks on a candidate.
_NOT_A_TURN = re.compile(
    r"点评|表态|研讨发言|(?:表示|认为|谈到|讲到)[，：]?(?:希望|要求|强调|号召|勉励)"
    r"|发展对象|积极分子|候选人|入党申请|转正|该同志"
)
# "交流中，", "在交流研讨环节，", "进入座谈环节": the exchange opened by a lead-in, no act of its own.
_LEAD_IN = re.compile(
    r"(?:交流|研讨|座谈|讨论)(?:交流|研讨|座谈)?(?:环节|阶段|期间|过程中|时|中)"
    r"|进入[^，。；]{0,6}?(?:交流|研讨|座谈)"
)
# A visit or a film (`verbs.VISIT_OR_FILM`) the members' views follow ("集体参观…展。X同志表示，…"):
# sets 18-22 file every such view an exchange's turn (S20/02, 22, 25, S21/15, S22/11).
_VISIT_SPAN = 24  # "随后，全体党员集体参观了": the verb after the step's lead-in and subject
_PART_END = re.compile(r"[，。；：！？\n]")
# How far before a turn its lead-in may stand: the sentence before it and its own.
_LEAD_IN_SPAN = 120


def as_exchange_turns(items: list[Item], doc: Text, chairs: set[str]) -> None:
    """Items in order: the named views of an open exchange and the crowd's round told with what
    it exchanged become `交流`; a turn told again is dropped."""
    on_candidates = bool(CANDIDATES.search(doc.text))
    turns: set[tuple] | None = None  # who took a turn in the exchange open; None: none is
    since = 0  # where a lead-in may start: past the comma part of the item before
    criticism: dict[int, bool] = {}  # per sentence, read once (`settled.criticised`)
    retold: set[int] = set()
    for item in items:
        turned = False
        if (
            item.kind == "发言"
            and item.sentence >= 0
            and not criticised(doc, item.sentence, criticism)
        ):
            led_in = _LEAD_IN.search(doc.text, max(since, item.start - _LEAD_IN_SPAN), item.start)
            told = _told(doc, item)
            turned = told_again(item, doc, turns) or _as_turn(
                item, told, turns is not None or bool(led_in)
            )
            turned = turned or _as_crowds_round(item, told, bool(led_in), on_candidates)
        elif item.kind == "讲话" and item.sentence >= 0:
            led_in = _LEAD_IN.search(doc.text, max(since, item.start - _LEAD_IN_SPAN), item.start)
            opened = set() if turns is None and led_in else turns  # "在交流环节，X院长表示"
            turned = told_again(item, doc, turns) or as_leaders_turn(item, doc, opened, chairs)
        named = bool(item.speaker or item.org)
        who = (item.speaker, item.org)
        if turned and named and turns is not None and who in turns:
            retold.add(id(item))  # "X、Y先后作交流发言。X表示…": the turn told again
        elif item.kind in _EXCHANGE_KINDS:
            turns = set() if turns is None else turns  # added to in place: turns may be many
            if named:
                turns.add(who)
        elif item.kind == "其他" and _visit(doc, item):
            turns = set()  # the views told right after a visit or a film are its exchange
        elif not (named and item.kind == "发言"):
            turns = None  # another act, or a crowd's round that is no exchange
        part_end = _PART_END.search(doc.text, item.start, item.start + TOLD_SPAN)
        since = max(since, part_end.end() if part_end else item.start + TOLD_SPAN)
    items[:] = [item for item in items if id(item) not in retold]


def _as_turn(item: Item, told: str, opened: bool) -> bool:
    """A member's view or experience, told while an exchange is open, is a turn of it."""
    if not (item.speaker or item.org) or not opened:
        return False
    if _TURN.search(told) and not _NOT_A_TURN.search(told):
        item.kind = "交流"
    return item.kind == "交流"


def _as_crowds_round(item: Item, told: str, led_in: bool, on_candidates: bool) -> bool:
    """ "党员们纷纷发言，交流学习体会", "交流环节中，党员们畅所欲言": the crowd's round of the
    exchange; at a meeting on candidates the members' words are remarks on them (发言)."""
    if item.speaker or item.org or on_candidates or "研讨发言" in told:
        return False
    if led_in or _EXCHANGED.search(told):
        item.kind = "交流"
    return item.kind == "交流"


def _visit(doc: Text, item: Item) -> bool:
    """The step is a visit or a film: its verb stands in the step's first words."""
    if item.sentence < 0:
        return False
    _, e = doc.sentences[item.sentence]
    return bool(VISIT_OR_FILM.search(doc.text, item.start, min(e, item.start + _VISIT_SPAN)))


def _told(doc: Text, item: Item) -> str:
    """The item's words from its speaker to the sentence's end or its next `；`-turn."""
    return told_words(item, doc).split("；", 1)[0]
