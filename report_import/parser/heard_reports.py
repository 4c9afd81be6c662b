"""A report the meeting heard, told with the one who gave it.

"会议听取了X受党委常委会委托作的工作报告", "全会听取和审议了X代表校党委常委会所作的…工作报告",
"大家认真听取了…部长X作的《…》专题报告": the meeting's verb, but X's act — a 报告 of X (S18/17,
S20/10, S25/06, S28/27). When the sentence goes on with the meeting's own deliberation
("，研究了…", "，审议了…要点"), that is the meeting's step after the report.
"""

import re

from .items import items_for
from .people import Participant, parse_subject, participants
from .reading import Reading
from .structure import Clause

# the one who gave it, then "受…委托" or "代表…", then "(所)作的…报告"
_HEARD_REPORT = re.compile(
    r"(?:认真|仔细)?听取(?:了|并审议(?:通过)?(?:了)?|和审议(?:了)?)?(?P<who>[^，。；]{2,40}?)"
    r"(?:受[^，。；]{1,20}?委托|代表[^，。；]{1,20}?)?所?作的[^，。；]{0,80}?报告"
)
# "，研究了…", "，审议了…": the meeting deliberates on after the report
_DELIBERATES_ON = re.compile(r"[，；](?:还|并|又)?(?:审议|讨论|研究)")


def heard_report(r: Reading, clause: Clause, skip: int, at: int, *, own_step: bool) -> bool:
    """Open the heard report, its verb at `at` of the clause's body, as its giver's 报告. True
    when the clause is read; with the meeting's own step to open (`own_step`: the clause's verb
    is the meeting's), False when the sentence goes on deliberating, so the step opens too."""
    body = clause.text[skip:]
    m = _HEARD_REPORT.match(body, at)
    givers = _givers(r, m.group("who"), clause.start + skip + m.start("who")) if m else []
    if not givers:
        return False
    new_items = items_for("报告", m, givers, clause, skip, 0)
    for item in new_items:
        item.start = clause.start  # told before the meeting's deliberation the clause opens
    r.items.extend(new_items)
    r.group = new_items
    _, end = r.doc.sentences[clause.sentence]
    return not (own_step and _DELIBERATES_ON.search(r.doc.text, clause.end, end))


def _givers(r: Reading, who: str, at: int) -> list[Participant]:
    subject = parse_subject(who, r.registry)
    if subject.kind != "people" or subject.end != len(who):
        return []
    return [p for p in participants(subject, at, r.registry) if p.name]
