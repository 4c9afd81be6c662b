"""Regular expressions of the genre's sentences, on cleaned Simplified text."""

import re

from .members import MEMBERS_DISCUSSION, MEMBERS_TRIGGERS, RATING
from .verbs import EXPLAINED_TEXT

# A whole number only: from inside a run of digits a search retried every suffix (80 s for 100k).
NUM = r"(?<![\d一二两三四五六七八九十百零〇])[\d一二两三四五六七八九十百零〇]+"

DATE_FULL = re.compile(
    r"(?:(?P<y>(?:19|20)\d{2})\s*年\s*)?(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>3[01]|[12]\d|0?[1-9])"
    r"(?:\s*[、，,和至\-—–~～]\s*(?:3[01]|[12]\d|0?[1-9]))*\s*"  # "11月22、23日": the first day
    # a 日 lost before the time of day ("1月17上午"); "9月15日和16日晚": the first evening
    r"(?:[日号](?:[、和至](?:3[01]|[12]\d|0?[1-9])[日号])?|(?=上午|下午|晚上|中午|早上))"
)
# A page that lost its 年/月 characters: "2022920日", "1029日", "71日"; its 日 too before the
# time of day ("416上午") or before a clock that lost its 时 ("20222251930分": 19:30).
LOST_CLOCK = re.compile(
    r"(?P<h>[01]\d|2[0-3])(?P<min>[0-5]\d)分|(?P<h2>[01]?\d|2[0-3])(?P<min2>[0-5]\d)时"
)
_DAY_LOST = r"(?:日|(?=上午|下午|晚上|中午|早上)|(?=(?:[01]\d|2[0-3])[0-5]\d分))"
DATE_DIGITS = re.compile(
    rf"(?<![\d.\-/])(?P<y>(?:19|20)\d{{2}}(?=\d{{2,4}}{_DAY_LOST}))?(?P<md>\d{{2,4}}){_DAY_LOST}"
)
# The page's own date (发布时间, a dated byline line with 来源/作者/点击): when the report was
# published, never the meeting's date.
_CHROME_WORD = r"(?:来源|作者|点击|浏览|阅读|编辑|供稿|审核|通讯员)"
PUBLISHED_IN_TEXT = re.compile(
    r"(?:(?:发布|发表|更新|撰稿|录入|发稿)(?:时间|日期)?[：:]\s*"
    rf"|(?:^|\n)(?:时间|日期)[：:]\s*(?=[^\n]*{_CHROME_WORD})"
    rf"|(?:^|\n)(?=[^\n]{{0,30}}{_CHROME_WORD}))"
    r"(?P<y>(?:19|20)\d{2})[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})"
)
# "（2022-09-06）": a date written as digits only is the page's, not the meeting's.
ISO_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})[-/.](?P<m>1[0-2]|0?[1-9])[-/.](?P<d>3[01]|[12]\d|0?[1-9])(?!\d)"
)
_CN_NUM = r"[一二两三四五六七八九十]{1,3}"
_CLOCK = (
    r"(?:\d{1,2}[:：]\d{2}|\d{1,2}\s*[时点](?:\s*\d{1,2}\s*分|半)?"
    rf"|{_CN_NUM}\s*[时点](?:\s*{_CN_NUM}\s*分|半)?)"
)
TIME_AFTER_DATE = re.compile(
    # the weekday, in brackets or not: "（星期三）", "星期三"
    r"\s*(?:[（(]?(?:星期|周)[一二三四五六日天][)）]?)?\s*"
    rf"(?P<ampm>上午|下午|晚上|晚间|傍晚|早上|中午|晚)?\s*(?P<t1>{_CLOCK})?"
    rf"(?:\s*(?:至|-|—|–|~|～|到)\s*(?P<ampm2>上午|下午|晚上|晚间|晚)?(?P<t2>{_CLOCK}))?"
)
# "在…召开": the venue is what lies between the last 在 and the verb.
CONVENE_VERBS = r"(?:组织召开|隆重召开|顺利召开|正式召开|召开|举行|举办|开展|召集|进行|组织)"
# 在 inside a word (存在, 现在, 关于在…中) introduces no place.
VENUE = re.compile(
    r"(?:(?<![存现正所实内潜旨意于])在|赴|前往|走进|(?<![对关由基鉴属至等终位处])于)(?P<venue>[^，。；在赴于]{2,40}?)(?:上|线上)?，?(?:以[^，。；]{1,14}?(?:方式|形式))?(?:隆重|顺利|正式|集中|联合)?(?:主持)?"
    + CONVENE_VERBS
)
# "以腾讯会议的形式开展": an online meeting's platform is its venue.
# "…党支部线上召开换届选举大会": an online meeting without its platform is held 线上.
VENUE_ONLINE = re.compile(
    r"(?:(?:以|通过|借助|利用)(?=腾讯会议|钉钉|飞书|Zoom|zoom|企业微信)|(?=线上(?:召开|举行|开展)))"
    r"(?P<venue>腾讯会议|钉钉|飞书|Zoom|zoom|企业微信|线上)(?:的)?(?:形式|方式|平台)?"
)
# What 于/在 may also introduce before a verb: a time, not a place.
CONVENE_START = re.compile(r"^(?:隆重|顺利|正式)?(?:组织召开|召开|举行|举办|开展|组织开展)")
NOT_A_VENUE = re.compile(
    r"\d{1,2}月|\d{1,2}\s*[:：时点]|(?:19|20)\d{2}年|近日|日前|当天|当日|今天|昨天|上午|下午|晚上|中午|同日|本周|近期|此次|本次"
    r"|第[二三]天|次日|翌日|当晚"  # "于第二天上午即召开": a day, not a place
)
# "…日晚，在雅艺楼501党员活动室，戏剧系党支部召开…", "X于美艺楼106教室，召开…": the place
# ends a comma part.
VENUE_CLAUSE = re.compile(
    r"(?:在|赴|前往|走进|来到|(?<![对关由基鉴属至等终位处])于)"
    r"(?P<venue>[^，。；]{2,30}?(?:室|厅|楼|馆|场|中心|基地|礼堂|会场|书院|广场|陵园|旧址|故居|遗址|纪念碑|\d))$"
)
# What a place's name ends in: a room, hall, building or site, a room's number, a platform
# ("在学院落细落小落实进行", "在济南胜利召开" tell a manner, not a place).
PLACE_END = re.compile(
    r"(?:[室厅馆楼院场房家台居区地间斋园堂所站村镇乡店厦岛山湖亭廊舍宫处部市县省州城里座号]|中心|会议|微信|线上"
    r"|平台|基地|社区|街道|广场|旧址|故居|遗址|纪念碑|陵园|[\dA-Za-z])$"
)
VENUE_FIELD = re.compile(r"(?:会议|活动)?地点(?:[：:]|为|是|设在)\s*(?P<venue>[^，。；\n]{2,40})")
# The body that meets, when the report names it before the verb and the meeting after it (a
# committee's own qualifier, 分党委 or 校区党委, is the body's: S23/01, S20/17; a general branch's
# group, 党总支中心组, is the group as written: S32/13, settled decision 6).
AT_VENUE = r"(?:在[^，。；在]{2,30}?)?"
MEETING_BODY = re.compile(
    rf"(?:(?:(?<![\u4e00-\u9fff])(?:校|学校|院|学院)|分|校区)?党委|党总支)?(?:理论(?:学习)?)?中心组(?={AT_VENUE}(?:组织)?(?:召开|举行|开展|进行))"
    r"|(?:(?:校|学校|院|学院)?党委)?常委会(?=(?:组织)?(?:召开|举行))"
    r"|(?:党支部|支部)?(?:支委会|党小组)(?=(?:组织)?(?:召开|举行|开展))"
)
TITLE_AFTER_VERB = re.compile(
    r"(?:组织召开|隆重召开|顺利召开|召开|举行|举办|开展|召集|组织(?=(?:19|20)\d{2}年|第|党委|主题党日)"
    r"|进行(?=(?:19|20)\d{2}年|第[一二三四五六七八九十\d]+次|集体学习|专题学习|集中学习))(?:了)?"
    # a quoted theme may hold commas: "开展“学习二十大，永远跟党走”主题党日活动"
    r"(?P<title>(?:“[^”。\n]{1,40}”|[^，。；\n]){2,80})"
)
# "X在Y为Z讲授专题党课", "作了《…》为题的政治理论课": a lecture told without 召开 names itself.
_LESSON = r"(?:专题)?(?:党课|思政课|思想政治理论课|政治理论课|理论课)"
LECTURE = re.compile(
    r"(?:讲授|讲|上|作|做|开讲|宣讲)(?:了)?(?P<what>[^，。；]{0,40}?" + _LESSON + ")"
)
# What a lesson's name keeps: its last words, after any theme or title given with it.
LESSON_NAME = re.compile(_LESSON + "$")
# "为落实…讲一次思想政治理论课的要求，…": a purpose clause cites a lecture, it gives none.
PURPOSE_CLAUSE = re.compile(r"^(?:为|按照|根据|依据|遵照|围绕|贯彻|落实|学习贯彻|深入学习)")
LECTURE_VENUE = re.compile(
    r"(?<![存现正所实内潜旨意])在(?P<venue>[^，。；在为]{2,30}?)(?:为[^，。；]{1,30}?)?"
    r"(?:讲授|作|做|讲|上|开讲|宣讲)(?:了)?[^，。；]{0,40}?" + _LESSON
)
# "学校召开党建工作会议后，学院…于3月5日召开…", "继学校召开…之后": a meeting held before.
EARLIER_MEETING = re.compile(r"^继(?!续|承)|(?:之后|以后|后)$")
# "以“赓续奋斗”为主题的党日活动" is the "“赓续奋斗”主题党日活动", and "以“X”为主题的组织生活会"
# the "“X”主题组织生活会".
THEMED_DAY = re.compile(
    r"^(?:以|主题为|(?=“[^”]{1,40}”为主题))(?P<theme>“[^”]{1,40}”)(?:为主题)?的(?:主题)?(?P<rest>\S+)$"
)
# "开展党日活动——“沐浴红色，砥砺前行”": the theme told after the name goes before it.
THEME_AFTER_NAME = re.compile(r"^(?P<rest>[^—“”]{2,20})——(?P<theme>“[^”]{1,40}”)$")
# The post at the end of a convener's title: what is left is the unit ("学院党委书记" → 学院党委).
POST_OF_UNIT = re.compile(r"(?:常务)?(?:副)?(?:书记|院长|校长|主任|部长|处长|馆长|所长)$")
# "由学院党委主办的…": the unit that organised the meeting, before its name.
HOSTED_BY = re.compile(r"^(?:由?(?P<host>[^，。；“”]{2,30}?))?(?:主办|承办|举办|组织)的")
# A study meeting whose attendees are the theory study group (its kind, when the name omits it).
STUDY_NAME = re.compile(r"学习|研讨")

