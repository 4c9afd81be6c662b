"""The lead-clause pass: the sentence that names the meeting, its title and its kind.

"3月28日，校党委理论学习中心组举行2023年第3次集体学习。": the lead clause is the one whose verb
(召开/举行 …) names the meeting. A first line without date or full stop is the page's headline;
it names the meeting too and is used when the body names none.
"""

import re
from dataclasses import dataclass, field

from . import bodies as bd
from . import joined as jn
from . import lexicon as lx
from . import name_body as nb
from . import naming as mk
from . import patterns as pt
from . import title_forms as tf
from . import years as yr
from .committee_members import committee_members_meeting
from .names import Registry, org_value, token_starts
from .structure import Clause, Found, Text

# Forms of a meeting's name the lead pass alone reads.
_CONVENE_VERB_IN = re.compile(r"召开|举行|举办|开展|组织")
# "…学院2014年度处级干部考核工作在3204会议室召开": a name told by its year before the verb.
_YEAR_NAMED_BEFORE_VERB = re.compile(
    r"(?P<title>(?:19|20)\d{2}年度?[^，。；在于]{2,30}?)(?:(?:在|于)[^，。；]{0,30}?)?(?:隆重|顺利)?(?:召开|举行)"
)
# "召开全体党员大会，举行党支部换届选举大会": the members' meeting held a named one.
_BARE_MEMBERS_MEETING = re.compile(r"(?:全体)?(?:党员|支部|支部党员)大会")
_HELD_WITHIN = re.compile(
    r"(?:并|同时)?(?:组织)?(?:开展|举行|举办)(?:了)?(?P<title>[^，。；\n]{2,60})"
)
_QUOTED = re.compile(r"“[^“”]{2,30}”")
_STUDY_MEETING = re.compile(r"(?:学习|讨论)(?:会议|会)$")


@dataclass
class Lead:
    clause: Clause | None
    clauses: list[Clause]  # the clauses of the lead sentence
    title: Found | None
    kind: Found  # start -1: no span
    used: set[int] = field(default_factory=set)  # clauses read here, not agenda
    held_as: str = "其他"  # the kind its name and lead sentence tell ("…扩大会议，进行述职评议")


def read_lead(doc: Text, registry: Registry) -> Lead:
    lead, title, headline = _find_lead(doc, registry)
    lecture = lead is None and headline is None
    if lecture:  # the lecture's clause is also its agenda item: not used up here
        lead, title = _lecture(doc)
    used: set[int] = set()
    if lead is None and headline:
        lead, title = headline
    elif headline and lead:
        used.update(i for i, c in enumerate(doc.clauses) if c.sentence == headline[0].sentence)
    if lead and not lecture and title:
        title = _fuller_in_headline(title, headline[1] if headline else _named_line(doc, registry))
    if lead is None:
        lead = next((c for c in doc.clauses[:6] if pt.DATE_FULL.search(c.text)), None)
        title = _unnamed(doc, lead) or _joined(doc, lead, registry)
    title = _tidy_title(title)
    sentence_clauses = [c for c in doc.clauses if lead and c.sentence == lead.sentence]
    title = _held_within(title, lead, sentence_clauses) or title
    if title and not lecture:
        for c in sentence_clauses:
            if c.start <= title.start < c.end or c.end <= title.start:
                used.add(doc.clauses.index(c))
    held_as = _meeting_kind(doc, lead, _first_named(doc, title) or title, sentence_clauses)
    # a committee's own meeting is its plenary whatever its lead sentence says it did
    # ("召开党委委员会扩大会议，对党支部书记进行述职评议"; settled in session 13)
    own = title and mk.COMMITTEE_ENLARGED_MEETING.match(pt.ENLARGED.sub("扩大", title.value))
    kind = "党委全委会" if own else held_as
    if title:
        kind_found = Found(kind, title.start, title.end)
    elif lead:
        kind_found = Found(kind, *doc.sentences[lead.sentence])
    else:
        kind_found = Found(kind, -1, -1)
    return Lead(lead, sentence_clauses, title, kind_found, used, held_as)


