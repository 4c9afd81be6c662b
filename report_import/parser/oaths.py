"""An oath told inside another act's comma part or sentence is an item of its own. The table
files an oath (重温入党誓词, 向党旗宣誓) as a step `其他`; told after a visit, a vote or a wreath
("…敬献花篮，并面向党旗庄严宣誓、重温入党誓词", "…一致通过了…转正申请。最后，全场一同宣读入党
誓词"), the item the reader drafted there swallows it. Sets 18-30 and 31-34: docs/report-parser.md,
"Twenty-seventh round, split"."""

import re

from . import patterns as pt
from .items import Item
from .structure import Clause, Found, Text
from .unread_acts import body_span, no_act, origin

# "重温了入党誓词", "宣读入党誓词", "再读入党誓词", "向党旗宣誓", "庄严宣誓": the members take the oath.
OATH = re.compile(
    r"(?<!中)(?:(?:重温|宣读|再读|诵读|齐读)(?:了)?入党誓词|向(?:鲜红的)?党旗(?:庄严)?宣誓|庄严宣誓)"
)
# "通过…、重温入党誓词等形式", "要求…通过重温入党誓词、开展谈心谈话": a means named, not a step held.
_MEANS = re.compile(r"通过[^，。；]{0,40}$")
# "第二单元，瞻仰…，重温入党誓词": a heading's list of the steps told after it (other_steps.another_step).
_HEADING = re.compile(r"^第[一二三四五六七八九十\d]{1,3}(?:单元|环节|部分|篇章|项)")


def oaths(doc: Text, items: list[Item], used: set[int], title: Found | None) -> list[Item]:
    """One `其他` item for each oath in the body that no drafted item is."""
    start, end = body_span(doc, title)
    found: list[Item] = []
    for index, clause in enumerate(doc.clauses):
        match = OATH.search(clause.text) if start <= clause.start < end else None
        if not match or index in used or no_act(doc, clause, clause.text, title):
            continue
        if _MEANS.search(clause.text[: match.start()]) or _HEADING.match(doc.sentence_of(clause)):
            continue
        at = clause.start + match.start()
        if not any(_is_the_oath(doc, item, at, clause) for item in items + found):
            where = (clause.sentence, clause.paragraph)
            found.append(Item("其他", None, None, [], None, [], [], at, clause.end, *where))
    return found


def _is_the_oath(doc: Text, item: Item, at: int, clause: Clause) -> bool:
    """A step opened in the oath's comma part ("X带领…面向党旗宣誓") or by its leader before it
    ("在X的领誓下，全体党员…重温入党誓词"), or at the oath ("宣读入党誓词"
    read as a reading), an item that opened with an oath, or a step that tells an oath in another
    comma part: an oath is taken once ("第二单元，瞻仰…，重温入党誓词" then "…举起右手庄严宣誓")."""
    if abs(item.start - at) <= 4 or OATH.search(doc.text, *origin(doc, item)):
        return True
    if item.kind != "其他":
        return False
    told = (m.start() for m in OATH.finditer(doc.text, item.start, item.end))
    leaders = pt.LED_BY.finditer(doc.text, doc.sentences[clause.sentence][0], at)
    led = any(m.start() <= item.start < m.end() for m in leaders)  # the leader named
    return (
        led
        or clause.start <= item.start < clause.end
        or any(not clause.start <= other < clause.end for other in told)
    )
