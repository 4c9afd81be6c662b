"""Votes told together: adopting the election's rules and the election itself."""

import re

from .items import Item
from .structure import Clause, Text

# "…差额选举…", "选举产生了…委员"; not "选举产生的新一届支委…", which names the elected
ELECTION = re.compile(r"(?:差额|等额|投票)选举|选举产生(?!的)|选出(?:了)?新一届")
ADOPTION = re.compile(r"通过")


def election_after_adoption(doc: Text, clause: Clause, current: Item | None) -> bool:
    """ "大会通过了《选举办法》，全体党员…，以无记名投票方式选举产生了…委员": the rules (or the
    tellers and candidates) are adopted by one vote and the committee elected by another, one
    sentence telling both; the gold of four sets files them as two 表决."""
    if not (current and current.kind == "表决" and current.sentence == clause.sentence):
        return False
    if not ELECTION.search(clause.text):
        return False
    before = doc.text[doc.sentences[clause.sentence][0] : clause.start]
    return bool(ADOPTION.search(before)) and not ELECTION.search(before)


def names_the_elected(match: re.Match) -> bool:
    """ "顺利选举产生的新一届支委…": the elected named afterwards, not the vote told again."""
    after = match.string[match.end() : match.end() + 1]
    return match.group().endswith("选举产生") and after == "的"