CENTRE_GROUP_PRESENT = re.compile(r"中心组(?:全体)?成员[^。]{0,20}(?:参加|出席|参会)")
ENLARGED = re.compile(r"[（(]扩大[)）]")
# A title never starts with the writer's own unit.
# "召开材料学院2023年全面从严治党工作会议": the convening college before the year is the host.
UNIT_BEFORE_YEAR = re.compile(r"^[^，。；“”《》\d]{2,20}?(?:学院|大学|学校)(?=(?:19|20)\d{2}\s*年)")
# A committee's own (enlarged) meeting: its kind is its name's, whatever work it deploys.
COMMITTEE_OWN_MEETING = re.compile(r"^(?:学院|院|学校|校)?党委(?:扩大)?会议$")
# A study meeting's name with a topic of its own ("党章专题学习会"), not a body's plain or
# numbered session ("专题学习", "2023年第3次专题学习").
OWN_TOPIC = re.compile(r"^(?!(?:19|20)\d{2}\s*年|第)\S{2,}?专题")
VETTING = re.compile(r"预审")
HELD_BY_COMMITTEE = re.compile(r"(?<!支部)(?<!总支)党委(?:(?:19|20)\d{2}年\S{0,8})?$")
# "“学习…《条例》（以下简称《条例》）”专题讲座": the writer's abbreviation is no part of the name.
SHORT_NAME_NOTE = re.compile(r"[（(]以下(?:简称|称)[^）)]{1,12}[)）]")
OWN_UNIT_PREFIX = re.compile(r"^(?:我校|我院|本校|本院|我部|我处|我中心)")
SUBJECT_BEFORE_VERB = re.compile(
    r"(?=[^，。；]{2,135}?(?:召开|举行|举办))"  # else every start tried 90 × 40 ways to fail
    r"(?P<subject>[^，。；\n]{2,90}?)(?:(?:于|在)[^，。；]{0,40}?)?(?:隆重|顺利|正式)?(?:召开|举行|举办)"
)

