"""The host and venue pass: who convened the meeting, and where.

The host is read from the lead sentence's subject ("学院党委在…召开" → 学院党委); a report
that names no unit there is the university's.
"""

import re

from common.text import fold

from . import cues, host_headline, host_party, host_subject, nlp
from . import lexicon as lx
from . import naming as mk
from . import patterns as pt
from . import places as pl
from .lead import Lead, date_prefix_end, split_host_title
from .names import Registry, as_writ, org_value, split_title_name
from .structure import Clause, Found, Text


def read_host(doc: Text, lead: Lead, registry: Registry, writers: str = "学院") -> Found:
    """The unit that convened the meeting: the lead sentence's subject, else the university;
    `writers` is what the writer's 我院 is (学院, or 医院 on a hospital's page)."""
    university = _institution(doc.text, registry, "大学") or _institution(
        doc.text, registry, "学院"
    )
    college = _institution(doc.text, registry, "学院", besides=university)
    if college is None and university and university[0].endswith("学院"):
        college = university  # a report about a college that names no university
    if writers != "学院":
        college = (writers, -1, -1)
    found = None
    # a name taken from the headline says nothing of the lead sentence's subject
    title = (
        lead.title
        if lead.title and lead.clauses and lead.title.start >= lead.clauses[0].start
        else None
    )
    for index, clause in enumerate(lead.clauses):
        if title and clause.start > title.start:
            break
        following = lead.clauses[index + 1 : index + 2]
        found = _host_in(clause, title, (university, college), registry, following)
        if found:
            break
    # the lead reads no subject: the headline's convening unit convenes
    found = found or _host_in_headline(doc, lead, (university, college), registry)
    if found is None and university:
        found = Found(*university)
    if found is None:
        return Found(None, -1, -1)
    found = host_party.to_party_body(doc.text, found)  # "中共X学院" + "委员会"
    # "资源学院党委理论学习中心组…": 党委 went to the meeting's name, but the committee convenes.
    # Also when the group is not part of the name: "人文学院党委理论学习中心组开展…专题学习会".
    body = pt.MEETING_BODY.match(doc.text, found.end)
    named = title and title.value.startswith("党委") and title.start == found.end
    committee = named or (title and body and body.group().startswith("党委"))
    if committee and not found.value.endswith("党委"):  # 我校 is already 校党委
        found.value += "党委"
    elif body and body.group().startswith("党总支"):  # "书院党总支中心组…": the general branch
        found.value += "党总支"
    else:
        found.value += host_subject.own_committee(lead.title and lead.title.value, found.value)
    # "我院召开…": the writer's college, unnamed, convenes as its committee, as sets 18–20 file
    # it (S18/11, S20/15, S20/26); a 民主生活会 is its leadership team's, held by the college (S18/14)
    if found.value == "学院" and lead.kind.value != "民主生活会":
        found.value = "学院党委"
    # "中共X大学第四届委员会第九次全体会议": the committee itself convenes its plenary.
    plenary = lead.title and pt.PLENARY_TITLE.match(lead.title.value)
    if found.value.startswith("中共") and not found.value.endswith("委员会") and plenary:
        found.value += "委员会"
    return found


