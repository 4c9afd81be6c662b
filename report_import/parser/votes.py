"""Items that are a whole sentence: a vote, or the meeting's discussion that may end in one;
and two votes one sentence tells, adopting the election's rules and the election itself."""

import re

from . import patterns as pt
from .adoptions import ADOPTS_PAPER, ELECTION, another_vote
from .items import Item
from .reading import Reading
from .steps import step_span
from .structure import Clause, Text

# How far before the election its adoption is sought: such a sentence tells both within ~80
# characters, and a bound keeps a 200,000-character sentence of votes linear.
TOLD_WITHIN = 200
# A ballot that rates ("进行无记名投票测评", "以无记名投票方式进行民主评议党员", "投票评定等次") is
# the members' rating, 其他 (settled in session 13); one that elects, admits or adopts decides.
RATED = re.compile(r"测评|民主评议|评议党员|评定|等次|打分|评分")
DECIDES = re.compile(r"选举|选出|评选|获评|同意|接收|吸收|转为|转正|通过(?!无记名|不记名|投票)")
ADOPTION = re.compile(rf"{ADOPTS_PAPER.pattern}|表决通过|一致通过")


def election_after_adoption(doc: Text, clause: Clause, s: int) -> bool:
    """ "大会通过了《选举办法》，全体党员…，以无记名投票方式选举产生了…委员": the rules (or the
    tellers and candidates) are adopted by one vote and the committee elected by another, one
    sentence telling both; the gold of four sets files them as two 表决."""
    if not ELECTION.search(clause.text):
        return False
    before = doc.text[max(s, clause.start - TOLD_WITHIN) : clause.start]
    return bool(ADOPTION.search(before)) and not ELECTION.search(before)


def names_the_elected(match: re.Match) -> bool:
    """ "顺利选举产生的新一届支委…": the elected named afterwards, not the vote told again."""
    after = match.string[match.end() : match.end() + 1]
    return match.group().endswith("选举产生") and after == "的"


def sentence_item(r: Reading, kind: str, clause: Clause) -> None:
    """An item that is its whole sentence (or its `；`-step): a vote, or a discussion that may
    end in one."""
    s, e = step_span(r.doc, clause)
    current = r.group[-1] if r.group else None
    rated = RATED.search(r.doc.text, s, e) and not DECIDES.search(r.doc.text, s, e)
    kind = "其他" if kind == "表决" and rated else kind
    if kind == "表决" and election_after_adoption(r.doc, clause, s):
        if current and current.kind == kind and current.sentence == clause.sentence:
            current.text_parts = [(clause.sentence, r.doc.text[s : clause.start].rstrip("，"))]
            current.end = clause.start
        else:  # the adoption no verb of its own made a vote
            _cut_group(r, clause, s)
            _new_item(r, kind, clause, s, clause.start)
        _new_item(r, kind, clause, clause.start, e)
        return
    if _told_on(r, kind, clause, current, r.doc.text[s:e], s):
        return
    _cut_group(r, clause, s)
    _new_item(r, kind, clause, s, e)  # "审议通过了《A》、《B》": one vote (session 14, decision 16)


def _told_on(r: Reading, kind: str, clause: Clause, current, sentence: str, s: int) -> bool:
    """The vote or discussion an item already holds, told on in this clause."""
    listed = [i for i in r.listed if i.kind == kind == "表决"]
    if listed:  # the vote the programme listed, told again
        if listed[0].sentence != clause.sentence:  # not the listing's own words
            listed[0].text_parts.append((clause.sentence, sentence))
        r.group = listed[:1]
        return True
    further = current and current.sentence != clause.sentence
    if further and current.kind == kind == "表决" and another_vote(sentence, _told(current)):
        return False  # "会议还通过了《…议程》": a vote of its own
    if current and current.kind == kind == "表决" and current.paragraph == clause.paragraph:
        if current.sentence != clause.sentence:  # "投票表决结果通过…": its result
            current.text_parts.append((clause.sentence, sentence))
        return True
    if (
        current
        and current.sentence == clause.sentence
        and current.start >= s  # the same `；`-step, not the step before
        and current.speaker is None
        and current.kind in ("表决", "其他")
    ):
        if kind == "表决":
            current.kind = "表决"  # the discussion ended in a vote
        for doc in pt.DOC.findall(sentence):
            if doc not in current.documents:
                current.documents.append(doc)
        return True
    return False


def _told(item) -> str:
    return "".join(text for _, text in item.text_parts)


def _cut_group(r: Reading, clause: Clause, s: int) -> None:
    for item in r.group:  # clauses of this sentence read before belong to the new item
        item.text_parts = [p for p in item.text_parts if p[0] != clause.sentence]
        if item.start < s < item.end:
            item.end = s


def _new_item(r: Reading, kind: str, clause: Clause, s: int, e: int) -> None:
    sentence = r.doc.text[s:e].rstrip("，")
    documents = list(dict.fromkeys(pt.DOC.findall(sentence)))
    item = Item(kind, None, None, [], None, documents, [(clause.sentence, sentence)], s, e)
    item.sentence, item.paragraph = clause.sentence, clause.paragraph
    r.items.append(item)
    r.group = [item]
