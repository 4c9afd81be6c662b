"""A speaker's remark or exchange joined by 并 to the same speaker's act of another kind, in a
comma part of its own: "X领学了…，并结合学院实际作中心组发言" (学习, then 发言), "X解读了…，并
与参会代表们交流了…" (解读, then 交流). The settled table files a named person's remark (发言) and
exchange (交流) as an item of that person, one item per speaker per act: the study, explanation,
reading or account before it does not hold it. Sets 18-34: docs/report-parser.md, "Twenty-eighth
round, split".

Not a turn of its own: anything after a leader's 点评 or 讲话 (the address goes on, or a 讲话
follows: "X进行了点评，并作总结发言" is filed a 讲话), "并作总结发言" (a leader's closing 总结 is a
讲话, settled decision 2), a turn of one's own kind told on ("X发言…，并…发言"), and an account the
remark reader takes ("并对…整改情况作了汇报", read as 发言 and settled as 报告: the turn's own word
must be told). A 述职 joined so is left to the earlier reading (`X汇报了…，并作…述职报告` is one
report, test_report_parser_crowd20b).
"""

import re

from .items import Item

_TURNS = ("发言", "交流")
# A leader's review or address: what the leader goes on to say is that address or a 讲话.
_ADDRESSES = ("点评", "讲话")
# "并作总结发言": the leader's closing address, not a remark.
_CLOSING = re.compile(r"^并[^，。；]{0,12}?总结")


def turn_told_after(current: Item, kind: str, body: str) -> bool:
    """True when `body` (a comma part with no subject after `current`'s) opens with 并 and tells
    the same speaker's remark or exchange after an act of another kind."""
    return (
        bool(current.speaker)
        and kind in _TURNS
        and kind != current.kind
        and current.kind not in _ADDRESSES
        and body.startswith("并")
        and kind in body  # the turn's own word: "并…作了汇报" is an account read as a remark
        and not _CLOSING.match(body)
    )
