"""Names, titles and units as the genre writes them: where a title ends and a name starts
(`校党委副书记李晋平`, `郑强书记`, `第二党支部王家兰书记`), what a unit or a title looks like, and the
registry of names the parser trusts. The list and subject readers in `people.py` build on these.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import lexicon as lx
from . import nlp

CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
_OPENERS = "“‘《（(「『【"
_CLOSERS = "”’》）)」』】"


_BRACKET_MARK = re.compile(f"[{re.escape(_OPENERS + _CLOSERS)}]")


def bracket_depths(text: str) -> list[int]:
    """Nesting depth of quotes and brackets before each character (0 = top level)."""
    # Only the marks change the depth: the runs between them are filled in whole.
    depths: list[int] = []
    depth = at = 0
    for mark in _BRACKET_MARK.finditer(text):
        i, ch = mark.start(), mark.group()
        depths += [depth] * (i - at)
        if ch in _CLOSERS and depth:
            depth -= 1
        depths.append(depth)
        if ch in _OPENERS:
            depth += 1
        at = i + 1
    depths += [depth] * (len(text) - at)
    return depths


@lru_cache(maxsize=16)
def _separator_re(separators: str) -> re.Pattern:
    return re.compile(f"[{re.escape(separators)}]")


def split_top(text: str, separators: str) -> list[tuple[int, int]]:
    """(start, end) of the parts of text between top-level separator characters."""
    depths = bracket_depths(text)
    parts, start = [], 0
    for separator in _separator_re(separators).finditer(text):
        i = separator.start()
        if depths[i] == 0:
            parts.append((start, i))
            start = i + 1
    parts.append((start, len(text)))
    return parts


@dataclass
class Registry:
    """The names the parser trusts: the archive's, then those read off unambiguous lists."""

    known: dict[str, str] = field(default_factory=dict)  # fold(name) -> name as the archive has it
    found: set[str] = field(default_factory=set)
    orgs: dict[str, str] = field(default_factory=dict)

    def is_known(self, name: str) -> bool:
        return name in self.found or name in self.known  # callers pass cleaned (folded) text

    def name_at_end(self, piece: str) -> str | None:
        """The longest trusted name the piece ends with (set look-ups, not a scan of the archive)."""
        for n in range(min(len(piece), 6), 1, -1):
            tail = piece[-n:]  # cleaned text is already folded: no conversion needed
            if tail in self.found:
                return tail
            if tail in self.known:
                return self.known[tail]
        return None

    def add(self, name: str) -> None:
        self.found.add(name)

    def copy(self) -> "Registry":
        """A registry a pass may teach names to without changing the one it was given."""
        return Registry(self.known, set(self.found), self.orgs)


def is_title(text: str) -> bool:
    return (
        1 < len(text) <= 40
        and bool(lx.TITLE_END_RE.search(text))
        and "，" not in text
        and not lx.MEETING_SUBJECT_RE.fullmatch(text)
        and not lx.TITLE_NOT_START_RE.match(text)
    )


def org_value(text: str, registry: Registry | None = None) -> str | None:
    """The unit a phrase names (without a trailing 学生/代表), or None when it names none."""
    if not text or len(text) > 50 or "，" in text or "了" in text:
        return None  # a clause with 了 is a predicate ("点评既充分肯定了…各支部"), not a unit
    if registry and text in registry.orgs:
        return registry.orgs[text]
    if lx.ORG_END_RE.search(text) and len(text) >= 2:
        return text
    stripped = lx.ORG_PEOPLE_TAIL_RE.sub("", text)
    if stripped != text and len(stripped) >= 3 and lx.ORG_END_RE.search(stripped):
        return stripped
    return None


_WRITERS_UNIT = {"我院": "学院", "本院": "学院", "我校": "学校", "本校": "学校"}


