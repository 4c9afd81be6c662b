"""The documents pass: 《titles》 read or studied, pledges signed, decisions taken."""

import re
from dataclasses import dataclass, field

from . import lexicon as lx
from . import patterns as pt
from .aside import OPENING, told_beside
from .people import split_top
from .structure import Clause, Found, Text, strip_adverbials

# "观看了警示教育片《…》", "在线观看《…》视频", "《长征组歌》中《告别》《…》等经典曲目", "自己做的词
# 《…》": a film, a video, a song or a poem watched or performed is no paper of the meeting, as
# the conventions of sets 4-8 say (set 1's gold lists two films: the majority is followed).
# A TV series (电视剧《…》) and the school song (校歌《…》) likewise (S29/22, S30/08).
# So are a film seen (观影《…》), a poem recited (齐颂诗歌《…》), songs sung (《…》《…》的演唱),
# an exhibition visited (《…》展览), a periodical given (《…》刊物) and books recommended
# (《…》等书籍): no gold of sets 18–28 lists one (S18/12, S22/26, S23/03, S25/01, S25/21, S27/01,
# S27/02).
WATCHED_BEFORE = re.compile(
    r"(?:观看|收看|观赏|观影|视频(?:材料)?|宣传片|警示片|教育片|纪录片|专题片|影片|电影|电视剧|诗词|诗歌"
    r"|校歌|做的词|填的词|组歌|曲目)(?:了)?$"
)
WATCHED_AFTER = re.compile(
    r"^(?:视频|宣传片|影片|专题片|纪录片|展览|刊物|的演唱"
    r"|等[^，。；《》]{0,4}?(?:曲目|歌曲|诗词|诗歌|影片|视频|书籍|节目))"
)
# "观看了革命历史题材电视剧《…》", "收看了…比赛的参赛作品《…》": a title watched in its clause is
# shown, whatever the work is called.
WATCHED_IN_CLAUSE = re.compile(r"(?:观看|收看|观赏)[^，。；《》]{0,40}$")
# Titles told one after another ("《A》中《B》《C》等曲目", a series and its episode "《A》第一集《B》",
# S21/25) share what is said of them.
TITLE_RUN_JOIN = re.compile(r"^(?:[、和与及]|中|第[一二三四五六七八九十\d]{1,3}集)?$")


# "《A》(以下简称《B》)": B is A's short name, never a paper of its own (S18/18, S22/21, S24/27,
# S25/10, S26/21).
SHORT_NAME_BEFORE = re.compile(r"》[（(](?:以下)?简称$")
# A full title's closing note ("(试行)", "(2024—2035年)"), which its short form leaves out
# (S22/05, S24/27).
YEARS_OR_TRIAL = re.compile(r"[（(][^（()）]{1,16}[)）]$")


@dataclass
class Papers:
    documents: list[Found] = field(default_factory=list)
    pledges: list[Found] = field(default_factory=list)  # value: {"title", "year", "parties"}
    decisions: list[Found] = field(default_factory=list)


def read_documents(doc: Text, meeting: str = "") -> Papers:
    """`meeting`: the meeting's own name (a plenum's own texts are its documents)."""
    out = Papers()
    last_parties: list[str] = []
    for clause in doc.clauses:
        for pledge in _pledges_in(clause, last_parties):
            last_parties = pledge.value["parties"] or last_parties
            out.pledges.append(pledge)
    pledge_titles = {p.value["title"] for p in out.pledges}
    seen: list[str] = []
    seen_bare: list[str] = []  # each seen title without its years or 试行, worked out once
    shown = _shown(doc.text)
    short_names: set[str] = set()
    for m in pt.DOC.finditer(doc.text):
        title = m.group("doc")
        if SHORT_NAME_BEFORE.search(doc.text, max(0, m.start() - 8), m.start()):
            short_names.add(title)  # "《…规定(试行)》(以下简称《规定》)": its short name
        short_form = title in short_names or any(
            bare.endswith(title) and t != title for t, bare in zip(seen, seen_bare, strict=True)
        )  # 《条例》 after its full title, 《纲要》 after 《…纲要(2024—2035年)》
        if _performed(doc.text, m) or m.start() in shown or _background(doc, m.start(), meeting):
            continue
        if _before_the_meeting(doc, m.start()):
            continue
        if title not in pledge_titles and title not in seen and not short_form:
            seen.append(title)
            seen_bare.append(YEARS_OR_TRIAL.sub("", title))
            out.documents.append(Found(title, m.start("doc"), m.end("doc")))
    out.decisions = _decisions(doc)
    return out


# "学习…在《人民日报》的撰文《…》", "学习了《光明日报》5月8日文章": the newspaper that carried the
# text studied is no paper of the meeting, as a journal (PERIODICAL_AFTER) is not (S29/09, S30/07).
NEWSPAPER = re.compile(r"(?:日报|晚报|时报)$")
CARRIED_AFTER = re.compile(r"[^，。；《》]{0,8}?(?:撰文|文章|社论|发表|刊发|刊登|刊载)")

# "全体党员填写了《…民主测评表》和《…测评表》": a form filled in is no paper of the meeting (the
# conventions' documents row; S20/18, S23/17, S32/20). A form the rating follows ("按照《…测评表》")
# is cited as a basis and stays one (S22/29, S25/29).
FILLED_IN_BEFORE = re.compile(r"(?:填写|填报)[^，。；,;]{0,80}$")


