"""The report parser on documents, date, host, venue and attendees, seventh round: rules drawn
from the errors of all six field sets pooled (docs/report-parser.md, "Seventh round"). Every
sentence here is our own, with invented names; each rule is tried on a variant too."""

import datetime

import pytest

from report_import.parser import parse_report, parse_report_with_trace
from report_import.parser.clean import normalise_punctuation
from report_import.scoring import folder_cases

from .records import attendee
from .test_report_parser_score import OWN

# ---------------------------------------------------------------- titles in 《》


@pytest.mark.parametrize(
    "title",
    [
        "守正创新:新时代青年的使命担当",
        "以制度建设为主线,推进全面从严治党",
        "中国共产党支部工作条例(试行)",
    ],
)
def test_a_document_title_keeps_its_punctuation_as_written(title):
    text = f"2024年5月8日上午，数学学院教工党支部召开支部党员大会，集中学习《{title}》。"
    assert parse_report(text)["documents"] == [title]


def test_commas_between_clauses_outside_a_title_are_still_widened():
    text = "5月8日上午,数学学院教工党支部召开支部党员大会,集中学习《守正:新时代的担当》,交流心得。"
    assert normalise_punctuation(text) == (
        "5月8日上午，数学学院教工党支部召开支部党员大会，集中学习《守正:新时代的担当》，交流心得。"
    )
    assert parse_report(text)["title"] == "支部党员大会"


# ---------------------------------------------------------------- years from cohorts and school years


def test_a_cohort_dates_a_report_that_gives_no_year():
    text = "11月6日晚，2022级研究生党支部在明德楼召开支部党员大会。"
    record, trace = parse_report_with_trace(text)
    assert record["date"] == "2022-11-06"
    assert trace["year"]["source"] == "mentioned"


@pytest.mark.parametrize(
    ("day", "date"),
    [("6月15日", "2021-06-15"), ("10月12日", "2020-10-12")],
)
def test_a_school_year_dates_a_report_by_the_month_it_names(day, date):
    text = f"{day}下午，财务处党支部召开党员大会，评选2020-2021学年优秀共产党员。"
    assert parse_report(text)["date"] == date


def test_a_later_year_written_out_beats_a_cohort():
    text = "11月6日晚，2020级研究生党支部召开支部党员大会，总结2023年工作。"
    assert parse_report(text)["date"] == "2023-11-06"


def test_a_cohort_does_not_outrank_the_publication_date():
    text = "11月6日晚，2020级研究生党支部召开支部党员大会。"
    record = parse_report(text, published=datetime.date(2024, 11, 9))
    assert record["date"] == "2024-11-06"


# ---------------------------------------------------------------- a hospital's 我院

HOSPITAL = (
    "2024年3月6日，我院在门诊楼会议室召开领导班子民主生活会。我院党委委员、副院长冯立群"
    "通报了医院整改情况，医院领导班子成员参加会议。"
)


def test_a_hospital_writing_our_hospital_is_the_host():
    record = parse_report(HOSPITAL)
    assert record["host"] == "医院"
    assert attendee(record, "冯立群")["titles"] == ["医院党委委员", "副院长"]


def test_a_college_writing_our_college_stays_the_college():
    text = HOSPITAL.replace("医院", "学院")
    record = parse_report(text)
    assert record["host"] == "学院"
    # a college's own 我院 is dropped from a title, as the golds of sets 18-22 file it (round 18)
    assert attendee(record, "冯立群")["titles"] == ["党委委员", "副院长"]


def test_a_college_that_names_a_hospital_once_is_still_a_college():
    text = (
        "2024年3月6日，我院党委在学院二楼会议室召开理论学习中心组学习会，学院党委委员、"
        "附属医院院长冯立群参加会议。"
    )
    assert parse_report(text)["host"] == "学院党委"


# ---------------------------------------------------------------- a room told later


def test_a_room_told_after_the_lead_sentence_is_the_venue():
    text = (
        "2024年4月9日上午，机械学院第二党支部开展主题党日活动。全体党员首先重温入党誓词。"
        "当天，支部书记宁海涛在工程楼B306为全体党员讲授专题党课。"
    )
    assert parse_report(text)["venue"] == "工程楼B306"


def test_a_room_told_later_does_not_replace_the_lead_sentence_s_place():
    text = (
        "2024年4月9日上午，机械学院第二党支部在党员之家召开主题党日活动。"
        "随后，支部书记宁海涛在工程楼B306为全体党员讲授专题党课。"
    )
    assert parse_report(text)["venue"] == "党员之家"


def test_a_day_after_zai_is_no_room():
    text = "2024年4月9日上午，机械学院第二党支部召开支部党员大会。在当天下午，大家继续讨论。"
    assert parse_report(text)["venue"] is None


# ---------------------------------------------------------------- members elected


@pytest.mark.parametrize(
    "told",
    [
        "选举产生了周一帆、田静、罗志强等3名支部委员",
        "选举产生周一帆、田静、罗志强，三位同志为新一届支部委员会委员",
        "选举产生了新一届支部委员会共计3人：周一帆、田静、罗志强",
    ],
)
def test_members_elected_by_the_meeting_attend_it(told):
    text = f"2025年9月26日下午，化学学院第一党支部召开支部党员大会，以无记名投票方式{told}。"
    names = {a["name"] for a in parse_report(text)["attendees"]}
    assert {"周一帆", "田静", "罗志强"} <= names


def test_a_committee_elected_without_names_adds_no_one():
    text = "2025年9月26日下午，化学学院第一党支部召开支部党员大会，选举产生了新一届支部委员会。"
    assert parse_report(text)["attendees"] == []


# ---------------------------------------------------------------- titles without a clause's words


@pytest.mark.parametrize(
    ("sentence", "name", "titles"),
    [
        # an enumerator of the agenda before the title
        ("会议议程：四是老党员代表魏长庚同志讲话；", "魏长庚", ["老党员代表"]),
        # a clause ending in 主持 before the list of those who took part
        (
            "本次活动由党支部书记柯文静老师主持、宣传委员唐宇老师、组织委员贺志平老师参加。",
            "唐宇",
            ["宣传委员"],
        ),
        # the inviting verb
        (
            "会议邀请学校纪委副书记、监察处处长霍建新参加。",
            "霍建新",
            ["学校纪委副书记", "监察处处长"],
        ),
        # a unit written twice by the page
        ("学校学校党委副书记邹文斌出席会议。", "邹文斌", ["学校党委副书记"]),
    ],
)
def test_a_title_drops_the_words_of_a_clause_before_it(sentence, name, titles):
    text = f"2025年1月10日上午，经济学院教工党支部召开支部党员大会。{sentence}"
    assert attendee(parse_report(text), name)["titles"] == titles


def test_a_quote_opened_inside_a_title_stays_in_it():
    text = (
        "2025年1月10日上午，经济学院教工党支部召开支部党员大会。学校“青春向党”宣讲团成员、"
        "审计处处长邹文斌参加会议。"
    )
    titles = attendee(parse_report(text), "邹文斌")["titles"]
    assert titles == ["学校“青春向党”宣讲团成员", "审计处处长"]


# ---------------------------------------------------------------- own reports


def test_own_reports_with_three_digit_numbers_are_scored():
    names = [case.name for case in folder_cases(OWN)]
    assert {f"{n}-" for n in range(120, 128)} <= {name[:4] for name in names}
    assert names == sorted(names)