CHAIR_BY = re.compile(
    r"(?:会议|大会|会|学习|活动|党课|座谈会|研讨|仪式|报告会|本次会议|本次学习)?由(?P<who>[^，。；]{2,80}?)(?:共同|联合|代为)?主持(?![^（()）]*[)）])"
    r"(?:会议|学习|活动)?(?P<speech>并(?:作)?(?:总结)?讲话)?"
)
# What a meeting or one of its acts is called at its end (座谈会, 督导会议, 组织生活, 讲座, 约谈).
MEETING_END = r"会议|会|活动|学习|组织生活|讲座|沙龙|述职|约谈|典礼|仪式|党课"
# After the subject, 主持 with any meeting's name as its object ("X主持专题民主生活会",
# "X在Y主持召开党委扩大会议"); 讲话 after 并 is the chair's, any other act after 并 is left to
# the agenda (`act`: "X主持会议并传达…"), and leading a study is the chair's too.
CHAIR_SUBJECT_REST = re.compile(
    r"(?:同志|老师)?(?:在[^，。；在]{2,30}?)?(?:出席并|出席会议并)?(?:共同)?主持(?:了)?(?:本次|此次)?"
    rf"(?:[\u4e00-\u9fff]{{0,8}}?(?:{MEETING_END}))?(?:召开(?:了)?[^，。；]*?)?"
    r"(?:并(?:(?P<speech>(?:作)?(?:总结)?讲话)|领学|导学|作总结|作动员|(?P<act>[^，。；]{1,40})))?$"
)
CHAIR_LABEL = re.compile(r"(?:会议|大会)?主持(?:人)?")
# "…参加会议院党委书记X主持会议": the comma between attendance and chair lost.
ATTENDANCE_RUN_ON = re.compile(
    r"(?:参加|出席|列席)(?:了)?(?:本次|此次)?会议(?=[^，。；]{2,30}主持)"
)
# "会议由…刘娟支持": a slip of the pen for 主持, at the end of the meeting's chair sentence.
CHAIR_BY_SLIP = re.compile(r"(?:会议|大会|本次会议|活动)由(?P<who>[^，。；]{2,40}?)支持$")
CHAIR_FIELD = re.compile(r"主持人?[：:]\s*(?P<who>[^，。；\n]{2,40})")
# "会议第一项，主持人胡敏宣读到会人数": the chair named by the word 主持人.
CHAIR_NAMED = re.compile(
    r"主持人(?P<who>[\u4e00-\u9fff]{2,4}?)(?:同志)?(?=宣布|宣读|通报|介绍|说明|报告|致辞|讲话|指出|强调|作)"
)
RECORDER = re.compile(
    r"(?P<who>[^，。；]{2,40}?)(?:担任|任|负责|作|做)(?:会议|本次会议)?记录(?:人|员|工作)?"
)
RECORDER_FIELD = re.compile(r"记录(?:人|员)?[：:]\s*(?P<who>[^，。；\n]{2,20})")

ATTEND = re.compile(
    r"^(?P<list>.+?)(?:应邀|受邀|也|还|一同|共同|全程)?(?:作为[^，。；]{1,10}?|以[^，。；]{1,10}?身份)?(?P<verb>参会指导|与会指导|巡学旁听|出席|参加旁听|参加|参与(?=了?(?:本次|此次)?(?:会议|大会|学习|活动))|列席旁听|列席|参会|与会|缺席|到会巡听指导|巡听指导|到会巡学指导|巡学指导|带队|巡听旁听|巡听|列会指导|到会旁听|旁听|到会指导|到会督导|莅临指导|亲临指导|到会|莅临)(?:了)?"
    r"(?:本次|此次)?(?:参会|参加|会议|学习会|学习|活动|大会|会|党课|仪式|研讨|座谈|学习研讨|集体学习|专题学习"
    r"|评议|测评)?"  # "…等参加评议", "巡听旁听学习会"
    # "参加了本次民主生活会": the meeting named by its kind
    r"(?:(?<=本次|此次)[\u4e00-\u9fff]{0,8}?(?:生活会|大会|会议|学习会|座谈会|党课|活动))?"
    r"(?:并(?:(?P<speech>(?:作|发表)?(?:了)?(?:总结|重要)?讲话|致辞)|(?P<review>(?:进行|作|做)?(?:了)?(?:指导)?点评(?:讲话)?)"
    r"|(?:作)?(?:发言|授课|讲授党课)|主持(?:会议|本次会议)?|参加[^，。；]{1,40}?活动))?"
    # "莅临会议进行指导", "全程参会并进行督导": who comes to guide sits in
    r"(?P<guide>并?(?:全程)?(?:进行|给予|作|做)?(?:了)?(?:指导|督导)(?:工作)?)?$"
)
# "党支部由支部书记X同志带领全体党员赴…": who leads the members out takes part (带领 is not 主持).
# The posts of a branch's own committee: who holds one and acts in the telling is at the meeting.
BRANCH_COMMITTEE_POST = re.compile(r"(?:组织|宣传|纪检|青年|统战)委员$|支委$|支部助理$")
LEADS_OUT = re.compile(
    r"由(?P<list>[^，。；由]{2,40}?)带领(?=全体|[^，。；]{0,12}?(?:党员|同志|师生))"
)
ATTEND_HAVE = re.compile(
    r"^(?P<verb>出席|参加|列席|参会|与会)(?:本次|此次)?(?:会议|学习|活动)?"
    # "出席会议的领导有…", "参会人员有…"
    r"(?:的(?P<label>[^，。；有]{0,10}?)|(?=人员|领导|同志))(?:还|人员|领导|同志)?(?:有|是)[：:]?(?P<list>.*)$"
)
# "出席会议的是新选举产生的四名支委：A、B": the label before the colon, without its count.
LIST_LABEL_BEFORE_COLON = re.compile(rf"(?:^|的)(?:{NUM}(?:名|位))?(?P<label>[^的]{{2,10}})$")
# "讨论接收发展对象程晓为中共预备党员": the people under discussion, with what they are.
CANDIDATES = re.compile(
    r"(?:讨论|接收|吸收|同意|研究)(?:接收|吸收|发展)?(?P<label>发展对象|预备党员|入党积极分子|积极分子)"
    r"(?P<names>[\u4e00-\u9fff、]{2,24}?)(?:同志)?(?:为|转为|列为|成为)"
)
# A group's name without the words that joined it to the list or closed it.
GROUP_JOINER = re.compile(
    rf"^(?:以及|及|和|与|还有)?(?:我院|我校|本院|本校)?(?:其(?!他|余|中))?(?:{NUM}(?:余|多)?(?:名|位))?"
    r"|(?:全体|全员|均|都)$|(?<=党员)同志$"
)
# "A和B组成的考核工作组莅临指导": the people who make up a group are named before 组成的.
MADE_UP_OF = re.compile(r"^由?(?P<people>[^，。；]+?)(?:组成|构成)的[^，。；]{1,20}$")
# "以普通党员身份", "作为督导组成员": the capacity in which people named before attend.
CAPACITY = re.compile(r"(?:均|都|也)?(?:以[^，。；]{1,10}?身份|作为[^，。；]{1,10}?)")
LEAVE = re.compile(r"^(?P<list>.+?)(?P<verb>请假|缺席)(?:会议)?$")
LEAVE_REASON = re.compile(r"^(?P<who>.+?)(?:因|由于)(?P<reason>.+?)$")
# "应到有表决权正式党员24名", "应到具有表决权的正式党员106名", "应到师生党员73人"
_WHO = r"(?:(?:具有|有)表决权的?)?(?:师生|学生|教工)?(?:正式党员|党员|人数|人员|委员|支委|同志)?"
VOTING_MEMBERS = re.compile(r"正式|表决权")
HEADCOUNT = re.compile(rf"应(?:到|到会|参会|出席){_WHO}[：:为]?(?P<n>{NUM})(?:名|人|位)?")
PRESENT = re.compile(
    rf"实(?:到|到会|际到会|际参会|参会|际出席|出席){_WHO}[：:为]?(?P<n>{NUM})(?:名|人|位)?"
)
# "十二名正式党员和十五名预备党员到会", "到会正式党员16名": the voting members present.
PRESENT_VOTING = re.compile(
    rf"(?P<n>{NUM})(?:名|位|人)正式党员[^，。；]{{0,20}}?(?:到会|参会|出席|参加)"
    rf"|(?:到会|参会|出席)(?:的)?正式党员(?:共|有)?(?P<m>{NUM})(?:名|人|位)"
)
# "全体党员参加": everyone due came.
EVERYONE_CAME = re.compile(
    r"^(?:支部)?(?:全体(?:正式)?党员|全体支委|全体委员|全体成员|全员)(?:均|都)?(?:出席|参加|参会|到会)"
)

