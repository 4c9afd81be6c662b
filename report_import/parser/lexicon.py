"""Word lists of the genre: how Chinese university news reports name people, units and meetings.

Everything here is matched against cleaned, Simplified text.
"""

import re


def _words(text: str) -> list[str]:
    return text.split()


class Ending:
    """A pattern that matches only at the end of the text (`…$`), and the characters its
    matches can end in. `re` tries such a pattern at every position of the text; most texts
    end in a character that no match ends in, and one set look-up rules them out."""

    def __init__(self, pattern: str, last: set[str]):
        self.regex = re.compile(pattern)
        self._last = frozenset(last)

    def search(self, text: str) -> re.Match | None:
        # `$` also matches before a final newline
        end = text[-2:-1] if text.endswith("\n") else text[-1:]
        return self.regex.search(text) if end in self._last else None


def _ending(words: list[str], tail: str, *, tail_ends: str) -> Ending:
    """`(?:word|…)<tail>$`, where `tail` (optional) ends in one of `tail_ends`."""
    alternation = "(?:" + "|".join(map(re.escape, words)) + ")"
    return Ending(alternation + tail + "$", {w[-1] for w in words} | set(tail_ends))


# Common single-character surnames. Characters that are far more often the first character
# of an ordinary word in this genre than a surname (学, 党, 全, 国, 时, 会 …) are left out on
# purpose: a false surname turns "全面" or "学校" into a person.
_SINGLE_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛"
    "郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦"
    "俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房"
    "滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟"
    "应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀"
    "郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴"
    "丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿"
    "鲜印逯隆茹诸战慕危玉银亢嵩帖蔚尉高于洪赖郦"
)
# Left out although they are surnames: they start too many words of the genre. (高, 文, 安, 成
# stay: they are too common as surnames; their words are rejected by the dictionary check in
# people.py instead.)
_NOT_SURNAMES = set("党全国时会和明海平强学支相都来")
SURNAMES = frozenset(ch for ch in _SINGLE_SURNAMES if ch not in _NOT_SURNAMES)
# Rare surnames a reporter may still write (佀, 蒯, 候 for 侯 …).
_RARE_SURNAMES = "佀蒯郗蹇訾逄昝笪璩仉酆郏衡候"
# …and words that start like a name: 候选人, 候补委员, 计票人; after a title, how one came ("陈书记闻讯到会",
# "副校长全程听取").
NOT_A_NAME_START = ("候选", "候补", "计票", "监票", "唱票", "班子", "全体", "全员", "全程", "闻讯")
# After a title ("党委书记时伟") the left-out surnames are names again.
TITLED_SURNAMES = frozenset(_SINGLE_SURNAMES + _RARE_SURNAMES)
SURNAMES = SURNAMES | frozenset(_RARE_SURNAMES)
COMPOUND_SURNAMES = frozenset(
    _words("欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 钟离 端木")
)

# Words for people in general: never a person's name, though 师 and 向 are surnames and jieba
# tags 师生 as a name ("师生们表示", "办公室主任、师生党支部书记", "支部书记向大会汇报").
PEOPLE_NOUNS = tuple(
    _words("师生 同志 同学 大家 老师 党员 群众 干部 职工 学生 教师 教工 成员 代表")
)
NAME_NEVER_HOLDS = ("们", "大会", "会议")

# Characters that never occur in a personal name in this genre but end unit names and titles.
NOT_IN_NAME = frozenset("党委部院校系处组室支记员的了在和与及等对为是会议中上下之从向以就副")
# Of those, the ones a name does contain (杨会成, 王中华, 陆为群) when a title stands before it.
IN_TITLED_NAME = frozenset("会中为")
# … and the ones that end a name written last in a list element (王启和, 李国和).
LAST_IN_TITLED_NAME = frozenset("和")

