"""A crowd's turn: the members or participants as a whole take the floor, one item, no speaker.

"与会人员围绕学习内容进行了深入交流研讨", "参会党员逐一分享学习心得", "全体党员逐一批评与自我
批评": the subject reader takes the crowd (全体党员, 与会人员, 参会党员 …) as the meeting, and the
verb table wants a speaker's form ("作交流发言", "进行交流", "开展批评和自我批评"). Read here by
structure — a crowd, an optional adverbial of manner or order, a verb of taking turns — the turn
is the crowd's own act. Its kind follows the verb: an exchange (交流, 分享 …心得, 座谈) is 交流, a
discussion, a criticism or a self-assessment is 发言, and so is an exchange told with the
members' self-criticism ("坦诚交流…，深入剖析自身存在的不足"): over sets 1–9, 11 and 12 the gold
files 83 of 84 unnamed turns of criticism 发言.
"""

import re

from . import patterns as pt
from .settled import exchange_round

# Adverbs of order and manner a crowd's turn opens with ("逐一", "纷纷", "坦诚", "深入 …").
_MANNER = (
    r"(?:逐一|逐个|逐次|依次|分别|先后|纷纷|轮流|积极|踊跃|热烈|深入|坦诚|充分|认真|相互|互相)"
)
# What the turn is about, before its verb: "双方就…进行了深入探讨", "大家对…两个问题进行了讨论"
# (S18/10, S19/14, S22/04, S28/07; the two sides of a co-building, 双方, are a crowd too).
_TOPIC = r"(?:(?:就|对)[^，。；]{1,40}?(?:也|还)?(?=(?:进行|开展|展开)))?"
# A study's round of exchange: "中心组成员…进行集中学习研讨", "参会人员…进行了深入学习和探讨" (S19/27,
# S24/23, S25/15 file it the crowd's 交流).
_STUDIED = r"(?:(?:集中|专题)?学习(?:和|与)?)?"
CROWD_TURN = re.compile(
    rf"{_MANNER}{{0,3}}{_TOPIC}(?:进行|开展|展开|作|做)?(?:了)?(?:{_MANNER}(?:的)?){{0,2}}"
    rf"(?:(?P<exchange>{_STUDIED}(?:交流|研讨|探讨)"
    r"|座谈|分享(?:了)?[^，。；]{0,8}?(?:心得|体会|感悟|感受|收获))"
    r"|(?P<speech>讨论|(?:(?:相互)?批评(?:和|与))?自我批评|自我评价))"
)


def crowd_turn(sentence: str, body: str, subject) -> tuple[str, re.Match] | None:
    """The turn a crowd subject (read as the meeting, not named 会议/大会) takes, as a trigger."""
    if subject.kind != "meeting" or pt.THE_MEETING.match(body[: subject.end]):
        return None
    rest = body[subject.end :]
    rest = pt.MODIFIER_PHRASE.sub(lambda m: "，" * len(m.group()), rest)
    at = len(rest) - len(rest.lstrip("，"))
    m = CROWD_TURN.match(rest, at)
    if not m:
        return None
    exchange = m.group("exchange") and exchange_round(sentence)
    return ("交流" if exchange else "发言", m)
