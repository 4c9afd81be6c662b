"""The members' discussion and their vote told in one breath: two acts.

"与会党员充分讨论、正式党员进行不记名投票表决后，一致同意…", "经过与会党员的充分讨论后，进行无记名
投票", "与会正式党员充分讨论发表意见后进行无记名投票": the crowd's 讨论 is one `交流` with no speaker
(settled in session 13, decision 4: also on a candidate) and the vote a `表决` of its own. The
readers open only the act whose verb they find first. Where that is the vote, the discussion is
added here; where it is the discussion, `crowd_votes` adds the vote it ends in, later, for every
unnamed turn (one reader of that vote, not two).
"""

import re

from .derived_acts import act_after
from .items import Item
from .structure import Text

# The members discuss, then vote: a crowd before 讨论 ("与会党员充分讨论", "与会党员的充分讨论后"),
# the discussion done before the vote (后, or 、 before the next act); the meeting's own
# discussion ("会议讨论后", "经党委讨论通过") is no one's turn.
_DISCUSSED = re.compile(
    r"(?:党员|人员|同志|成员)(?:的)?[^，。；、]{0,4}?讨论(?!通过)[^，。；、]{0,8}?(?:后|、)"
)
_VOTE = re.compile(r"投票|表决")
# How far around the item's start its two acts are told: a comma part or two.
_SPAN = 60


def with_discussion(items: list[Item], doc: Text) -> None:
    """Items in order: a vote told after the members' discussion gets the discussion before it
    where that is missing."""
    out: list[Item] = []
    for item in items:
        if _discussion_missing(item, out[-1] if out else None) and _told_together(doc, item):
            out.append(_discussion_before(item))
        out.append(item)
    items[:] = out


def _discussion_missing(item: Item, before: Item | None) -> bool:
    """The item is the crowd's vote, and the crowd's discussion is not told before it already."""
    return _crowd(item, "表决") and not (before and _crowd(before, "交流", item.sentence))


def _crowd(item: Item, kind: str, sentence: int | None = None) -> bool:
    same = sentence is None or item.sentence == sentence
    return item.kind == kind and not (item.speaker or item.org) and item.sentence >= 0 and same


def _told_together(doc: Text, item: Item) -> bool:
    """The discussion told before the vote, around the item's first words in its sentence
    (a window, not the sentence: a sentence may hold thousands of turns)."""
    start, end = doc.sentences[item.sentence]
    start, end = max(start, item.start - _SPAN), min(end, item.start + _SPAN)
    discussed = _DISCUSSED.search(doc.text, start, end)
    vote = discussed and _VOTE.search(doc.text, discussed.end(), end)
    return bool(vote)


def _discussion_before(vote: Item) -> Item:
    """The crowd's discussion, told in the vote's sentence: no speaker, no text of its own."""
    return act_after(vote, "交流", vote.start - 1)
