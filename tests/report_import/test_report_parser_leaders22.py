"""The twenty-second round's leaders' part (docs/report-parser.md, "Twenty-second round,
leaders"): a 述职 named as what a leader reviews is the review's object, not an act of its own
(`对…述职报告进行了逐一点评`, `结合…述职内容，逐一进行点评`, `听取了述职并逐一点评`); a leader's
closing 总结 told as `在最后总结中说/指出` or `总结到：` is a speech (settled in session 13,
decision 2); a leader's praise told in the leader's own speech (`在总结时…给予了充分肯定`,
`作总结讲话。他充分肯定了…`) is that speech, not a 点评. Every sentence here is our own, with
invented names.
"""

import pytest

from report_import.parser import parse_report

from .records import agenda

REVIEW = (
    "2026年1月9日上午，材料学院党委在材料楼210会议室召开2025年度党支部书记述职评议会。"
    "学院党委书记宁远舟、各党支部书记参加会议。会上，6名党支部书记依次述职。"
)
LECTURE = (
    "2026年3月20日下午，外国语学院教工党支部在外语楼406会议室开展专题党课，支部全体党员参加。"
    "党员丁慕言以“从党史中汲取奋进力量”为题讲授专题党课。"
)


# A 述职 reviewed ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "told",
    [
        "宁远舟对每名党支部书记的述职报告进行了逐一点评。",
        "宁远舟对各支部的述职报告作了点评。",
        "宁远舟书记结合各支部日常工作落实情况及述职内容，逐一进行点评。",
        "宁远舟认真听取了述职并逐一点评。",
        "宁远舟分别对述职进行点评，既肯定成绩，又指出问题。",
    ],
)
def test_the_account_a_leader_reviews_is_no_account_of_his(told):
    assert agenda(parse_report(REVIEW + told)) == [("述职", None), ("点评", "宁远舟")]


def test_the_review_of_the_accounts_then_directions_in_a_further_sentence():
    told = "宁远舟对每名党支部书记的述职报告进行了逐一点评。他要求各党支部抓好问题整改。"
    assert agenda(parse_report(REVIEW + told)) == [
        ("述职", None),
        ("点评", "宁远舟"),
        ("讲话", "宁远舟"),
    ]


def test_the_crowd_reviewing_the_accounts_is_one_review():
    told = "学院党委委员分别结合党建工作调研、支部日常工作开展、现场述职汇报等情况，逐一进行点评。"
    assert agenda(parse_report(REVIEW + told)) == [("述职", None), ("点评", None)]


# Guards: accounts given, and a review told after them -----------------------------------------


@pytest.mark.parametrize(
    "told",
    [
        "随后，宁远舟进行点评。",
        "述职结束后，宁远舟逐一点评。",
    ],
)
def test_a_review_after_the_accounts_stays_a_review(told):
    assert agenda(parse_report(REVIEW + told)) == [("述职", None), ("点评", "宁远舟")]


def test_the_accounts_given_in_the_reviews_sentence_stay_accounts():
    lead = REVIEW.removesuffix("会上，6名党支部书记依次述职。")
    told = "会上，6名党支部书记依次作述职报告，宁远舟逐一点评。"
    assert agenda(parse_report(lead + told)) == [("述职", None), ("点评", "宁远舟")]


def test_an_account_of_a_years_work_is_still_an_account():
    lead = REVIEW.removesuffix("会上，6名党支部书记依次述职。")
    told = "会上，教工党支部书记柯明远围绕一年来的工作作述职报告。"
    assert agenda(parse_report(lead + told)) == [("述职", "柯明远")]


# A leader's closing 总结 ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "told",
    [
        "党支部书记祁正平在最后总结中说，本次党课内容翔实。",
        "党支部书记祁正平同志在最后总结中说。本次党课内容翔实。",
        "党支部书记祁正平在最后总结中指出，本次党课内容翔实。",
        "党支部书记祁正平在总结时说，本次党课内容翔实。",
        "党支部书记祁正平总结到：本次党课内容翔实。",
    ],
)
def test_a_closing_summing_up_is_a_speech(told):
    assert agenda(parse_report(LECTURE + told)) == [("报告", "丁慕言"), ("讲话", "祁正平")]


# Guards: what 说 alone or a lecture's own words say ------------------------------------------


@pytest.mark.parametrize(
    "told",
    [
        "党支部书记祁正平总结道：本次党课内容翔实。",
        "党支部书记祁正平在总结中指出，本次党课内容翔实。",
    ],
)
def test_the_forms_read_before_stay_speeches(told):
    assert agenda(parse_report(LECTURE + told)) == [("报告", "丁慕言"), ("讲话", "祁正平")]


def test_a_bare_said_is_no_new_speech():
    told = "党支部书记祁正平说，本次党课内容翔实。"
    assert ("讲话", "祁正平") not in agenda(parse_report(LECTURE + told))


# Praise told in one's own speech ----------------------------------------------------------------

LIFE = (
    "2026年1月20日下午，化学系教工党支部在化学楼302会议室召开2025年度组织生活会。学院党委书记"
    "严启航参加会议，会议由支部书记骆一川主持。骆一川代表支部委员会作对照检查。"
)


@pytest.mark.parametrize(
    "told",
    [
        "严启航在总结时对会议给予了充分肯定，指出各位党员剖析深刻。",
        "最后，严启航作总结讲话。他充分肯定了各党员的自我剖析，要求抓好整改。",
        "严启航在交流研讨时对本次会议给予肯定。他说，大家的剖析都很到位。",
    ],
)
def test_praise_in_ones_own_speech_is_that_speech(told):
    assert agenda(parse_report(LIFE + told)) == [("发言", "骆一川"), ("讲话", "严启航")]


# Guards: a verdict of its own, and a review named ---------------------------------------------


@pytest.mark.parametrize(
    "told",
    [
        "严启航对本次组织生活会给予充分肯定。",
        "随后，严启航作指导点评。他充分肯定了各党员的自我剖析。",
        "严启航在点评中肯定了各党员的自我剖析。",
    ],
)
def test_a_verdict_outside_a_speech_stays_a_review(told):
    assert agenda(parse_report(LIFE + told)) == [("发言", "骆一川"), ("点评", "严启航")]