def _meeting_kind(doc: Text, lead: Clause | None, title: Found | None, clauses: list[Clause]):
    kind = _kind(title.value if title else "", clauses)
    if kind == "其他" and lead and _study_of_centre_group(doc, lead, title):
        kind = "理论学习中心组学习"
    if kind == "其他" and _lesson_at_a_study(doc, title):
        kind = "党课"
    if kind == "其他" and mk.INVITED_LECTURE.search("".join(c.text for c in clauses)):
        kind = "党课"
    if kind == "党委常委会" and _plenary_of_a_college(doc, title, lead):
        kind = "党委全委会"
    if kind == "支部党员大会" and _committee_business(doc, title, lead):
        kind = "党委全委会"
    if kind == "其他" and title:
        kind = _by_its_business(doc, title.value)
    if kind in ("其他", "支部委员会") and lead and _elects_its_committee(doc, lead):
        kind = "支部党员大会"
    if kind == "其他" and lead:
        kind = _by_who_met(doc, lead, title) or kind
    if kind == "其他" and lead and title and _lecture_first(doc, lead, title):
        kind = "党课"
    kind = kind if kind != "其他" else _headline_kind(doc)
    if kind == "支部党员大会" and committee_members_meeting(doc, lead, title):
        kind = "其他"  # a college committee's members' meeting (session 14, decision 14)
    return kind


def _first_named(doc: Text, title: Found | None) -> Found | None:
    """ "X暨Y": the first meeting, when its name tells a kind (`title_forms.first_of_joined`)."""
    first = tf.first_of_joined(title.value) if title else None
    if not first or _kind(first, []) == _by_its_business(doc, first) == "其他":
        return None
    return Found(first, title.start, title.start + len(first))


def _headline_kind(doc: Text) -> str:
    """ "文学院开展“…”主题党日活动" over a body's "开展了“…”主题党活动": a meeting of no kind
    its body tells takes the one its headline names (a work meeting's word is no kind there)."""
    kind = kind_of("".join(line for _, line in headline_lines(doc, 3)))
    return "其他" if kind in _WORK_KIND_NAMES else kind


def _lecture_first(doc: Text, lead: Clause, title: Found) -> bool:
    """ "教工第三党支部开展…系列活动。当天，支部纪检委员…讲授了廉政专题党课": an activity of no
    named kind whose first act, told in its lead sentence or the next, is a lecture."""
    if not mk.ACTIVITY_NAME.search(title.value):
        return False
    last = min(lead.sentence + 1, len(doc.sentences) - 1)
    start, end = doc.sentences[lead.sentence][0], doc.sentences[last][1]
    return any(
        pt.LESSON_NAME.search(m.group("what")) for m in pt.LECTURE.finditer(doc.text, start, end)
    )


def _elects_its_committee(doc: Text, lead: Clause) -> bool:
    """ "教务处党支部成立大会暨第一次支部委员会全体会议…会议选举产生了…支部委员会": the
    members elect the committee a name may also call (its first meeting follows the vote)."""
    start = doc.sentences[lead.sentence][0]
    end = doc.sentences[min(lead.sentence + 3, len(doc.sentences) - 1)][1]
    return bd.elects_branch_committee(doc.text[start:end])


def _by_who_met(doc: Text, lead: Clause, title: Found | None) -> str | None:
    """A meeting of no named kind: who held it, and who came (`bodies.kind_by_who_met`)."""
    start, end = doc.sentences[lead.sentence]
    convener = doc.text[start : title.start if title and start <= title.start < end else end]
    last = min(lead.sentence + 1, len(doc.sentences) - 1)
    nearby = doc.text[start : doc.sentences[last][1]]
    clauses = [c.text for c in doc.clauses if lead.sentence <= c.sentence <= last]
    return bd.kind_by_who_met(convener, title.value if title else "", nearby, clauses)