def as_writ(text: str, college: str = "学院") -> str:
    """ "我院二层会议室" → 学院二层会议室, "我院党委书记" → 学院党委书记: a record names the
    writer's own unit as the archive does, not as the writer does (a hospital's 我院 is 医院)."""
    head = _WRITERS_UNIT.get(text[:2])
    head = college if head == "学院" else head
    return head + text[2:] if head and len(text) > 2 else text


# What valid_name accepts starts with one of these, unless the registry knows the name.
_NAME_STARTS = lx.TITLED_SURNAMES | {surname[0] for surname in lx.COMPOUND_SURNAMES}


def _surname_ok(name: str, *, titled: bool = False) -> bool:
    surnames = lx.TITLED_SURNAMES if titled else lx.SURNAMES
    return name[:2] in lx.COMPOUND_SURNAMES or name[0] in surnames


def valid_name(name: str, registry: Registry, *, titled: bool) -> bool:
    """Whether a 2–4 character string can be a personal name here."""
    if registry.is_known(name) or TRANSLITERATED_NAME.fullmatch(name):
        return True
    if not 2 <= len(name) <= 4 or not CJK_ONLY.fullmatch(name):
        return False
    if len(name) == 4 and name[:2] not in lx.COMPOUND_SURNAMES:
        return False
    if name.startswith(lx.NOT_A_NAME_START):
        return False
    allowed = lx.IN_TITLED_NAME if titled else frozenset()
    if titled and len(name) == 3 and name[-1] in lx.LAST_IN_TITLED_NAME:
        allowed = allowed | {name[-1]}  # "校纪委书记王启和": nothing follows for 和 to join
    if titled and len(name) == 3 and name[1] in "向和以":
        # "党委书记刘向兵", "党委副书记李和新", "支部书记陶以宁": 向, 和 or 以 between a surname and a
        # given name is no preposition or conjunction (a one-character name before it is none)
        allowed = allowed | {name[1]}
    if not _surname_ok(name, titled=titled) or any(
        ch in lx.NOT_IN_NAME and ch not in allowed for ch in name[1:]
    ):
        return False
    if titled:  # … but an adverb, a common adjective or a common verb after a title is no name
        # ("班子成员相继进行…", "新党员庄严宣誓", "左书记强调", "支部书记宣布"; 常乐 is rare
        # enough to be a name)
        return not (len(name) == 2 and _adverb_adjective_or_verb(name))
    # An untitled string must not be an ordinary dictionary word (高度, 全面, 文件 …), nor start
    # with a verb or an adverb ("查找存在问题" is no 查找存).
    tag = nlp.word_tag(name)
    if len(name) == 3 and (nlp.word_tag(name[:2]) or "nr")[0] in "vd":
        return False
    return tag is None or tag.startswith("nr")


def person_name(name: str) -> str | None:
    """The name as a person's name, or None for a word the readers let through: a noun for
    people in general (师生, 师生们), a meeting's noun (向大会); "陈范等" is 陈范."""
    if len(name) > 2 and name.endswith("等"):
        name = name[:-1]
    if name.startswith(lx.PEOPLE_NOUNS) or name[1:] in lx.PEOPLE_NOUNS:
        return None  # "讲解员向大家详细解说": 向 is a surname, but not before 大家
    if any(word in name for word in lx.NAME_NEVER_HOLDS):
        return None
    return name


def _adverb_adjective_or_verb(word: str) -> bool:
    tag = nlp.word_tag(word) or "nr"
    return tag.startswith("d") or (tag[0] in "av" and nlp.word_freq(word) >= 500)


_HONORIFICS = ("副教授", "教授", "院士", "博士", "同志", "老师")


