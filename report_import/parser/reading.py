"""The state of the agenda pass while it reads a report's clauses in order."""

from dataclasses import dataclass, field

from .items import Item
from .people import Participant, PersonRef, Registry
from .structure import Clause, Found, Text


@dataclass
class Reading:
    """What reading the clauses so far has built; only the agenda pass (`agenda.py`, `votes.py`) touches it."""

    doc: Text
    registry: Registry
    chairs: set[str]
    title: Found | None
    mentions: list[PersonRef]
    items: list[Item] = field(default_factory=list)
    group: list[Item] = field(default_factory=list)  # the items the last clause made
    pending: list[Clause] = field(default_factory=list)  # comma parts of a subject list
    last_speaker: str | None = None
    # "A、B、C结合分管工作，先后交流了体会": speakers whose verb comes in a later clause
    carried: tuple[int, list[Participant]] | None = None
    listed: list[Item] = field(default_factory=list)  # items of a programme the report listed
    told: set[int] = field(default_factory=set)  # the listed items told again since
    announced: list[Item] = field(default_factory=list)  # one act each of a list of speakers
    idle: tuple[int, list[Participant]] | None = None  # a sentence's people with no act
    named: str | None = None  # the last person a clause's subject named: who 他/她 is
    quoting: int = -1  # the sentence whose rest is what someone said ("X指出，…")
    invited: list[Item] = field(default_factory=list)  # "邀请X作…报告": told again later
    bare: int = -1  # a sentence opened by 会上/随后 whose comma parts so far name no one
    members: list[Participant] = field(default_factory=list)