def _performed(text: str, m: re.Match) -> bool:
    """A song, a performance or a periodical: named in 《》 but not a paper of the meeting."""
    before = text[max(0, m.start() - 8) : m.start()]
    after = text[m.end() : m.end() + 6]
    return bool(
        pt.PERFORMANCE_BEFORE.search(before)
        or pt.SONG_TITLE.search(m.group("doc"))
        or pt.PERIODICAL_AFTER.match(after)
        or (NEWSPAPER.search(m.group("doc")) and CARRIED_AFTER.match(text, m.end()))
        or (
            m.group("doc").endswith("表")
            and FILLED_IN_BEFORE.search(text, max(0, m.start() - 88), m.start())
        )
    )


def _shown(text: str) -> set[int]:
    """Where the titles of films, videos, songs and poems start (a run of titles together), and
    every other mention of a title shown."""
    runs: list[list[re.Match]] = []
    for m in pt.DOC.finditer(text):
        if runs and TITLE_RUN_JOIN.match(text[runs[-1][-1].end() : m.start()]):
            runs[-1].append(m)
        else:
            runs.append([m])
    shown = set()
    for run in runs:
        before = text[max(0, run[0].start() - 8) : run[0].start()]
        after = text[run[-1].end() : run[-1].end() + 10]
        clause = text[max(0, run[0].start() - 40) : run[0].start()]
        watched = WATCHED_BEFORE.search(before) or WATCHED_IN_CLAUSE.search(clause)
        if watched or WATCHED_AFTER.match(after):
            shown.update(m.start() for m in run)
    # A film watched is no paper where the report names it again without the verb ("《A》以…为原型,
    # 讲述了…", S20/25).
    titles = {m.group("doc") for run in runs for m in run if m.start() in shown}
    return {m.start() for run in runs for m in run if m.group("doc") in titles}


def _background(doc: Text, at: int, meeting: str) -> bool:
    """A title another body adopted, told as background ("全会审议通过了《…决定》")."""
    i = doc.sentence_at(at)
    if i < 0:
        return False
    s, e = doc.sentences[i]
    # a title in the writer's closing comment may still be what the meeting studied
    return told_beside(doc.text[s : min(e, s + OPENING)].strip(), meeting, comment=False)


# "会前，全体党员学习了《…》", "会前制定了《…工作方案》": what was studied or drawn up before the
# meeting is not what it read; no gold of sets 18–28 lists one (S23/10, S25/11, S25/12, S27/22).
# A document cited there as the basis ("会前，班子成员根据《…通知》…") is still one (the settled row).
BEFORE_THE_MEETING = re.compile(r"^会前")
BASIS_BEFORE = re.compile(r"(?:根据|按照|依据|依照)[^，。；《》]{0,12}$")


def _before_the_meeting(doc: Text, at: int) -> bool:
    i = doc.sentence_at(at)
    if i < 0 or not BEFORE_THE_MEETING.match(doc.text[doc.sentences[i][0] : at].strip()):
        return False
    return not BASIS_BEFORE.search(doc.text[max(0, at - 16) : at])


def _pledges_in(clause: Clause, last_parties: list[str]) -> list[Found]:
    found = []
    signing = pt.PLEDGE_VERB.search(clause.text)
    for m in pt.DOC.finditer(clause.text):
        title = m.group("doc")
        signed = signing and signing.start() < m.start() and "书" in title[-3:]
        if not (pt.PLEDGE_TITLE.search(title) or signed):
            continue
        # The year written before the title, or at its start (《2023年度…责任书》).
        year_m = pt.PLEDGE_YEAR.search(clause.text[: m.start()]) or re.match(
            r"((?:19|20)\d{2})\s*年", title
        )
        parties = _pledge_parties(clause, last_parties)
        if parties:
            last_parties = parties
        value = {"title": title, "year": int(year_m.group(1)) if year_m else None}
        value["parties"] = parties
        found.append(Found(value, clause.start + m.start("doc"), clause.start + m.end("doc")))
    return found


def _pledge_parties(clause: Clause, last_parties: list[str]) -> list[str]:
    text = clause.text[strip_adverbials(clause.text) :]
    m = pt.PLEDGE_PARTIES.match(text)
    if not m:
        return []
    first = m.group("a").strip()
    first = re.sub(r"(?:分别|逐一|一一|还|也|现场)$", "", first)
    # "校党委副书记刘润祥代表校党委与…签订": the party is the body signed for.
    first = re.sub(r"^.*代表", "", first)
    parties = []
    if first and not lx.MEETING_SUBJECT_RE.fullmatch(first):
        parties.append(first)
    elif not first and last_parties:
        parties.append(last_parties[0])
    for s, e in split_top(m.group("b"), "、"):
        parties.extend(p.strip() for p in re.split(r"和|及|以及", m.group("b")[s:e]) if p.strip())
    return parties


def _decisions(doc: Text) -> list[Found]:
    found: list[Found] = []
    for s, e in doc.sentences:
        sentence = doc.text[s:e]
        if not pt.DECISION_CONTEXT.search(sentence):
            continue
        for regex in (pt.DECISION_AGREE, pt.DECISION_PASS):
            for m in regex.finditer(sentence):
                x = re.split(r"[，。；]|并报|，并", m.group("x"))[0]
                value = x if regex is pt.DECISION_AGREE else m.group("v") + x
                if all(f.value != value for f in found):
                    found.append(Found(value, s + m.start("x"), s + m.start("x") + len(x)))
    return found
