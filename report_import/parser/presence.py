"""Who is at the meeting, read where the fixed attendance patterns of `patterns.py` stop.

`patterns.ATTEND` knows the meeting only by a closed list of objects (会议, 学习会, 本次…生活会);
here the object may be any name of a meeting or an act of one (`参加座谈会`, `列席督导会议`,
`出席报告会`, `参加此次组织生活`), and an act may follow it after 并 (`出席会议并作工作报告`), which
the agenda then reads as it would without the attendance.
"""

import re

# The attendance verbs whose object is this meeting, and the roles they give (`lexicon.ROLES`).
_VERB = r"出席|参加|列席|参会|与会"
# What a meeting or one of its acts is called at its end (座谈会, 督导会议, 组织生活, 讲座, 约谈).
_MEETING_END = r"会议|会|活动|学习|组织生活|讲座|述职|约谈|典礼|仪式|党课"
# A meeting of another body, at another level (`参加了省党代会`), is not this one.
_OTHER_LEVEL = r"(?!省|市|区|县|全国|中央|国家)"

ATTEND_MEETING = re.compile(
    rf"^(?P<list>.+?)(?:应邀|受邀|也|还|一同|共同|全程)?(?P<verb>{_VERB})(?:了)?"
    rf"(?:本次|此次|该次|这次)?{_OTHER_LEVEL}[\u4e00-\u9fff]{{0,8}}?(?:{_MEETING_END})"
    r"(?:并(?P<act>[^，。；]{1,30}))?$"
)