def _by_its_business(doc: Text, title: str) -> str:
    """ "换届选举暨主题学习会议": the members' meeting that elects; "党委扩大会议", or a
    "党委工作会议" that votes or nominates: the committee's plenary; else a meeting of its own name."""
    if mk.ELECTION.search(title):
        return "支部党员大会"
    name = pt.ENLARGED.sub("扩大", title)
    plain = mk.COMMITTEE_PLAIN_MEETING.match(name)
    if mk.COMMITTEE_ENLARGED_MEETING.match(name) or (plain and mk.DECIDES.search(doc.text)):
        return "党委全委会"
    return "其他"


def _tidy_title(title: Found | None) -> Found | None:
    """Without the writer's 我校/我院, and a themed Party day under its usual name."""
    if title is None:
        return None
    value = pt.OWN_UNIT_PREFIX.sub("", title.value)
    value = pt.UNIT_BEFORE_YEAR.sub("", value)
    value = mk.OWN_WORD_BEFORE_NAME.sub(r"\g<year>", value)
    value = mk.SCHOOL_BEFORE_CENTRE_GROUP.sub("", value)
    value = pt.SHORT_NAME_NOTE.sub("", value)
    value = pt.HOSTED_BY.sub("", value)  # "由学院党委主办的“青春向党”主题党日活动"
    value = _DESCRIBED.sub("", value)
    themed = pt.THEMED_DAY.match(value)
    if themed:
        rest = themed.group("rest")
        value = f"{themed.group('theme')}{'' if rest.startswith('主题') else '主题'}{rest}"
    told_after = pt.THEME_AFTER_NAME.match(value)
    if told_after:
        value = told_after.group("theme") + told_after.group("rest")
    value = tf.without_theme_of(value)
    return Found(value, title.start, title.end) if value else title


# What a report says of a meeting before its name, never part of it: a measure word ("一场以
# “X”为主题的党日活动"), its length ("为期一天的"), who took part ("由10个党支部书记参加的").
_DESCRIBED = re.compile(
    r"^(?:一(?:场|次|堂|期)(?=\S{2})|为期[^，。；的]{1,6}的|由[^，。；“”]{2,30}?(?:参加|出席|参与)的)"
)


def _find_lead(doc: Text, registry: Registry):
    """The lead clause and title, and the headline's when a headline came first."""
    lead, title, headline = None, None, None
    for clause in doc.clauses[:40]:  # a page's byline lines (文：…、图：…) come first
        if lead is not None:
            if headline is None and _is_headline(doc, lead):
                headline = (lead, title)
                lead, title = None, None
            else:
                break
        found = _title_after_verb(clause) or _title_before_verb(clause, registry)
        if found and not pt.EARLIER_MEETING.search(clause.text) and not _cited(clause, found):
            title, lead = found, clause
    return lead, title, headline


def _cited(clause: Clause, found: Found) -> bool:
    """ "为贯彻落实我校召开…专题组织生活会和开展…的文件要求": a meeting a purpose clause cites
    for its requirements is not the one reported."""
    after = clause.text[found.end - clause.start :]
    purpose = pt.PURPOSE_CLAUSE.match(clause.text) or clause.text.startswith("响应")
    return bool(purpose and mk.CITED_FOR.match(after))


def _fuller_in_headline(title: Found, named: Found | None) -> Found:
    """ "学院召开2018年中层党员干部民主生活会" over a body's bare "召开民主生活会": the headline
    names the same meeting more fully (a body's own qualifier, a year or a unit, still wins)."""
    if named and len(named.value) > len(title.value) and named.value.endswith(title.value):
        return named if tf.headline_adds_number(named.value, title.value) else title
    return title