def _host_in(
    clause: Clause, title: Found | None, units, registry: Registry, following: list[Clause]
) -> Found | None:
    if clause.text.endswith("后") and re.search("召开|举行|举办", clause.text):
        return None  # "学校召开部署会后，…": a meeting that went before, not this one
    m = (
        pt.SUBJECT_BEFORE_VERB.search(clause.text)
        or host_subject.SUBJECT_ACTING.search(clause.text)
        or pt.SUBJECT_GOING.search(clause.text)
        or pt.SUBJECT_CIRCUMSTANCE.search(clause.text)
        or host_subject.subject_alone(clause, following)
    )
    stop = m.end("subject") if m else None
    if title and clause.start <= title.start < clause.end:
        stop = min(stop or len(clause.text), title.start - clause.start)
        verb = re.search("(?:主持|组织)?" + pt.CONVENE_VERBS + "(?:了)?$", clause.text[:stop])
        if verb:
            stop = verb.start()
    hosted = pt.HOSTED_BY.match(clause.text, title.start - clause.start) if title else None
    if hosted and hosted.group("host") and clause.start <= title.start < clause.end:
        # "由学院党委主办的…活动在…举行"
        stop, begin_at = hosted.end("host"), hosted.start("host")
    elif stop is None:
        return None
    else:
        begin_at = 0
    subject = clause.text[:stop]
    byline = pt.BYLINE_BEFORE_SUBJECT.match(subject)  # "本网讯（通讯员 X）学院党委…"
    begin = byline.end() if byline and byline.end() < len(subject) else begin_at
    subject = subject[begin:]
    for preposition in (pt.PLACE_PREPOSITION, pt.SUBJECT_PREPOSITION):
        at = preposition.search(subject)
        if at and at.start() > 0:
            subject = subject[: at.start()]
    subject = pt.SUBJECT_ADVERB_TAIL.sub("", re.sub(r"^由|(?:于|在|主持)$", "", subject))
    skip = date_prefix_end(subject)
    attended = host_subject.ATTENDED_BEFORE.match(subject, skip)
    skip = attended.end() if attended else skip
    subject = subject[skip:]
    skip += begin
    if not subject:
        return None
    org, _, _ = split_host_title(subject, registry)
    subject = org or _unit_of_convener(subject, registry) or subject
    resolved = _resolve_host(subject, units, registry)
    members = host_subject.MEMBERS_TAIL.search(subject)
    if not resolved and members:
        subject = subject[: members.start()]
        resolved = _resolve_host(subject, units, registry)
    if not resolved:
        return None
    return Found(resolved, clause.start + skip, clause.start + skip + len(subject))


def _host_in_headline(doc: Text, lead: Lead, units, registry: Registry) -> Found | None:
    for clause in host_headline.headline_clauses(doc, lead):
        found = _host_in(clause, None, units, registry, [])
        if found:
            return found
    return None


def _unit_of_convener(subject: str, registry: Registry) -> str | None:
    """ "学院党委书记王强（主持召开…）": the unit whose head convenes, 学院党委."""
    title, name = split_title_name(subject, registry)
    if not (name and title):
        return None
    unit = pt.POST_OF_UNIT.sub("", title)
    return unit if unit != title and org_value(unit, registry) else None


def _resolve_host(subject: str, units, registry: Registry) -> str | None:
    """我校/学校 → the university; 学院党委 → the college's committee; a unit's name as it is."""
    university, college = (u[0] if u else None for u in units)
    if pt.NOT_A_HOST.search(subject) or lx.NOT_A_SUBJECT_START_RE.match(subject):
        return None
    own = pt.OWN_UNIT_PREFIX.match(subject) or pt.SCHOOL_PREFIX.match(subject)
    if own and not pt.OWN_COLLEGE.fullmatch(subject) and org_value(subject[own.end() :]):
        subject = subject[own.end() :]  # "我院学生支部" → 学生支部, "学校机关党总支" → 机关党总支
    # the writer's school convenes as its committee, 校党委 (sets 18–20's convention: S18/27,
    # S19/20, S20/13, S20/19); "学校召开…" on a page that names the school is that school
    if pt.SCHOOL.fullmatch(subject):  # (a page that names only colleges names no school)
        return university if university and university.endswith("大学") else "校党委"
    # "校党委理论学习中心组开展…": the name took 党委 and its group, leaving the school's 校
    if pt.SCHOOL_COMMITTEE.fullmatch(subject) or subject == "校":
        return "校党委"
    m = pt.OWN_COLLEGE.fullmatch(subject)
    if m:  # a college the text does not name stays 学院 (`read_host` gives it its committee)
        return (college or "学院") + m.group("body")
    if fold(subject) in registry.orgs:
        return registry.orgs[fold(subject)]
    joint = _joint_host(subject, registry)
    if joint or org_value(subject, registry) or mk.INSPECTION_GROUP.fullmatch(subject):
        return joint or subject
    # "外语学院分党委领导班子…民主生活会": the team convenes, and is named as written
    # ("西江师范大学校领导班子": the university's 校领导班子)
    team = pt.TEAM_TAIL.search(subject)
    if not team or team.start() == 0:
        return None
    head = subject[: team.start()]
    unit = _resolve_host(head, units, registry)
    if unit is None and head.endswith(("校", "院")) and len(head) > 2:
        unit = _resolve_host(head[:-1], units, registry)
        unit = unit and unit + head[-1]
    return unit + team.group() if unit else None


def _joint_host(subject: str, registry: Registry) -> str | None:
    """ "A党支部联合B党支部", "A党支部与B工会": the party units that convened, A、B or A."""
    parts = pt.JOINT_UNITS.split(subject)
    if len(parts) < 2 or not all(org_value(p, registry) for p in parts):
        return None
    party = [p for p in parts if "党" in p]
    return "、".join(party) if party else None


