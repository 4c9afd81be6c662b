"""Lists of people and the subjects of clauses as the genre writes them: `校党委副书记、副校长孙宏斌`,
`校领导A、B、C`, `机关党委科研院党支部`, `第二批…标兵、光电工程学院学生`.

Where one name or title ends and the next starts is `names.py`'s; here the elements of a list
are read in order (a title standing alone goes to the next name, a label to the bare names after
it, titles left without a person are groups) and a clause's subject is told from its predicate.
"""

import re
from dataclasses import dataclass

from . import cues
from . import lexicon as lx
from .names import (
    Registry,
    bracket_depths,
    is_title,
    org_value,
    person_name,
    split_title_name,
    split_top,
    valid_name,
)

_COUNT_TAIL = re.compile(r"等(?:[\d一二两三四五六七八九十百余多]+(?:名|位|个|家|人|支|批))?")


@dataclass
class PersonRef:
    name: str
    titles: list[str]
    start: int  # offsets in the cleaned text
    end: int
    label: bool = False  # titles only come from a list label such as 校领导


@dataclass
class Participant:
    """One speaker of an agenda item: a person, or a unit when no person is named."""

    name: str | None
    org: str | None
    titles: list[str]
    start: int
    end: int


_AND_SPLIT = re.compile(r"以及|和|及|与|同(?!志)")


def _and_parts(text: str, start: int, registry: Registry) -> list[tuple[str, int]]:
    """Split `A和B` where A is complete on its own: a person, a title or a group noun."""
    depths = bracket_depths(text)
    for m in _AND_SPLIT.finditer(text):
        if depths[m.start()] or m.start() == 0 or m.end() >= len(text):
            continue
        left = text[: m.start()]
        title, name = split_title_name(left, registry)
        if name or is_title(left) or lx.GROUP_WORD_RE.search(left):
            rest = _and_parts(text[m.end() :], start + m.end(), registry)
            return [(left, start), *rest]
    return [(text, start)]


_HEADCOUNT_TAIL = re.compile(
    # a whole number: a start inside a run of digits retried every suffix of it
    r"(?:共|约|近|计)?(?<![\d一二两三四五六七八九十百千])[\d一二两三四五六七八九十百千]+(?:余|多)?(?:人|名|位)(?:次)?$"
)


def strip_count_tail(text: str) -> str:
    """`A、B等12名二级党组织书记` → `A、B`; `中层干部等` → `中层干部`; `党员代表共60余人` → `党员代表`."""
    if text.rstrip("\n").endswith(("人", "名", "位", "次")):  # the pattern tries every position
        text = _HEADCOUNT_TAIL.sub("", text)
    depths = bracket_depths(text)
    for m in _COUNT_TAIL.finditer(text):
        if depths[m.start()]:
            continue
        rest = text[m.end() :]
        if (
            "、" not in rest
            and "，" not in rest
            and (not rest or is_title(rest) or lx.GROUP_WORD_RE.search(rest))
        ):
            return text[: m.start()]
    return text


