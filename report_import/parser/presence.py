"""Who is at the meeting, read where the fixed attendance patterns of `patterns.py` stop.

`patterns.ATTEND` knows the meeting only by a closed list of objects (会议, 学习会, 本次…生活会);
here the object may be any name of a meeting or an act of one (`参加座谈会`, `列席督导会议`,
`出席报告会`, `参加此次组织生活`), and an act may follow it after 并 (`出席会议并作工作报告`), which
the agenda then reads as it would without the attendance.

And the golds count everyone named at work in the telling as present: a person the agenda reads
as the subject of a clause, with a title, is at the meeting whatever the verb (`…分别为优秀党员颁奖`,
`…担任主讲`, `…分别从三会一课…总结`), unless the words after the name say otherwise.
"""

import re

from .at_work import named_at_work
from .invited import invited
from .names import Registry, valid_name
from .patterns import MEETING_END
from .people import Participant, PersonRef

# The attendance verbs whose object is this meeting, and the roles they give (`lexicon.ROLES`).
_VERB = r"出席|参加|列席|参会|与会"
# A meeting of another body, at another level (`参加了省党代会`), is not this one.
_LEVEL = r"省|市|区|县|全国|中央|国家"
_OTHER_LEVEL = rf"(?!了|{_LEVEL})"

ATTEND_MEETING = re.compile(
    rf"^(?P<list>.+?)(?:应邀|受邀|也|还|一同|共同|全程)?(?P<verb>{_VERB})(?:了)?"
    rf"(?:本次|此次|该次|这次)?{_OTHER_LEVEL}[\u4e00-\u9fff]{{0,8}}?(?:{MEETING_END})"
    r"(?:并(?P<act>[^，。；]{1,30}))?$"
)

# "刘桂军莅临我院指导工作", "韩娟携工作组莅临现场指导": who comes to guide the meeting sits in
# (列席), as `lexicon.ROLES` has it for 到会指导; those he brings along (携…) are a group of his,
# not part of his name. ("曹雁宾指导本次组织生活会" would be one too, but a guide's 讲话 then
# turns 点评 in `conventions.as_supervisors_reviews`, against S11/04's gold.)
_BRINGS = r"(?:携[^，。；]{2,20}?)?"
GUIDE_VISIT = re.compile(
    rf"^(?P<list>[^携]+?){_BRINGS}(?:亲临|莅临)(?:我院|我校|本院|本校|学院|学校|现场|会场|会议现场)"
    r"(?:进行)?(?P<verb>指导|督导)(?:工作)?$"
)
GUIDE_ROLES = {"指导": "列席", "督导": "列席"}
# "学校第七督导组组长陈海峰同志对本次民主生活会…给予了高度评价": a member of a body sent to
# guide or supervise the meeting sits in, whatever he is told doing, also when his 出席 or 参加
# is written (settled in session 13; 督导专员 is a post, not such a body).
_SUPERVISING = re.compile(r"(?:督导|指导|督查)(?:工作)?组")


def sits_in(titles: list[str]) -> bool:
    return any(_SUPERVISING.search(t) for t in titles)


# "孙嫣等十名预备党员依次发言", "A、B等六名同志…": the ones named are examples of a crowd (the
# golds leave them out).
_EXAMPLE = re.compile(
    r"(?:[、和与及][\u4e00-\u9fff]{2,4}?)*等[\d一二两三四五六七八九十百余多]+(?:名|位|人)"
)
# "学习了省委书记X、市委书记Y在…大会上的讲话精神": the authors of speeches given elsewhere.
_SPOKE_ELSEWHERE = re.compile(
    r"(?:同志)?(?:[、和与及][^，。；在]{1,15}?)*(?:同志)?在[^，。；]{1,40}?上的(?:重要)?讲话"
)
# "X、Y作为代表参加了省党代会": those who went to a meeting of another level.
_WENT_ELSEWHERE = re.compile(
    r"(?:同志)?(?:[、和与及][^，。；]{1,20}?)*(?:作为[^，。；]{1,10}?)?(?:出席|参加|列席)(?:了)?"
    + rf"(?={_LEVEL})"
)
# "…教师党员孙文胜同" at a page's cut: a subject whose clause says nothing of what they did.
_NO_PREDICATE = re.compile(r"(?:同志?|老师)?\s*(?:[，。；！？]|$)")
_NO_ONE = Registry()

# "学校全体领导班子成员出席会议": the whole leadership attended, so a leader named only as chair
# or speaker is one of those who attended (出席). "校领导班子成员出席", "班子其他成员出席" need not
# count the chair among them: the golds give him 参加 (S4/01, S7/14, S11/25, S11/27).
_WHOLE = re.compile(r"全体|全部")


def whole_leadership(group: str) -> bool:
    return bool(_WHOLE.search(group))


def acting(subjects: list[PersonRef], text: str) -> list[Participant]:
    """The subjects of the telling who are at the meeting, as speakers the agenda did not list:
    the titled ones the agenda read, and those whose honorific or post closes the name
    (`at_work`). The name must stand as a name without its title (a title read off a clause,
    `…统一到习近平总书记` + `关于`, makes none)."""
    titled = [
        Participant(p.name, None, p.titles, p.start, p.end)
        for p in subjects
        if p.titles
        and valid_name(p.name, _NO_ONE, titled=False)
        and not _EXAMPLE.match(text, p.end)
        and not _SPOKE_ELSEWHERE.match(text, p.end)
        and not _WENT_ELSEWHERE.match(text, p.end)
        and not _NO_PREDICATE.match(text, p.end)
    ]
    return titled + named_at_work(text) + invited(text)