def _named_line(doc: Text, registry: Registry) -> Found | None:
    """A headline without a verb ("纳米学院2302党支部二月第一次支委会"): its name after the unit."""
    for start, line in headline_lines(doc, 4):
        if len(line) > 80:
            return None  # a headline is a short line
        if lx.MEETING_NOUN_RE.search(line) and not _CONVENE_VERB_IN.search(line):
            _, name, at = split_host_title(line.strip(), registry)
            if name:
                at += start + len(line) - len(line.lstrip())
                return Found(name, at, at + len(name))
    return None


def _unnamed(doc: Text, lead: Clause | None) -> Found | None:
    """ "…开展党风廉政建设集体约谈", "2014年度处级干部考核工作在…召开": a meeting whose name ends
    in no meeting's noun is named by what the dated sentence convenes (a record needs a title)."""
    for clause in [c for c in doc.clauses if lead and c.sentence == lead.sentence]:
        if clause.start < lead.start or len(clause.text) > 200:
            continue  # a lead clause is short; a long run of text names no meeting here
        m = _last_verb(clause.text) or _YEAR_NAMED_BEFORE_VERB.search(clause.text)
        if m and not pt.EARLIER_MEETING.search(clause.text):
            start = clause.start + m.start("title")
            return Found(m.group("title"), start, start + len(m.group("title")))
    return None


def _joined(doc: Text, lead: Clause | None, registry: Registry) -> Found | None:
    """The dated sentence's (else the headline's) meeting told after 参加/进行/组织, without the
    host's unit."""
    sentence = lead.sentence if lead else 0
    for clause in [c for c in doc.clauses if c.sentence == sentence]:
        m = jn.named_after_verb(clause.text)
        _, name, at = split_host_title(m.group("title"), registry) if m else (None, None, 0)
        if name:
            start = clause.start + m.start("title") + at
            return Found(name, start, start + len(name))
    return None


def _last_verb(text: str):
    """ "召集…人员开展X": the last convening verb's object (matches overlap, so search on)."""
    last, m = None, pt.TITLE_AFTER_VERB.search(text)
    while m:
        last, m = m, pt.TITLE_AFTER_VERB.search(text, m.start() + 1)
    return last


def _held_within(title: Found | None, lead: Clause | None, clauses: list[Clause]):
    """ "召开党员大会，组织开展“X”主题党日活动": the members met to hold the named meeting, whose
    name is the record's (a bare 党员大会 names only the form)."""
    if not (title and lead and _BARE_MEMBERS_MEETING.fullmatch(title.value)):
        return None
    after = [c for c in clauses if c.start >= lead.end][:1]
    m = _HELD_WITHIN.match(after[0].text) if after else None
    name = meeting_name(m.group("title")) if m else None
    if not name:
        return None
    start = after[0].start + m.start("title")
    return _tidy_title(Found(name, start, start + len(name)))


def _lecture(doc: Text) -> tuple[Clause | None, Found | None]:
    """ "党委书记X在Y为学生党员讲授专题党课": a lecture named only by its verb is 专题党课."""
    # the dated sentence first: a purpose clause before it may cite a lecture campaign
    dated = {c.sentence for c in doc.clauses[:12] if pt.DATE_FULL.search(c.text)}
    ordered = sorted(
        doc.clauses[:12],
        key=lambda c: (c.sentence not in dated, bool(pt.PURPOSE_CLAUSE.match(c.text))),
    )
    for clause in ordered:
        m = pt.LECTURE.search(clause.text)
        name = pt.LESSON_NAME.search(m.group("what")) if m else None
        if name:
            # a theme quoted right before the lesson is its name's ("讲授了“…”专题党课");
            # one told with 题为…的 is not
            themed = mk.THEME_ON_LESSON.search(m.group("what"), 0, name.start())
            at = themed.start() if themed else name.start()
            start = clause.start + m.start("what") + at
            value = m.group("what")[at : name.end()]
            return clause, Found(value, start, start + len(value))
    return None, None


