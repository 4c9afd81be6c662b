"""An applicant's or a probationer's account of oneself, told with another verb.

"发展对象首先宣读入党申请书，汇报了对党的认识…", "10名预备党员依次宣读转正申请，结合专业特色汇报
思想成长", "预备党员依次发言，汇报自己在预备期间的…情况": the reading or the turn opens the
applicants' account, which the settled table files as one `报告` (sets 18–30: every gold that tells
the 汇报 after such a reading or turn, S19/29, S20/01, S21/04, S24/02, S27/12, S27/28, S29/18,
S30/29, S30/30). A bare reading with no 汇报 after it is left as read: the golds split (S24/01,
S26/24 file a 报告; S22/03, S23/06, S25/24 a 宣读).
"""

import re

from .items import Item
from .structure import Text

# One's own application read out: "宣读了本人的入党志愿书", "宣读《入党志愿书》", "宣读转正申请书".
_OWN_APPLICATION = re.compile(
    r"宣读(?:了)?(?:自己的|本人的|各自的)?《?(?:中国共产党)?(?:入党志愿书|入党申请书|转正申请)"
    r"|(?:入党志愿书|入党申请书)[^，。；]{0,8}?的宣读"  # "进行入党志愿书相关内容的宣读"
)
# Who gives the account: the people whose admission or confirmation the meeting decides.
_APPLICANTS = re.compile(r"发展对象|预备党员|拟转正党员|拟发展对象|申请转正的|申请人")
# The account itself, after the reading or the turn: "汇报了…", "进行了汇报", "介绍自己…".
_ACCOUNT = re.compile(r"汇报|介绍(?:了)?自己")


def applicants_accounts(items: list[Item], doc: Text) -> None:
    """Make an applicants' reading or turn followed by their 汇报 one `报告`; a 报告 the same
    sentence opened for that 汇报 ("，并详细汇报了…", no subject) is the same account."""
    for i, item in enumerate(items):
        if item.kind not in ("宣读", "发言") or item.speaker or item.org or item.sentence < 0:
            continue
        _, end = doc.sentences[item.sentence]
        after = items[i + 1] if i + 1 < len(items) else None
        merged = after is not None and _its_account(after, item, doc)
        told = doc.text[item.start : min(after.start, end) if after and not merged else end]
        told = told.split("；", 1)[0]
        if _account(item.kind, told):
            item.kind = "报告"
            if merged:
                del items[i + 1]


def _its_account(after: Item, item: Item, doc: Text) -> bool:
    """The next item is an unnamed 报告 of the same sentence told by 汇报."""
    unnamed = after.kind == "报告" and not (after.speaker or after.org)
    told = unnamed and after.sentence == item.sentence
    return told and bool(_ACCOUNT.search(doc.text, after.start, after.end))


def _account(kind: str, told: str) -> bool:
    if kind == "宣读":
        reading = _OWN_APPLICATION.search(told)
        return bool(reading and _ACCOUNT.search(told, reading.end()))
    verb = told.find("发言")
    return verb > 0 and bool(_APPLICANTS.search(told, 0, verb) and _ACCOUNT.search(told, verb))
