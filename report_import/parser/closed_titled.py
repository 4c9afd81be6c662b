"""A list of people each closed by an honorific or a post after the name, a title before it.

`at_work` reads names that stand at a clause's start, alone or in a list that one honorific or
post closes (`郁文涛和蔺晓帆两位同志`). Here each element closes itself, and a title or a unit may
stand before the name: "学生第一党支部书记丁瑞丽同志、学生第二党支部徐向明同志分别…",
"硕8085支部竺晋同志提出…", "徐振斌馆长和杨进勇副馆长带领…", "在支部书记A同志、纪检委员B同志…
的带领下". The honorific tells where the name ends; the title before it tells where it starts
(`bounded.titled_name_in_span`: a title that ends exactly where a name starts).
"""

import re

from . import lexicon as lx
from . import nlp
from .bounded import titled_name_in_span
from .names import Registry, valid_name
from .people import Participant

_NO_ONE = Registry()

_HONOUR = r"(?:同志|老师|同学)"
_POST = r"副?(?:书记|馆长|院长|校长|主任|部长|处长|组长|主席)"
# An element: a title (or unit) and a name closed by an honorific, or a name closed by a post.
# Not 的 (a description: "在…发展的第一位党员"), no quote or title mark (a title of a work).
_IN = r"[^，。；、和与及的\s《》“”\"]"
_ELEMENT = rf"(?:{_IN}{{2,25}}?{_HONOUR}|{_IN}{{2,25}}?{_POST})"
ELEMENTS = re.compile(
    rf"(?P<list>{_ELEMENT}(?:[、和]{_ELEMENT}){{0,8}})"
    # a predicate follows: not a possessive, a copula, a plural, a list going on, an appointment
    r"(?=[^的是为们、，和与及等])(?!担任|当选)"
)
_SPLIT = re.compile(rf"(?P<who>[^、和]+?)(?:(?P<honour>{_HONOUR})|(?P<post>{_POST}))(?:[、和]|$)")


def read_at_start(m: re.Match, offset: int, bare_name) -> list[Participant]:
    """The people of an `ELEMENTS` match at a clause's start. One titled name closed by an
    honorific alone ("硕8085支部竺晋同志提出") is not read: it lowered the validation set (a
    titled person told of, as a model or in a story, has that form too); a list of them, or a
    name a post closes, is."""
    listed = m.group("list")
    if len(_SPLIT.findall(listed)) == 1 and not _SPLIT.fullmatch(listed).group("post"):
        return []
    return read_elements(listed, offset + m.start("list"), bare_name)


def read_elements(listed: str, at: int, bare_name) -> list[Participant]:
    """Each element's person, or nobody when one element is not a (titled) name. `bare_name` tells
    whether a name standing without a title is one (the caller's test)."""
    people = []
    for m in _SPLIT.finditer(listed):
        who, post = m.group("who"), m.group("post")
        start = at + m.start("who")
        if 2 <= len(who) <= 3 and bare_name(who):
            person = Participant(who, None, [], start, start + len(who))
        else:
            person = titled_name_in_span(who, start, closed=True)
            if person is None or not _name(person.name, post):
                return []
        titles = list(person.titles) + ([post] if post else [])
        people.append(Participant(person.name, None, titles, person.start, person.end))
    return people


def _name(name: str, post: str | None) -> bool:
    """A name the readers accept; or, closed by an honorific, one they need not list (竺晋) that
    is no word and holds no preposition's or unit's character ("所有党员同志").
    A post may end a unit too ("党委宣传部副部长"), so the name before it must be one they accept."""
    if valid_name(name, _NO_ONE, titled=True):
        return True
    return not post and nlp.word_tag(name) is None and not any(ch in lx.NOT_IN_NAME for ch in name)