def parse_people_list(
    text: str, offset: int, registry: Registry
) -> tuple[list[PersonRef], list[tuple[str, int, int]]]:
    """A list of people and groups: (people with titles, unnamed groups with spans).

    Titles standing alone attach to the next named person (`校党委副书记、副校长孙宏斌`); a
    label such as 校领导 or 入党介绍人 carries over to the bare names after it; titles left
    without a person at the end of the list are groups (`中层干部、党支部书记代表`).
    """
    text = strip_count_tail(text)
    elements: list[tuple[str, int]] = []
    for s, e in split_top(text, "、，,；"):
        part = text[s:e].strip()
        if part:
            elements.extend(
                _and_parts(part, offset + s + (len(text[s:e]) - len(text[s:e].lstrip())), registry)
            )
    people: list[PersonRef] = []
    groups: list[tuple[str, int, int]] = []
    pending: list[tuple[str, int]] = []
    label: list[str] | None = None
    for part, start in elements:
        title, name = split_title_name(part, registry)
        # "副院长董鸿智、孔宪和、杨斌": 和 ends the name; "副院长杨裕民、党连生": a rare surname
        if not name and (
            _whole_name_ending_in_and(part, registry)
            or not pending
            and _name_in_a_run(part, people, text[: start - offset])
        ):
            title, name = None, part
        if name:
            # "学生党支部全体党员、预备党员、党总支副书记屈陆": the groups before are no titles
            groups += [(t, s, s + len(t)) for t, s in pending if lx.PLURAL_GROUP_RE.search(t)]
            pending = [(t, s) for t, s in pending if not lx.PLURAL_GROUP_RE.search(t)]
            if title or pending:
                titles = _one_office([t for t, _ in pending] + ([title] if title else []))
                is_label = len(titles) == 1 and bool(lx.DISTRIBUTIVE_LABEL_RE.search(titles[0]))
                people.append(
                    PersonRef(
                        name,
                        titles,
                        pending[0][1] if pending else start,
                        start + len(part),
                        bool(lx.GENERIC_LABEL_RE.match(titles[0])) if is_label else False,
                    )
                )
                label = titles if is_label else None
            else:
                is_generic = bool(label and lx.GENERIC_LABEL_RE.match(label[0]))
                if not label and _joined_to_titled(people, text, offset, start):
                    label = people[-1].titles  # "副院长孙丽和钱伟": 钱伟 is a 副院长 too
                elif not label and _listed_after_titled(people, text, offset, start):
                    label = people[-1].titles  # "副院长董鸿智、孔宪和": the post is theirs too
                people.append(
                    PersonRef(name, list(label or []), start, start + len(part), is_generic)
                )
            pending = []
        elif title:
            pending.append((title, start))
    # "党委组织部、纪委办公室负责同志": the units before the last share its people noun.
    tail = _group_tail(pending[-1][0]) if pending else None
    for title, start in pending:
        if (
            tail
            and not title.endswith(tail)
            and org_value(title, registry)
            and not lx.GROUP_WORD_RE.search(title)
        ):
            title += tail
        groups.append((title, start, start + len(title)))
    return people, groups


def _one_office(titles: list[str]) -> list[str]:
    """ "纪委、监察专员办公室综合室副主任", "图书馆学、情报学党支部书记": a part without a post
    shares the post after it."""
    out: list[str] = []
    for t in titles:
        if out and not is_title(out[-1]) and not cues.TITLE_IS_CLAUSE.search(out[-1]):
            out[-1] += "、" + t
        else:
            out.append(t)
    return out


def _joined_to_titled(people: list[PersonRef], text: str, offset: int, start: int) -> bool:
    """Whether a bare name follows a person with one title, joined by 和/及/与."""
    if not people or len(people[-1].titles) != 1:
        return False
    return text[people[-1].end - offset : start - offset] in _AND_WORDS


def _listed_after_titled(people: list[PersonRef], text: str, offset: int, start: int) -> bool:
    """Whether a bare name follows, after 、, a person with one post: the post is shared."""
    if not people or not people[-1].titles or people[-1].label:
        return False
    return text[people[-1].end - offset : start - offset] == "、"


def _name_in_a_run(part: str, people: list[PersonRef], before: str) -> bool:
    """A short element right after a named person in a 、-list (`before` ends with that person
    and 、), that is no post and no noun for people, is a name whose surname the readers do not
    know (党连生, 沃斌峰)."""
    return (
        bool(people)
        and before.endswith(people[-1].name + "、")
        and 2 <= len(part) <= 3
        and bool(_HAN_ONLY.fullmatch(part))
        and not is_title(part)
        and not org_value(part)
        and person_name(part) == part
    )


_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")


def _whole_name_ending_in_and(part: str, registry: Registry) -> bool:
    """A list element of three characters ending in 和 (孔宪和, 王启和): nothing follows for
    和 to join, so it ends the name."""
    return (
        len(part) == 3
        and part[-1] in lx.LAST_IN_TITLED_NAME
        and valid_name(part, registry, titled=True)
    )


def _group_tail(text: str) -> str | None:
    """The people noun after a unit: `纪委办公室负责同志` → `负责同志`."""
    for k in range(len(text) - 2, 1, -1):
        if org_value(text[:k]) and lx.GROUP_WORD_RE.search(text[k:]) and len(text) - k <= 8:
            tail = text[k:]
            if not org_value(tail):
                return tail
    return None


def element_type(piece: str, registry: Registry) -> str | None:
    """ "person", "org" or "title" when the piece can be one element of a subject list."""
    if lx.PREDICATE_OPENING_RE.match(piece):
        return None
    title, name = split_title_name(piece, registry) if len(piece) <= 45 else (piece, None)
    if name and (title or valid_name(name, registry, titled=False)):
        return "person"
    if lx.NOT_A_SUBJECT_START_RE.match(piece):
        return None  # "并代表支部", "依次向学院党委": a predicate, not a unit
    if org_value(piece, registry):
        return "org"
    if is_title(piece):
        return "title"
    return None


