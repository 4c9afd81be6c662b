"""Which parts of a report tell the meeting's own acts: not a headline or a photo's caption,
not the preparation told before the meeting, not another meeting held after it."""

from . import patterns as pt
from .structure import Clause, Found, Text


def second_meeting(doc: Text, title: Found | None) -> int:
    """Where the report goes on to tell another meeting held after this one."""
    after = title.end if title and title.start >= 0 else 0
    for s, e in doc.sentences:
        if s > after and pt.SECOND_MEETING.match(doc.text[s:e].strip()):
            return s
    return len(doc.text) + 1


def preparation(doc: Text, clause: Clause) -> bool:
    """ "会前，…广泛征求各专业、党支部、师生意见": the preparation, told before the meeting's
    steps, names no speaker and no act of the meeting."""
    return bool(pt.PREPARATION.match(doc.sentence_of(clause)))


def caption(doc: Text, clause: Clause) -> bool:
    """A headline or a photo's caption ("书记X做点评讲话"): a short line with no punctuation
    reports no act of its own."""
    s = doc.text.rfind("\n", 0, clause.start) + 1
    e = doc.text.find("\n", clause.end)
    line = doc.text[s : e if e >= 0 else len(doc.text)].strip()
    return len(line) <= 40 and not pt.SENTENCE_MARK.search(line)