# A title (职务) ends in one of these. Longest first, so the regex prefers 副书记 over 书记.
TITLE_ENDINGS = sorted(
    set(
        _words("""
        书记 副书记 校长 副校长 院长 副院长 主任 副主任 部长 副部长 处长 副处长 科长 馆长 所长
        局长 厅长 主席 副主席 秘书长 常委 委员 组长 副组长 队长 班长 社长 会长 董事长 总经理
        辅导员 组织员 宣传员 联络员 党员 预备党员 正式党员 对象 发展对象 积极分子 介绍人 联系人
        教授 副教授 讲师 研究员 老师 教师 博士 同学 干部 负责人 领导 校领导 院领导 成员 专家
        院士 督导 巡视员 调研员 专员 干事 助理 指导员 政委 代表 标兵 主持行政工作 督学 总支书记
        支部书记 班主任 教导员 审计师 会计师 工程师 馆员 校友 主管 总监 局长 行长 站长 团长 员
        主持人 支委 导师 秘书 督导组 督察组 巡察组 巡视组 指导组 工作组 考核组 检查组
        """)
    ),
    key=len,
    reverse=True,
)
TITLE_END_RE = _ending(TITLE_ENDINGS, r"(?:[（(][^）()（]{1,20}[)）])?", tail_ends=")）")

# A title never starts with a verb of the business ("讨论接收发展对象曹思远…" names no post).
TITLE_NOT_START_RE = re.compile(
    r"^(?:讨论|研究(?!生|院|所|室|会|中心)|审议|同意|接收|吸收|确定|推荐|表决|选举|听取|是否|将|把)"
    # … nor with a preposition ("为支部成员全面解读", "就后勤部门工作…" name no post)
    r"|^(?:为|就|向|给|被|对(?!外))"
)

# A unit (组织) ends in one of these; an office in short ends in 办 (学工办, 党政办, 校纪委办, 党办校办:
# S20/07, S27/17, S29/12), never 办 alone (主办, 承办 are verbs).
ORG_ENDINGS = sorted(
    set(
        _words("""
        党委 党总支 总支 党支部 支部 党小组 小组 纪委 团委 工会 委员会 学院 大学 学校 书院 研究院
        医院 系 部 处 委办 党办 校办 院办 政办 工办 室 中心 馆 所 科 站 队 班 团队 工作室 办公室 机关 基地 集体 协会 学会 分会
        公司 集团 实验室 党组 党工委 单位 年级 专业 教研室 学部 校区
        """)
    ),
    key=len,
    reverse=True,
)
# "教工第三党支部（药学支部）": a unit with another name in brackets after it.
ORG_END_RE = _ending(ORG_ENDINGS, r"(?:[（(][^）()（]{1,12}[)）])?", tail_ends=")）")
# "光电工程学院学生" speaks for 光电工程学院: the trailing people noun is not part of the unit.
ORG_PEOPLE_TAIL_RE = re.compile(r"(学生代表|教师代表|师生代表|学生|教师|师生|同学|代表|党员)$")

# Labels for a whole list of leaders; a person's specific title found elsewhere beats them.
GENERIC_LABEL_RE = re.compile(
    r"^(校|院|学校|学院|出席|与会|参会)?(领导|领导班子成员|班子成员|领导同志)$"
)
# A list label that applies to every bare name after it ("入党介绍人刘畅、何俊峰").
DISTRIBUTIVE_LABEL_RE = re.compile(
    r"(领导|班子成员|成员|介绍人|代表|委员|支委|党员|同志|嘉宾|专家|老师|教师|同学|对象|积极分子|负责人"
    r"|督导组|督察组|巡察组|巡视组|指导组|工作组|考核组|检查组)$"
)
# A list element that can only be many people: never the title of the name after it.
PLURAL_GROUP_RE = re.compile(
    r"全体|^各|(?:党员|师生|学生|教师|群众|职工|同学|干部)$|(?:党员|学生|教师|师生|群众|职工)代表$"
)
# A title-only element that names a group rather than one person's post.
GROUP_WORD_RE = re.compile(
    r"(干部|代表|委员|党员|负责人|书记|成员|对象|积极分子|师生|教师|学生|同志|同学|人员|群众|骨干|职工|校友|专家|嘉宾|班子)$"
)

