"""The members' own acts, which no one speaker gives: their discussion and their rating.

Word patterns like those of `patterns.py`, which puts them among its agenda verbs (`TRIGGERS`).
"""

import re

# The members rate each other or the ones under review ("进行党员民主评议", "填写了《民主评议党员
# 测评表》"): their step (其他), never the words of the one who spoke before.
RATING = re.compile(
    r"(?:进行|开展)(?:了)?(?:支部|党员)?(?:民主|现场)评议(?!会|结果|意见|[^《》，。；]*》)"
    r"|(?:进行|开展|经过|经)(?:了)?(?:民主)?测评|填写(?:了)?[^，。；]{0,16}?(?:测评|评议|评价)表"
    r"|通过(?:无记名|不记名)?投票[^，。；]{0,6}?评定"  # "通过无记名投票客观评定了每位党员…"
)
# "党员们围绕…展开了热烈讨论", "同志们进行热议", "大家各抒己见": the members speak in turn (发言);
# the meeting's own discussion ("会议就…进行了积极讨论", "经热烈讨论，确定…") is no one's speech.
MEMBERS_DISCUSSION = re.compile(
    r"展开(?:了)?(?:热烈|深入|积极|充分)?(?:的)?(?:讨论|研讨|交流)|(?:积极|热烈|踊跃)(?:地)?(?:讨论|交流)"
    r"|热议|各抒己见|畅所欲言"
)
# "其他与会人员对…提出批评意见", "班子成员轮流对班子提意见", "其他班子成员对…进行评议": the
# others' criticism of the ones under review is what they say (发言), as the golds file it.
MEMBERS_CRITICISM = re.compile(
    r"提(?:出)?(?:了)?(?:批评|意见)(?:[、和与或及]?(?:意见|建议))*(?!书|函|表|稿)"
    r"|(?:开展|进行)(?:了)?(?:相互)?批评(?![和与]自我)"
    # their mutual criticism told with its manner: "全体党员逐一做了客观、真诚的批评和互相批评",
    # "党员之间开展了严肃认真、实事求是的相互批评" (S26/06, S28/17, S32/04)
    r"|(?:开展|进行|作|做)(?:了)?[^，。；]{0,12}?(?:相互|互相)批评"
)

# A vote told by its manner or by what it adopted: "以无记名投票方式…", "通过无记名投票方式，评选出…",
# "通过…和正式党员的表决，一致同意…", "开展了线上投票", "大会通过了选举办法和候选人名单".
VOTE_TOLD = re.compile(
    r"(?:以|通过|采取|采用)(?:了)?(?:无记名|记名|举手|线上|网络|现场)?(?:投票|表决)(?:的)?(?:方式|形式)"
    r"|通过[^，。；]{0,16}?的表决|(?:进行|开展)(?:了)?(?:线上|网络|现场|民主)投票"
    r"|通过(?:了)?(?:《[^》]{0,20}?(?:办法|法|规则)》|[^，。；《]{0,12}?(?:选举|表决)办法)"
)

# "会议在庄严的国歌声中拉开帷幕", "伴随着全体党员齐唱《国际歌》，大会拉开了帷幕": the members sing
# as the meeting opens, their ceremony (其他) as every set's gold files it; so is a named song the
# meeting opens or closes in ("启动仪式在全体党员合唱《…》中开始", "大会在雄壮的《国际歌》中闭幕":
# S21/20, S22/28, S28/02), not one an activity goes on in ("…中进入尾声", the twelfth round).
# The anthem told after the meeting's business ("…完成各项议程并在《国际歌》声中闭幕", S33/15), the
# anthem opening it ("一首铿锵的国歌拉开了…序幕", S32/02) and a song's sound the meeting ends in
# ("在全体党员合唱《…》的嘹亮歌声中顺利结束", S25/01) are that song (settled in session 15, 21).
OPENING_ANTHEM = re.compile(
    r"^(?:[^，。；]{0,30}?并)?(?:在|伴随着|伴着|随着)[^，。；]{0,12}?(?<!全)国(?:际)?歌》?"
    r"|^[^，。；]{0,8}?国(?:际)?歌》?声?(?=拉开|响起)"
    r"|^[^，。；]{0,8}?在[^，。；]{0,16}?(?:唱响|合唱|演唱|齐唱|高唱|奏响|奏唱)(?:了)?《[^》]{1,30}》"
    r"(?=(?:的[^，。；]{0,6}?歌声)?中[^，。；]{0,2}?(?:开始|开幕|拉开|闭幕|结束|落下帷幕))"
)
# The members' acts above, among the agenda verbs of `patterns.TRIGGERS`.
MEMBERS_TRIGGERS = [("发言", MEMBERS_CRITICISM), ("表决", VOTE_TOLD), ("其他", OPENING_ANTHEM)]


def criticism_of_turns(group: list, sentence: int, matched: str) -> bool:
    """ "班子成员依次作对照检查，其他班子成员提出批评意见": the others' criticism told in the
    sentence of the members' turns is part of those turns (in a sentence of its own, a turn)."""
    current = group[-1] if group else None
    if not (current and current.kind == "发言" and current.sentence == sentence):
        return False
    return not current.speaker and bool(MEMBERS_CRITICISM.fullmatch(matched))
