"""A person's second post, told where the report names the person again.

"学院副院长苏某" in the lead, then "党支部书记苏某主持": the golds keep both posts, the first
mention's first (S18/04, S25/22, S26/29, S29/06, S30/26). A later title with the same post word
("院党委书记" after "学院党委书记", "教工支部书记" after "教工党支部书记", "校长" after "常务副校长")
adds nothing, nor a list label ("领导班子成员", "校区领导"), which gives way to a post told
elsewhere (S25/30, S29/21).
"""

import re

from .names import is_title

# a membership, a list label or a part played at this meeting, no post: "院党委领导班子成员",
# "支部成员", "校区领导", "入党介绍人", "老党员代表" (own report 63: "支委许晴" keeps 支委 alone; a
# representative speaks for a group, S38/29; a 党代表, a congress delegate, holds a post: S26/29)
_LABEL = re.compile(r"(?:成员|领导|介绍人|(?<!党)代表)$")
# the post word is a title's last two characters: 书记, 院长, 委员, 主任, 组长, 织员
_POST_WORD = 2


def joined(mentions: list[list[str]], names: set[str]) -> list[str]:
    """The first mention's titles, then each post a later mention adds; a list label alone gives
    way to a post ("药学院党政领导班子成员X" in a list, then "药学院党委书记X作报告": the post)."""
    titles = list(mentions[0])
    for later in mentions[1:]:
        added = [t for t in later if _post(t, names) and not _told(t, titles)]
        if added and all(_LABEL.search(t) for t in titles):
            titles = []
        titles += added
    return titles


def _post(title: str, names: set[str]) -> bool:
    """No list label, nor a reader's slip holding a person's name ("A馆长、B书记" read as B's)."""
    return not _LABEL.search(title) and not any(n in title for n in names)


def _told(title: str, titles: list[str]) -> bool:
    return any(_same_post(title, t) for t in titles)


def _same_post(one: str, other: str) -> bool:
    return one[-_POST_WORD:] == other[-_POST_WORD:]


# where the clause holding the posts before a comma starts, and how far back it may
_CLAUSE_STOP = re.compile(r"[，。；：！？\n]")
_REACH = 60
# an inviting verb before the posts: "讲座邀请A大学纪委委员，B集团纪委书记X"
_INVITED = re.compile(r"^.{0,60}?(?:邀请了?|特邀)")
# a post is a short phrase with no number ("…支部召开2020年度组织生活会…" is a clause)
_POST_LENGTH = 12


def before_comma(text: str, at: int, names: set[str]) -> list[str]:
    """The posts of one mention written before a comma ("学院副院长，…党支部书记X"), which the
    readers take for a clause's end: the 、-parts back to the clause's start or to the element
    of the person before ("…书记Y、研究生辅导员，…书记X")."""
    if at <= 0 or text[at - 1] != "，":
        return []
    reach = max(0, at - 1 - _REACH)
    start = max((m.end() for m in _CLAUSE_STOP.finditer(text, reach, at - 1)), default=reach)
    parts = _INVITED.sub("", text[start : at - 1]).split("、")
    posts: list[str] = []
    while parts and _short_post(parts[-1], names):
        posts.insert(0, parts.pop())
    return [] if start == reach or parts and _post(parts[-1], names) else posts


def _short_post(part: str, names: set[str]) -> bool:
    short = len(part) <= _POST_LENGTH and not any(c.isdigit() for c in part)
    return short and is_title(part) and _post(part, names)