# Words that stand as the subject of a clause but are neither a person nor a unit; 全场/全体
# before a ceremony ("全场齐唱国歌", "全体起立，奏国际歌") and 双方, a co-building's two sides, too.
MEETING_SUBJECT_RE = re.compile(
    r"^(?:本次|此次)?(会议|支部大会|党员大会|大会|会上|会中|本次会议|全会|支委会|常委会|中心组|党小组|与会人员|与会党员|与会同志|与会领导|"
    r"全体与会人员|全体党员|全体成员|全体参会人员|参会人员|参会党员|大家|同志们|全体人员|学习会|党员们|(?:与会)?全体同志们?|党员(?:教师|干部)们|同学们|支委们|委员们|全场|全体(?=起立|肃立|齐唱|奏|重温)|双方(?:党员|师生|代表)?)"
    r"(?!组长|副组长|成员|秘书|委员|负责人|书记|副书记)"
)
PRONOUN_RE = re.compile(r"^(他|她)")

# Adverbials that open a clause before its subject.
LEADING_ADVERBIAL_RE = re.compile(
    r"^(?:(?:会上|会中|会议上|会议中|会议期间|期间|随后|最后|最终|同时|此外|另外|接着|然后|首先|其次|"
    r"之后|其后|紧接着|接下来|其间|会议最后|会议开始|会议伊始|开始|在会上|活动中|学习中|讨论中|研讨中|"
    # minutes: "会议第一项，…", "大会第二项议程是…", "第三部分，…" (before 第三 alone)
    r"(?:会议|大会)?第[一二三四五六七八九十\d]{1,2}(?:项|部分|个环节|环节|阶段)(?:议程|内容)?(?:是|为)?|"
    # not the ordinal of a unit: "第二巡察组组长A", "第一党支部书记B"
    r"一是|二是|三是|(?:第一|第二|第三)(?![\u4e00-\u9fff]{0,4}?(?:组|支部|总支))|[一二三四五六七八九十]{1,2}、|"
    r"(?:会议|大会)?最后一项(?:议程)?(?:是|为)?|会前|会后|再(?=由)|"
    # "交流研讨环节，…", "民主生活会环节，…": a part of the meeting named before its acts
    r"(?:在)?[\u4e00-\u9fff“”]{2,12}?环节(?:中|上)?(?=[，：]|$)|"
    # "观看结束后大家展开了热烈的讨论" (S22/27, S32/24): a time told with no comma before the crowd
    r"[\u4e00-\u9fff]{1,6}?(?:结束|完毕)(?:之)?后(?=大家|与会|参会|全体|党员|同志们|同学们))[，、：]?)+"
)
# A subject list element never starts with these: what follows is a predicate.
# "集体学习了…": an adverb before the verb, not a unit called 集体.
ADVERB_NOT_SUBJECT_RE = re.compile(
    r"^(?:集体|共同|一起)(?=学习|观看|重温|宣誓|合影|讨论|参观|收看|研讨|诵读)"
)
# A clause that opens with a study or a relay has no subject: "集中学习习近平总书记…" and
# "并认真传达了校党委书记X所做的…" name no titled person. (Not 选举产生…: docs, round 26.)
VERB_NOT_SUBJECT_RE = re.compile(
    r"^并?(?:集中|重点|深入|认真)?(?:传达(?!室)|学习(?:了|研讨|习近平))"
)
NOT_A_SUBJECT_START_RE = re.compile(
    r"^(?:并|向|依次|代表|对|为|给|由|将|把|被|按|经(?!济|管|贸|营|法)|在|从|要|使|让|以|通过|切实|进一步|全面|认真|坚持|加强)"
)
# Words that open a predicate, read before any name or unit: "向大家作了通报" (向 is a surname),
# "围绕如何建设…大学进行了讨论", "严格按照学校党委要求", "引导校区上下…", "与支部党员一起学习".
PREDICATE_OPENING_RE = re.compile(r"^(?:向大家|围绕|严格按照|引导|与(?!会))")
# A body of people, not a person: "学院领导班子" is not 学院领导 班子.
COLLECTIVE_TAIL_RE = re.compile(r"(?:领导班子|班子成员|班子|全体成员)$")
COLLECTIVE_HEAD_RE = re.compile(r"领导班子|班子")

