"""The words the synthetic archive is made of: names, units, kinds and phrases of the genre."""

from meetings.models import AgendaKind, MeetingKind

# School leaders have fixed names so the bench can search for people who surely exist.
LEADER_NAMES = [
    "王建国",
    "李晓华",
    "张振宇",
    "陈立新",
    "赵明远",
    "刘志刚",
    "孙丽萍",
    "周卫东",
    "吴海燕",
    "郑国栋",
]
SCHOOL_OFFICES = ["党委书记", "校长", "党委副书记", "党委副书记", "纪委书记"]

UNITS = [
    "机械与运载工程学院",
    "电气与动力工程学院",
    "材料科学与工程学院",
    "化学工程与技术学院",
    "土木工程学院",
    "水利科学与工程学院",
    "建筑学院",
    "环境科学与工程学院",
    "矿业工程学院",
    "安全与应急管理工程学院",
    "计算机科学与技术学院",
    "信息与计算机学院",
    "数学学院",
    "物理学院",
    "化学学院",
    "生物医学工程学院",
    "经济管理学院",
    "政法学院",
    "外国语学院",
    "艺术学院",
    "马克思主义学院",
    "体育学院",
    "软件学院",
    "航空航天学院",
    "轻纺工程学院",
    "机关",
    "图书馆",
    "后勤管理处",
    "继续教育学院",
    "离退休工作处",
]
BRANCH_KINDS = ["教工", "本科生", "研究生", "离退休", "机关"]
ORDINALS = "一二三四五六七八九十"

SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋"
    "蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万"
)
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国红志立新春海晓东亮宇飞鹏辉斌波宁琳慧婷雪梅云峰浩然思源嘉怡涵博佑欣晨鸣振兴卫民庆德福"

# Kind weights: 三会一课 dominate, as in any real archive.
KIND_WEIGHTS = {
    MeetingKind.BRANCH_MEMBERS: 24,
    MeetingKind.BRANCH_COMMITTEE: 22,
    MeetingKind.GROUP_MEETING: 16,
    MeetingKind.PARTY_LECTURE: 12,
    MeetingKind.THEME_DAY: 8,
    MeetingKind.ORGANISATIONAL_LIFE: 4,
    MeetingKind.THEORY_STUDY: 3,
    MeetingKind.STANDING_COMMITTEE: 3,
    MeetingKind.DEMOCRATIC_LIFE: 1,
    MeetingKind.COMMITTEE_PLENARY: 1,
    MeetingKind.PARTY_BUILDING: 1,
    MeetingKind.DISCIPLINE: 1,
    MeetingKind.DUTY_REVIEW: 1,
    MeetingKind.ORGANISATION_WORK: 1,
    MeetingKind.OTHER: 2,
}
BRANCH_HOSTED = {
    MeetingKind.BRANCH_MEMBERS,
    MeetingKind.BRANCH_COMMITTEE,
    MeetingKind.PARTY_LECTURE,
    MeetingKind.THEME_DAY,
    MeetingKind.ORGANISATIONAL_LIFE,
}
PLEDGE_KINDS = {MeetingKind.PARTY_BUILDING, MeetingKind.DISCIPLINE}

AGENDA_KINDS = [
    (AgendaKind.SPEECH, 6),
    (AgendaKind.RELAY, 4),
    (AgendaKind.STUDY, 4),
    (AgendaKind.STATEMENT, 5),
    (AgendaKind.EXCHANGE, 3),
    (AgendaKind.REPORT, 2),
    (AgendaKind.EXPLANATION, 2),
    (AgendaKind.READING, 1),
    (AgendaKind.VOTE, 1),
    (AgendaKind.REVIEW, 1),
    (AgendaKind.DUTY_REPORT, 1),
]

