"""Thirtieth round, acts told inside a vote's sentence: a vote read as its whole sentence went
before the account, the introducer's remarks and the crowd's views or discussion the sentence
tells before the vote; they are held first and the vote last, as the golds file them
(docs/report-parser.md, "Thirtieth round, votes' sentences"). Our own sentences and invented names."""

from report_import.parser import parse_report

_LEAD = (
    "2026年11月4日下午，化学学院第三学生党支部在博学楼305会议室召开支部党员大会，"
    "会议由支部书记沈若宁主持。"
)


def _agenda(sentence: str) -> list[tuple[str, str | None]]:
    return [(i["kind"], i["speaker"]) for i in parse_report(_LEAD + sentence)["agenda"]]


def test_an_account_and_the_crowds_views_come_before_the_vote_of_their_sentence():
    agenda = _agenda(
        "支部委员报告了两名预备党员在预备期间的教育考察情况，与会党员也纷纷发表意见，随后，"
        "全体党员进行了无记名投票，一致同意两名预备党员转为中共正式党员。"
    )
    assert agenda == [("报告", None), ("发言", None), ("表决", None)]


def test_accounts_remarks_and_discussion_come_before_the_vote_that_ends_the_sentence():
    agenda = _agenda(
        "三名发展对象逐一汇报了对党的认识和入党动机，随后入党介绍人向大会介绍了发展对象的培养情况，"
        "与会党员对发展对象能否入党进行了讨论，之后采取无记名投票的方式进行表决。"
    )
    assert agenda == [("报告", None), ("发言", None), ("交流", None), ("表决", None)]


def test_a_vote_told_by_who_votes_comes_after_the_steps_before_it():
    agenda = _agenda(
        "会上，每位发展对象均汇报了对党的认识和个人经历，入党介绍人介绍了发展对象的情况并表明意见，"
        "与会党员发表意见，有表决权的正式党员无记名投票，全票通过。"
    )
    assert agenda[-1] == ("表决", None)
    assert ("表决", None) not in agenda[:-1]


def test_a_vote_alone_in_its_sentence_stays_one_item():
    # a guard: nothing told before the vote word
    agenda = _agenda("全体正式党员进行了无记名投票，一致同意接收两名同志为中共预备党员。")
    assert agenda == [("表决", None)]


def test_an_act_told_after_the_vote_stays_after_it():
    # a guard: the new members' remarks follow the vote in the sentence and in the agenda
    agenda = _agenda(
        "全体正式党员进行了无记名投票，一致同意接收两名同志为中共预备党员，随后新党员代表作了表态发言。"
    )
    assert agenda == [("表决", None), ("发言", None)]


def test_an_adoption_and_an_election_in_one_sentence_stay_two_votes():
    # a guard: the two votes of `votes.election_after_adoption` keep their order
    agenda = _agenda(
        "大会通过了《选举办法》，全体党员以无记名投票方式选举产生了新一届支部委员会委员。"
    )
    assert agenda == [("表决", None), ("表决", None)]


def test_the_discussion_before_a_vote_is_told_once():
    # a guard: `discussed_votes` adds the discussion; moving the vote does not add it twice
    agenda = _agenda(
        "与会党员充分讨论、正式党员进行不记名投票表决后，一致同意发展两名同志为中共预备党员。"
    )
    assert agenda == [("交流", None), ("表决", None)]
