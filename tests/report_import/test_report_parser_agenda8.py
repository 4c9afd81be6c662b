"""The agenda on the eighth round's patterns, found across the seven field sets (docs/report-parser.md,
"Eighth round, agenda"): the election after the adopted rules, a study someone leads by reviewing a
text, the chair's headcount, the members' visit after a led study.
Every sentence here is our own, with invented names.
"""

import pytest

from report_import.parser import parse_report

from .records import agenda

ELECTION = (
    "11月6日下午，机械学院教工第一党支部召开支部党员大会，进行换届选举。会议由支部书记杜明远主持。"
    "杜明远代表上届支部委员会作工作报告。"
)
BRANCH = "3月18日上午，药学院学生第二党支部开展主题党日活动。活动由支部书记罗佳音主持。"
MEETING = "12月3日下午，土木学院研究生党支部召开支部党员大会。会议由支部书记沈一帆主持，支部全体党员参加。"


# The election after the adopted rules ------------------------------------------------------


@pytest.mark.parametrize(
    "told",
    [
        "随后，大会通过了《机械学院教工第一党支部委员会换届选举办法》，全体党员按照规定的程序，"
        "采用无记名投票的办法差额选举产生了新一届支部委员会。",
        "随后，大会一致通过了选举办法和候选人名单，全体党员以无记名投票方式选举产生了三名支部委员。",
        "随后，支部大会表决通过监票人、计票人和候选人人选，并采取无记名投票方式进行差额选举，"
        "最终选举产生三位同志为新一届支委会委员。",
    ],
)
def test_adopting_the_rules_and_electing_the_committee_in_one_sentence_are_two_votes(told):
    r = parse_report(ELECTION + told)
    assert agenda(r) == [("报告", "杜明远"), ("表决", None), ("表决", None)]


def test_the_adopted_rules_keep_their_document_and_the_election_its_own_words():
    r = parse_report(
        ELECTION
        + "随后，大会通过了《教工第一党支部换届选举办法》，全体党员以无记名投票方式选举产生了"
        "新一届支部委员会。"
    )
    adoption, election = r["agenda"][1:]
    assert adoption["documents"] == ["教工第一党支部换届选举办法"]
    assert "选举产生" not in adoption["text"]
    assert "选举产生" in election["text"]


def test_an_election_told_by_its_means_in_one_clause_stays_one_vote():
    r = parse_report(ELECTION + "其次，全体党员通过无记名差额选举产生了五名新支委。")
    assert agenda(r) == [("报告", "杜明远"), ("表决", None)]


def test_the_elected_named_afterwards_are_no_vote_told_again():
    r = parse_report(
        ELECTION + "全体党员以无记名投票方式选举产生了新一届支部委员会。"
        "新选举产生的支委们表示将团结带领全体党员做好工作。"
    )
    assert agenda(r) == [("报告", "杜明远"), ("表决", None)]


# A study someone leads by reviewing a text ------------------------------------------------


@pytest.mark.parametrize(
    "led",
    [
        "组织委员孔令宇带领全体党员回顾了《中国共产党章程》的修改历程。",
        "组织委员孔令宇组织大家共同重温党章，了解党章的演变。",
        "组织委员孔令宇带领大家逐条回顾了《中国共产党纪律处分条例》的主要内容。",
    ],
)
def test_a_member_who_leads_a_review_of_a_text_leads_a_study(led):
    assert agenda(parse_report(BRANCH + led)) == [("学习", "孔令宇")]


def test_leading_the_renewal_of_the_oath_stays_a_ceremony():
    r = parse_report(BRANCH + "罗佳音带领全体党员重温了入党誓词。")
    assert agenda(r) == [("其他", "罗佳音")]


def test_the_members_visit_told_after_a_led_study_is_a_step_of_its_own():
    r = parse_report(
        BRANCH + "组织委员孔令宇带领全体党员回顾了《中国共产党章程》的修改历程。"
        "随后，全体党员到校史馆参观学习。"
    )
    assert agenda(r) == [("学习", "孔令宇"), ("其他", None)]


def test_the_members_visit_after_a_led_visit_goes_on_with_it():
    r = parse_report(BRANCH + "罗佳音带领全体党员参观了校史馆。全体党员认真参观了各个展厅。")
    assert agenda(r) == [("其他", "罗佳音")]  # a visit led: 其他 (the settled table)


# The chair's headcount -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "会议开始，支部书记报告了出席会议的人数，到会人数符合规定。",
        "会议开始，沈一帆宣布了会议主题和参会情况，符合组织要求。",
        "会议开始，主持人通报了出席情况。",
    ],
)
def test_the_headcount_told_at_the_opening_is_the_chairs_act(opening):
    r = parse_report(MEETING + opening + "随后，入党积极分子吴佳汇报了思想和学习情况。")
    assert agenda(r) == [("主持", "沈一帆"), ("报告", "吴佳")]


def test_a_headcount_with_two_chairs_names_neither():
    r = parse_report(
        "12月3日，土木学院研究生党支部召开支部党员大会。会议由支部书记沈一帆、副书记唐敏共同主持。"
        "会议开始，支部书记报告了出席会议的人数。"
    )
    assert agenda(r) == [("主持", None)]


# The participants' rating at a review of the secretaries -----------------------------------

REVIEW = "1月8日下午，化学学院党委召开2024年度党支部书记抓党建工作述职评议会。学院党委书记邓文博主持会议。"


@pytest.mark.parametrize(
    "rating",
    [
        "，与会人员现场进行了评议。",
        "，参会人员对两名党支部书记的履职情况进行了评定。",
        "。学院党委委员和党员代表共12人参加会议并对支部书记进行了评议。",
    ],
)
def test_the_participants_rating_of_the_accounts_is_a_step_of_its_own(rating):
    r = parse_report(REVIEW + "党支部书记钱晓东、马云飞依次述职" + rating)
    assert agenda(r) == [("述职", "钱晓东"), ("述职", "马云飞"), ("其他", None)]


def test_a_rating_already_read_as_the_members_step_is_not_added_twice():
    r = parse_report(REVIEW + "党支部书记钱晓东、马云飞依次述职。随后，与会人员进行了民主测评。")
    assert agenda(r) == [("述职", "钱晓东"), ("述职", "马云飞"), ("其他", None)]


def test_the_members_rating_outside_a_review_of_the_secretaries_adds_no_step():
    r = parse_report(
        "1月9日，土木学院领导班子召开民主生活会。会议由学院党委书记陶明主持。"
        "陶明代表班子作对照检查，其他班子成员对班子工作进行了评议。"
    )
    assert ("其他", None) not in agenda(r)
