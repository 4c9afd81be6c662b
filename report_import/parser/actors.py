"""Who acts in a clause whose subject names no person: a body that speaks, the idle person of
the sentence before, or a leader told nearby."""

import re

from .people import Participant
from .reading import Reading
from .speakers import leaders, unnamed_actors
from .structure import Clause

# A sentence that goes on with the act of the one before: "同时结合…进行点评".
GOES_ON = re.compile(r"^(?:同时|并|还|又|也)")
# "支委会报告了…": a body that speaks as a body.
SPEAKING_BODY = re.compile(  # ("本次中心组": the meeting itself)
    r"^(?!本次|此次)(?:(?:党支部|支部)?(?:支委会|支部委员会|党小组)|[\u4e00-\u9fff]{1,6}?组)$"
)


def actors(r: Reading, clause: Clause, subject, people, body: str) -> list[Participant]:
    """Who acts when the subject names no person: a body, the idle person before, a leader."""
    if unnamed_actors(subject, people):
        subject.kind = "roles"  # "发展对象依次汇报…": an item whose speakers are not named
    if subject.kind == "meeting" and SPEAKING_BODY.match(body[: subject.end]):
        people = [Participant(None, body[: subject.end], [], clause.start, clause.end)]
        subject.kind = "people"  # "支委会报告了审查情况": the committee speaks
    if subject.kind == "none" and not people:
        people = _idle_speaker(r, clause)
    if subject.kind in ("none", "meeting", "roles") and not people:
        people = leaders(r.doc, clause, r.registry, r.mentions)
        if people and subject.kind == "meeting":
            subject.kind = "roles"  # "在X的领誓下，全体党员…": X leads a new act
    return people


def _idle_speaker(r: Reading, clause: Clause) -> list[Participant]:
    """The person of the sentence before, who did nothing there, when this sentence goes on
    with 同时/并/还 ("罗英姿对…表示感谢。同时结合…进行点评")."""
    if not (r.idle and r.idle[0] == clause.sentence - 1 and r.doc.starts_sentence(clause)):
        return []
    if not GOES_ON.match(clause.text):
        return []
    return r.idle[1]
