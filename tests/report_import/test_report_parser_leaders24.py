"""Twenty-fourth round, leaders' items: a report's noun after a text's study; an account a 点评 reviews.

A sentence that opens with the noun 报告 after the study, 传达, 解读 or 宣读 of a text tells that
text on (`学习了…工作报告。报告回顾了…`, `…进行了详细的解读。报告对过去六年工作的总结…`: S32/24,
S28/14): no 报告 item with no one who gives it. An account named as what a leader reviews
(`X对…述职汇报情况逐一进行了点评`, S31/23) is the object of the 点评, as 述职 already was: the
leader's item is a 点评, not a 发言/报告 of the account. Guards: a 报告 given after a study and a
report named after one's own 报告 read as before. All sentences are our own.
"""

import pytest

from report_import.parser import parse_report

_BRANCH = (
    "2026年3月12日下午，化学工程学院教工第二党支部在实验楼305会议室召开支部党员大会。"
    "会议由党支部书记陶映秋主持，支部全体党员参加会议。"
)
_REVIEW = (
    "2026年1月15日上午，电子信息学院党委在信息楼210会议室召开党支部书记抓党建工作述职评议会。"
    "会议由学院党委副书记宁若川主持。会上，教工第一党支部书记韦安澜、学生第一党支部书记祁书遥依次述职。"
)


def _agenda(record: dict) -> list[tuple[str, str | None]]:
    return [(item["kind"], item["speaker"]) for item in record["agenda"]]


@pytest.mark.parametrize(
    "told",
    [
        "会上，陶映秋带领大家学习了2026年政府工作报告。"
        "报告回顾了过去一年的工作，提出了今年的总体要求和主要任务。",
        "会上，陶映秋传达了学校第三次党代会精神。"
        "报告对过去五年工作的总结客观准确，对今后五年的谋划站位高、思路实。",
        "会上，陶映秋对学校第三次党代会工作报告进行了详细的解读。"
        "报告对过去五年工作的总结客观准确，对今后五年的谋划站位高、思路实。",
    ],
)
def test_the_report_studied_told_on_by_its_noun_is_no_item(told):
    kinds = [kind for kind, _ in _agenda(parse_report(_BRANCH + told))]
    assert len(kinds) == 1
    assert kinds[0] in ("学习", "传达", "解读")


@pytest.mark.parametrize(
    "account",
    ["各党支部一年来的工作和现场述职汇报情况", "各支部党建工作和述职汇报情况"],
)
def test_the_accounts_a_leader_reviews_make_a_review(account):
    record = parse_report(_REVIEW + f"学院党委书记沈启明对{account}逐一进行了点评。")
    assert _agenda(record) == [("述职", "韦安澜"), ("述职", "祁书遥"), ("点评", "沈启明")]


def test_guard_a_report_given_after_a_study_is_still_a_report():
    record = parse_report(
        _BRANCH + "会上，陶映秋带领大家学习了《中国共产党章程》。"
        "随后，组织委员韩素言向全体党员报告了支部上半年的工作情况。"
    )
    assert ("报告", "韩素言") in _agenda(record)


def test_guard_a_report_named_after_ones_own_report_stays_in_it():
    record = parse_report(
        _BRANCH + "会上，陶映秋代表支部委员会作工作报告。报告回顾了支部一年来的工作。"
    )
    assert _agenda(record) == [("报告", "陶映秋")]


def test_guard_a_work_report_given_to_the_meeting_is_a_report():
    record = parse_report(_BRANCH + "会上，陶映秋代表支委作了2025年度工作汇报。")
    assert _agenda(record) == [("报告", "陶映秋")]
