"""Where a meeting was held, in the forms the venue pass reads after `patterns.VENUE`
(kept apart from `patterns.py`, near its size limit)."""

import re
from collections.abc import Callable

from .structure import Clause, Found

# "在人文楼A-602学术报告厅成功举行", "于…3楼会议室如期举行": a place, then how the meeting went,
# then the verb. `patterns.VENUE` knows five such words (隆重, 顺利, 正式, 集中, 联合); any
# two-character word may stand there when what is before it is a place (`host._is_place`).
PLACE_THEN_MANNER = re.compile(
    r"(?:(?<![存现正所实内潜旨意于])在|(?<![对关由基鉴属至等终位处])于)"
    r"(?P<venue>[^，。；在赴于]{2,40}?)(?P<manner>[\u4e00-\u9fff]{2})(?:组织)?(?:召开|举行|举办|开展)"
)
# "会议采取远程视频的形式召开", "以腾讯会议的形式开展": an online meeting is held where its
# medium is; the medium as written is its venue.
ONLINE_MEDIUM = re.compile(
    r"(?:以|通过|采取|采用|借助|利用)(?P<venue>[^，。；以]{0,8}(?:视频|网络|线上|云端|会议|直播))"
    r"(?:的)?(?:形式|方式)(?:召开|举行|开展|进行)"
)
# "…学习会通过X视频会议系统召开", "…中心召开视频会议，组织…": a meeting held by video conference
# is held online, as the conventions' venue row says (视频会议 → 线上), whatever the system is called.
VIDEO_MEETING = re.compile(
    r"通过[^，。；通]{0,16}?视频会议(?:系统|平台)?(?:召开|举行|进行)|召开(?:了)?视频会议(?=$|[，。；])"
)
# "以线上专题报告的形式召开", "召开线上党委扩大会议", "以线上方式呈现", "以钉钉线上平台为载体",
# "通过微信群开展": the meeting itself held online, which the golds of sets 18–28 write 线上
# whatever the platform (S25/04, S25/23, S26/15, S27/18, S28/15); not one who takes part online
# ("以线上形式出席会议", "进行线上述职": S23/10, S24/21 have no venue).
ONLINE_MANNER = re.compile(
    r"(?:召开|举行|开展)线上|以[^，。；以]{0,6}线上[^，。；]{0,8}?(?:形式|方式|平台)"
    r"(?:召开|举行|开展|进行|呈现|为载体)|(?:通过|利用|借助)微信群(?:召开|举行|开展|进行)"
)
# "党支部赴芦山湘邻纺织有限公司，与公司党支部举办…", "前往…连江社区商谈…": where the members go
# to hold the meeting is its venue, also when the destination ends its comma part or a visit's
# verb follows (`patterns.VENUE` reads it only right before a convening verb). "前赴后继" is none.
# "来到…学术厅参加…组织生活会", "来到…民主馆，进行…", "赴…纪念馆学习" (S22/08, S27/02, S28/07).
DESTINATION = re.compile(
    r"(?<![前奔])(?:赴|前往|来到)(?P<venue>[^，。；、“”]{2,30}?)"
    r"(?=$|商谈|调研|考察|参观|走访|交流|学习|参加|开展|进行)"
)
# "在2201-3302室由X组织召开", "在逸夫楼306对…进行了…培训", "在…会议室通过线上线下相结合方式召开", "在…楼
# 2-1105室宣讲": a room of the lead sentence, whatever stands between it and the verb (not "楼108会议室"
# cut before its room word, not a year or an anniversary after 在).
ROOM_IN_LEAD = re.compile(
    r"(?<![存现正所实内潜旨意])在(?P<venue>[^，。；在]{2,24}?(?:室|厅|楼\d{3,4}))(?![室厅会教报房号\d\-－(（A-Za-z])"
)

# "…到华南农业大学开展…主题党日活动", "到…烈士陵园祭扫", "奔赴…纪念馆，开展…", "组织…党员参观…校史馆，
# 开展…", "旨在通过参观…博物院": the place of a visit is the venue when the report tells no other
# place for the meeting (settled in session 14, decision 17; `host.read_venue` reads it last).
# 到 after a word it ends ("达到", "收到", "来到": `DESTINATION`) is none.
_VISITED = re.compile(
    r"(?:(?<![来收得达受做看听想提谈讲遇感直迟报签回])到|(?<!前)奔赴|(?:组织|通过|并)[^，。；]{0,12}?参观(?:了)?)"
    r"(?P<venue>[^，。；、“”]{2,30}?)(?=$|开展|举办|举行|祭扫|扫墓|瞻仰|参观|缅怀)"
)


def visited_place(clauses: list[Clause], is_place: Callable[[str], bool]) -> Found | None:
    """The first place the members visit in `clauses` (a place by its last word, or a university)."""
    for clause in clauses:
        for m in _VISITED.finditer(clause.text):
            venue = m.group("venue")
            if is_place(venue) or venue.endswith("大学"):
                start = clause.start + m.start("venue")
                return Found(venue, start, start + len(venue))
    return None


# "在党员活动室教育系党支部召开", "赴青山镇机关党支部联合开展", "赴雄安与新校区建设办党支部联合开展": a
# party unit after the place is the subject or the partner that meets there, not part of the place
# (S30/14, S33/08, S33/16: the golds keep the place only; no gold of sets 18–34 ends a venue in a unit).
# A unit with no place before it, or a college's name holding 与 ("资源与环境学院党支部"), is left as read.
_UNIT_AFTER_PLACE = re.compile(r"(?:党支部|党总支|党委|党工委)$")
_PLACE_BEFORE_UNIT = re.compile(
    r"(?P<place>[^与]{2,30}?)与(?![^与]{0,30}(?:学院|系)(?:党支部|党总支|党委|党工委)$)[^与]{2,30}$"
    r"|(?P<site>.{1,30}(?:[室厅馆楼场镇村乡区县市]|社区|街道|基地|中心))[^室厅馆楼场镇村乡区县市]{2,12}$"
)


def place_before_unit(found: Found) -> Found:
    """The place in `found` without the party unit that follows it, when a place stands before it."""
    if not _UNIT_AFTER_PLACE.search(found.value or ""):
        return found
    m = _PLACE_BEFORE_UNIT.fullmatch(found.value)
    if not m:
        return found
    place = m.group("place") or m.group("site")
    return Found(place, found.start, found.start + len(place))
