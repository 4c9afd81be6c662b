"""A leader's directions told in a further sentence after the same leader's 点评.

The settled table ("Agenda kinds: the settled conventions"): "a leader's own requirements told
after the 点评 in a further sentence are a separate 讲话". The verb reader goes on with the 点评
over the sentences after it ("X对…给予了肯定。她指出，…", "X充分肯定了…。就做好…提出要求，…",
"X在点评时指出…。希望…"), so the directions stayed in the 点评. Here the first further sentence
that opens with the leader's directions (the leader, 他/她 or no subject, then 指出, 强调, 要求,
希望 or 提出…) opens the leader's 讲话, and the 点评 keeps the sentences before it (S18/02,
S22/17, S26/18, S28/17). Not opened: the same sentence's directions (`…进行了点评，并对…提出要求`:
the golds split on them) and a suggestion (`他同时建议…`: own report 49 keeps it in the 点评,
S21/06's gold splits it off). Words that direct no one (verdicts, shortcomings found) are no
requirements: they stay in the 点评, and a 讲话 the verb reader read of them right after it joins
it (S19/26, S28/21, S29/20), unless the sentence tells an address (`最后，X作总结讲话。`).
"""

import re

from .derived_acts import act_after
from .items import Item
from .praise_in_speech import into_speeches
from .structure import Text

_WHO = r"(?:他|她|{name})?(?:还|同时|并|也|最后|随后)?"
_DIRECTIONS = r"(?:指出|强调|要求|希望|(?:就|对)[^，。；]{1,30}?提出|提出)"
# What directs others in the words told on: "要…", "应…", "希望", "建议", "提出…意见". A further
# sentence of verdicts alone ("他指出，…组织措施得力，…准备充分") stays the 点评 (S28/21, S29/20;
# the golds keep one 点评); "总要求" names a standard and "征集意见建议" what was gathered, not a direction.
_DIRECTING = re.compile(r"(?<!总)要|应|希望|(?<!意见)建议|提出")
# A speech told as one ("最后，X作总结讲话。"): an act of its own, whatever its words.
_ADDRESS = re.compile(r"讲话|总结|致辞")


def split_off(items: list[Item], doc: Text) -> list[Item]:
    """The items with a 讲话 after each 点评 whose further sentences open with directions; a
    verdict told in one's own speech is that speech first (`praise_in_speech`)."""
    items = into_speeches(items, doc)
    out: list[Item] = []
    for at, item in enumerate(items):
        if out and _verdicts_told_on(out[-1], item, doc):
            out[-1].text_parts += item.text_parts  # "X在点评时指出…。X强调，…存在问题": the review
            out[-1].end = max(out[-1].end, item.end)
            continue
        out.append(item)
        directions = _directions(item, doc) if _alone(items, at) else -1
        if directions >= 0:
            out.append(_split(item, directions, doc))
    return out


def _verdicts_told_on(review: Item, item: Item, doc: Text) -> bool:
    """A 讲话 read right after the same leader's 点评 whose words direct no one."""
    return (
        review.kind == "点评"
        and item.kind == "讲话"
        and bool(item.speaker)
        and item.speaker == review.speaker
        and not _DIRECTING.search(doc.text, item.start, item.end)
        and not _ADDRESS.search(doc.text, _told_from(item, doc), item.end)
    )


def _told_from(item: Item, doc: Text) -> int:
    return doc.sentences[item.sentence][0] if item.sentence >= 0 else item.start


def _alone(items: list[Item], at: int) -> bool:
    """A 点评 of a named leader with no other act of the leader after it: when the reader
    opened one (a later `要求…` read as a 讲话, a second 点评), it has found the directions."""
    item = items[at]
    later = (i for i in items[at + 1 :] if i.speaker == item.speaker)
    return item.kind == "点评" and bool(item.speaker) and next(later, None) is None


def _directions(item: Item, doc: Text) -> int:
    """The first further sentence of the 点评 that opens with the leader's directions, or -1."""
    opens = re.compile(_WHO.format(name=re.escape(item.speaker or "")) + _DIRECTIONS)
    for sentence in sorted({s for s, _ in item.text_parts if s > item.sentence}):
        start, end = doc.sentences[sentence]
        if opens.match(doc.text, start, end):
            return sentence if _DIRECTING.search(doc.text, start, max(end, item.end)) else -1
    return -1


def _split(item: Item, sentence: int, doc: Text) -> Item:
    """The 讲话 from `sentence` on; the 点评 keeps the parts before it."""
    start, _ = doc.sentences[sentence]
    parts = [(s, t) for s, t in item.text_parts if s >= sentence]
    speech = act_after(item, "讲话", start, end=item.end, parts=parts, sentence=sentence)
    item.text_parts = [(s, t) for s, t in item.text_parts if s < sentence]
    item.end = min(item.end, start)
    return speech
