"""How much of a body told before a meeting's name stays in the name (sets 18–28's golds).

`lead.split_host_title` cuts a subject told before its verb into the unit that met (the host)
and the meeting's name; `name_start` moves the name's start back over a party body that belongs
to it, leaving the host as it was.
"""

import re

from . import patterns as pt

# "我院党委中心组学习于…举行", "学校党委巡视整改专题民主生活会召开": a party committee told right
# after a unit, when no word that starts a name follows it, is part of the name (S24/03, S26/01);
# the unit before it is the host's. Not before a quoted theme (own report 27) or 主办的.
# Not a branch: "我院党支部预备党员转正大会" drops it (S21/07).
_PARTY_BODY_AT_END = re.compile(r"党委$")
# "离退休党委理论学习中心组(扩大)会议": a committee's own qualifier names that committee, not a
# unit above it (S28/19; told after the verb, `patterns.MEETING_BODY` reads 分党委, 校区党委).
_COMMITTEE_QUALIFIER = re.compile(r"(?:离退休|校区|分)$")


def name_start(subject: str, cut: int, units: list[int]) -> int:
    """Where the name starts: at the cut, or before a party committee that ends the unit there.

    `units` are the places where a unit ends, given only when no word that starts a name
    decided the cut (a year, 专题, 民主生活会 … after the body leave it out of the name).
    """
    qualifier = _COMMITTEE_QUALIFIER.search(subject, 0, cut)
    if qualifier and subject.startswith("党委", cut):
        return qualifier.start()
    body = _PARTY_BODY_AT_END.search(subject, 0, cut)
    # "学院党委“七一”专题党课": a theme starts the name; "学院党委主办的…": the committee hosts it
    named_after = subject.startswith("“", cut) or pt.HOSTED_BY.match(subject[cut:])
    return body.start() if body and body.start() in units and not named_after else cut