def split_title_name(piece: str, registry: Registry) -> tuple[str | None, str | None]:
    """`校党委副书记李晋平` → ("校党委副书记", "李晋平"); `中层干部` → ("中层干部", None)."""
    piece = piece.strip()
    if piece.startswith("由") and len(piece) > 4:
        piece = piece[1:]  # "由党支部书记马树振": the preposition is not part of the title
    if "由" in piece:
        piece = _MEETING_BY.sub("", piece)  # "本次党课由学院党委书记周泛海…主讲"
    if "邀" in piece:
        piece = _INVITED_BY.sub("", piece)  # "此次报告会邀请马克思主义学院副教授张杰作…"
    honorific = piece.endswith(_HONORIFICS) and next(h for h in _HONORIFICS if piece.endswith(h))
    if honorific and len(piece) > len(honorific) + 1:
        title, name = split_title_name(piece[: -len(honorific)], registry)
        if name and title:  # "…辅导员南亚娟副教授": the post before the name is the title
            return title, name
        if name and honorific in ("同志", "老师"):
            return title, name
    if not piece:
        return None, None
    name = registry.name_at_end(piece)
    if name:
        prefix = piece[: -len(name)]
        if not prefix or is_title(prefix):
            return prefix or None, name
    candidates = _name_candidates(piece, registry)
    if candidates:
        return candidates[0]
    # Name before an honorific post: "郑强书记", "孙宏斌同志".
    m = _NAME_THEN_POST.match(piece)
    if m and valid_name(m.group("name"), registry, titled=False):
        return m.group("post"), m.group("name")
    return _unit_name_post(piece, registry) or (piece, None)


# "艾力江·买买提明", "古丽娜・热合曼": a Uyghur (or other transliterated) name, its parts joined
# by a middle dot (S20/22, S26/02, S26/03); a theme's dot ("初心·使命") stands in quotes or a
# headline, where no title or post comes with it.
TRANSLITERATED_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}[·・][\u4e00-\u9fff]{2,6}")
_DOTTED_AT_END = re.compile(r"(?P<first>[\u4e00-\u9fff]{2,8})[·・][\u4e00-\u9fff]{2,6}$")
# (老师 and 同志 after a dotted name are honorifics, which split_title_name reads first)
_POST_AFTER_DOTTED = re.compile(r"(?:副?书记|副?院长|副?主任|同学)$")


def _transliterated(piece: str) -> tuple[str | None, str] | None:
    """A dotted name at the end of the piece, after a title or alone before a post
    (`团员代表艾力江·买买提明`, `古丽娜・热合曼书记`): the title is what is left before the
    shortest first part that leaves one."""
    if "·" not in piece and "・" not in piece:
        return None  # nearly every piece: spare the patterns
    post = _POST_AFTER_DOTTED.search(piece)
    if post and _DOTTED_AT_END.search(piece[: post.start()]):
        whole, name = split_title_name(piece[: post.start()], Registry())
        return (whole or post.group(), name) if name else None
    m = _DOTTED_AT_END.search(piece)
    if not m:
        return None
    first = m.group("first")
    for n in range(2, len(first) + 1):
        prefix = piece[: m.start("first") + len(first) - n]
        if not prefix or is_title(prefix):
            return prefix or None, piece[len(prefix) :]
    return None


def _unit_name_post(piece: str, registry: Registry) -> tuple[str, str] | None:
    """ "第二党支部王家兰书记", "第五督导组念潮旭组长": the unit before the name and the post
    after it make one title, 第二党支部书记."""
    post = _POST_AFTER_NAME.search(piece)
    if not post:
        return None
    head = piece[: post.start()]
    for n in (3, 2):
        unit, name = head[:-n], head[-n:]
        unit_ok = len(unit) >= 2 and (is_title(unit) or org_value(unit, registry))
        if unit_ok and valid_name(name, registry, titled=True):
            return unit + post.group(), name
    return None


