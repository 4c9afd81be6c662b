"""A host written as the party body's full name, read to its end.

"中共江北理工大学材料学院委员会换届选举党员大会…", "中共化学学院党总支第三党支部…召开",
"中共X大学第十一届委员会第四轮巡察第一巡察组召开…", "中共X大学后勤处总支部委员会…": the
name the host reader takes stops at the school or college (its unit word), and the committee,
branch or inspection group that follows is the body that convened. The term (第三届) stays only
with an inspection group (the golds write the group by its full name, the committee without it).
"""

import re

from .structure import Found

_NUMERAL = "[一二三四五六七八九十]{1,3}"
# what may follow "中共X学院": a unit of it (处, 系, 中心 …), the term, the body, a numbered
# branch or an inspection group of the committee
_PARTY_BODY = re.compile(
    rf"(?P<unit>[^\s，。、；：“”《》()（）召举开在于的和与及]{{1,10}}?"
    r"(?:处|部|系|院|所|中心|馆|室|办))?"
    rf"(?P<term>第{_NUMERAL}届)?"
    r"(?P<body>党委|(?:总支部|支部)?委员会|党总支|党支部)"
    rf"(?P<branch>第{_NUMERAL}党支部)?"
    rf"(?P<group>第{_NUMERAL}轮巡[视察]第{_NUMERAL}巡[视察]组)?"
)
_PARTY_NAME = ("中共", "中国共产党")
_BODY_ENDS = ("党委", "委员会", "党总支", "党支部", "组")
_PARTS = ("unit", "term", "body", "branch", "group")


def to_party_body(text: str, found: Found) -> Found:
    """`found` ("中共X学院") read on to the party body its text names after it."""
    named = found.value.startswith(_PARTY_NAME) and not found.value.endswith(_BODY_ENDS)
    if not named or found.end < 0:  # "中共X大学第一巡察组" is read to its end already
        return found
    m = _PARTY_BODY.match(text, found.end)
    if not m:
        return found
    unit, term, body, branch, group = (m.group(k) or "" for k in _PARTS)
    tail = unit + (term if group else "") + body + branch + group
    return Found(found.value + tail, found.start, m.end())