def _institution(
    text: str, registry: Registry, ending: str, besides: tuple | None = None
) -> tuple[str, int, int] | None:
    """The 大学 (or 学院) the report is about: the most often named, a known one first.

    Ties go to the one named first; never to the iteration order of the archive's names.
    """
    excluded = besides[0] if besides else None
    known: dict[str, list[int]] = {}
    for key, org in registry.orgs.items():
        if org.endswith(ending) and org != excluded:
            at = [m.start() for m in re.finditer(re.escape(key), text)]
            if at:
                known[org] = at
    named: dict[str, list[int]] = {}
    for m in re.finditer(ending, text):
        if ending == "学院" and not pt.AFTER_INSTITUTION.match(text, m.end()):
            continue  # "丰富学院办学层次": a common noun in a phrase, not a college's name
        name = _name_ending_at(text, m.end())
        if name and name.endswith(ending) and name != excluded:
            named.setdefault(name, []).append(m.end() - len(name))
    for found in (known, named):
        if found:
            best = min(found, key=lambda k: (-len(found[k]), found[k][0], k))
            return best, found[best][0], found[best][0] + len(best)
    return None


def _name_ending_at(text: str, end: int) -> str | None:
    """The name of the institution ending at `end` (…大学): jieba's tokens back to a function word."""
    window = text[max(0, end - 14) : end]
    window = re.split(r"[，。；：、“”《》（）()\s\n]", window)[-1]
    if len(window) < 4:
        return None
    name = ""
    tokens = list(nlp.tag_tokens(window))
    for i in range(len(tokens) - 1, -1, -1):
        word, tag = tokens[i]
        stop = tag.startswith(lx.NAME_STOP_TAGS) and tag != "vn"
        # "资源与环境学院", "材料科学与工程学院": 与 between two subjects is inside the name
        joins = word == "与" and i > 0 and tokens[i - 1][1].startswith("n")
        if name and (stop and not joins or word in ("我校", "全校", "学校")):
            break
        name = word + name
        if len(name) >= 12:
            break
    name = pt.NOT_AN_INSTITUTION.sub("", name)
    return name if len(name) >= 4 else None


def _venue_start(text: str, m) -> int:
    """ "在培训中心自在书院召开": a short place after a 在 inside a name starts at the 在 before."""
    if len(m.group("venue")) > 4:
        return m.start("venue")
    before = text.rfind("在", 0, m.start())
    if before < 0 or pt.NOT_A_VENUE.match(text[before + 1 :]) or m.end("venue") - before > 30:
        return m.start("venue")
    return before + 1


def _is_place(venue: str) -> bool:
    venue = venue.strip()
    return bool(pt.PLACE_END.search(venue)) and not (
        pt.ORG_SUBJECT_WORD.fullmatch(venue)
        or pt.NOT_A_VENUE.match(venue)
        or pt.NOT_A_PLACE.search(venue)
    )


def read_venue(doc: Text, lead: Lead, college: str = "学院") -> Found:
    found = _fuller(_place_before_verb(doc, lead, college), _place_clause(doc, college))
    if found:
        return pl.place_before_unit(found)
    found = _first_venue(lead.clauses, pt.LECTURE_VENUE)
    if found:
        return found
    found = (
        _room_in_lead(lead) or _online(doc, lead) or _destination(lead.clauses + doc.clauses[:8])
    )
    if found:
        return found
    m = pt.VENUE_FIELD.search(doc.text) or cues.ROOM_LATER.search(doc.text)
    if m and not pt.NOT_A_VENUE.match(m.group("venue")):
        return Found(as_writ(m.group("venue").strip(), college), m.start("venue"), m.end("venue"))
    return pl.visited_place(lead.clauses + doc.clauses[:8], _is_place) or Found(None, -1, -1)


def _fuller(found: Found | None, ending: Found | None) -> Found | None:
    """ "…党支部赴平湖镇开展…" in the headline, "…赴平湖镇烈士纪念馆，开展…" in the body: the place
    that ends a comma part names the one before the verb in full (S22/10, S24/20)."""
    if found and ending and found.value in ending.value and found.value != ending.value:
        return ending
    return found or ending


