"""A leader's view and a turn told again, while an exchange is open (the settled table: each
named member its own `交流` item, one item per speaker per act).

"随后，中心组成员逐一分享了学习心得。X院长表示，…。Y副书记指出，…": a post after the name, or
指出, files one's words as a leader's speech (`speakers.weak_trigger`); told as a turn of the
exchange opened just before, they are that exchange's turns, as the members' views are. Not the
chair's words, nor words told as the close ("最后，X指出", "X总结时指出"), nor words that direct
others right after the verb ("X指出，要求全体党员…").

"X、Y先后作交流发言。X指出，…。Y表示，…": the words told after a list of turns are those turns
told again, whatever verb tells them.
"""

import re

from .items import Item
from .patterns import CLOSING
from .structure import Text

# One's view told with its verb in the first words after the name ("X院长表示，", "X指出，").
_VIEW = re.compile(r"^[^，。；：]{0,30}?(?:表示|认为|谈到|讲到|说到|提到|指出)")
# Words that direct others, or a speech given ("作总结讲话", "在讲话中指出"), are no turn of
# the exchange.
_NOT_A_VIEW = re.compile(
    r"(?:表示|认为|谈到|讲到|指出)[，：]?(?:希望|要求|强调|号召|勉励)|(?:作|做|发表)(?:了)?[^，。；]{0,8}?讲话|讲话(?:中|时)|点评|表态"
)
# How much of a turn's words is read: a sentence may hold thousands of turns.
TOLD_SPAN = 200
# How far before a turn its closing words may stand ("在会议最后，X院长指出"), as
# `speakers.weak_trigger` reads them: the turn's own part, not an earlier turn's words.
_CLOSING_SPAN = 80


def told_again(item: Item, doc: Text, turns: set[tuple] | None) -> bool:
    """The item's speaker already took a turn in the exchange open: the turn told again."""
    if turns is None or not item.speaker or (item.speaker, item.org) not in turns:
        return False
    return not _closing(item, doc)


def as_leaders_turn(item: Item, doc: Text, turns: set[tuple] | None, chairs: set[str]) -> bool:
    """A leader's view told while an exchange is open is a turn of it: filed `交流`, True."""
    if turns is None or not item.speaker or item.speaker in chairs or _closing(item, doc):
        return False
    told = told_words(item, doc)
    if not _VIEW.match(told) or _NOT_A_VIEW.search(told) or CLOSING.search(told, 0, 40):
        return False
    item.kind = "交流"
    return True


def told_words(item: Item, doc: Text) -> str:
    """The item's words from its speaker to the sentence's end, `TOLD_SPAN` at the most."""
    end = doc.sentences[item.sentence][1]
    return doc.text[item.start : min(end, item.start + TOLD_SPAN)]


def _closing(item: Item, doc: Text) -> bool:
    """ "最后，X院长指出": words told as the close, not a turn. Read in the turn's own part,
    after the `；` of the turn before: "X表示，…总结经验…；Y认为" is no close of Y's."""
    start = max(doc.sentences[item.sentence][0], item.start - _CLOSING_SPAN)
    start = doc.text.rfind("；", start, item.start) + 1 or start
    return bool(CLOSING.search(doc.text, start, item.start))
