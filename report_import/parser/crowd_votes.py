"""The vote a crowd's discussion ends in, told in the discussion's sentence: "与会党员对…进行了
讨论，全体与会党员通过无记名投票，最终同意接收…", "…充分讨论发表意见后进行无记名投票，表决一致同意
吸收…", "…进行讨论、表决，其中八位教师通过了支部表决". The members' turn (发言 or 交流), or an
unnamed account the sentence went on with, is read as one item and the vote after it went with it;
the golds file the vote as its own 表决 (S19/01, S19/14, S22/03).
"""

import re

from .derived_acts import act_after
from .items import Item
from .structure import Text

# A ballot or show of hands that decides: admits, converts or adopts. Bounded: a sentence of
# turns may run long.
_DECIDING_VOTE = re.compile(
    r"(?:投票|表决)[^。；]{0,20}?(?:同意|通过|转为|吸收|接收)|通过(?:了)?(?:支部|大会)?表决"
)


def votes_after_discussion(items: list[Item], doc: Text) -> None:
    """Add the vote an unnamed turn or account went on to, when no vote of that sentence was
    read. One search per sentence and one pass over the items: a sentence may hold thousands
    of turns, a report thousands of sentences."""
    voted = {item.sentence for item in items if item.kind == "表决"}
    turns: dict[int, list[int]] = {}  # sentence -> its unnamed turns, in order
    for index, item in enumerate(items):
        crowd = item.kind in ("发言", "交流", "报告") and not (item.speaker or item.org)
        if crowd and item.sentence >= 0 and item.sentence not in voted:
            turns.setdefault(item.sentence, []).append(index)
    after: dict[int, Item] = {}  # the item's index -> the vote told after it
    for sentence, indexes in turns.items():
        _, e = doc.sentences[sentence]
        vote = _DECIDING_VOTE.search(doc.text, items[indexes[0]].start, e)
        if vote:
            last = max(i for i in indexes if items[i].start <= vote.start())
            told = doc.text[vote.start() : e]
            parts = [(sentence, told)]
            after[last] = act_after(items[last], "表决", vote.start(), end=e, parts=parts)
    if after:
        items[:] = [new for i, old in enumerate(items) for new in (old, after.get(i)) if new]
