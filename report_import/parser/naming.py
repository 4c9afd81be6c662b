"""A meeting's name and kind where the name alone does not say: what the meeting did, and
where its name starts (kept apart from `lexicon.py` and `patterns.py`, near their size limits)."""

import re

# "学习中国共产党第二十届中央委员会第四次全体会议精神": the Central Committee's plenum is what a
# meeting studies, never a university's 全委会.
CENTRAL_PLENUM = re.compile(
    r"(?:中国共产党)?第?[一二三四五六七八九十]{1,4}届中央委员会第[一二三四五六七八九十]{1,3}次全体会议"
)
# "机关党委召开会议，安排部署…专题民主生活会、支部组织生活会…": the meetings a lead sentence
# plans or prepares are its object, never the meeting's own kind.
PLANNED_MEETINGS = re.compile(r"^(?:并|会议)?(?:研究)?(?:安排|部署|筹备)[^，。；]*")
# "护理学院召开党委扩大会议", "机关党委…召开党委工作会议": a committee's own meeting under a
# plain name …
COMMITTEE_PLAIN_MEETING = re.compile(r"^(?:学院|院)?党委(?:扩大|工作)会(?:议)?$")
# … is its plenary (党委全委会) when it decides — votes, nominates, adopts — and a work
# meeting of its own name (其他) when it only studies, conveys or deploys.
DECIDES = re.compile(r"表决|投票|推选|讨论通过|审议通过|研究决定|会议决定|决定推荐")
# "召开本年度第八次党委(扩大)会议", "我校…召开党委扩大会议": an enlarged meeting of the
# committee is its plenary with guests (党委全委会) whether it decides or only studies and
# deploys, as sets 18–20 file it (S19/15, S20/05, S20/13); sets 2–8 had filed it 其他. So is a
# meeting of its members ("4月份党委委员会议", "党委委员会(扩大)会议"), held online or not.
COMMITTEE_ENLARGED_MEETING = re.compile(
    r"^(?:线上)?(?:本年度|(?:19|20)\d{2}年度?)?(?:[一二三四五六七八九十\d]{1,2}月份?)?"
    r"(?:第[一二三四五六七八九十\d]{1,3}次)?(?:学院|院|学校|校)?党委(?:委员会?)?(?:扩大会(?:议)?|(?<=委员)会议)$"
)
# "换届选举暨主题学习会议", "支部委员会换届选举大会": a branch elects its committee in a meeting
# of its members, whatever the name's last noun ("党支部选举会议" too).
ELECTION = re.compile(r"换届选举|支部选举(?:会议|大会)")
# The school or college before a body that meets, told before the verb, is the host's part
# (学校, 校, 学院: the writer's words for its own unit; "校党委理论学习中心组开展…学习" →
# "党委理论学习中心组…学习", as the session-11 conventions and S21/01, S21/25 write it).
UNIT_BEFORE_BODY = re.compile(r"(?:学校|学院|校)(?=党委)")
# "召开学院党支部书记第三次工作例会", "召开2023年学校党建工作安排部署会": the writer's word for its
# own unit before a name written after the verb is no part of it either; before 党委 it stays, as
# UNIT_BEFORE_BODY's note says ("召开学院党委扩大会议"), "院级" says whose meetings they are, and
# 全校 after a year qualifies what follows ("2021年度全校综合性考核…").
OWN_WORD_BEFORE_NAME = re.compile(
    r"^(?:(?P<year>(?:19|20)\d{2}年度?)?(?:学院|学校)|全校)(?!党委|级|属)(?=\S{2})"
)
# "召开学院党委中心组学习会", "…暨校党委理论学习中心组(扩大)学习会": a centre group's study is
# named by the group without the school's word for itself, wherever the name is told (settled in
# session 13; S22/15, S25/13).
SCHOOL_BEFORE_CENTRE_GROUP = re.compile(
    r"(?:^|(?<=暨|年)|(?<=年度))(?:学校|学院|校|院)(?=党委(?:理论学习|理论)?中心组)"
)
# "党委第二巡察组巡察继续教育学院党总支工作动员会": an inspection group convenes, and its act
# (巡察 the unit inspected) begins the meeting's name; the group is a unit as written.
INSPECTION_GROUP = re.compile(r"[^，。；]{0,12}?(?:巡察|巡视)组(?=(?:巡察|巡视)|$)")
# Kinds a name gives in words the lexicon's rows do not read (`lead.kind_of` adds them after
# those rows, so a kind named earlier in the name still decides):
MORE_KINDS = [
    # the cadres' account under its other names: "述责述廉评议考核会", "联述联评现场考核会",
    # "书记述职述廉会议" — an account (述X) or a review that appraises (评议考核) is a 述职评议会
    (re.compile(r"述(?:责|廉)|联述联评|评议考核"), "述职评议会"),
    # "党支部委员会换届选举全体党员大会": the members elect the committee; the committee named
    # first is what they elect, the last noun the meeting
    (re.compile(r"(?:支部委员会|支委会?)换届选举\S{0,4}?党员大会"), "支部党员大会"),
]
# "组织开展专题学习活动，邀请…副教授就“…”进行辅导讲座": a meeting of no named kind whose lead
# sentence invites a speaker to lecture is the lecture (党课), as the named ones are (S3/13,
# S3/14, S4/32).
INVITED_LECTURE = re.compile(r"邀请[^。；]{0,50}?(?:讲座|辅导|宣讲|党课|专题报告)")
# "党建结对共建活动": an activity or a ceremony is no work meeting, whatever work it names (the
# work meetings of sets 1–9 and 11, fourteen golds, are all named 会 or 会议).
ACTIVITY_NAME = re.compile(r"(?:活动|仪式|沙龙)$")
# "讲授了“认真学习党章，严格遵守党章”专题党课": a quoted theme joined to the lesson names it,
# also across the theme's 的 and 主题 ("讲授了“…”的主题党课": decision 12 drops the 的); one told
# with 题为 or 名为 is not (the golds split).
THEME_ON_LESSON = re.compile(r"(?<!题为)(?<!名为)“[^“”]{2,30}”的?(?:主题)?$")
# "…召开“不忘初心、牢记使命”主题教育专题组织生活会和开展民主评议党员的文件要求": what follows a
# meeting a purpose clause cites (its requirements, spirit, call), read in `lead._cited`.
CITED_FOR = re.compile(r"[^，。；]{0,12}?的(?:文件)?(?:要求|精神|部署|号召|通知|安排)")
# "中共四川大学第九届党委第六轮巡视…动员会", "中国共产党西南大学第四次党员代表大会筹备工作动员部署会":
# a meeting about a numbered term's round of inspection or a numbered congress's preparation
# keeps the body the number belongs to (S24/04, S25/09, S28/03); the body's own plenum
# ("…第七届委员会第十一次全体会议") does not (S18/17, S26/22, S26/23).
NUMBERED_BODY_BUSINESS = re.compile(
    r"第[一二三四五六七八九十\d]{1,4}(?:届(?:党委|委员会)第[一二三四五六七八九十\d]{1,4}轮"
    r"|次(?:党员)?代表大会筹备)"
)
