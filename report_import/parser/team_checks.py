"""The team's 对照检查 told by the one who speaks for it, in the telling of that person's account
or speech: a `发言` of its own (the settled table files 对照检查 / 检视剖析 statements 发言).

"X代表学院领导班子汇报了…工作并作领导班子对照检查材料" (S29/20), "X就…进行了汇报。接着，他在…
的基础上，代表学院领导班子作对照检查发言" (S30/13): an account, then the team's check, which the
readers fold into the account (a verb after 并 with no 代表 right after it; a pronoun's clause
before the check carries it). "X代表学院领导班子检视问题，剖析原因，…提出了…整改措施" (S22/17):
the check is the whole act, which the reader takes for a leader's 讲话 by its 提出.
"""

import re

from .derived_acts import act_after
from .items import Item
from .structure import Text

# The check done: "作对照检查发言", "并作领导班子对照检查材料", "进行对照剖析", "代表班子检视问题"
# (not "通报了…检视问题和整改情况", the topic of an account).
_CHECK = re.compile(
    r"(?:作|做|进行|开展)(?:了)?[^，。；并]{0,16}?(?:对照检查|对照检视|检视剖析|对照剖析)"
    r"|(?<=班子|支部|党委)检视问题"
)
# For the team: "代表学院领导班子", "代表支部委员会" before the check.
_FOR_TEAM = re.compile(r"代表[^，。；]{0,14}?(?:班子|党委|党总支|支委会|支部|委员会)")
# A team named in the check itself ("并作领导班子对照检查材料").
_TEAM = re.compile(r"班子|支部|党委|党总支|支委会|委员会")
# One's account before the check: the item is that account, the check a further act.
_ACCOUNT = re.compile(r"汇报|报告|介绍|通报")
# Directions between the team and the check are a leader's ("代表校党委…要求班子…作对照检查").
_DIRECTS = re.compile(r"要求|希望|强调|指出|督促")
# How far before the check its team stands: the check's comma part, or the account's before it.
_NEAR = 40
# How much of an item's telling is read: its first sentence or two.
_TOLD_SPAN = 160


def as_team_checks(items: list[Item], doc: Text) -> None:
    """Items in order: a named account or speech whose telling (up to the next item) holds the
    team's check becomes a 发言, or, when it tells an account before it, gets one after it."""
    out: list[Item] = []
    for index, item in enumerate(items):
        out.append(item)
        if item.kind not in ("报告", "讲话") or not item.speaker or item.sentence < 0:
            continue
        after = items[index + 1] if index + 1 < len(items) else None
        end = min(after.start if after else len(doc.text), item.start + _TOLD_SPAN)
        check = _CHECK.search(doc.text, item.start, end)
        team = check and _FOR_TEAM.search(
            doc.text, max(item.start, check.start() - _NEAR), check.end()
        )
        if not team or _DIRECTS.search(doc.text, team.end(), check.start()):
            continue
        if not _ACCOUNT.search(doc.text, item.start, check.start()):
            item.kind = "发言"  # the check is the act told
        elif item.kind == "报告" and not _told_twice(doc.text, check):
            out.append(_check_of(item, check.start()))
    items[:] = out


def _told_twice(text: str, check: re.Match) -> bool:
    """ "X代表支委会作工作报告并进行对照检查": the account and a check joined by 并 that names no
    team of its own are one act told twice, as sets 1-5 file it (the fourth round's rule);
    "…并作领导班子对照检查材料" names the team's check, a second act (S29/20)."""
    joined = check.start() > 0 and text[check.start() - 1] == "并"
    return joined and not _TEAM.search(check.group())


def _check_of(item: Item, at: int) -> Item:
    """The team's check, a 发言 of the one who gave the account."""
    return act_after(item, "发言", at, honours=item.honours)