DOC = re.compile(r"《(?P<doc>[^《》]{1,120})》")
# "奏唱《国际歌》", "歌剧《江姐》": a song or a performance is not a paper of the meeting.
PERFORMANCE_BEFORE = re.compile(r"(?:唱|歌曲|歌剧|曲|舞蹈|朗诵|演出|节目|表演)[^，。；《》]{0,4}$")
SONG_TITLE = re.compile(r"(?:国际歌|国歌|之歌|颂)$")
# "在《求是》杂志发表的…": the periodical that published a text is not a paper of the meeting.
PERIODICAL_AFTER = re.compile(r"^(?:杂志|期刊|报|上)?(?:发表|刊发|刊登|刊载)|^(?:杂志|期刊)")
PLEDGE_TITLE = re.compile(r"(?:责任书|责任状|承诺书|保证书|目标责任书|承诺)$")
PLEDGE_VERB = re.compile(r"签订|签署|签下|递交|签")
PLEDGE_PARTIES = re.compile(
    r"^(?P<a>[^，。；]*?)(?:分别|逐一|一一)?(?:与|和|同|向)(?P<b>[^，。；]+?)(?:分别|逐一|一一|现场|共同)?(?:签订|签署|递交)"
)
PLEDGE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年度?\s*$")

DECISION_AGREE = re.compile(r"(?:一致|全票|全体)?(?P<x>同意[^，。；]{2,60})")
DECISION_PASS = re.compile(
    r"(?P<v>(?:审议|表决|讨论)?通过)(?:了)?(?P<x>《[^》]+》[^，。；]{0,30}|[^，。；]{2,40}?(?:决定|决议|方案|办法|名单|报告))"
)
DECISION_CONTEXT = re.compile(r"表决|投票|举手|审议|讨论|研究决定|会议决定|票")