_SEPARATORS = ("以及", "、", "和", "与", "及", "，")
_AND_WORDS = ("和", "及", "以及", "与")


@dataclass
class Subject:
    kind: str  # "people" (persons and/or units), "meeting", "pronoun" or "none"
    groups: list[list[tuple[str, int, int, str]]]  # per comma part: (text, start, end, type)
    end: int  # offset in the clause where the predicate starts
    whole: bool = False  # the clause is nothing but the subject
    text: str = ""  # the clause the offsets point into


def parse_subject(text: str, registry: Registry) -> Subject:
    """Read the subject at the start of a clause: a 、-list of people or units, the meeting, a pronoun.

    The subject ends where the predicate starts: an adverb, a preposition or an agenda verb.
    Among the possible ends of each element the shortest one that a separator, a follower or
    the end of the clause can follow is taken.
    """
    m = lx.MEETING_SUBJECT_RE.match(text)
    if m:
        return Subject("meeting", [], m.end())
    m = lx.PRONOUN_RE.match(text)
    if m:
        return Subject("pronoun", [], m.end())
    if lx.ADVERB_NOT_SUBJECT_RE.match(text) or lx.VERB_NOT_SUBJECT_RE.match(text):
        return Subject("none", [], 0)
    depths = bracket_depths(text) + [0]
    ends = {m.start() for m in _MAY_FOLLOW.finditer(text)}
    groups: list[list[tuple[str, int, int, str]]] = [[]]
    pos = 0
    while pos < len(text):
        chosen = _element_at(text, pos, depths, ends, registry, listing=bool(groups[-1]))
        if not chosen:
            break
        j, typ, how, skip = chosen
        groups[-1].append((text[pos:j], pos, j, typ))
        if how == "tail" and text[j] != "等" and lx.count_value(text[j]) != sum(map(len, groups)):
            break  # "A和B三位同志": a count that is not the list's
        if how == "end":
            return Subject("people", groups, j, whole=True, text=text)
        if how in ("follow", "tail"):
            return Subject("people", groups, j + skip, text=text)
        if text[j] == "，":
            groups.append([])
        pos = j + skip
    # The list ran into something that is not a subject: nothing followed it as a predicate.
    return Subject("none", [], 0)


def _element_at(
    text: str, pos: int, depths: list[int], ends: set[int], registry: Registry, *, listing: bool
) -> tuple[int, str, str, int] | None:
    """The element of a subject list starting at pos: (end, type, how it goes on, skip).

    `depths`: bracket depth before each character; `ends`: the offsets where the clause can go
    on after an element (`_MAY_FOLLOW`)."""
    whole = pos + 3  # "副院长陶立新、孔令和、苏敏": 和 ends a name that a separator follows
    if text[whole : whole + 1] in ("", "、", "，") and _whole_name_ending_in_and(
        text[pos:whole], registry
    ):
        choice = _continuation(text, whole, "person", listing=listing)
        if choice:
            return choice
    choices = []
    for j in range(pos + 2, min(len(text), pos + 60) + 1):
        if text[j - 1] in "、，" and not depths[j - 1]:
            break  # an element never spans a top-level separator
        if depths[j - 1] and j < len(text) and depths[j]:
            continue  # inside quotes
        # Where the clause can go on is cheap to test; what the element is, is not.
        if j not in ends:
            continue
        typ = element_type(text[pos:j], registry)
        choice = _continuation(text, j, typ, listing=listing) if typ else None
        if choice:
            choices.append(choice)
            if typ == "person":
                break
    # The shortest element that can stand, except that a person beats a bare title or unit
    # followed by what only looks like a predicate ("党员" + "代表马一鸣…", "党委" + "组织部部长…").
    people = [c for c in choices if c[1] == "person"]
    first = choices[0] if choices else None
    shadowed = first and first[1] in ("title", "org") and first[2] == "follow"
    return people[0] if people and shadowed else first


