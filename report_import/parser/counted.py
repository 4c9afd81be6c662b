"""People a report counts as it names them: "A、B、C四名预备党员", "A、B2名同志", "A、B、C三位同志".

A list closed by its own number (no 等: the list is whole) names people at the meeting; a
status word after the number (预备党员, 入党积极分子, 发展对象) is each one's title, a plain one
(同志, 同学) none.
"""

import re

from . import lexicon as lx
from . import patterns as pt
from .names import token_starts

COUNTED_LIST = re.compile(
    r"(?P<names>[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3}){1,8})(?:同志)?"
    r"(?P<n>\d{1,2}|[两二三四五六七八九十]{1,2})(?:名|位)"
    r"(?P<what>预备党员|入党积极分子|积极分子|发展对象|同志|同学|学生)"
)
STATUS = frozenset({"预备党员", "入党积极分子", "积极分子", "发展对象"})

# "杨佩莹等34名同志", "李宁等9名发展对象", "讨论接收林程晨、黄莹、吉紫怡等11名同志为…": the named
# examples of the members the meeting admits or hears are at it (the golds of sets 18–20 list
# them). A status word vouches for it; 同志 alone only as the object of the admission (接收,
# 吸收): "追授郑德荣等7名同志…称号" and "介绍了郑德荣等7名同志的事迹" tell of heroes.
EXAMPLES = re.compile(
    r"(?P<admit>(?:接收|吸收)了?)?"
    r"(?P<names>[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3}){0,8})"
    r"等(?P<n>\d{1,3}|[两二三四五六七八九十]{1,3})(?:名|位)"
    r"(?P<whose>(?:本科生|研究生|学生)?(?:中共|党员)(?=预备党员|发展对象))?"  # "等25名党员发展对象"
    r"(?P<what>预备党员|入党积极分子|积极分子|发展对象|同志)(?!的)"  # not "…的材料已经齐备"
)


def names(m: re.Match, registry) -> list[tuple[str, int, int]]:
    """The list's names with their spans; the first may have taken the end of a word before it
    ("祝贺杨翌", "该支部杨翌" → 杨翌): a three-character first element is a name only where a
    word starts (jieba, read with the four characters before it). Empty when an element is no
    name."""
    out, at = [], m.start("names")
    after_verb = bool(m.groupdict().get("admit"))  # "接收了向书琴等…": a word starts after it
    for k, part in enumerate(m.group("names").split("、")):
        if k == 0 and len(part) == 3 and not registry.is_known(part) and not after_verb:
            before = m.string[max(0, at - 4) : at]
            starts, _ = token_starts(before + part)
            if len(before) not in starts or part[0] not in lx.SURNAMES:
                part, at = part[1:], at + 1
        if part[0] not in lx.SURNAMES and not registry.is_known(part):
            return []
        out.append((part, at, at + len(part)))
        at += len(part) + 1
    return out


# "36名党员到会", "支部17名党员参加", "全馆48名党员参加大会", "共13人参加会议": the number present,
# when it is not an example's (等36名), a rough one (近30人) or part of a sum (以及70名).
MEMBERS_PRESENT = re.compile(
    rf"(?<![等近约余及])(?P<n>{pt.NUM})(?:名|位)(?:正式)?党员(?:集体)?(?:参加|到会|参会|出席)"
    rf"|(?<![等近约余及])共(?P<m>{pt.NUM})人参加(?:了)?(?:会议|大会)"
)