# Agenda verbs, tried in this order when two start at the same place.
TRIGGERS: list[tuple[str, re.Pattern]] = [
    (
        "主持",
        re.compile(
            r"在主持(?:会议|学习|活动|讨论|研讨|座谈)?(?:时|中|过程中)|主持(?:会议|学习|活动)?并(?:作)?(?:总结)?发言"
        ),
    ),
    ("书面交流", re.compile(r"(?:作|做|进行)?(?:了)?书面交流")),
    # "主持人胡敏宣读到会人数": the chair opens the meeting.
    (
        "主持",
        re.compile(
            r"(?:宣读|通报|宣布|报告|介绍)(?:了)?[^，。；]{0,10}?(?:应)?到会(?:人数|情况)"
            r"|宣布(?:会议|大会)开始"
            # "X介绍了本次会议的内容、流程及出席情况": the chair opens the meeting; the meeting
            # may be named ("本次…大会的基本程序"), the chair may read it out or give
            # its theme (S23/05, S23/07, S23/24)
            r"|(?:介绍|说明|宣布|宣读)(?:了)?(?:本次|此次)?[^，。；]{0,12}?(?:会议|大会|活动)(?:的)?(?:主要)?"
            r"(?:内容|基本流程|流程|议程|基本程序|程序|基本情况|主题)"
            # "X向大会报告…参会情况": told to the meeting, still the chair's (S22/03)
            r"|向(?:支部)?(?:大会|会议)报告(?:了)?[^，。；]{0,6}?(?:出席|参会|到会|与会)(?:会议|大会)?(?:的)?(?:党员)?(?:人数|情况)"
        ),
    ),
    (
        "述职",
        re.compile(
            r"(?:依次|分别|先后|逐一|逐个|进行|开展|(?<![工合创写制动])作|做)(?:了)?[^，。；、]{0,10}?述职(?!评议|情况|测评|[^，。；]{0,12}?点评)|述职(?:报告|发言)(?![^，。；]{0,12}?点评)|^述职"
            r"|(?:向|代表)[^，。；]{1,12}?述职(?!评议|情况|测评)"  # "代表支委会向党员大会述职"
        ),
    ),
    (
        "交流",
        re.compile(
            r"(?:作|做|进行|开展)(?:了)?[^，。；、]{0,16}?交流(?:发言)?(?!研讨)|交流发言|交流了|(?:作|做)(?:了)?[^，。；、]{0,12}?经验(?:介绍|分享)|分享了(?=[^，。；]{0,12}?(?:经验|做法|成果))"
        ),
    ),
    (
        "点评",
        re.compile(
            r"(?:逐一|逐个|分别|进行了?|作了?|做了?)?(?:总结|集中|现场|逐一)?点评(?!意见)"
            r"|(?:给予|予以)(?:了)?(?:充分|高度|积极)?(?:的)?(?:肯定|评价)"  # a leader's verdict
            r"|提出(?:了)?肯定和表扬"
            # "X充分肯定了各党支部一年来的工作": each branch's account affirmed (S18/02, S24/24, S26/15)
            r"|^(?:充分|高度)?肯定了(?=各)"
        ),
    ),
    (
        "报告",
        re.compile(
            r"以[“《][^”》]{1,80}[”》]为题|(?:讲授|讲|上|作|做)(?:了)?(?:一堂|一次|一场)?[^，。；]{0,30}?(?:党课|思政课|理论课)|进行(?:了)?一[堂场][^，。；]{0,30}?党课"
            r"|(?<![工合创写制动])(?:作|做)(?:了)?(?:(?!讲话|发言|并)[^，。；]){0,60}?(?:报告|辅导|讲座)|进行(?:了)?(?:专题|主题|工作)?报告(?![会厅])|宣讲了?|^(?:分别)?主讲(?!人)"
            # "代表学院作2014年工作总结", "以…为主题开展党建工作培训"
            r"|(?:作|做)(?:了)?[^，。；]{0,20}?工作总结|(?:开展|进行|作|做)(?:了)?[^，。；]{0,20}?(?:培训|授课)(?![班会])"
        ),
    ),
    ("传达", re.compile(r"传达(?!出)(?:学习)?(?:了)?")),  # not "声音传达出了…"
    (
        "报告",
        re.compile(
            r"通报(?:了)?|^布置(?=了[^，。；]{2,30}?(?:工作|任务))|^报告(?:了)?(?![会厅人中里]|(?:也|还|又|进一步)?(?:指出|强调|认为|提出|要求))|代表[^，。；]{1,12}?报告了|向[^，。；]{1,12}?(?<!述职)报告(?:了)?(?!会)|(?:对|就|把)[^，。；]{2,40}?(?:作出|做出|(?<![工合创写制动])(?:作|做)|进行)(?:了)?(?:具体|全面|专门|系统|详细|安排|任务|工作|重点)?(?:强调(?:与|和))?(?:部署|总结和梳理|总结|梳理|安排|布置)|(?:作|做)(?:了)?[^，。；]{0,20}?说明|(?:对|就)[^，。；]{2,40}?进行(?:了)?(?:工作)?报告"
        ),
    ),
    # "由支部书记X做支部大会决议": the resolution is read out
    # "支部书记X宣布决议": the resolution is read out too
    ("宣读", re.compile(r"宣读(?:了)?|(?:作|做|宣布)(?!出)(?:了)?[^，。；]{0,10}?决议(?!案)")),
    ("解读", re.compile(r"(?:进行|作|做)(?:了)?[^，。；]{0,8}?解读|解读(?:了)?|" + EXPLAINED_TEXT)),
    (
        "学习",
        re.compile(
            # "会议组织全体党员深入学习…", "X组织支部成员观看纪录片": the study organised
            r"(?<![党层])组织(?!委员|生活|部|员|关系|工作|建设)(?:了)?[^，。；、]{0,12}?(?:学习|研讨|观看|参观|收看)(?!贯彻|宣传|领会|落实|强国|活动)"
            r"|(?<!引)领学(?:了)?|(?<!指)导学|参观(?:了)?|瞻仰(?:了)?|带领[^，。；、]{0,12}?学习(?:了)?"
            r"|(?:集体|集中|专题|认真|深入|共同|一起|系统)?学习了|^(?:共同|一起|集体)(?:认真)?学习(?=[^，。；]{4})|^(?:深入|认真|集中|系统)学习(?!贯彻|宣传|领会|落实)(?=[^，。；]{4})|观看(?:了)?|领读(?:了)?|自学|(?<![就对])(?:在线|集体|认真)?学习(?=《)"
        ),
    ),
    (
        "表决",
        re.compile(
            # "大会依次通过了选举办法、监票人…": the meeting adopts them one by one; 审议并（表决）通过 votes
            r"(?:进行|举手|投票|无记名投票|付诸|集体)(?:了)?表决|(?:审议(?:并(?:表决)?)?|表决|依次|逐项)通过|(?:进行|开展)(?:了)?(?:无记名)?投票|投票选举|(?:无记名|差额|等额)+选举|举手同意"
            # "经表决，会议一致同意…", "全票通过把…列为", "由全体同学投票", "选举产生/选出了…"
            r"|^经(?:过)?[^，。；]{0,8}?表决|(?:全票|一致)通过|由[^，。；]{1,10}?投票|^投票(?=[，。；]|$)|选举产生|选出(?:了)?新一届"
        ),
    ),
    (
        "讲话",
        re.compile(
            r"在[^，。；]{0,10}?讲话(?:中|时)?(?!精神)|(?:作|做|发表)(?:了)?[^，。；]{0,8}?讲话(?!精神)|致辞"
            r"|^讲话(?=[，。；]|$)"  # "老党员代表X同志讲话，要求…": the verb alone
            r"|主持(?:会议|学习|活动)?并(?:作)?(?:总结)?讲话"  # the chair's speech, as filed
            r"|提出(?:了)?[^，。；]{0,12}?(?:要求|希望)|提出(?:了)?(?:指导(?:和|与)?建议|指导意见)"
            # "对新党员表示祝贺，并勉励…": a leader's congratulations are a speech
            r"|(?:表示|致以)(?:了)?(?:热烈|衷心|诚挚)?(?:的)?祝贺"
        ),
    ),
    (
        "发言",
        re.compile(
            r"(?:作|做|进行)(?:了)?[^，。；]{0,8}?发言|发言(?!提纲)|介绍了|(?:作|做)(?:出|了)?[^，。；]{0,6}?介绍(?!人)|(?<![会议])进行(?:了)?[^，。；]{0,6}?介绍(?!人)|汇报了|(?<![听取作做的])报告了|(?:作|做)(?:了)?[^，。；]{0,6}?汇报(?![^，。；]{0,12}?点评)|(?:依次|分别|逐一|先后)?向[^，。；]{1,12}?汇报|(?:依次|分别|逐一|先后)汇报|进行(?:了)?(?:全面|详细|简要|专题)?汇报|^(?:汇报|介绍)(?![人会材])|(?:进行|作|做)(?:出)?(?:了)?(?:阐述评价|阐述|评价)|发表(?:了)?[^，。；]{0,6}?(?:意见|看法|感想|体会|心得|感受)|谈(?:了)?[^，。；]{0,4}?(?:心得|体会|感受|感想)|分享了|(?:进行|作)(?:了)?分享|谈了|表态|畅谈|(?:作|做|进行)(?:了)?(?:[^，。；]{1,6}?的)?(?:个人)?对照检查|(?:作|做|进行)(?:了)?个人检查|(?:逐一|依次|分别|逐个|先后)(?:作|做|进行)?(?:了)?(?:个人)?对照检查|(?:进行|作|做|开展)(?:了)?(?:深刻|认真)?(?:自我|个人)?剖析|(?:作|做|进行)(?:了)?个人(?:总结|小结)"
            # members' criticism and self-criticism is what they say
            r"|(?:开展|进行|作|做)(?:了)?[^，。；]{0,10}?(?:(?:相互)?批评(?:和|与))?自我批评"
            # members who discuss what they studied speak
            r"|(?:开展|进行)(?:了)?(?:深入|专题|热烈|交流)?研讨|进行(?:了)?(?:集中)?学习研讨"
        ),
    ),
    ("发言", MEMBERS_DISCUSSION),
    *MEMBERS_TRIGGERS,
    (
        "其他",
        re.compile(
            r"民主测评|测评|评测|打分|评分|计票|唱票|监票|默哀|(?:敬献|献)(?:了)?花(?:篮|圈)|进行(?:了)?民主评议|开展(?:了)?(?:民主)?评议|宣誓|领誓|重温(?:了)?入党誓词|合影"
            r"|(?:进行|予以)(?:了)?表彰|表彰了|颁发(?:了)?|佩戴(?:了)?党徽|奏唱|齐唱|唱响|赠送(?:了)?|(?:缴纳|交纳|缴交)(?:了)?(?:当月|本月|\d{1,2}月份?)?(?:的)?党费"
        ),
    ),
    ("其他", RATING),
]
# Ceremonies: never the words of whoever spoke before in the sentence. Matched against a verb
# already found, so the anthem's bare 奏 may stand alone ("全体起立，奏国际歌": `verbs.SONG_SUNG`).
CEREMONY = re.compile(
    r"奏唱|奏(?:响)?(?:了)?(?=《?国(?:际)?歌|$)|齐唱|唱响|宣誓|领誓|重温(?:了)?入党誓词|合影|颁发|佩戴|赠送|(?:进行(?:了)?)?(?:民主)?测评|(?:进行|开展)(?:了)?(?:民主)?评议"  # the members rate: not the speaker's words
)
# What may stand before a ceremony's verb when it opens a comma part: "并进行民主测评".
OPENS_ACT = re.compile(r"(?:并|还)?(?:进行|开展)?(?:了)?")
SENTENCE_MARK = re.compile(r"[，。；！？：]")
# Only a meeting as subject turns these into agenda items ("会议审议了…").
MEETING_TRIGGER = re.compile(r"(?:酝酿|充分|认真)?(?:审议|讨论|研究|听取)(?:了|并通过了?)?")
# "经支委会认真讨论，一致同意…": a discussion that the clause after it concludes.
DISCUSSION = re.compile(r"^经(?:[^，。；]{0,12}?)(?:讨论|研究|审议|酝酿)")
# "结合参观感受作交流发言": the 结合/围绕 phrase is not where the verb is.
MODIFIER_PHRASE = re.compile(
    # "分别以…、解读“中国式现代化”为题做交流发言": the topics are not the verb either
    r"以[^，。；]{1,160}?为(?:题|主题)(?=(?:作|做|进行|开展|讲授|讲|上|交流|发言|分享|汇报))|"
    r"(?:结合|围绕|紧扣|聚焦|紧密联系|联系)[^，。；]{1,30}?"
    # the verb, not the 作 of 工作/合作/创作 …
    r"(?=(?<![工合创写制动])(?:作|做)|进行|开展|谈|交流|发言|分享|汇报|展开)"
)
# After a list of speakers, what says their verb comes later: "A、B分别围绕…，作了交流".
SPEAKERS_GO_ON = re.compile(
    r"^(?:分别|先后|依次|逐一|一一|各自|也|还)?(?:紧密|密切|深入|认真)?(?:围绕|结合|就|针对|从|对照|参照|联系|紧扣|聚焦|根据|按照|依据|本着|秉持|秉承)"
    r"|^(?:认真|仔细)?听取"
)
# "与会人员根据…，对…测评", "会议总结回顾了…，并对…作出部署": the meeting's act goes on.
MEETING_ACTS_ON = re.compile(
    r"(?:教师|老师|同志|同学)?们?(?:分别|先后|依次|逐一|一一|各自|也|还)?(?:围绕|结合|就|针对|从|对照|参照|联系|紧扣|聚焦|根据|按照|依据|本着|秉持|秉承)"
    r"|(?:全面|认真|系统)?(?:总结|回顾|梳理)(?:回顾|总结)?了"
)
# "X认真听取了述职报告，并逐一点评": what X heard is others' act, not X's.
HEARD = re.compile(r"(?:认真|仔细)?听取(?:了)?[^，。；]*?(?=并(?:逐一|分别)?点评|[，。；]|$)")
# "全体领导班子成员出席会议": the leaders named later attended as 出席 too.
LEADERSHIP_GROUP = re.compile(r"领导班子|班子成员|校领导|院领导|党政领导")
LEADER_TITLE = re.compile(r"(?<!支部)(?:书记|院长|校长)$")
# "王老师", "张书记": a surname and a post, standing for a name given in full before.
SURNAME_AND_POST = re.compile(r"(.)(?:老师|书记|院长|校长|主任|教授|部长|处长)")
# "按照宣读《入党志愿书》、入党介绍人评议、…、无记名投票六项议程进行": a programme, one item a step.
PROGRAMME = re.compile(
    r"按(?:照)?(?P<steps>[^，。；按]+?、[^，。；]+?)[一二三四五六七八九十\d]{1,2}(?:项|个)(?:议程|程序|环节|步骤)"
)
PROGRAMME_KINDS = [
    ("表决", re.compile(r"投票|表决|选举")),
    ("发言", re.compile(r"评议|表态|意见|汇报|发言|介绍|决心|提问")),
    ("报告", re.compile(r"报告")),
]
# "第二项议程为…", "会议第三项，…": a numbered step of minutes.
_STEP = r"(?:会议|大会)?第[一二三四五六七八九十\d]{1,2}(?:项|个环节|环节|阶段)(?:议程|内容|程序)?"
NUMBERED_STEP = re.compile(rf"^{_STEP}(?:是|为)?[：:]?")
NUMBERED_STEP_ANYWHERE = re.compile(_STEP)
# "各位申请转正的同志依次上台", "各发展对象的第一、二入党培养人分别对其作出评价": people named
# only by what they are in the meeting, before an adverb or a verb of speaking.
ROLE_GROUP = re.compile(
    r"^(?!对|向|就|为|给)(?:各位|各|每位|每名|[\d一二两三四五六七八九十]+(?:名|位))?[^，。；]{0,14}?"
    # 同志/同学 after a name is that person ("罗栩艾同志"), not a group
    r"(?:(?:的|位|名|其他|其余)(?:同志|同学)|培养人|介绍人|联系人|发展对象|积极分子|预备党员|正式党员|支部委员"
    r"|班子成员|领导干部|教职工|(?:全体|参会|与会|参学)人员|(?:其他|其余|全体|中心组)成员"
    r"|党员们?)"
    r"(?=(?:分别|依次|先后|逐一|逐个|轮流|各自|一一|也|还|均|都)?(?:紧密|密切|深入|认真|积极|热烈|踊跃|纷纷)?"
    r"(?:上台|对|就|向|围绕|结合|联系|对照|针对|作|做|进行|发表|汇报|介绍|谈|交流|分享|表态|发言|讨论|开展))"
)
# A 报告 that is a lecture: what its speaker tells afterwards is the lecture.
LECTURE_WORD = re.compile(r"党课|思政课|理论课|讲座|辅导|宣讲|授课|培训|主讲|为题|题为|专题报告")
# The meeting itself, whose acts in the lead's paragraph sum up the meeting.
THE_MEETING = re.compile(r"会议|大会|会上|本次|此次|全会|学习会")
# "支部全体党员们重温了入党誓词": all members, as the meeting.
ALL_MEMBERS = re.compile(r"^(?:党支部|支部)全体(?:正式)?党员们?|^全体党员们")
# "秘书组汇报了…": a working group of the meeting that gives an account.
WORKING_GROUP = re.compile(r"^[\u4e00-\u9fff]{1,6}?组(?=(?:汇报|报告|介绍|通报|宣读|说明)(?:了)?)")
# "第一党支部的毛晴晴同志介绍了…": the unit a person belongs to, before the person.
OWNER_PREFIX = re.compile(
    r"^[^，。；的]{0,20}?(?:学院|书院|支部|党委|党总支|小组|系|部|处|中心|办公室)的"
    r"(?=[\u4e00-\u9fff]{2,4}?(?:同志|老师|同学|教授))"
)
# "黄文哲等17名发展对象": one name standing for a group, whose act is collective.
NAMED_GROUP = re.compile(r"^等(?P<n>[\d一二两三四五六七八九十百]+)(?:名|位|个|人)")
COUNT_PREFIX = re.compile(r"[\d一二两三四五六七八九十]+(?:位|名)(?=[\u4e00-\u9fff])")
# "A、B、C等中心组成员": the label after 等 is each named person's title.
LIST_LABEL = re.compile(r"^等(?:[\d一二两三四五六七八九十]+(?:名|位))?(?P<label>[^，。；]{2,12})$")
# "会前，学院党委…广泛征求意见、开展谈心谈话": what was done to prepare is not an agenda item.
PREPARATION = re.compile(
    r"^\s*(?:会前|会议召开前|会议前|在会前|为开好(?:本次|此次)?[^，。；]{0,12}?会)[^。]*?"
    r"(?:征求|谈心谈话|谈话|撰写|准备|查摆|制定|学习研讨|集中学习|对照检查材料|发言提纲)"
)
# "学习活动后，学院召开教职工大会": the report goes on to another meeting (a 学习会 held
# after a visit is still part of the day).
SECOND_MEETING = re.compile(
    r"^[^，。；]{0,12}?(?:活动|学习|仪式|党课|会议|生活会)(?:结束)?(?:后|之后)，?[^，。；]{0,30}?(?:召开|举行)(?:了)?"
    r"[^，。；]{0,24}?(?:会议|大会)(?:[，。；]|$)"
)
# "此次报告会邀请X作…专题报告": the act announced by the invitation is told later.
INVITED = re.compile(r"(?:邀请|特邀|邀)(?:了|到)?")
# "学院其他党员领导干部依次作对照检查": a group of people, not a unit that speaks.
PEOPLE_GROUP = re.compile(r"^(?:其他|其余|全体|与会|参会)|(?:干部|成员|党员|同志|同学|书记)$")
# "他提出了六点希望，一是…；二是…": the points of a speech, never acts of their own.
SPEECH_POINT = re.compile(r"^[一二三四五六七八九十]{1,2}(?:是|要)")
# A comma part that starts with its verb has no subject.
VERB_FIRST = re.compile(r"^(?:传达|宣读|通报|观看|领学|领读)(?:学习)?了")
# "X指出，…": the rest of the sentence is what X said, never an act of its own.
SAYS = re.compile(r"(?:指出|强调|表示|认为|讲到|谈到|说|提到)$")
# "周泛海的党课…，他…": the person whose act the sentence is about.
WHOSE_ACT = re.compile(
    r"^(?P<who>[\u4e00-\u9fff]{2,4}?)(?:同志|老师|教授|书记)?的(?:党课|专题党课|报告|讲座|讲话|发言|点评|授课|辅导)"
)
# The chair's words at the end of the meeting sum it up: still presiding.
CLOSING = re.compile(r"最后|结束|尾声|总结")
# Speech verbs without a venue word: a new speech only when someone new speaks.
WEAK_TRIGGER = re.compile(
    r"^(?:在[^，。；在]{0,6}?会(?:议)?上|在会议(?:最后|结束时)|在会议尾声|在?(?:最后)?总结(?:时|中)?|也|还|又|进一步|最后)?"
    r"(?:指出|强调|要求|表示|希望|勉励|提出|号召|认为|讲到|谈到|说到|(?<=[时中])说)"
)