def _name_candidates(piece: str, registry: Registry) -> list[tuple[str | None, str]]:
    """(title, name) splits of a piece with a 3-, 2- or 4-character name at its end, best first."""
    if lx.COLLECTIVE_TAIL_RE.search(piece):
        return []  # "学院领导班子": a body, not a person called 班子
    dotted = _transliterated(piece)
    if dotted:
        return [dotted]
    candidates = []
    for n in (3, 2, 4):
        if len(piece) < n:
            continue
        name, prefix = piece[-n:], piece[:-n]
        unlisted = name[0] not in _NAME_STARTS and not registry.is_known(name)
        if unlisted and not (n == 3 and prefix and _unlisted_surname(name)):
            continue  # no name, under a title or not: spare the title's tests
        titled = bool(prefix) and is_title(prefix)
        if (prefix and not titled and not lx.ORG_END_RE.search(prefix)) or (
            unlisted and not titled
        ):
            continue
        # "职能部门党委陆佳": after a unit the name must not be an ordinary word (师生, 党员)
        named = unlisted or valid_name(name, registry, titled=titled)
        if named and not _cuts_a_word(piece, len(prefix)):
            candidates.append((prefix or None, name))
    if len(candidates) > 1:
        # 3- or 2-character name: let jieba's segmentation of the piece decide.
        starts, names = token_starts(piece)
        candidates = (
            [c for c in candidates if c[1] in names]
            or [c for c in candidates if len(c[0] or "") in starts]
            or candidates
        )
    return candidates


def _unlisted_surname(name: str) -> bool:
    """ "党委副书记、院长颉潭成", "校党委书记弓永华": after a title, three characters that hold no
    character of a unit or a title and that the dictionary reads as no word, nor start with one,
    are a name whose surname the readers do not list (颉, 弓, 檀, 念 …)."""
    if not _may_start_a_surname(name[0]) or any(ch in lx.NOT_IN_NAME for ch in name):
        return False  # most pieces stop here, on one cached look-up
    if not CJK_ONLY.fullmatch(name):
        return False
    # … and the name is in no dictionary: a famous one (习近平) is a leader named elsewhere
    return nlp.word_tag(name) is None and (nlp.word_tag(name[:2]) or "nr").startswith("nr")


@lru_cache(maxsize=4096)
def _may_start_a_surname(ch: str) -> bool:
    """A rare character, and no adverb, preposition or pronoun (均, 也, 自, 别)."""
    return nlp.word_freq(ch) < _RARE_CHARACTER and (nlp.word_tag(ch) or "nr")[0] not in "dprcufmq"


# How often jieba's dictionary may have seen a character that starts an unlisted surname
# (颉 139, 弓 1020, 念 3978, 虎 4845; 作 28016, 均 20776, 间 23632 start ordinary words).
_RARE_CHARACTER = 5000


_MEETING_BY = re.compile(
    r"^(?:本次|此次)?[^、，由]{0,8}?(?:会议|大会|党课|活动|学习|讲座|报告会)由"
)
# "此次报告会邀请X作…" (but 特邀监察员 is a post: 特邀 before a post's noun stays)
_INVITED_BY = re.compile(
    r"^(?:本次|此次)?[^、，]{0,8}?(?:特别邀请|邀请|特邀(?!监察员|代表|嘉宾|专家|委员|顾问))(?:了|到)?"
)
_NAME_THEN_POST = re.compile(
    r"^(?P<name>[\u4e00-\u9fff]{2,3}?)(?P<post>(?:党?支部|党?总支|分?党委)?副?书记|副?校长|副?院长|副?主任|副?部长|副?处长|副?组长|教授|老师|主席)$"
)


_POST_AFTER_NAME = re.compile(r"(?:副?书记|副?校长|副?院长|副?主任|副?部长|副?处长|副?组长)$")


def _cuts_a_word(piece: str, at: int) -> bool:
    """ "职能部门要", "后勤部门工": the cut between a title and a name falls inside a word
    (部门) that jieba reads whole there — no name starts in the middle of a word."""
    if at == 0 or nlp.word_tag(piece[at - 1 : at + 1]) is None:
        return False
    return at not in token_starts(piece)[0]


def token_starts(text: str) -> tuple[set[int], set[str]]:
    """Offsets where jieba's tokens start, and the tokens it tags as person names."""
    starts, names, pos = set(), set(), 0
    for word, tag in nlp.tag_tokens(text):
        starts.add(pos)
        if tag.startswith("nr"):
            names.add(word)
        pos += len(word)
    return starts, names
