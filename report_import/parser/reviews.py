"""At a 述职评议会: the participants' rating of the ones who gave account, a step of its own."""

import re

from .items import Item
from .structure import Text

# "参会人员对14名党总支书记履职情况进行了民主评议", "与会人员现场进行了评议", "…共13人参加会议
# 并对支部书记进行了评议", "评议人员…分类进行现场评议", "参会人员对其抓党建工作情况进行评定"
RATED = re.compile(
    r"(?:参会|与会|评议)(?:人员|代表)[^，。；]{0,40}?(?:进行|作|开展)(?:了)?(?:民主|现场)?(?:评议|评定)"
    r"|(?:参加会议|到会)并对[^，。；]{0,30}?(?:进行|作)(?:了)?(?:民主)?(?:评议|评定)"
    r"|(?:进行|开展)(?:了)?现场评议"
)
# A report tells the rating once; a bound keeps a text of endless ratings linear.
RATINGS_READ = 3


def ratings_of_the_reviewed(items: list[Item], doc: Text) -> None:
    """Add the participants' rating after the accounts (其他, no speaker), as the gold of five
    sets files it, where no item of the members' own already holds it."""
    found = 0
    for clause in doc.clauses:
        m = RATED.search(clause.text)
        if not m:
            continue
        found += 1
        if found > RATINGS_READ:
            break
        at = clause.start + m.start()
        if any(item.kind == "其他" and item.start <= at < item.end for item in items):
            continue
        text = [(clause.sentence, clause.text[m.start() :])]
        item = Item("其他", None, None, [], None, [], text, at, clause.end, clause.sentence)
        item.paragraph = clause.paragraph
        items.append(item)
    items.sort(key=lambda item: item.start)