def _title_after_verb(clause: Clause) -> Found | None:
    """ "…召开2023年全面从严治党工作会议": the name after the verb."""
    # a verb inside a document's name (《关于召开…的通知》) convenes nothing
    m = next(
        (
            m
            for m in pt.TITLE_AFTER_VERB.finditer(clause.text)
            if clause.text.count("《", 0, m.start()) <= clause.text.count("》", 0, m.start())
        ),
        None,
    )
    named, quote = tf.unquoted_whole_name(m.group("title")) if m else ("", 0)
    candidate = meeting_name(named) if m else None
    if not candidate:
        return None
    cut = tf.repeated_convener_end(candidate, clause.text[: m.start()])
    candidate, offset = candidate[cut:], clause.start + m.start("title") + quote + cut
    # "校党委理论学习中心组举行2023年第3次集体学习": the body is part of the name.
    body = next(
        (
            b
            for b in pt.MEETING_BODY.finditer(clause.text)
            if re.fullmatch(pt.AT_VENUE + "(?:组织)?", clause.text[b.end() : m.start()])
        ),
        None,
    )
    # but a name with its own topic ("党章和《条例》专题学习会") is the meeting's whole name,
    # unless a centre group holds it (settled in session 13: its study begins with the group)
    own_topic = pt.OWN_TOPIC.search(candidate) and "中心组" not in (body.group() if body else "")
    if body and kind_of(candidate) == "其他" and not own_topic:
        # "学院党委理论学习中心组在…开展2023年第一次集中学习": the unit before the body is the
        # host's; a name written after the verb ("召开校党委理论学习中心组会议") keeps it here
        # (`_tidy_title` drops the school's word before a centre group)
        unit = mk.UNIT_BEFORE_BODY.match(body.group())
        offset = clause.start + body.start() + (unit.end() if unit else 0)
        candidate = body.group()[unit.end() if unit else 0 :] + candidate
    return Found(candidate, offset, offset + len(candidate))


def _title_before_verb(clause: Clause, registry: Registry) -> Found | None:
    """ "北岳科技大学2023年度述职评议会召开": the name before the verb, after its unit."""
    m = pt.SUBJECT_BEFORE_VERB.search(clause.text)
    if not m:
        return None
    subject = m.group("subject")
    skip = date_prefix_end(subject)
    _, name, name_at = split_host_title(subject[skip:], registry)
    if not name:
        return None
    if name_at and mk.NUMBERED_BODY_BUSINESS.match(name):
        name, name_at = subject[skip:], 0  # the numbered body stays in the name
    offset = clause.start + m.start("subject") + skip + name_at
    return Found(name, offset, offset + len(name))


def _is_headline(doc: Text, clause: Clause) -> bool:
    """A line on its own before any sentence, without date or full stop: the page's headline."""
    # a headline may have a second line ("加强理论学习…\n——商学院党支部召开…")
    # after a page's navigation lines ("首页", "当前位置：…") too: none of them is a sentence
    return len(headline_lines(doc, clause.sentence + 1)) == clause.sentence + 1


def headline_lines(doc: Text, most: int) -> list[tuple[int, str]]:
    """(start, text) of the first `most` lines before the first sentence, one that ends in a
    full stop or gives a date: the page's headline lines."""
    lines = []
    for start, end in doc.sentences[:most]:
        line = doc.text[start:end]
        if line.endswith(("。", "！", "？")) or pt.DATE_FULL.search(line):
            break
        lines.append((start, line))
    return lines


def _study_of_centre_group(doc: Text, lead: Clause, title: Found | None) -> bool:
    """ "学院党委召开…专题学习研讨会。…理论学习中心组全体成员参加": the group's own study."""
    if not (title and pt.STUDY_NAME.search(title.value)):
        return False
    nearby = doc.sentences[lead.sentence : lead.sentence + 2]
    return any(pt.CENTRE_GROUP_PRESENT.search(doc.text, s, e) for s, e in nearby)


