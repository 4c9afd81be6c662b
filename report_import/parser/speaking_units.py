"""Whether a phrase the subject reader took for a unit can be the unit an agenda item names.

The golds of sets 18–30 never name a collective (`各党支部`, `所有支部`, `两支部`, `各系室`) as an
item's unit: the branches' turns are the meeting's, told with no speaker. Nor is a clause a unit:
the subject reader takes what stands before a verb, so `进入博物馆，师生们参观…`, `下阶段将运用好党支部…`,
`重点围绕参加支部…` and a long clause (`本次主题党日活动将…与学校博物馆`) came out as units. No gold's unit
runs over 16 characters or holds an adverb or a verb of the telling.
"""

import re

# "各支部", "认为各党支部", "所有支部", "两支部", "各系室": every branch, no one unit
_COLLECTIVE = re.compile(
    r"(?:各|所有|两|全部)(?:教工|学生)?(?:党)?(?:支部|总支|系室|系|部门|单位)$"
)
# adverbs and verbs that only a clause holds ("又来到", "主要针对", "也代表", "下阶段将…", "进入", "重点围绕")
_CLAUSE_WORD = re.compile(r"将|又|也|进入|来到|围绕|针对")
_LONGEST_UNIT = 18  # the longest gold unit (16) and a margin


def names_no_unit(org: str) -> bool:
    """True for a collective or a clause read as a unit."""
    return (
        len(org) > _LONGEST_UNIT or bool(_COLLECTIVE.search(org)) or bool(_CLAUSE_WORD.search(org))
    )
