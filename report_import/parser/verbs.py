"""Agenda verbs the eighth round adds to those of `patterns.TRIGGERS` (read by `items.find_trigger`)."""

import re

# "X带领全体党员回顾了《…》", "X组织大家共同重温党章", "…，带领大家重温党员的权利与义务": a
# study someone leads, unless what is renewed is the oath (a ceremony, `patterns.CEREMONY`)
LED_REVIEW = re.compile(
    r"(?:带领|组织)(?:大家|与会人员|全体党员|全体与会党员|党员|与会党员)?(?:集体|共同|一起|认真|逐条|逐一|系统|深入)*"
    r"(?:重温|回顾)(?:了)?(?![^，。；]{0,6}誓词)"
)

# "支部书记报告了出席会议的人数", "宣布会议主题和参会情况": the chair opens the meeting
# (`patterns.TRIGGERS` has "宣读到会人数")
HEADCOUNT_TOLD = re.compile(
    r"(?:宣读|通报|宣布|报告|介绍|清点|汇报)(?:了)?[^，。；]{0,10}?(?:出席|参会|与会)(?:会议)?(?:的)?(?:人数|情况)"
)

# "支部书记报告了出席会议的人数": the chair named by a post the subject reader does not take
CHAIR_WORDS = re.compile(r"(?:党?支部|党总支|党委)?(?:副)?书记|主持人")

# "其余9名党总支提交了书面述职报告", "学院机关党委书记作书面述职", "其他党支部提交书面发言材料":
# the accounts handed in on paper are the others' step (其他, no speaker), not a speech, as the
# conventions of sets 4 and 8 and the gold of set 5 file them (书面交流 is a kind of its own).
WRITTEN_ACCOUNT = re.compile(
    r"(?:(?:作|做|采取|采用|以|进行)(?:了)?)?(?<![与和及])书面述职(?!材料|相结合|与|和)"
    r"|提交(?:了)?[^，。；]{0,8}?书面(?:述职|发言|汇报)(?:报告|材料)?"
)

# "与会党员进行积极、充分的讨论", "由小组成员进行感悟分享", "支部成员…，并开展了批评与自我批评": the
# members' talk told with a noun after 进行/开展 (发言); the meeting's own discussion is not
# (`items.meetings_discussion`).
MEMBERS_TALK = re.compile(
    r"(?:进行|开展)(?:了)?(?:积极|热烈|充分|深入)[^，。；]{0,6}?(?:的)?讨论"
    r"|(?:进行|开展|作|做)(?:了)?(?:感悟|心得|体会|经验|学习)?分享"
)
# "支部成员…", "小组成员…": the members named as a group, before their act
MEMBER_GROUP = re.compile(
    r"^(?:由)?(?:党?支部|党?小组|与会|参会)(?:全体)?成员(?:们)?"
    r"(?=[^，。；]{0,10}?(?:围绕|结合|就|对|进行|开展|作|做|发言|交流|分享|谈|发表))"
)

# "X作最后总结", "X对本次会议进行了简要总结", "X总结：…": someone sums up — a closing speech
# when a person does it (`items.items_for`: a named arranger or summariser speaks), the
# meeting's report when no one is named. Across the eight sets a named 总结 is filed 讲话 36
# times, 报告 9 (a unit's year reviewed, `patterns.UNIT_YEAR_REVIEWED`), 点评 6.
SUMMING = re.compile(
    r"(?:作|做|进行)(?:了)?(?:最后|简要|简短|会议|全面|大会)?(?:的)?总结(?!报告|材料|发言|讲话|交流|[，。；])?"
    r"(?=[，。；：:]|$)|^总结(?=[：:]|道|到|$)"
)

# "X代表班子报告一年来党支部工作情况", "X书记代表支委会报告审查情况": an account given for the
# committee or the team, told with the bare verb (`patterns.TRIGGERS` reads "代表…报告了" and
# "向…报告"), is the report the meeting hears; "全国代表大会上的报告" names a document.
ON_BEHALF_REPORT = re.compile(
    r"代表(?!大会|会)[^，。；的《》作做]{1,12}?报告(?![会厅人中里书》的])"
)