def _first_venue(clauses: list[Clause], form: re.Pattern) -> Found | None:
    """The first place the form reads in the clauses that is a venue (`patterns.NOT_A_VENUE`)."""
    for clause in clauses:
        m = form.search(clause.text)
        if m and not pt.NOT_A_VENUE.match(m.group("venue")):
            return _venue_at(clause, m)
    return None


def _venue_at(clause: Clause, m: re.Match) -> Found:
    start = clause.start + m.start("venue")
    return Found(m.group("venue"), start, start + len(m.group("venue")))


def _place_before_verb(doc: Text, lead: Lead, college: str) -> Found | None:
    """ "在X召开", "于X如期举行": a place after 在/于 and before the convening verb."""
    for clause in lead.clauses + doc.clauses[:8]:
        # "于2025年12月7日组织全体党员赴罗荣桓故居开展…": the first 于 introduced a day
        m = next((m for m in pt.VENUE.finditer(clause.text) if _is_place(m.group("venue"))), None)
        m = m or next(
            (m for m in pl.PLACE_THEN_MANNER.finditer(clause.text) if _place_then_manner(m)),
            None,
        )
        if m:
            start = clause.start + _venue_start(clause.text, m)
            venue = doc.text[start : clause.start + m.end("venue")]
            if clause.text[: m.start()].endswith("分别"):
                venue = venue.replace("和", "、")  # "分别在A和B召开": two rooms
            return Found(as_writ(venue, college), start, start + len(venue))
    return None


def _place_then_manner(m: re.Match) -> bool:
    """ "在人文楼A-602学术报告厅成功举行": a place, and two characters that do not finish a
    circumstance ("在学校党委的统一部署下召开" splits 部署 and is none)."""
    whole = m.group("venue") + m.group("manner")
    return _is_place(m.group("venue")) and not pt.NOT_A_PLACE.search(whole)


def _place_clause(doc: Text, college: str) -> Found | None:
    """ "…日晚，在雅艺楼501党员活动室，戏剧系党支部召开…": the place ends a comma part."""
    for index, clause in enumerate(doc.clauses[:8]):
        m = pt.VENUE_CLAUSE.search(clause.text)
        if (
            not m
            or pt.NOT_A_VENUE.match(m.group("venue"))
            or pt.NOT_A_PLACE.search(m.group("venue"))
        ):
            continue
        after = doc.clauses[index + 1].text if index + 1 < len(doc.clauses) else ""
        if m.start() == 0 or pt.CONVENE_START.match(after):
            return Found(
                as_writ(m.group("venue"), college), clause.start + m.start("venue"), clause.end
            )
    return None


def _room_in_lead(lead: Lead) -> Found | None:
    """A room the lead sentence names after 在, with words before the verb that no form above
    reads (`places.ROOM_IN_LEAD`: S26/25, S29/13, S29/21, S30/21)."""
    return _first_venue(lead.clauses, pl.ROOM_IN_LEAD)


def _destination(clauses: list[Clause]) -> Found | None:
    """Where the lead sentence, or one of the report's first clauses, says the members went
    (`places.DESTINATION`): "近日，…全体党员赴X，参观…" after a headline lead, "会议第一项议程是
    前往X参观…", "…师生党员前往X，参观学习…" (S26/04, S26/09, S27/01)."""
    return _first_venue(clauses, pl.DESTINATION)


def _online(doc: Text, lead: Lead) -> Found | None:
    """An online meeting's platform or medium (腾讯会议, 线上, 远程视频) is its venue; a video
    meeting's is 线上."""
    for clause in lead.clauses:
        m = pt.VENUE_ONLINE.search(clause.text)
        if m:
            return _venue_at(clause, m)
    # "…召开全体党员大会。会议采取远程视频的形式召开": the medium told right after the lead
    after = lead.clauses[0].sentence + 2 if lead.clauses else 0
    for clause in [c for c in doc.clauses[:12] if c.sentence < after]:
        m = pl.ONLINE_MEDIUM.search(clause.text)
        if m:
            return _venue_at(clause, m)
        m = pl.VIDEO_MEETING.search(clause.text)
        if m:
            return Found("线上", clause.start + m.start(), clause.start + m.end())
    # "…召开党委扩大会议…。…参加会议。…本次述职评议以线上方式呈现": up to two sentences on
    for clause in [c for c in doc.clauses[:16] if c.sentence < after + 1]:
        m = pl.ONLINE_MANNER.search(clause.text)
        if m:
            return Found("线上", clause.start + m.start(), clause.start + m.end())
    return None