def _lesson_at_a_study(doc: Text, title: Found | None) -> bool:
    """ "支部召开…学习讨论会。…书记给支部成员上了一次党课": a branch's study whose substance
    is a lecture is the lecture (a 大会 or a 共建活动 with one stays what it is)."""
    if not (title and _STUDY_MEETING.search(title.value)):
        return False
    return any(pt.LESSON_NAME.search(m.group("what")) for m in pt.LECTURE.finditer(doc.text))


def _plenary_of_a_college(doc: Text, title: Found | None, lead: Clause | None) -> bool:
    """ "学院党委召开党委会": a college's committee has no standing committee, so its 党委会
    is the whole committee; a university's 党委会 is its standing committee's."""
    if lead is None or (title and "常委" in title.value):
        return False
    start, end = doc.sentences[lead.sentence]
    end = title.end if title else end
    return not pt.UNIVERSITY_COMMITTEE.search(doc.text, start, end)


def _committee_business(doc: Text, title: Found | None, lead: Clause | None) -> bool:
    """ "机械工程学院党委…党员发展预审会": the committee, not a branch, vets the candidates; its
    own meeting is the committee's (a branch's 预审会 is a meeting of its members)."""
    if not (title and lead and pt.VETTING.search(title.value)):
        return False
    start, _ = doc.sentences[lead.sentence]
    return bool(pt.HELD_BY_COMMITTEE.search(doc.text, start, title.start))


def _kind(title: str, lead_clauses: list[Clause]) -> str:
    # "党委(扩大)会议，安排部署新学期党建工作": the work deployed does not make it a 党建工作会议
    own_meeting = pt.COMMITTEE_OWN_MEETING.match(pt.ENLARGED.sub("扩大", title))
    sentence = "".join(mk.PLANNED_MEETINGS.sub("", c.text) for c in lead_clauses)
    sentence = mk.CENTRAL_PLENUM.sub("", sentence)
    for text in (title, sentence):
        kind = kind_of(text)
        # the work a sentence speaks of names a work meeting only in the meeting's own name
        # ("…党风廉政建设集体约谈", "学习全国组织工作会议精神" are no work meetings)
        # … and a name that ends in no meeting's noun ("党风廉政建设集体约谈") is no work meeting's
        work = kind in _WORK_KIND_NAMES and (
            own_meeting
            or text != title
            or not lx.MEETING_NOUN_RE.search(title)
            or mk.ACTIVITY_NAME.search(title)
        )
        if kind != "其他" and not work:
            return kind
    return "其他"


_WORK_KIND_NAMES = frozenset(kind for _, kind in lx.WORK_KINDS)
_SPECIFIC_KINDS = lx.SPECIFIC_KINDS + mk.MORE_KINDS


def kind_of(title: str) -> str:
    """The meeting kind a meeting's name (or, failing that, its lead sentence) names."""
    if not title:
        return "其他"
    title = pt.ENLARGED.sub("扩大", title)  # "党委常委（扩大）会议" is a 常委扩大会议
    named = [
        (m.start(), -len(m.group()), row, kind)
        for row, (regex, kind) in enumerate(_SPECIFIC_KINDS)
        if (m := regex.search(title))
    ]
    if named:
        return min(named)[3]
    hits = [(m.start(), kind) for regex, kind in lx.WORK_KINDS if (m := regex.search(title))]
    return min(hits)[1] if hits else "其他"


def meeting_name(text: str) -> str | None:
    """The meeting's name at the start of text: up to a word a meeting's name ends in."""
    text = text.strip()
    # "开展五月党日活动——参观…基地": a dash parts the name from what the meeting did; a quoted
    # theme after it is the name's ("党日活动——“沐浴红色”" is the "“沐浴红色”党日活动")
    named, dash, after = text.partition("——")
    if dash and lx.MEETING_NOUN_RE.search(named):
        return after + named if _QUOTED.fullmatch(after) else named
    told_after = pt.THEME_AFTER_NAME.match(text)
    if lx.MEETING_NOUN_RE.search(told_after.group("rest") if told_after else text):
        return text
    m = pt.MEETING_NAME_END.search(text)
    # a cut inside a quote ("“党课进基层”活动的…" → "“党课") is a theme's word, not a name's end
    if m and text.count("“", 0, m.end()) > text.count("”", 0, m.end()):
        return None
    return text[: tf.review_joined_end(text, _paired_end(text, _word_end(text, m)))] if m else None