# "全体党员高唱《没有共产党就没有新中国》", "共同演唱《担当之歌》": the members sing a named song,
# a step of their own (其他) as 奏唱/齐唱 are (`patterns.TRIGGERS`); a singer's part in a lecture
# ("声乐老师与学生合唱") names no song, and "联谊活动在…合唱《…》中进入尾声" closes the act told.
SONG_SUNG = re.compile(
    r"(?:演唱|高唱|合唱)(?:了)?(?=《[^》]{1,30}》(?!中)|国歌(?![声中])|国际歌(?![声中]))"
    # "全体起立，奏国际歌", "全体起立奏国歌": the anthem played, the members standing
    r"|(?<![演伴节])奏(?:响)?(?:了)?(?=《?国(?:际)?歌(?![声中]))"
)

# "全体党员面向党旗，举起右手重温入党誓词", "…，在党旗前重温了入党誓词": the members' stance or
# the place told before a ceremony's verb still opens the ceremony (`agenda._action`).
CEREMONY_STANCE = re.compile(
    r"(?:(?:面向|面对)党旗|(?:举起|高举)(?:了)?右(?:手|拳)|在[^，。；]{1,12}?前)+"
)

# "会议学习贯彻…精神", "会议深入学习领会…": the meeting's own study of a text or a spirit (学习,
# no one leads it), as every gold of sets 18-28 with the meeting as its subject files it (S19/20,
# S21/02, S22/09); after 要/要求 学习贯彻 is a demand, and "党员们深入学习领会了他…品格" at an
# exhibition studies no text.
MEETING_STUDY = re.compile(
    r"(?:首先|还|深入|认真|集中|专题|系统){0,3}学习(?:贯彻|领会)"
    r"(?=[^，。；]{0,60}?(?:精神|讲话|思想|《|条例|决定|意见))"
)

MORE_TRIGGERS = [
    ("学习", LED_REVIEW),
    ("主持", HEADCOUNT_TOLD),
    ("报告", SUMMING),
    ("报告", ON_BEHALF_REPORT),
    ("其他", WRITTEN_ACCOUNT),
    ("发言", MEMBERS_TALK),
    ("其他", SONG_SUNG),
]

# Acts of passing a text on, studying or explaining it: one's own directions after them are a
# speech of their own (the settled table: one item per speaker per act).
PASSED_ON = ("传达", "学习", "解读")
# "，并指出…", "，要求全体党员…": a comma part that opens with one's own directions.
DIRECTIONS_FIRST = re.compile(r"并指出|(?:并|同时)?(?:要求|强调|希望|勉励|号召)")
# "，(结合…)对…进行了部署", "，就…作出部署" too: what opens such directions, with or without 并.
OWN_DIRECTIONS = re.compile(r"(?:结合[^，。；]{0,20}?)?(?:对(?!照)|就)|" + DIRECTIONS_FIRST.pattern)
# "分别就《A》《B》作了说明": what is explained is a text, named in 《》 before the verb; or
# named by what it is ("对选举办法作了详细说明", named21).
TEXT_NOUN = r"(?:办法|方案|细则|规则|章程|条例)"
TEXT_EXPLAINED = re.compile(
    r"[^，。；《]{0,12}?[就对](?:(?:《[^》]{1,80}》[、和及与]?){1,6}|[^，。；《》]{0,20}?"
    + TEXT_NOUN
    + r"(?:（[^，。；）]{1,6}）)?”?)(?:作|做|进行)(?:了)?(?:详细|专题|简要)?(?:的)?说明"
)
# "详细说明了选举办法和注意事项": the text named right after the verb (the settled table's 解读).
EXPLAINED_TEXT = r"说明了(?=[^，。；]{0,16}?" + TEXT_NOUN + ")"
# A visit or a film: a step of its own (其他), led or not, as the settled table files it; the
# members' views told right after one are its exchange (`exchange_turns`).
VISIT_OR_FILM = re.compile(r"参观|观看|观影|瞻仰|收看")