TOPICS = [
    "深入学习贯彻党的二十大精神",
    "学习贯彻习近平新时代中国特色社会主义思想主题教育",
    "党史学习教育",
    "不忘初心、牢记使命",
    "两学一做",
    "全面从严治党",
    "师德师风建设",
    "立德树人",
    "意识形态工作",
    "基层党组织建设质量提升",
    "作风建设年",
    "清廉校园建设",
    "一流学科建设",
    "铸牢中华民族共同体意识",
    "弘扬伟大建党精神",
]
OPENERS = [
    "会议指出，",
    "会议强调，",
    "会议要求，",
    "与会同志一致认为，",
    "大家表示，",
    "会上，",
    "讨论中，",
    "结合工作实际，",
    "对照上级部署，",
    "针对存在的问题，",
]
SUBJECTS = [
    "各级党组织",
    "全体党员",
    "党员干部",
    "广大师生",
    "各党支部",
    "领导班子成员",
    "支部委员",
    "青年教师",
    "学生党员",
    "机关干部",
    "党务工作者",
    "辅导员队伍",
]
VERBS = [
    "要深入学习贯彻",
    "要切实加强",
    "要持续推进",
    "要认真落实",
    "要不断完善",
    "要着力提升",
    "要牢固树立",
    "要进一步深化",
    "要坚决落实",
    "要扎实开展",
    "要全面加强",
    "要统筹推进",
    "要准确把握",
    "要始终坚持",
]
OBJECTS = [
    "习近平新时代中国特色社会主义思想",
    "党的二十大精神",
    "全面从严治党主体责任",
    "意识形态工作责任制",
    "基层党组织建设",
    "党风廉政建设",
    "师德师风建设",
    "“三会一课”制度",
    "主题教育成果",
    "党史学习教育",
    "立德树人根本任务",
    "发展党员工作",
    "组织生活会制度",
    "一流学科建设",
    "校园安全稳定工作",
    "作风建设",
    "中央八项规定精神",
    "民主集中制",
    "党员教育管理",
    "人才培养质量",
    "党建工作与业务工作深度融合",
    "新时代党的组织路线",
]
PURPOSES = [
    "，切实把思想和行动统一到上级决策部署上来",
    "，不断提高政治判断力、政治领悟力、政治执行力",
    "，推动学校各项事业高质量发展",
    "，把党的政治优势转化为发展优势",
    "，以高质量党建引领事业发展",
    "，确保各项任务落地见效",
    "，为建设高水平大学提供坚强保证",
    "，切实增强做好工作的思想自觉和行动自觉",
    "，努力在新征程上展现新作为",
    "，让党旗在教学科研一线高高飘扬",
    "",
    "",
]
DETAILS = [
    "结合{unit}实际制定了具体措施",
    "对下一阶段重点工作作出安排部署",
    "通报了{year}年第{n}季度工作进展情况",
    "逐条对照检查了存在的{n}个方面问题",
    "围绕“{topic}”进行了深入交流研讨",
    "就相关事项进行了讨论",
    "审议通过了有关事项",
    "开展了批评与自我批评",
    "听取了{n}个支部的工作汇报",
    "明确了责任分工和时间节点",
    "梳理形成了问题清单、任务清单和责任清单",
    "分享了参加{topic}专题培训的心得体会",
]
CONNECTORS = ["；", "。同时，", "。此外，", "。", "，并"]
DOCUMENT_TITLES = [
    "关于加强新时代高校党的建设的意见",
    "中国共产党章程",
    "中国共产党纪律处分条例",
    "党委（党组）落实全面从严治党主体责任规定",
    "关于新形势下党内政治生活的若干准则",
    "中国共产党支部工作条例（试行）",
    "中国共产党普通高等学校基层组织工作条例",
    "中国共产党发展党员工作细则",
    "关于进一步加强高校师德师风建设的意见",
    "中国共产党党员教育管理工作条例",
]
VENUES = [
    "明向校区行政楼第一会议室",
    "迎西校区图书馆报告厅",
    "虎峪校区学术交流中心",
    "学院会议室",
    "党员活动室",
    "明向校区学生活动中心报告厅",
    "线上（腾讯会议）",
]
TIMES = ["上午", "下午", "晚上", "08:30", "14:30", "15:00-17:00", "19:00"]
LEAVE_REASONS = ["出差", "因病", "公务外出", "授课", "参加学术会议", "家中有事"]
GROUP_NAMES = ["中层干部", "党支部书记代表", "教师代表", "学生党员代表", "校党委委员"]
DECISIONS = [
    "同意{name}同志按期转为中共正式党员",
    "同意接收{name}同志为中共预备党员",
    "通过{year}年度党支部工作计划",
    "确定{name}同志为入党积极分子",
    "通过民主评议党员结果",
]