# "代表领导班子作对照检查": one speaks for the team (its check is a 发言, the settled table).
ON_BEHALF_OF_TEAM = re.compile(r"代表[^，。；]{0,14}?(?:班子|党委|党总支|支委会|支部)")
# "X代表支部班子汇报了…工作", "代表上届支部委员会进行汇报": the team's account is a report too.
TEAM_ACCOUNT = re.compile(
    r"代表[^，。；]{0,14}?(?:班子|党委|党总支|支委会|支部|委员会)(?:向[^，。；]{1,10})?(?:汇报了|进行(?:了)?汇报)"
    # "X向全体党员汇报2022年度教工二支部的工作": the unit's year of work, told by its head
    r"|(?:向[^，。；]{1,10})?汇报(?:了)?[^，。；]{0,16}?(?:支部|班子|党委|党总支|委员会)(?:的)?(?:全年|年度)?工作"
)
# "对…作部署/进行安排": a leader who arranges the work speaks; the meeting itself reports.
# "对联合党支部近一年来的工作进行了总结梳理": a unit's past work summed up by its head is its report.
UNIT_YEAR_REVIEWED = re.compile(
    r"(?:支部|党委|党总支|班子)[^，。；]{0,10}?(?:一年来|年度|全年|上半年|本学期)[^，。；]{0,4}?工作[^，。；]{0,8}?(?:总结|梳理)$"
)
ARRANGEMENT = re.compile(r"(?:部署|动员|总结和梳理|(?<!工作)总结|梳理|安排|布置)$")
SUMMING_UP = re.compile(r"总结|梳理")
REPORT_TITLE_QUOTED = re.compile(r"(?:题为|以)[“《](?P<t>[^”》]{1,80})[”》]")
REPORT_TITLE_PLAIN = re.compile(r"(?:作|做)(?:了)?(?P<t>[^，。；]{2,60}?报告)")
EXPLANATION_TITLE = re.compile(r"^就(?P<t>[^，。；]{2,60}?)(?:作|做)(?:了)?(?:专题)?说明")
GENERIC_REPORT = re.compile(
    r"^(?:了|一个|一场|一次)?(?:专题|主题|工作|辅导|总结|大会|会议|形势政策|重要|题为|的)*报告$"
)
TRANSMIT_OBJECT = re.compile(r"^(?P<obj>[^，。；]{2,80})")
DOC_OBJECT = re.compile(
    r"^(?:本人|了)?(?:《[^》]+》[、和及与]?)+(?:等(?:文件|材料|内容)?|有关(?:章节|内容|条款)|全文|原文|相关内容)?"
)
TEXT_LEAD = re.compile(
    r"^[，。；：、\s]*(?:(?:时|中|上|后)?[，]?(?:指出|强调|要求|表示|提出|希望|勉励)[，：]?)?"
)