# What may follow a subject: adverbs, prepositions and the agenda verbs themselves.
# (之间, 相互间: the members among themselves, "党员之间开展了…相互批评", S26/06.)
FOLLOWERS = sorted(
    set(
        _words("""
        在 分别 先后 依次 相继 逐一 一一 还 也 又 再 随后 代表 结合 围绕 以 对 就 为 向 从 作 做 进行 领学
        宣读 传达 解读 主持 讲话 指出 强调 要求 表示 介绍 汇报 分享 谈 带领 领读 讲授 述职 点评 发言
        交流 通报 部署 布置 总结 首先 重点 根据 紧扣 联系 集体 认真 组织 带头 领誓 上 讲 致辞 发表 围坐 同
        与 和 及 等 通过 当选 提出 希望 勉励 充分 深刻 详细 系统 全面 简要 专题 逐条 作了 对照 签订
        宣布 公布 听取 审议 观看 学习 测评 投票 表决 带领 共同 一起 立足 聚焦 列席 出席 参加 请假 担任 受 参观
        到会 莅临 赴 前往 最后 首先 接着 最终 按照 依据 参照 给 主讲 认为 讲到 谈到 说到 寄语 号召
        表彰了 颁发 颁奖 宣誓 重温 奏唱 佩戴 评议 肯定了 高度 之间 相互间
        """)
    ),
    key=len,
    reverse=True,
)
# The first characters up front: `re` would try every word at every position it is asked about.
FOLLOWER_RE = re.compile(
    f"(?=[{re.escape(''.join(sorted({w[0] for w in FOLLOWERS})))}报])"
    + "(?:"
    + "|".join(map(re.escape, FOLLOWERS))
    # "X报告了…情况" ends a name; "支部书记报告了出席会议的人数" is the chair's headcount (verbs.py)
    + "|报告了(?![^，。；]{0,4}?(?:出席|到会|参会))"
    + ")"
)

# Meeting kinds from the title. The meeting named first decides ("党员大会暨民主生活会",
# "讲党课全体党员大会"); at one position the longer name, then the earlier row. The "work
# meeting" kinds count only when no specific kind is named.
SPECIFIC_KINDS = [
    (re.compile(r"理论(?:学习)?中心组|中心组(?:\S{0,12})学习"), "理论学习中心组学习"),
    # cadres' yearly appraisal with their 述职 is the genre's 述职评议会
    (re.compile(r"述职(?:评议|考核|测评)?|总结和?评议会|干部\S{0,4}考核|考核评议"), "述职评议会"),
    (re.compile(r"民主生活会(?!\S{0,4}通报)"), "民主生活会"),
    # "民主评议党员工作会", "…民主评议党员大会", "党员民主评议会议": the branch's yearly review
    # of its members, in either word order
    (re.compile(r"组织生活会|组织生活$|民主评议党员\S{0,4}会|党员民主评议\S{0,2}会"), "组织生活会"),
    # a fixed monthly day of the branch's members under any of its names
    (re.compile(r"主题党日|为主题的党日|固定党日|党日活动|党员活动日"), "主题党日"),
    (re.compile(r"党小组(?:会|会议|学习)?"), "党小组会"),
    (re.compile(r"支委会|支部委员会|支委(?:扩大)?会议"), "支部委员会"),
    (
        re.compile(
            # (a congress of delegates, 党员代表大会, is no branch's: its name is of its own, 其他)
            r"(?:支部|全体)?党员大会|支部大会|预备党员\S{0,4}大会|发展\S{0,4}大会"
            # the members admit, confirm and elect: "接收及转正大会", "支部委员会换届选举大会"
            r"|(?:接收|转正)\S{0,4}大会|发展\S{0,6}预审会|(?:支部委员会|支委会?)?换届选举大会"
            # a branch's meeting of its members under plainer names; admitting and confirming
            # members is theirs to decide by any noun ("转正讨论会", "预备党员及转正通表会议")
            r"|(?:全体)?党员会议|(?:票决|接收|转正)\S{0,4}?会"
        ),
        "支部党员大会",
    ),
    # a lecture to members, also when called a 报告会
    (
        re.compile(
            r"党课|党员\S{0,20}(?:报告|宣讲)会|思想政治理论课|政治理论课"
            # "党纪学习教育专题辅导大会", "“…”专题讲座": a lecture to the members
            r"|专题(?:讲座|辅导(?:大会|会|报告会)?)"
        ),
        "党课",
    ),
    (re.compile(r"全委会|全体(?:委员)?(?:扩大)?会议|委员会第\S{1,4}次全体"), "党委全委会"),
    # "党委常委九届107次会议": a standing committee's meeting under its session numbers
    (
        re.compile(r"常委会|常委(?:扩大)?会议|常委[^，。；会]{0,8}?次(?:扩大)?会议|党委会(?:议)?"),
        "党委常委会",
    ),
]
WORK_KINDS = [
    # a 警示教育大会 is a meeting of its own name (其他), not the yearly work meeting
    (re.compile(r"全面从严治党|党风廉政|纪检|监察|廉政"), "全面从严治党工作会议"),
    # the organisers' (组织员) work is organisation work; party affairs (党务) and the Party and
    # mass work (党群工作) are party building
    (re.compile(r"组织工作|组织员\S{0,2}工作"), "组织工作会议"),
    (re.compile(r"党建|党的建设|党务工作|党群\S{0,2}工作"), "党建工作会议"),
]
# Kinds whose records carry the expected headcount (应到).
HEADCOUNT_KINDS = frozenset({"支部党员大会", "支部委员会", "党小组会", "党课"})

