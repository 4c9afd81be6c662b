"""A leader's praise told inside the leader's own speech is that speech, not a 点评.

The verdict forms of the 点评 row (`给予(了)充分肯定`, `充分肯定了各…`, `给予高度评价`) open a review
of their own. Told in the sentence that names one's own speech (`X在总结时对会议给予了充分肯定`,
`X在交流研讨时对…给予肯定`) or in the sentence right after it (`X作了讲话。他对…给予充分肯定`,
`X作总结讲话。她充分肯定了…`), they are the speech going on: the golds of sets 18-30 file one 讲话
(S23/12, S23/25, S29/14, S29/28), and a leader's closing 总结 is a 讲话 (settled in session 13,
decision 2). A sentence that names the 点评 itself (`在点评中肯定了…`, `作指导点评。她充分肯定了…`)
stays a review.
"""

import re

from .items import Item
from .structure import Text

# "在总结时", "在交流研讨时", "在讲话中": the speech named before the verdict, in its own sentence
_IN_SPEECH = re.compile(r"在[^，。；]{0,8}?(?:总结|讲话|研讨|交流|发言)[^，。；]{0,3}?(?:时|中)")
_REVIEW = re.compile(r"点评|评议")


def into_speeches(items: list[Item], doc: Text) -> list[Item]:
    """The items with each verdict told in one's own speech kept in (or read as) that speech."""
    out: list[Item] = []
    for item in items:
        if not _verdict(item, doc):
            out.append(item)
            continue
        speech = _speech_before(out, item)
        if speech is not None:
            speech.text_parts += item.text_parts
            speech.end = max(speech.end, item.end)
            continue
        if _IN_SPEECH.search(_sentence_before(item, doc)):
            item.kind = "讲话"
        out.append(item)
    return out


def _verdict(item: Item, doc: Text) -> bool:
    """A named leader's 点评 read from a verdict, in a sentence that names no review."""
    if item.kind != "点评" or not item.speaker or item.sentence < 0:
        return False
    start, end = doc.sentences[item.sentence]
    return not _REVIEW.search(doc.text, start, end)


def _speech_before(out: list[Item], item: Item) -> Item | None:
    """The same leader's 讲话 just before, told in this sentence or the one before it."""
    last = out[-1] if out else None
    near = last is not None and 0 <= item.sentence - last.sentence <= 1
    return last if near and last.kind == "讲话" and last.speaker == item.speaker else None


def _sentence_before(item: Item, doc: Text) -> str:
    """The sentence up to the end of the verdict's comma part."""
    start, _ = doc.sentences[item.sentence]
    return doc.text[start : item.end]