# A date and time written before a clause's subject ("3月28日下午，…").
DATE_PREFIX = re.compile(
    r"^(?:(?:19|20)\d{2}年(?=\d{1,2}月))?(?:\d{1,2}月\d{1,2}(?:[日号]|(?=上午|下午|晚上|中午|早上)))?(?:[（(][^）)]{1,6}[)）])?"
    r"(?:上午|下午|晚上|晚间|傍晚|早上|中午|晚)?(?:\d{1,2}[:：]\d{2}(?:[至\-—–~～到]\d{1,2}[:：]\d{2})?|\d{1,2}[时点](?:\d{1,2}分|半)?)?"
    r"(?:近日|日前|当天|当日)?[，]?"
)
NUMBERED_UNIT = re.compile(
    r"第[一二三四五六七八九十\d]+(?![一二三四五六七八九十\d]|次|届|期|场|批|轮|季|号|课|个)"
)
# Where a meeting's name starts after the unit that holds it.
TITLE_START = re.compile(
    r"(?:19|20)\d{2}\s*年|第[一二三四五六七八九十\d]|中共|党委理论|理论学习|党建|全面从严|党风|组织工作|主题党日|专题|"
    r"民主生活会|(?:党)?组织生活会|支部|党课|述职|年度|庆祝|纪念|学习贯彻|警示教育"
)
# A meeting's name ends at the first of these when the lexicon's meeting nouns do not end it.
MEETING_NAME_END = re.compile(
    r"会议|大会|生活会|评议会|座谈会|推进会|报告会|党课|主题党日(?:活动)?|集体学习|专题学习"
)
# 党委 belongs to the meeting's name in 党委理论学习中心组, 党委常委会 …
COMMITTEE_MEETING = re.compile(r"理论学习中心组|常委|全委|全体|[（(]?扩大|会议")
PLENARY_TITLE = re.compile(r"第\S{1,4}届委员会")
SCHOOL = re.compile(r"我校|学校|本校|全校")
# "学校机关党总支": the writer's school before one of its units (学校党委 stays the school's).
SCHOOL_PREFIX = re.compile(r"学校(?!党委$|党委常委会$)")
SCHOOL_COMMITTEE = re.compile(r"(?:我校|学校|校|本校)党委")
# A university's own committee (not a college's: 学院党委, 院党委).
UNIVERSITY_COMMITTEE = re.compile(r"(?<![学院系])(?:我校|学校|校|本校|大学)党委|我校|学校召开")
# "学院党委召开…": the college the report is about convenes, through its committee or branch.
OWN_COLLEGE = re.compile(r"(?:我院|学院|本院)(?P<body>|党委|党总支|分党委|党支部|党政联席会)")
TEAM_TAIL = re.compile(r"(?:党政)?(?:领导)?班子$")
PLACE_PREPOSITION = re.compile(r"在|赴|前往|走进|于")
# Words no convening unit's name contains: the "subject" is a predicate ("王书记代表学院").
NOT_A_HOST = re.compile(r"代表|助力|推动|服务|围绕|^在|^二级")
# "助力学院高质量发展", "建设新时代一流大学": a verb or a quality before 学院/大学 makes it a
# common noun, not an institution's name.
NOT_AN_INSTITUTION = re.compile(
    # verbs that never stand inside a unit's name, wherever they are …
    r"^.*(?:代表|助力|优化|推动|促进|打造|引领|带动|支撑|推进|实现|提升|加快|做好|办好|布置|部署|建立|健全|"
    r"完善|加强|丰富|落实|统筹|联系|结合|围绕|聚焦|立足|面向)"
    # … and words that start a phrase, not a name (安全工程学院, 航空服务学院 keep theirs)
    r"|^(?:服务好?|建设|创建|保障|整个|全|各|本年度|年度|本|该|二级|新时代|一流|高水平|研究型|应用型|教学型|"
    r"创新型|特色|现代化|国际化|社会主义)+"
)
# What follows an institution's name: its bodies and people, the convening verb, punctuation.
AFTER_INSTITUTION = re.compile(
    r"$|[，。、；：“”（）()《》\s]|党|支部|总支|分党委|团委|纪委|工会|领导|班子|全体|院长|副院长|校长|副校长|书记|"
    r"教师|教职|师生|学生|研究生|本科生|辅导员|各|第|召开|举行|举办|开展|组织|在|于|和|与|及|成立|\d|20"
)
# "X党支部全体党员前往烈士陵园，开展…": the unit that goes out to hold the meeting.
SUBJECT_GOING = re.compile(
    r"^(?P<subject>[^，。；]{2,40}?)(?:全体(?:党员|成员|师生)?|(?:师生)?党员)?(?:一行)?(?:赴|前往|走进|来到)"
)
# "学院党委在前期广泛征求意见的基础上，召开…": the subject before a circumstance, a clause earlier.
SUBJECT_CIRCUMSTANCE = re.compile(
    r"^(?P<subject>[^，。；]{2,40}?)(?:在|于)[^，。；]{2,30}(?:基础上|指导下|带领下|领导下|部署下|之际|之后|后)$"
)
# "在深入调研的基础上", "在学院党委的统一部署下": a circumstance, not a place.
NOT_A_PLACE = re.compile(
    r"(?:基础|前提|指导|带领|领导|部署|组织|号召|关心|支持|推动)(?:上|下)?$|之际$|期间$|之后$|下$"
    r"|的[^，。；的]{1,4}下"  # "在叶老师的看护下一步一步爬上三楼": a circumstance, not a place
    r"|(?<!学)会$"  # "在政工会上组织学习": a meeting, not a place
)
# "本网讯（通讯员 王丽）", "本网消息(图/文 X)": the page's byline before the lead's subject.
BYLINE_BEFORE_SUBJECT = re.compile(
    r"^(?:[^，。；]{0,8}?(?:讯|消息|报道))?\s*[（(][^（）()]{1,30}[)）]|^(?:本网讯|本报讯|本网消息|讯)"
)
# "以“…”为主题开展", "通过腾讯会议召开": a preposition ends the convening unit's name.
SUBJECT_PREPOSITION = re.compile(
    r"以(?=[“”《\u4e00-\u9fff]{0,30}(?:为|形式|方式))|通过|借助|利用|采取|采用|依托"
)
# Units that convene together: "A联合B", "A与B" (not a 联合党支部, a unit of its own).
JOINT_UNITS = re.compile(r"联合(?!党支部|支部|党总支)|与|和")
# "三个学生党支部分别在…召开": adverbs between the unit and its place.
SUBJECT_ADVERB_TAIL = re.compile(r"(?:分别|共同|联合|一起|集体|集中)$")
# "全体党员在支部书记钟慧的领誓下重温入党誓词", "在支部书记X带领下": who leads the act.
LED_BY = re.compile(r"在(?P<who>[^，。；在]{2,30}?)的?(?:带领|领誓|带领和指导|组织|主持)下")
SPEAKING_BODY_START = re.compile(r"^(?:党支部|支部)?(?:支委会|支部委员会|党小组)")
# "会议分别由第一党支部书记A，第二党支部书记B和…主持": the chairs' list begins a clause earlier.
# (not a clause that ends with its own verb: "本次党课由A、B主讲，C主持")
CHAIR_BY_OPEN = re.compile(r"由(?P<who>[^，。；由]{2,40})(?<!主持)(?<!主讲)$")
ORG_SUBJECT_WORD = re.compile(r"我校|学校|我院|学院")
RELATIVE_DAY_WORD = re.compile(r"今天|今日|昨天|昨日|前天|前日")
# "参观结束后，…": a time, not an agenda item.
TEMPORAL_CLAUSE = re.compile(r"[^，。；]{1,10}?(?:结束后|之后|以后|过后|后|之前|前|之际|时|期间)")
CLOCK = re.compile(
    rf"(\d{{1,2}}|{_CN_NUM})\s*(?:[:：]\s*(\d{{2}})|[时点]\s*(?:(\d{{1,2}}|{_CN_NUM})\s*分|(半))?)"
)