# The words a meeting's name ends in.
MEETING_NOUN_RE = re.compile(
    r"(?:会议|大会|会|党课|主题党日(?:活动)?|集体学习|专题学习|学习(?:会|研讨)?|研讨|活动|仪式|推进会|"
    r"座谈会|报告会|讲座|沙龙|培训班|读书班|交流会|评议会|生活会)(?:[（(][^）()（]{1,10}[)）])?$"
)

# jieba tags that end a unit's name read backwards from 大学/学院 (function words, verbs …).
NAME_STOP_TAGS = ("p", "c", "u", "v", "d", "r", "x", "m", "f", "q", "t", "y", "e", "o", "z")
AFTERNOON = frozenset({"下午", "晚上", "晚间", "傍晚", "晚"})
# A time of day written without a clock time.
PART_OF_DAY = {
    "上午": "上午",
    "早上": "上午",
    "下午": "下午",
    "傍晚": "下午",
    "晚上": "晚上",
    "晚间": "晚上",
    "晚": "晚上",
}
# What dates a report that writes no year: the campaigns and plenums that meetings study, with
# the span in which they were studied (a report names the latest it knows) …
DATED_EVENTS = [
    (re.compile(r"三严三实"), "2015-04-01", "2016-03-31"),
    (re.compile(r"两学一做"), "2016-02-01", "2017-12-31"),
    # the campaign of 2019, also by its own 专题 meetings ("“不忘初心、牢记使命”处级领导班子专题
    # 民主生活会", held from November 2019)
    (
        re.compile(r"不忘初心[、，]?牢记使命”?(?:主题教育|[^，。；]{0,10}专题(?:民主|组织)生活会)"),
        "2019-05-31",
        "2020-01-31",
    ),
    # the constitution as the 19th congress amended it, studied in the year after
    (re.compile(r"十九大(?:修改|通过)?的?(?:新)?党章|十九大党章"), "2017-10-24", "2018-12-31"),
    # the 2021 campaign, also by its mottos ("学史明理、学史增信…", "学党史、悟思想、办实事、开新局")
    (
        re.compile(r"党史学习教育|学史明理|学党史、悟思想|悟思想、办实事"),
        "2021-02-20",
        "2022-01-31",
    ),
    # the centenary year (a "七一" meeting that speaks of 百年党史)
    (re.compile(r"建党百年|百年华诞|百年党史|建党一百周年"), "2021-01-01", "2021-12-31"),
    # studying the 20th congress: a month after October is that autumn, an earlier one the next year
    (re.compile(r"二十大(?:精神|报告|召开|胜利闭幕)"), "2022-10-16", "2023-10-15"),
    (re.compile(r"习近平新时代中国特色社会主义思想主题教育"), "2023-04-01", "2024-01-31"),
    (re.compile(r"党纪学习教育"), "2024-04-01", "2024-08-31"),
    # the campaign of 2013-14, first deployed in the spring of 2013
    (re.compile(r"群众路线教育实践活动"), "2013-04-19", "2014-10-31"),
    # the rules as last revised (December 2023), studied in 2024
    (re.compile(r"新修订的?《?中国共产党纪律处分条例"), "2024-01-01", "2024-12-31"),
    (re.compile(r"中央八项规定精神学习教育"), "2025-03-01", "2025-08-31"),
]
# … the Central Committee's plenums, from the day each closed to the next one, written short
# (十九届四中全会) or at length (中国共产党第十九届中央委员会第四次全体会议) …
DATED_EVENTS += [
    (re.compile(f"{term}届{n}中全会|第?{term}届中央委员会第{n}次全体会议"), first, last)
    for term, n, first, last in (
        ("十八", "三", "2013-11-12", "2014-10-22"),
        ("十八", "四", "2014-10-23", "2015-10-28"),
        ("十八", "五", "2015-10-29", "2016-10-26"),
        ("十八", "六", "2016-10-27", "2017-10-17"),
        ("十九", "三", "2018-02-28", "2019-10-27"),
        ("十九", "四", "2019-10-28", "2020-10-25"),
        ("十九", "五", "2020-10-26", "2021-11-07"),
        ("十九", "六", "2021-11-08", "2022-10-15"),
        ("二十", "二", "2023-02-28", "2024-07-17"),
        ("二十", "三", "2024-07-18", "2025-10-19"),
        ("二十", "四", "2025-10-20", "2026-10-19"),
    )
]
# … the discipline commission's plenum each January, studied through that year …
DATED_EVENTS += [
    (re.compile(f"{term}届中央纪委{n}次全会"), f"{year}-01-01", f"{year}-12-31")
    for term, first in (("十九", 2018), ("二十", 2023))
    for year, n in enumerate("二三四五六七", start=first)
]
# … and anniversaries: "纪念辛亥革命110周年" is 1911 + 110.
ANNIVERSARY_BASES = {
    "辛亥革命": 1911,
    "新中国成立": 1949,
    "中华人民共和国成立": 1949,
    "建党": 1921,
    "中国共产党成立": 1921,
    "改革开放": 1978,
    "五四运动": 1919,
    "抗日战争胜利": 1945,
    "抗战胜利": 1945,
    # "纪念中国人民抗日战争暨世界反法西斯战争胜利80周年", "抗美援朝出国作战 70 周年"
    "世界反法西斯战争胜利": 1945,
    "抗美援朝": 1950,
    "抗美援朝出国作战": 1950,
    "长征胜利": 1936,
    "建军": 1927,
    "毛泽东": 1893,
    "邓小平": 1904,
    "周恩来": 1898,
    "刘少奇": 1898,
    "朱德": 1886,
    "马克思": 1818,
    "孙中山": 1866,
}
ANNIVERSARY_RE = re.compile(
    "(?P<what>"
    + "|".join(sorted(map(re.escape, ANNIVERSARY_BASES), key=len, reverse=True))
    + r")(?:同志|先生)?(?:诞辰|逝世)?\s*(?P<n>\d{1,3}|[一二三四五六七八九十百]+)\s*周年"
)

