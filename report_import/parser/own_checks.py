"""One's own 对照检查 after the team's: "X代表领导班子作对照检查，并带头作个人对照检查发言" is two
acts of X, each a 发言 (the settled table: one item per speaker per act). The agenda pass asks
here whether X's further 发言 is the team's told on or one's own."""

import re

from . import patterns as pt
from .items import Item

# "，并带头作个人对照检查", "；随后带头作对照检查", "…改进措施并带头作个人发言": one's own check,
# led by the one who spoke for the team; in the team's own sentence it is told as a check
# ("，并带头开展批评和自我批评" goes on with the team's, own report 176), in the next sentence
# any act led is one's own ("。随后，带头开展了批评和自我批评", S26/06)
_THEN = r"^(?:随后|然后|接着|之后)?"
LED_IN_SENTENCE = re.compile(
    rf"(?:{_THEN}|并)带头(?:作|做|开展|进行)(?:了)?(?:个人)?(?:对照检查|自我剖析|剖析|发言)"
)
LED_NEXT = re.compile(rf"{_THEN}带头(?:作|做|开展|进行)")


def told(text: str, current: Item, sentence: int, body: str) -> bool:
    """A comma part without a subject that tells one's own check after the team's
    (`，并带头做了个人对照检查`, `；随后带头作对照检查`: S21/23, S25/26), or the next sentence
    that opens with it (`。随后带头开展自我剖析`: S26/06, S28/22). `text` is the report's."""
    if current.sentence + 1 == sentence:
        return bool(LED_NEXT.match(body)) and _teams_check(text, current)
    told_on = body.startswith("并") or LED_IN_SENTENCE.search(body)
    return bool(told_on) and _after_teams(text, current, body)


def in_next_sentence(text: str, current: Item, sentence: int, body: str) -> bool:
    return current.sentence + 1 == sentence and told(text, current, sentence, body)


def apart(text: str, last: Item, new: Item) -> bool:
    """The new 发言 of the one who spoke for the team is one's own check, not the team's told
    on: in its sentence or the next."""
    own = text[new.start : new.end]
    return _after_teams(text, last, own) or in_next_sentence(text, last, new.sentence, own)


def _after_teams(text: str, last: Item, own: str) -> bool:
    own_told = "个人" in own or LED_IN_SENTENCE.search(own)
    return _teams_check(text, last) and bool(own_told) and not pt.ON_BEHALF_OF_TEAM.search(own)


def _teams_check(text: str, last: Item) -> bool:
    told = text[last.start : min(last.end, last.start + 200)]  # the act's own telling
    team = last.kind == "发言" and "对照检查" in told and pt.ON_BEHALF_OF_TEAM.search(told)
    return bool(team and last.speaker)
