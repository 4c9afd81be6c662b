"""The agenda kinds settled in session 10 (docs/report-parser.md, "Fourteenth round, agenda").

The golds of sets 1–13 filed some acts under different kinds; from set 14 on the gold follows
one table, read here from what the verb says and what it is said about:
- an exchange (交流, 分享, 谈…体会, 研讨, 座谈, 畅谈 …) is `交流` whoever speaks — a named
  member, a unit or the members as a crowd — unless the round is one of criticism,
  self-examination or 表态 (`发言`); a 讨论 is not read as one (see `exchange_round`), and a
  研讨发言, a turn in a study's discussion, stays `发言` as the shared example 06 files it;
- an account given to the meeting (汇报, 介绍 of a situation, of one's work or of what one
  presents) is `报告`, an applicant's or a probationer's as well; a 入党介绍人's or a 培养联系人's
  remarks on the candidate stay `发言`.
"""

import re
from typing import TYPE_CHECKING

from .structure import Text

if TYPE_CHECKING:  # items.py reads its kinds here
    from .items import Item

# The verb of an exchange, or the 心得/体会 it shares ("谈了学习体会", "分享了心得").
_EXCHANGE = re.compile(r"交流|分享|座谈|研讨|畅谈|心得|体会|感悟|感受|感想")
_TALK = re.compile(r"谈|发表")
# A round of criticism, self-examination or pledges: a 发言, whatever its verb.
CRITICISM = re.compile(r"批评|剖析|对照检查|检视|查摆|表态")
# Who speaks for the candidate they introduced or looked after.
_SPONSOR = re.compile(r"介绍人|联系人|培养人")
# A crowd's discussion as a round of turns ("与会人员围绕…展开热烈讨论"), not a decision; so is
# the floor open to all ("大家踊跃发言", "畅所欲言，各抒己见"): the settled table's crowd's round,
# as every gold of sets 18-28 files it (settled in session 12; S21/30, S23/04, S25/14).
_DISCUSSION = re.compile(r"讨论(?![^，。；]{0,6}通过)|畅所欲言|各抒己见|踊跃发言|积极发言")
# People whose admission, confirmation or election the meeting decides: the members' words on
# them are remarks (发言), the candidate often named only in another sentence; their 讨论 is
# the crowd's exchange all the same (settled in session 13, decision 4).
CANDIDATES = re.compile(r"发展对象|预备党员|积极分子|候选人|入党申请|申请入党|转正")
# The members' 发表意见 or 发表看法 on a candidate (session 14, decision 13).
_REMARKS = re.compile(r"发表(?:了)?[^，。；]{0,6}?(?:意见|看法)")


def settled_kind(kind: str, matched: str, after: str, told: str, who: str) -> str:
    """`matched`: the verb as found, `after`: what follows it in its comma part; `told`: the
    comma part and the sentence before it; `who`: the words before the verb."""
    if kind != "发言":
        return kind
    told_of = after.split("，", 1)[0]
    if "研讨发言" in matched + told_of:
        return kind  # a turn in a study's discussion (the shared example 06)
    # "谈了各自的学习体会": what is talked of says the exchange the verb alone does not
    shared = _EXCHANGE.search(matched) or (_TALK.search(matched) and _EXCHANGE.search(told_of))
    if shared and exchange_round(told):
        return "交流"
    # "X汇报了…", "X介绍了学院的党建工作": an account, not a remark (sets 18-19 file every
    # named 介绍 not a sponsor's as one; 介绍…情况 alone had left S18/06, 10, 20, 21, S19/30)
    account = "汇报" in matched or "介绍" in matched
    return "报告" if account and not _SPONSOR.search(who) else kind


def exchange_round(told: str) -> bool:
    """The turns told are an exchange: no criticism, self-examination or 表态. (A 讨论 is
    not read as one: at a meeting on candidates it is the members' remarks on them, and the
    candidate is often named only in another sentence.)"""
    return not CRITICISM.search(told)


def as_settled(items: "list[Item]", doc: Text) -> None:
    """An exchange told in the sentence of a criticism round ("纷纷分享学习体会，深入剖析自身
    存在的不足") is that round: the comma part alone does not say it."""
    on_candidates = bool(CANDIDATES.search(doc.text))
    criticism: dict[int, bool] = {}
    for item in items:
        if item.sentence < 0:
            continue
        in_criticism = criticised(doc, item.sentence, criticism)
        if item.kind == "交流" and in_criticism:
            item.kind = "发言"
        elif item.kind == "发言" and not (item.speaker or item.org):
            # the members' discussion of a topic is an exchange (the settled table); on a
            # candidate their 讨论 too (session 13, decision 4), their open floor stays 发言
            told = _DISCUSSION.search(doc.text, item.start, item.end)
            if told and not in_criticism and not (on_candidates and _remarks(doc, item, told)):
                item.kind = "交流"


def _remarks(doc: Text, item: "Item", told: re.Match) -> bool:
    """On a candidate, the members' open floor stays remarks (发言), and so does their 发表意见
    told before their 讨论 ("与会党员充分发表意见，对…进行讨论"; session 14, decision 13). Told
    after it ("进行了认真讨论并发表意见") the golds split: own report 26 files it 交流, S22/03 and
    S23/07 发言."""
    remarks = _REMARKS.search(doc.text, item.start, told.start())
    return told.group() != "讨论" or bool(remarks)


def criticised(doc: Text, sentence: int, seen: dict[int, bool]) -> bool:
    """Whether the sentence tells criticism, self-examination or a 表态; read once per sentence
    and kept in `seen`, as a sentence may hold thousands of turns."""
    if sentence not in seen:
        s, e = doc.sentences[sentence]
        seen[sentence] = bool(CRITICISM.search(doc.text, s, e))
    return seen[sentence]