DAYS_BACK = {"今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2, "前日": 2}
# The attendance verb → the attendee's role.
ROLES = {
    "出席": "出席",
    "到会": "出席",
    "莅临": "出席",
    # supervisors who come to guide sit in, as 巡听 does
    "到会指导": "列席",
    "莅临指导": "列席",
    "亲临指导": "列席",
    "到会督导": "列席",
    "参会指导": "列席",
    "与会指导": "列席",
    "巡学旁听": "列席",
    "到会巡学指导": "列席",
    "带队": "参加",  # "支部书记X带队": X leads the members out
    "巡学指导": "列席",
    "参加": "参加",
    "参与": "参加",
    "参会": "参加",
    "与会": "参加",
    "列席": "列席",
    "列席旁听": "列席",
    "旁听": "列席",
    "到会旁听": "列席",
    "巡听指导": "列席",
    "到会巡听指导": "列席",
    "巡听旁听": "列席",
    # "X巡听会议", "X列会指导", "X参加旁听": the same sitting in, written shorter or longer
    "巡听": "列席",
    "列会指导": "列席",
    "参加旁听": "列席",
    "缺席": "缺席",
}
CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}


def count_value(text: str) -> int:
    """ "7", "七", "十二", "二十": a count as written in the genre (large or odd ones: 99)."""
    if text.isdigit():
        return int(text)
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}
    tens, ten, units = text.partition("十")
    if not ten:
        return digits.get(text, 99)
    return digits.get(tens or "一", 99) * 10 + (digits.get(units, 99) if units else 0)