# Where an element of a subject list may end: before a separator, a follower (an adverb, a
# preposition, an agenda verb …) or the clause's end; not before an honorific 同志 that ends
# the element ("党支部书记郑华同志，…": 同 is no "with"). Found for a whole clause at once.
_MAY_FOLLOW = re.compile(
    r"(?!同志(?:[，、和与及]|\Z))(?=\Z|[、，和与及等]|以及|[两二三四五六七八九十][名位]|"
    + lx.FOLLOWER_RE.pattern
    + ")"
)
# "A、B、C三位老师分别…": the count of a list without 等 is the list itself, each one named.
_APPOSED_COUNT = re.compile(r"[两二三四五六七八九十][名位]")


def _continuation(
    text: str, j: int, typ: str, *, listing: bool = False
) -> tuple[int, str, str, int] | None:
    """How the clause goes on after an element ending at j, if an element may end there.

    和/与 join units only as the last link of a 、-list ("A、B和C"): unit names contain 与.
    """
    rest = text[j:]
    if not rest:
        return (j, typ, "end", 0)
    sep = next((s for s in _SEPARATORS if rest.startswith(s)), None)
    if sep and (sep in "、，" or typ in ("person", "title") or (listing and sep != "与")):
        return (j, typ, "sep", len(sep))
    tail = _COUNT_TAIL.match(rest) or (_APPOSED_COUNT.match(rest) if listing else None)
    if tail and tail.end() > 0:
        after = _skip_group_noun(rest, tail.end())
        if after is not None:
            return (j, typ, "tail", after)
    if lx.FOLLOWER_RE.match(rest):
        return (j, typ, "follow", 0)
    return None


def _skip_group_noun(rest: str, k: int) -> int | None:
    """After `等12名`, skip `二级党组织书记` up to the predicate: offset of the predicate or None."""
    if k >= len(rest):
        return k
    if lx.FOLLOWER_RE.match(rest, k):
        return k
    for j in range(k + 2, min(len(rest), k + 20) + 1):
        noun = rest[k:j]
        if (is_title(noun) or lx.GROUP_WORD_RE.search(noun) or org_value(noun)) and (
            j == len(rest) or lx.FOLLOWER_RE.match(rest, j)
        ):
            return j
    return None


def participants(subject: Subject, offset: int, registry: Registry) -> list[Participant]:
    """The speakers a subject names, each with the titles written before it.

    With several comma parts (`A，称号、B，称号、C学院学生`) each part is one speaker and the
    elements before its last are its titles; with one part the 、-elements are the speakers and
    a title standing alone belongs to the person after it.
    """
    result: list[Participant] = []
    groups = [g for g in subject.groups if g]
    if len(groups) > 1 and any(sum(el[3] == "person" for el in g) > 1 for g in groups):
        # "学院党委副书记、院长A，副院长B和C": each part is a list of its own.
        return [
            p
            for g in groups
            for p in participants(Subject("people", [g], 0, text=subject.text), offset, registry)
        ]
    if len(groups) > 1:
        for group in groups:
            *heads, last = group
            p = _participant(last, offset, registry)
            if p is None:
                continue
            p.titles = [h[0] for h in heads] + p.titles
            p.start = offset + heads[0][1] if heads else p.start
            result.append(p)
        return result
    pending: list[tuple[str, int, int, str]] = []
    label: list[str] = []
    for element in groups[0] if groups else []:
        if element[3] == "title":
            pending.append(element)
            continue
        p = _participant(element, offset, registry)
        if p is None:
            continue
        if pending:  # a plural group before the person is no title of theirs
            p.titles = [t[0] for t in pending if not lx.PLURAL_GROUP_RE.search(t[0])] + p.titles
            p.start = offset + pending[0][1]
            pending = []
        joined = result and subject.text[result[-1].end - offset : element[1]] in _AND_WORDS
        if p.name and not p.titles and joined and result[-1].name:
            p.titles = list(result[-1].titles)  # "副院长A和B": B is a 副院长 too
        elif p.name and not p.titles and label:
            p.titles = list(label)  # 入党介绍人刘畅、何俊峰
        elif p.name:
            single = len(p.titles) == 1 and lx.DISTRIBUTIVE_LABEL_RE.search(p.titles[0])
            label = list(p.titles) if single else []
        result.append(p)
    return result


def _participant(element, offset: int, registry: Registry) -> Participant | None:
    text, start, end, typ = element
    if typ == "person":
        title, name = split_title_name(text, registry)
        if name:
            return Participant(name, None, [title] if title else [], offset + start, offset + end)
    org = org_value(text, registry)
    if org:
        return Participant(None, org, [], offset + start, offset + end)
    return None
