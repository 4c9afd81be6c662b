"""People at work in the telling whose name the sentence itself closes.

The subject reader (`people.parse_subject`) finds where a subject ends by what may follow it (an
adverb, a preposition, an agenda verb), so a person followed by a verb it does not list
(`任之同志庄严宣誓`, `吕凯淇同学表示`, `苏玉玲馆长领学`) is lost. Here the name's end is told by
what closes it: an honorific (`同志`, `老师`, `同学`) or a post written after the name (`馆长`,
`副主任`), at the start of a clause, with a predicate after it. And whoever an act is done
under (`在X的带领下`, `在X讲解下`) is at the meeting as well. The golds count all of them present.
"""

import re

from . import lexicon as lx
from . import nlp
from .bounded import titled_name_in_span
from .closed_titled import ELEMENTS, read_at_start, read_elements
from .names import CJK_ONLY, Registry, split_top, valid_name
from .people import Participant, parse_people_list
from .structure import strip_adverbials
from .titled_subject import titled_subject

# A clause: the text between two stops.
_CLAUSE = re.compile(r"[^，。；：！？\n]+")
# What may stand before the subject besides an adverbial: the meeting with 由 ("会议首先由X…"),
# 由 alone, 如 ("如X同志就提到…").
_BEFORE = re.compile(r"^(?:(?:本次)?(?:会议|大会|活动)?(?:首先|随后|接着|然后|最后)?由|如)")
# One name or a 、/和-list of names, a count that closes the list ("两位"), then the honorific
# or a post after the name, then the predicate's first character.
_CLOSED = re.compile(
    r"(?P<names>[\u4e00-\u9fff]{2,3}?(?:[、和][\u4e00-\u9fff]{2,3}?){0,8}?)"
    r"(?:(?P<n>\d{1,2}|[两二三四五六七八九十]{1,2})(?:名|位))?"
    r"(?:(?P<honour>同志|老师|同学)|(?P<post>副?(?:书记|馆长|院长|校长|主任|部长|处长|组长|主席)))"
    # not a possessive (…同志的事迹), a copula, a plural, nor an appointment the meeting made
    # ("A同志为组织委员", "由A、B五位同志担任支委委员")
    r"(?=[^的是为们、，和与及等])(?!担任|当选)"
)
# "教工第一党支部书记庞冬、…、本科生党支部书记曾子兴等6位…书记现场述职": a list at a clause's
# start that its count closes. When the count is the number of people listed the list is whole
# and they all act (the golds list them); a larger count makes them examples of a crowd.
# Bounded: a list of twenty titled names is under 400 characters, and an unbounded list scanned
# a clause of 200,000 characters once for every 、 in it.
_COUNTED = re.compile(
    r"(?P<list>[^，。；]{1,200}?、[^，。；]{1,200}?)等(?P<n>\d{1,2}|[两二三四五六七八九十]{1,2})(?:名|位)"
)
# "在党支部书记田晓萍同志的带领下", "在毛风华讲解下": the one the act is done under.
_UNDER = re.compile(r"在(?P<who>[^，。；在]{2,40}?)(?:的)?(?:带领|导学|讲解|领学|领读|引领)下")
_NO_ONE = Registry()


def named_at_work(text: str) -> list[Participant]:
    """Everyone the three readings find, in the order of the text."""
    found = []
    for clause in _CLAUSE.finditer(text):
        body = clause.group()
        skip = strip_adverbials(body)
        before = _BEFORE.match(body, skip)
        at = before.end() if before else skip
        m = _CLOSED.match(body, at)
        if m:
            found += _closed(m, clause.start())
        elif (m := ELEMENTS.match(body, at)) and (
            listed := _listed_at_start(m, clause.start())
        ) is not None:
            found += listed
        elif person := titled_subject(body, at, clause.start()):
            found.append(person)
        m = _COUNTED.match(body, at)
        if m:
            found += _whole(m, clause.start())
    for m in _UNDER.finditer(text):
        if ELEMENTS.fullmatch(m.group("who")):
            found += read_elements(m.group("who"), m.start("who"), _listed_name)
            continue
        people, _ = parse_people_list(m.group("who"), m.start("who"), _NO_ONE)
        found += [Participant(p.name, None, p.titles, p.start, p.end) for p in people]
    return sorted(found, key=lambda p: p.start)


def _listed_at_start(m: re.Match, offset: int) -> list[Participant] | None:
    """The people of `ELEMENTS`' list; None when it is one person's 、-list of posts that it
    took for people ("校党委副书记、纪委书记薛徽针对…"), whose name `titled_subject` reads."""
    people = read_at_start(m, offset, _listed_name)
    return None if not people and "、" in m.group("list") else people


def _closed(m: re.Match, offset: int) -> list[Participant]:
    names = re.split(r"[、和]", m.group("names"))
    if m.group("n") and _count(m.group("n")) != len(names):
        return []  # "A和B等三位同志": the count says the list is not all of them
    if len(names) == 1 and not _one_name(names[0]):
        return []
    if len(names) > 1 and not all(_listed_name(n) for n in names):
        return []
    titles = [m.group("post")] if m.group("post") else []
    out, at = [], offset + m.start("names")
    for name in names:
        out.append(Participant(name, None, list(titles), at, at + len(name)))
        at += len(name) + 1
    return out


def _whole(m: re.Match, offset: int) -> list[Participant]:
    listed, at = m.group("list"), offset + m.start("list")
    n = _count(m.group("n"))
    people, groups = parse_people_list(listed, at, _NO_ONE)
    if groups or len(people) != n:
        # each element is a titled name, its surname listed or not ("…书记轩文萍"): the count
        # vouches for the list, and a title that ends where the name starts bounds each one
        spans = split_top(listed, "、")
        people = [titled_name_in_span(listed[s:e], at + s) for s, e in spans]
        if len(people) != n or None in people:
            return []
    return [Participant(p.name, None, p.titles, p.start, p.end) for p in people]


def _one_name(name: str) -> bool:
    """A name standing alone: one the readers accept that the dictionary holds as no word (a
    leader or a hero told of, 习近平, 焦裕禄, is a word there)."""
    return valid_name(name, _NO_ONE, titled=False) and nlp.word_tag(name) is None


def _listed_name(name: str) -> bool:
    """An element of a list the honorific closes: the separators bound it, so a surname the
    readers do not list (别晓霜, 虎仕浩) is a name too, unless it is a word or holds a unit's
    character."""
    return (
        bool(CJK_ONLY.fullmatch(name))
        and nlp.word_tag(name) is None
        and not any(ch in lx.NOT_IN_NAME for ch in name)
    )


def _count(text: str) -> int:
    """ "两" → 2, "12" → 12, "十" → 10 (a count of one or two characters)."""
    if text.isdigit():
        return int(text)
    if text.startswith("十"):
        return 10 + lx.CN_DIGITS.get(text[1:], 0)
    return lx.CN_DIGITS.get(text[0], 0) * (10 if text.endswith("十") and len(text) == 2 else 1)
