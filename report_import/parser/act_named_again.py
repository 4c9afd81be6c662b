"""A sentence that opens with the act before it named again as a noun: no new item.

"点评既肯定了…", "…作工作报告。报告指出…": the reader goes on with the act before when the
sentence opens with that act's own name. Added in round 24: the noun 报告 opening a sentence
after a text's study, 传达, 解读 or 宣读 is that text told on ("学习了…政府工作报告。报告回顾了
2018年的工作，…", "王书记…进行了详细的解读。报告对过去六年工作的总结，客观准确…"), not a new
account given to the meeting (the settled table's 报告 row needs one who gives it; S28/14,
S32/24). A verb 报告 ("报告了…") and "报告会", "报告厅", "报告人" still read as before.
"""

import re

from .items import Item

_TEXT_ACTS = frozenset({"学习", "解读", "传达", "宣读"})
_REPORT_AS_SUBJECT = re.compile(r"报告(?![了会厅人中里])")


def named_again(last: Item | None, kind: str, body: str) -> bool:
    """Whether `body`, with no subject of its own, opens with the act `last` (or its text)."""
    if last is None:
        return False
    if body.startswith(last.kind) and (last.speaker or last.kind == kind):
        return True
    return last.kind in _TEXT_ACTS and _REPORT_AS_SUBJECT.match(body) is not None
