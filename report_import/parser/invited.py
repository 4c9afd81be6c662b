"""The speaker a meeting invited: "会议邀请科研院项目管理中心主任李占英，从…", "邀请马克思主义分院
许春博士作《…》专题报告", "特别邀请了胡奈赛老教授与全体支部党员分享…".

The agenda reads an invited speaker when the verb after the name is one it lists (作…报告); here
the name is read off what closes it instead: an academic rank or an honorific after it, or the
comma. The golds of sets 18–20 count every invited speaker present (5 reports of 2 sets).
"""

import re

from . import cues
from .names import Registry, org_value, valid_name
from .people import Participant, is_title

_NO_ONE = Registry()
# 邀请, the title or unit and the name (no list, no quote), then what closes the name.
_INVITED = re.compile(
    r"邀请(?:了)?(?P<who>[^，。；：、《》“”]{2,30}?)"
    r"(?:(?P<rank>老?(?:副教授|教授|院士|研究员))|(?:博士|同志|老师)|(?=，))"
)


def invited(text: str) -> list[Participant]:
    """Each invited speaker the text names, with his title (and rank)."""
    found = []
    for m in _INVITED.finditer(text):
        person = _title_and_name(m.group("who"))
        if person:
            title, name = person
            titles = with_rank([title] if title else [], m.group("rank"))
            start = m.start("who") + len(title)
            found.append(Participant(name, None, titles, start, start + len(name)))
    return found


def _title_and_name(who: str) -> tuple[str, str] | None:
    """The span as a title (a post or a unit, or nothing) and a name of two or three characters
    the readers accept, the title ending where the name starts."""
    for n in (3, 2):
        title, name = who[:-n], who[-n:]
        if title and not (is_title(title) or org_value(title)):
            continue
        if valid_name(name, _NO_ONE, titled=bool(title)):
            return title, name
    return None


def with_rank(titles: list[str], rank: str | None) -> list[str]:
    """The titles with an academic rank written after the name: after a unit it completes the
    unit (经济与管理学院 + 教授 → 经济与管理学院教授: unit and post are one title), else it is a
    title of its own (文学院院长, 教授)."""
    if not rank:
        return titles
    if titles and not is_title(titles[-1]):
        return [*titles[:-1], titles[-1] + rank]
    return [*titles, rank]


def rank_after(text: str, at: int) -> str | None:
    """The academic rank written at `at`, right after a name ("王本朝教授对…", "吴明红院士主持")."""
    m = cues.RANK_AFTER_NAME.match(text, at)
    return m.group() if m else None
