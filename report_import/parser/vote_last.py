"""A vote told at the end of a sentence that first tells the acts before it.

"支部委员报告了…情况，与会党员也纷纷发表意见，随后，全体党员进行了无记名投票，一致同意…",
"…逐一宣读《入党志愿书》，汇报…，随后入党介绍人向大会介绍…，与会党员…进行讨论，之后采取无记名投票的
方式进行表决": a vote is read as its whole sentence (`votes.sentence_item`), so it starts where the
sentence starts, and the account, the introducer's remarks and the crowd's discussion the other
readers find in that sentence were sorted after it. The meeting held them first and voted last;
the golds file them in that order (S20/01, S27/11, S32/08).
"""

import re

from .items import Item
from .structure import Text

# The vote's own word; 表决权 ("有表决权的正式党员") names who votes and comes with the vote.
_VOTE_WORD = re.compile(r"投票|表决|举手|选举")


def vote_after_told_acts(items: list[Item], doc: Text) -> None:
    """Items in order: an unnamed vote goes after the items of its sentence told before its
    vote word, and starts at the comma part that tells the vote."""
    out: list[Item] = []
    waiting: Item | None = None  # the vote, while the acts before its word are passed
    word = -1
    for item in items:
        if waiting and item.sentence == waiting.sentence and item.start < word:
            out.append(item)
            continue
        if waiting:
            out.append(_moved(waiting, word, out, doc))
            waiting = None
        vote = _vote_word(item, doc)
        if vote < 0:
            out.append(item)
        else:
            waiting, word = item, vote
    if waiting:
        out.append(_moved(waiting, word, out, doc))
    items[:] = out


def _vote_word(item: Item, doc: Text) -> int:
    """Where an unnamed vote's word is told in its sentence, else -1."""
    if item.kind != "表决" or item.speaker or item.org or item.sentence < 0:
        return -1
    found = _VOTE_WORD.search(doc.text, item.start, item.end)
    return found.start() if found and found.start() > item.start else -1


def _moved(vote: Item, word: int, out: list[Item], doc: Text) -> Item:
    """The vote from the comma part of its word, when an act of its sentence was told before."""
    before = out[-1] if out else None
    if not before or before.sentence != vote.sentence or before.start < vote.start:
        return vote
    at = max(doc.text.rfind("，", before.start, word) + 1, before.start + 1)
    vote.start = at
    told = doc.text[at : vote.end].rstrip("，")
    vote.text_parts = [(vote.sentence, told), *vote.text_parts[1:]]
    return vote