def _word_end(text: str, m: re.Match) -> int:
    """ "党委扩大会议": the name ends after its 会议, not at the 大会 inside it."""
    return m.end() + (text.startswith("议", m.end()) and m.group().endswith("大会"))


# "召开第四季度党员大会暨党内民主评议", "…党委扩大会议暨…述职评议会在…举行": 暨 joins a second name
# of the same meeting, which runs to its own meeting word, else to where the place or the verb
# begins or the clause ends (a second name need not end in a meeting's word).
_PAIRED = re.compile(
    r"暨(?P<second>[^，。；\n暨]{2,30}?)(?=(?:在|于)[^，。；]{0,30}?(?:召开|举行|举办|进行)|$)"
)


def _paired_end(text: str, end: int) -> int:
    paired = _PAIRED.match(text, end)
    if not paired:
        return end
    second = paired.group("second")
    own_end = pt.MEETING_NAME_END.search(second)
    return paired.start("second") + (_word_end(second, own_end) if own_end else len(second))


def date_prefix_end(text: str) -> int:
    m = pt.DATE_PREFIX.match(text)
    return m.end() if m else 0


# A unit ends before people (学生, 党员, "处级党员领导干部"), a meeting's name ("教务处党支部成立大会暨
# 第一次支部…") and a quote it opened ("继续教育学院“重庆大学第十四次…”党员大会").
_NOT_A_UNIT = re.compile(lx.ORG_PEOPLE_TAIL_RE.pattern + r"|干部$|大会|会议|暨|“[^”]*$")


def split_host_title(subject: str, registry: Registry) -> tuple[str | None, str | None, int]:
    """`北岳科技大学2023年度…述职评议会` → ("北岳科技大学", "2023年度…述职评议会", offset)."""
    if not lx.MEETING_NOUN_RE.search(subject):
        return (subject if org_value(subject, registry) else None), None, 0
    group = mk.INSPECTION_GROUP.match(subject)
    if group and group.end() < len(subject):
        return group.group(), subject[group.end() :], group.end()
    own = pt.OWN_UNIT_PREFIX.match(subject)  # "我院2022年度…民主生活会": the writer's unit
    splits = [own.end()] if own else []
    for k in range(2, len(subject) - 1):
        head, tail = subject[:k], subject[k:]
        if yr.YEAR_ANY.search(head):
            break  # a year starts the name: "2022年度党员领导干部" is no unit
        if org_value(head, registry) and not _NOT_A_UNIT.search(head) and len(tail) >= 3:
            splits.append(k)
    if not splits:
        return None, subject, 0
    titled = [k for k in splits if pt.TITLE_START.match(subject, k)]
    # "政府管理学院第一教工党支部党组织生活会": a numbered branch is the unit, not the name
    good = [k for k in titled if not pt.NUMBERED_UNIT.match(subject, k)]
    units = [] if good else splits  # no name's first word decided the cut
    if not good:  # else the last unit that ends on a word ("学校二级党组|织书记…" cuts one)
        starts, _ = token_starts(subject)
        good = [k for k in splits if k in starts and k >= max(titled, default=0)][-1:]
        good = good or titled[-1:]
    if not good:
        return None, subject, 0
    k = good[0]
    crew = lx.COLLECTIVE_HEAD_RE.match(subject, k)
    if crew and pt.TITLE_START.match(subject, crew.end()):
        k = crew.end()  # "…分党委领导班子2022年度民主生活会": the team holds it
    if subject[:k].endswith("党委") and pt.COMMITTEE_MEETING.match(subject, k):
        k -= 2
    at = nb.name_start(subject, k, units)
    return subject[:k], subject[at:], at
