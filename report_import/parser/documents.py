"""The documents pass: 《titles》 read or studied, pledges signed, decisions taken."""

import re
from dataclasses import dataclass, field

from . import lexicon as lx
from . import patterns as pt
from .people import split_top
from .structure import Clause, Found, Text, strip_adverbials


@dataclass
class Papers:
    documents: list[Found] = field(default_factory=list)
    pledges: list[Found] = field(default_factory=list)  # value: {"title", "year", "parties"}
    decisions: list[Found] = field(default_factory=list)


def read_documents(doc: Text) -> Papers:
    out = Papers()
    last_parties: list[str] = []
    for clause in doc.clauses:
        for pledge in _pledges_in(clause, last_parties):
            last_parties = pledge.value["parties"] or last_parties
            out.pledges.append(pledge)
    pledge_titles = {p.value["title"] for p in out.pledges}
    seen: list[str] = []
    for m in pt.DOC.finditer(doc.text):
        title = m.group("doc")
        short_form = any(
            t.endswith(title) and t != title for t in seen
        )  # 《条例》 after its full title
        if _performed(doc.text, m):
            continue
        if title not in pledge_titles and title not in seen and not short_form:
            seen.append(title)
            out.documents.append(Found(title, m.start("doc"), m.end("doc")))
    out.decisions = _decisions(doc)
    return out


def _performed(text: str, m: re.Match) -> bool:
    """A song, a performance or a periodical: named in 《》 but not a paper of the meeting."""
    before = text[max(0, m.start() - 8) : m.start()]
    after = text[m.end() : m.end() + 6]
    return bool(
        pt.PERFORMANCE_BEFORE.search(before)
        or pt.SONG_TITLE.search(m.group("doc"))
        or pt.PERIODICAL_AFTER.match(after)
    )


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
