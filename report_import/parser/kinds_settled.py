"""The passes over the read agenda, in order, that settle its kinds and the items one act
tells twice: composed here so that the order shows in one place (`agenda.read_agenda` calls it).
"""

from .applicants import applicants_accounts
from .discussed_votes import with_discussion
from .exchange_turns import as_exchange_turns
from .items import Item
from .settled import as_settled
from .structure import Text
from .team_checks import as_team_checks
from .vote_last import vote_after_told_acts


def settle_kinds(items: list[Item], doc: Text, chairs: set[str]) -> None:
    applicants_accounts(items, doc)  # an applicant's reading and account: one 报告
    as_settled(items, doc)  # the settled table's exchanges and remarks
    as_team_checks(items, doc)  # the team's 对照检查: a 发言 of the one who speaks for it
    vote_after_told_acts(items, doc)  # the acts its sentence tells before a vote come first
    with_discussion(items, doc)  # the members' discussion before their vote
    as_exchange_turns(items, doc, chairs)  # named views of an open exchange; turns told twice
