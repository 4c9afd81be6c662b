"""What kind of act a clause tells, from the class of its verb and what the verb acts on.

The earlier rounds read a kind from the verb's wording alone; the field sets file the same verb
under different kinds by what it is said about. Two classes are read here: a verb of saying
that gives one's view (表示, 认为) against one that directs (强调, 指出, 要求); and an account
(汇报) of a unit's work or of how something stands, against one's own account of oneself.
"""

import re

# "X同志表示，…", "X认为，…": a view, said by a member (发言); a leader's 强调/指出/要求 directs
# (讲话). Across the eight sets the gold files a first 表示/认为 as 发言 9 times, 讲话 once.
OPINION = re.compile(r"表示|认为|谈到|讲到|说到")
# A leader's requirements: after one's own 点评 and in a further sentence, a speech (the
# settled table); a view (表示, 认为) or a remark (指出) after it still comments.
DEMAND = re.compile(r"(?:强调|要求|希望|勉励|号召)$")
# "张美玲书记表示", "孙国财组长认为": a post after the name marks who leads or supervises, whose
# view is still their speech or review.
LEADER_AFTER_NAME = re.compile(r"(?:书记|组长|处长|院长|校长|部长|主任)$")
# "督导组组长霍敏认为…": who supervises the meeting reviews it, whatever the verb.
SUPERVISOR = re.compile(r"督导|督察|巡察|巡视|指导组|组长")

# What an account is about: a unit's work, a state of things ("…的活动情况", "准备情况",
# "年度工作") — the account a meeting hears (报告) …
_OF_WORK = re.compile(r"工作|情况|进展|成效|成果|落实|准备|安排|整改")
# … unless it is one's own: a candidate's thoughts, one's person (the 发言 of sets 2 and 6).
_OF_ONESELF = re.compile(r"个人|本人|自己|自身|思想|入党|心得|体会|感受|学习、")


def account_of_work(matched: str, rest: str) -> bool:
    """ "X汇报了退休党支部开展…的活动情况", "X代表党支部做年度工作汇报": someone's account of
    work or of a state of things is a report; "发展对象分别汇报了个人情况" stays a 发言."""
    if "汇报" not in matched:
        return False
    told = rest.split("，", 1)[0]
    return bool(_OF_WORK.search(told)) and not _OF_ONESELF.search(told)


# "X再一次强调…", "X向4名新党员表示了诚挚的祝福", "X向支委会成员提出本次…的条件": words
# addressed to someone, or said again, are still the speaker's words (`speakers.weak_trigger`
# reads the verb standing alone after the name).
ADDRESSED = re.compile(
    r"^(?:再一次|再次|进一步|特别|着重|重点|也|还|又|同时)*"
    r"(?:(?:向|对(?![照标于])|为|给)[^，。；]{1,16}?)?(?:郑重|诚挚|殷切)?"
    r"(?:指出|强调|要求|希望|勉励|号召|寄语|嘱托|表示(?:了)?(?:诚挚|衷心|热烈|真诚)?(?:的)?祝福"
    r"|提出(?:了)?[^，。；]{0,30}?(?:要求|希望|条件|标准|建议|意见))"
)

# "X要求，全院上下要将…", "X要求各党总支结合实际，组织…学习": what follows a demand, to the
# end of its sentence, is what was demanded — never an act of the meeting (as after 指出/强调).
_DEMAND = re.compile(
    r"(?<![的照据按出题体])(?:要求|号召|勉励|嘱咐|叮嘱)"
    r"(?:$|(?:各|全体|大家|与会|参会|全院|全校|广大|师生|党员|同志)[^，。；]{0,20}$)"
)
# "对照…要求，…", "按照学校党委的要求": a demand named as a measure or a reason, not said at
# the meeting
_BY_RULE = re.compile(r"对照|参照|按照|根据|依照|遵照|依据|关于|围绕|落实|贯彻")


def demands(clause: str) -> bool:
    return bool(_DEMAND.search(clause)) and not _BY_RULE.search(clause)


# "X对上届支部委员会工作情况进行总结", "X从四个方面对八年的工作进行了总结", "X对本年度工作进行
# 总结": the work of a year or of a term of office, summed up by the one who did it, is the
# account the meeting hears (报告), like a unit's year (`patterns.UNIT_YEAR_REVIEWED`); a
# summing up of the meeting, of a study or of a stage ("前一阶段", "上学期") stays a speech.
_WORK_OF_A_TERM = re.compile(
    r"对[^，。；]{0,16}?(?:一年|年度|全年|上届|本届|任期|任内|(?:\d{1,4}|[一二三四五六七八九十两]{1,3})年)"
    r"[^，。；]{0,12}?工作[^，。；]{0,10}?(?:总结|梳理)$"
)


def work_of_a_term(matched: str) -> bool:
    """ "对八年的工作进行了总结": the verb's match, from 对 to 总结."""
    return bool(_WORK_OF_A_TERM.search(matched))
