"""The report parser on names, headcounts, dates and titles, ninth round: rules drawn from the
errors of all eight field sets pooled (docs/report-parser.md, "Ninth round, fields"), each a
test of what a value of its field can be rather than a wording. Every sentence here is our own,
with invented names; each rule is tried on a variant or a guard too."""

import pytest

from report_import.parser import parse_report, parse_report_with_trace

from .records import agenda, attendee

# ---------------------------------------------------------------- what a name can be


def _names(record):
    return [a["name"] for a in record["attendees"]]


def test_teachers_and_students_speaking_together_are_no_person():
    text = (
        "2025年5月20日下午，材料学院学生第一党支部召开支部党员大会，支部书记吴晓东主持会议。"
        "会后，师生们表示，要把学习成果转化为实际行动。"
    )
    names = _names(parse_report(text))
    assert "师生们" not in names
    assert "吴晓东" in names


def test_a_committee_member_reporting_to_the_meeting_is_no_person_called_xiang():
    text = (
        "2025年5月20日下午，材料学院学生第一党支部召开支部党员大会，支部书记吴晓东主持会议。"
        "会上，入党积极分子向大会汇报了自己的思想情况。"
    )
    record = parse_report(text)
    assert "向大会" not in _names(record)
    assert all(speaker != "向大会" for _, speaker in agenda(record))


def test_a_unit_of_teachers_and_students_before_a_post_is_no_person():
    text = (
        "2025年3月6日上午，文学院党总支召开民主生活会，会议由党总支书记罗晓梅主持，"
        "办公室主任、师生党支部书记列席会议。"
    )
    assert "师生" not in _names(parse_report(text))


def test_the_word_closing_an_unfinished_list_is_not_part_of_the_last_name():
    text = (
        "2024年6月3日下午，外国语学院学生党支部召开支部党员大会，支部书记赵友龙主持会议。"
        "大会讨论并通过了接收缪怡烨、陈范等两位同学为预备党员。"
    )
    names = _names(parse_report(text))
    assert "陈范等" not in names
    assert "陈范" in names


@pytest.mark.parametrize("name", ["向文明", "师建国", "党连生"])
def test_real_names_with_word_like_surnames_stay(name):
    text = f"2024年6月3日下午，外国语学院学生党支部召开支部党员大会，支部书记{name}主持会议。"
    assert name in _names(parse_report(text))


# ---------------------------------------------------------------- 应到 and 实到 of the voting members


def test_the_count_present_answers_the_voting_count_expected():
    text = (
        "2025年6月18日上午，药学院教工党支部召开预备党员转正大会。本次大会应到党员26人，实到24人；"
        "其中应到正式党员21人，实到20人，符合规定人数。"
    )
    record = parse_report(text)
    assert (record["expected"], record["present"]) == (21, 20)


@pytest.mark.parametrize(
    "told",
    ["应到有表决权正式党员24名，实到有表决权党员22名", "应到具有表决权的正式党员24名，实到22名"],
    ids=["with-voting-rights", "having-voting-rights"],
)
def test_members_with_voting_rights_are_counted(told):
    text = f"2018年12月11日，图书馆党支部召开支部党员大会。{told}。"
    record = parse_report(text)
    assert (record["expected"], record["present"]) == (24, 22)


def test_a_single_pair_of_counts_is_read_as_before():
    text = "2025年6月18日上午，药学院教工党支部召开支部党员大会。应到党员26人，实到24人。"
    record = parse_report(text)
    assert (record["expected"], record["present"]) == (26, 24)


# ---------------------------------------------------------------- plenums written at length


def test_a_plenum_written_at_length_dates_the_study_of_it():
    text = (
        "11月5日上午，化工学院党委理论学习中心组开展集体学习，专题学习中国共产党第十九届中央委员会"
        "第五次全体会议精神。"
    )
    record, trace = parse_report_with_trace(text)
    assert record["date"] == "2020-11-05"
    assert trace["year"]["source"] == "event"


def test_a_plenum_written_short_still_dates_the_study_of_it():
    text = "3月12日上午，化工学院党委理论学习中心组开展集体学习，学习十八届五中全会精神。"
    assert parse_report(text)["date"] == "2016-03-12"


# ---------------------------------------------------------------- the year of a document's number


def test_the_year_of_a_relayed_notice_s_number_dates_the_meeting():
    text = (
        "12月8日下午，经济管理学院第二党支部召开支部党员大会，传达学校《关于做好基层党组织按期换届"
        "工作的通知》（东大党发〔2022〕31号）精神。"
    )
    record, trace = parse_report_with_trace(text)
    assert record["date"] == "2022-12-08"
    assert trace["year"]["source"] == "mentioned"


def test_a_number_in_brackets_that_is_no_document_s_is_no_year():
    text = "12月8日下午，经济管理学院第二党支部召开支部党员大会，学习了第〔2022〕页的内容。"
    assert parse_report(text, published=None)["date"] != "2022-12-08"


# ---------------------------------------------------------------- what is said before a name


@pytest.mark.parametrize(
    ("told", "title"),
    [
        (
            "开展了一场以“传承五四精神”为主题的党日活动",
            "“传承五四精神”主题党日活动",
        ),
        ("召开了由10个党支部书记参加的政工会议", "政工会议"),
        ("开展了为期一天的“重走长征路”主题党日活动", "“重走长征路”主题党日活动"),
    ],
    ids=["a-measure-word", "who-took-part", "its-length"],
)
def test_what_the_report_says_of_a_meeting_before_its_name_is_not_its_name(told, title):
    text = f"2024年4月12日下午，外国语学院教工党支部{told}。"
    assert parse_report(text)["title"] == title


def test_a_name_that_starts_with_one_keeps_it():
    text = "2024年4月12日下午，外国语学院党委召开一届一次全委会。"
    assert parse_report(text)["title"] == "一届一次全委会"


# ---------------------------------------------------------------- (扩大) keeps its body


def test_an_enlarged_committee_meeting_named_before_its_verb_keeps_the_committee():
    text = "2023年6月14日上午，经济管理学院党委（扩大）会议在经管楼410会议室召开。"
    record = parse_report(text)
    assert record["title"] == "党委（扩大）会议"
    assert record["host"] == "经济管理学院党委"


def test_a_chair_s_title_is_read_with_the_counts():
    text = (
        "2025年6月18日上午，药学院教工党支部召开支部党员大会，应到正式党员21人，实到20人。"
        "会议由支部书记唐雪梅主持。"
    )
    assert attendee(parse_report(text), "唐雪梅")["titles"] == ["支部书记"]


# ---------------------------------------------------------------- admitting and confirming members


@pytest.mark.parametrize(
    "name",
    ["预备党员转正讨论会", "预备党员及转正通表会议", "预备党员接收会议"],
    ids=["a-discussion", "a-meeting-that-reports-and-passes", "a-plain-meeting"],
)
def test_a_meeting_named_for_admitting_or_confirming_members_is_their_members_meeting(name):
    text = f"2024年12月10日下午，机械工程学院研究生第三党支部召开{name}。"
    assert parse_report(text)["kind"] == "支部党员大会"


def test_a_committee_meeting_that_picks_candidates_stays_a_committee_meeting():
    text = "2024年3月5日下午，信息学院学生党支部召开支部委员会会议，讨论确定发展对象人选。"
    assert parse_report(text)["kind"] == "支部委员会"
