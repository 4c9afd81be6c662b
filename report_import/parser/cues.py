"""Sentence patterns of the title, kind, date and people passes added in the seventh round
(kept apart from `patterns.py` and `lexicon.py`, which are near the size limit)."""

import re

# "2020级研究生党支部", "为2021级新生讲党课": a cohort is named by the year it entered, so a
# report that names it was written in that year or later.
COHORT_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*级")
# "2019-2020学年": a school year runs from September to the next summer.
SCHOOL_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-—–~至]\s*((?:19|20)\d{2})\s*学年")
SCHOOL_YEAR_STARTS = 9  # the month a school year's first calendar year ends with


def writers_college(text: str) -> str:
    """What the writer's 我院/本院 is: a hospital when the report speaks of 医院 more often than
    of 学院 (a university hospital's page), else a college."""
    hospital = text.count("医院")
    return "医院" if hospital and hospital > text.count("学院") else "学院"


# "当天，X在敏达楼203为党员讲授…", "在2号教学办公楼616室，全体党员…宣誓": a room told after the
# lead sentence, when no sentence before named a place.
ROOM_LATER = re.compile(
    r"(?<![存现正所实内潜旨意])在(?P<venue>[^，。；在]{2,24}?(?:室|厅|[A-Za-z]?\d{3}))"
    r"(?=[，；]|为|召开|举行|开展|组织|进行|集中|参加)"
)


# "选举产生了A、B、C等3名支部委员", "选举产生A、B、C，三位同志为新一届…委员", "选举产生了新一届支部
# 委员会共计3人：A、B、C": the members elected are at the meeting that elects them.
ELECTED = re.compile(
    r"选举产生(?:了)?(?:新一届[^，。；：]{0,16}?(?:共计?\d+人)?：)?"
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4}){1,8})(?=等|，|。|为|同志|$)"
)


# What cannot be part of a person's title, where the list reader let a clause in: the end of
# a sentence or quote before it ("…展开讨论。支部书记"), an enumerator ("五是老党员代表"), an
# inviting verb ("邀请东南大学校纪委副书记"), a unit written twice ("学校学校党委书记").
TITLE_AFTER_END = re.compile(r"^.*[。！？]|^[^“‘]*[”’]")  # a quote opened in the title stays
# "会议第四项由院长X综述…", "本次轮训由…教授X讲授", "在讲解员X的引导下": the preposition before a
# person and what stands before it are no title (no gold title holds 由 or starts with 在).
# "恰逢校党委常务副书记X…", "聆听校党委书记X…", "会议听取了…负责人X…", "以及…干部X": a verb
# or a conjunction before the person is no title either (no gold title holds them).
TITLE_LEAD_JUNK = re.compile(
    r"^(?:[一二三四五六七八九十]是|其[一二三四五六七八九十]是?|(?:特别)?邀请|特邀"
    r"|(?:“[^“”]{0,20}”)?[^，。；、“”]{0,10}?(?<!自)由(?=\S{2})|在(?![职读校岗编])"
    # "一致同意了党务助理X…", "并认真传达了校党委书记X…", "听取并审议通过党委书记X…": a
    # clause's verb done (了, 通过) before the title (no gold title of sets 18–30 holds either)
    r"|[^，。；、“”]{0,12}?(?:了|通过)(?=\S{2})"
    r"|以及|恰逢|[^，。；、“”]{0,4}?(?:聆听|听取)了?)"
)
TITLE_DOUBLED_UNIT = re.compile(r"^(学校|学院|医院)\1")
# "院党委副书记A、院督导组成员", "学院党委统一部署、教工第三党支部书记", "、第二党支部书记": what
# stands before a title's first 、 and ends in no unit, post or number is another person's name
# or a clause the list reader let in (S19/05, S21/06, S22/23, S27/17, S28/23); a unit shared by
# two ("组织部、统战部常务副部长", "图书馆学、情报学党支部书记") and a cohort ("15、16级") stay.
TITLE_STRAY_LEAD = re.compile(
    r"^(?:[^“”、]{0,30}?[^\d“”、部委办处院校室局厅所馆会系科组区心级学业班团队站司记任席书事长员师])?、"
)
# "党支部书记陈卓老师主持": a clause that ends in a verb is no title.
TITLE_IS_CLAUSE = re.compile(r"(?:主持|讲话|发言|参加|出席)$")
# "党员", "支部党员", "教工第三党支部党员", "支部另外两位正式党员", "现场的第16期预备党员": membership
# told of a person is no post (S20/25, S21/30, S25/24, S26/10, S28/16; no gold title of sets
# 18–28 is one). 预备党员 alone (a probationer's status, which the golds keep) and an honour
# (优秀毕业生党员) stay.
TITLE_IS_MEMBERSHIP = re.compile(
    r"(?:[^，、]{0,12}?支部)?党员"
    r"|[^，、]{0,12}?(?:另外?[一两二三四五六七八九十\d]{0,3}位|现场的)[^，、]{0,8}?党员"
)
# "计算机系党支部X介绍了…", "档案馆(校史馆)X同志": a unit alone before the name, with no post
# word, is no title (settled in session 12: titles are post words or unit + post; no gold title
# of sets 18-28 ends in a unit — S18/12, 21, 23, 28, S20/22, S26/25). An office, a section or a
# class counts too (`党委工作部X说明…`, `组织人事处X`, `培训班X、Y`:
# S30/28, S33/19, S34/05); 干部 ends a post, not a unit. A team (`督导组X`) is left: own report 23
# files `学校督导组` as a title.
TITLE_UNIT_ALONE = re.compile(
    r"(?:党支部|党总支|教研室|学院|系|馆|(?<!干)部|处|办|班)(?:（[^（）]{0,12}）|\([^()]{0,12}\))?$"
)
# "学院党委副书记黄明院长": a post before the name and one after it, which the name reader joins
# (学院党委副书记院长); the golds write two titles. Only when the part before ends in a post
# itself: a unit before the name ("第二党支部王家兰书记") makes one title, 第二党支部书记.
TITLE_TWO_POSTS = re.compile(
    r"^(?P<before>.+?(?:书记|委员|组长|部长|院长|校长|主任|处长|馆长))"
    r"(?P<after>副?(?:院长|校长|书记|主任|部长|处长|组长|馆长))$"
)

# "副院长兼纪委书记", "党总支书记兼副院长": a person's posts joined by 兼 are two titles (settled
# in session 12: the golds of sets 18-28 write two in 10 reports, one in 3). Only when the part
# before ends in a post: a unit before 兼 ("宣传部兼统战部部长") is one title; the verbs 兼任,
# 兼顾, 兼职, 兼课 are no join.
_POST_END = r"(?:书记|主任|主席|秘书|干事|[长员师])"
TITLE_CONCURRENT = re.compile(
    rf"^(?P<before>[^兼]{{1,30}}?{_POST_END})兼(?![任顾职课备修])(?P<after>[^兼]{{1,30}}?{_POST_END})$"
)

# "王本朝教授对…", "吴明红院士主持", "胡奈赛老教授": an academic rank right after a name; not the
# verb 教授 (教授了), nor a degree (院长章宏博士: own report 65 files 院长 alone).
RANK_AFTER_NAME = re.compile(r"老?(?:副教授|教授|院士|研究员)(?!了)")
