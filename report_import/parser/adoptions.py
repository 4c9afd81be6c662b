"""Papers the meeting adopts: "全会审议通过了《…工作报告》、《…决议（草案）》" is one 表决, one
verb passing several objects (settled in session 14, decision 16; the golds of S24/12, S26/22,
S26/23 were rewritten to it), and "会议还通过了《…议程》", told in a sentence after another
vote, is one more — not the result of the vote before, as "投票结果…一致通过" is (S27/15).
"""

import re

# "会议通过了《…》", "大会还通过了《…》": the meeting adopts a paper with the bare verb, read
# after the meeting as subject (通过 with anyone else before it is a means, "冯珏通过《…》情景再现").
MEETING_ADOPTS = re.compile(r"^(?:还|也|又)?通过了(?=《)")
# A vote of its own in a further sentence: a paper, rules or a list adopted there.
_ANOTHER_ADOPTION = re.compile(
    r"^[^，。；]{0,6}?(?:还|又|也|随后|同时)?(?:审议|表决|依次)?(?<!一致)(?<!全票)通过(?:了)?"
    r"(?:《|[^，。；《]{0,16}?(?:办法|名单|议程|人选))"
)
# "…差额选举…", "选举产生了…委员"; not "选举产生的新一届支委…", which names the elected
ELECTION = re.compile(r"(?:差额|等额|投票)选举|选举产生(?!的)|选出(?:了)?新一届")
# "通过了《…选举办法》", "表决通过监票人、计票人和候选人人选", "一致通过了…名单": a paper adopted
ADOPTS_PAPER = re.compile(r"通过(?:了)?(?:《[^》]{1,60}》|[^，。；]{0,12}?(?:办法|名单|人选))")


def another_vote(sentence: str, told: str) -> bool:
    """Whether a further sentence (`sentence`) tells a vote other than the one an item holds
    (`told`, its text): another paper adopted, or the election after the rules were."""
    if _ANOTHER_ADOPTION.match(sentence):
        return True
    election = ELECTION.search(sentence) and not ELECTION.search(told)  # after the rules
    return bool(election and ADOPTS_PAPER.search(told))
