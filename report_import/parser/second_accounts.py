"""A second account of one person, told in the sentence of the first.

"X代表支部委员会报告了…工作，并通报了…问题整改情况" tells two acts of X, and the golds of sets
18–28 file two items (S23/12, S23/17, S28/04; S23/09's second, an account of the team's
对照检查, a 发言 as the settled table files self-examination). The same verb told again
("X通报了…计划，并通报…问题", S21/06) is the one account going on, and so is an account after a
述职 or a lecture (`items.same_act`).
"""

import re

from .items import Item, items_for
from .people import Participant
from .reading import Reading
from .structure import Clause

_ACCOUNT = re.compile(r"通报|汇报|报告")
# "，并通报了…", "；并向大家通报了…", "，汇报了…": an account opening a comma part with no subject
_OPENS = re.compile(r"(?:并|同时|还|又)?(?:向[^，。；]{1,10}?)?(通报|汇报|报告)")


def second_account(r: Reading, clause: Clause, skip: int, rest_at: int, trigger) -> bool:
    """Open X's second account as an item of its own; False when the clause tells none."""
    kind, match = trigger
    current = r.group[-1]
    body = clause.text[skip:]
    new_kind = _second_kind(r.doc.text, current, body[rest_at:])
    if kind not in ("报告", "发言") or new_kind is None:  # 汇报 is in the 发言 row
        return False
    people = [Participant(current.speaker, None, [], clause.start, clause.end)]
    new_items = items_for(kind, match, people, clause, skip, rest_at)
    for item in new_items:
        item.kind = new_kind
    r.items.extend(new_items)  # not `same_act`: the two accounts stay apart
    r.group = new_items
    return True


def _second_kind(text: str, current: Item, rest: str) -> str | None:
    if current.kind != "报告" or not current.speaker or current.lecture:
        return None
    new = _OPENS.match(rest)
    first = _ACCOUNT.search(text, current.start, current.end)
    if not (new and first) or first.group() == new.group(1):
        return None
    return "发言" if "对照检查" in rest else "报告"
