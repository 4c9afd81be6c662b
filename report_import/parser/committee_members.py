"""A college party committee's members' meeting: no branch's (settled in session 14, decision 14).

"外国语学院党委召开党员大会，选举产生党委新一届委员会", "中共…管理工程学院委员会换届选举党员大会",
"环境与生态学院召开全院党员大会…会议由院党委书记…主持": all the members of a college (or of a
school's organs, 机关党委) meet under their party committee, kind `其他`, as the golds of sets 18–34
file it in eleven reports. A general branch's (党总支) or a branch's members' meeting stays
`支部党员大会`, also when the college's name stands before it ("中共…水科学研究院第一次党员大会…
水科院党总支书记…主持", "…学院第二次党员大会…选举产生…第二届直属支部委员会").
"""

import re

from .structure import Clause, Found, Text

# A members' meeting by its plain name: "党员大会", "全院党员大会", "第二次党员大会", "换届选举党员大会";
# not a branch's ("支部党员大会") nor one on candidates ("预备党员转正大会" ends otherwise).
_MEMBERS_MEETING = re.compile(r"^(?![^，。；]*支部)[^，。；]{0,12}?党员大会$")
# The body that convenes, before the meeting's name: a branch or general branch …
_BRANCH = re.compile(r"总支|支部")
# … or a committee that is not the school's own standing body ("学校党委的安排部署" is who asked).
_COMMITTEE = re.compile(r"(?<![校支])党委|(?<![支部校])委员会")
# Around the lead: a branch's officers or the branch committee it elects, or the college's
# committee (its secretary chairs, its report is heard) and all its members ("全院党员").
_BRANCH_NEARBY = re.compile(r"总支|支部委员会|党支部书记")
_COMMITTEE_NEARBY = re.compile(r"院党委|全院|全校")
# How many sentences after the lead's a chair or an election is told in.
_NEARBY_SENTENCES = 3


def committee_members_meeting(doc: Text, lead: Clause | None, title: Found | None) -> bool:
    """Whether a members' meeting is a college party committee's (kind `其他`)."""
    if not (lead and title and _MEMBERS_MEETING.match(title.value)):
        return False
    start, end = doc.sentences[lead.sentence]
    convener = doc.text[start : title.start if start <= title.start < end else end]
    if _BRANCH.search(convener):
        return False
    if _COMMITTEE.search(convener):
        return True
    last = min(lead.sentence + _NEARBY_SENTENCES, len(doc.sentences) - 1)
    nearby = doc.text[start : doc.sentences[last][1]]
    return not _BRANCH_NEARBY.search(nearby) and bool(_COMMITTEE_NEARBY.search(nearby))
