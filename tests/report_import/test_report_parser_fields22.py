"""Twenty-second round, the meeting's fields: three of session 13's settled decisions and the
newspaper that carried a text.

Decision 6: a centre group's study is named by the group as written, without the school's word
for itself — also when the name after the verb has a topic of its own ("…中心组召开党史专题
学习会议", S29/22; the short 理论中心组 too) and when the school's word stands before the group
after the verb or after 暨 (S25/13, S22/15). Decision 7: a college committee's own meeting
("党委委员会扩大会议", "党委委员会(扩大)会议") is its plenary, 党委全委会, whatever business its
lead sentence names (a review, S30/10; a studied meeting's spirit, S28/21); a review it holds
still has its accounts read as the review's 述职. A newspaper named as where a studied article
appeared ("在《…日报》的撰文《…》", "《…日报》5月8日文章") is no document (S29/09, S30/07).
All sentences are our own.
"""

import pytest

from report_import.parser import parse_report


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "9月17日，海洋学院党委理论中心组召开条例专题学习会议，逐章学习有关条例。",
            "党委理论中心组条例专题学习会议",
        ),
        (
            "10月9日，音乐学院党委理论学习中心组在琴房楼305开展作风建设专题学习会。",
            "党委理论学习中心组作风建设专题学习会",
        ),
        (
            "11月3日上午，材料学院召开学院党委中心组学习会，集中学习全会公报。",
            "党委中心组学习会",
        ),
        (
            "12月2日，“学科建设”专题研讨会暨校党委理论学习中心组（扩大）学习会在行政楼召开。",
            "“学科建设”专题研讨会暨党委理论学习中心组（扩大）学习会",
        ),
    ],
)
def test_a_centre_group_s_study_is_named_by_the_group_without_the_school(text, title):
    record = parse_report(text)
    assert record["title"] == title
    assert record["kind"] == "理论学习中心组学习"


def test_the_group_before_the_verb_leaves_its_college_to_the_host():
    record = parse_report("9月17日，海洋学院党委理论中心组召开条例专题学习会议。")
    assert record["host"] == "海洋学院党委"


@pytest.mark.parametrize(
    "text",
    [
        "12月8日，体育学院在田径馆二楼会议室召开党委委员会扩大会议，听取各党支部书记述职并评议。",
        "2月26日，法学院党委在东楼118室召开党委委员会(扩大)会议，传达学习上级民主生活会精神。",
    ],
)
def test_a_committee_s_own_meeting_is_its_plenary_whatever_its_business(text):
    assert parse_report(text)["kind"] == "党委全委会"


def test_a_review_held_by_the_committee_s_meeting_keeps_its_accounts_as_the_review_s():
    text = (
        "体育学院召开党委委员会扩大会议\n\n"
        "2025年12月8日，体育学院在田径馆二楼会议室召开党委委员会扩大会议，开展党支部书记述职评议。"
        "会议由学院党委书记孔令舟主持。\n"
        "会上，各党支部书记依次围绕支部建设进行了汇报。党委副书记贺云汀进行了点评。\n"
        "孔令舟在讲话中指出，各党支部要抓好整改。\n"
    )
    record = parse_report(text)
    assert record["kind"] == "党委全委会"
    assert [item["kind"] for item in record["agenda"]][0] == "述职"


@pytest.mark.parametrize(
    "text",
    [
        "会上，邵景川带领与会成员学习某部委党组在《人民日报》的撰文《让创新之花开满校园》。",
        "会上，中心组成员又集体学习了《光明日报》9月14日文章，《把论文写在田野上》。",
    ],
)
def test_the_newspaper_that_carried_a_studied_article_is_no_document(text):
    documents = parse_report("3月2日，学院党委理论学习中心组召开集体学习会。" + text)["documents"]
    assert len(documents) == 1
    assert "日报" not in documents[0]


# Guards: near-misses that keep their reading.


def test_guard_a_committee_s_enlarged_meeting_paired_with_a_review_stays_a_review():
    text = "5月8日，化学学院召开党委扩大会议暨2024年度党支部书记述职评议会。"
    assert parse_report(text)["kind"] == "述职评议会"


def test_guard_a_university_s_numbered_committee_meeting_stays_its_standing_committee_s():
    text = "4月9日，校党委书记梁书远主持召开2025年第8次党委会。"
    assert parse_report(text)["kind"] == "党委常委会"


def test_guard_a_campus_committee_keeps_its_qualifier():
    text = "9月2日，南湖校区党委理论学习中心组在行政楼开展集体学习。"
    assert parse_report(text)["title"] == "校区党委理论学习中心组集体学习"


def test_guard_a_plain_committee_meeting_keeps_the_college_s_word():
    assert parse_report("3月5日，外语学院召开学院党委扩大会议。")["title"] == "学院党委扩大会议"


def test_guard_a_notice_followed_by_an_article_word_stays_a_document():
    text = "3月2日，学院党委召开党委扩大会议。会议学习了《关于巡察整改情况的通报》文章。"
    assert parse_report(text)["documents"] == ["关于巡察整改情况的通报"]
