"""Twenty-fifth round, host: the host compared as a clerk compares it (`scoring.host_units`), and
the convening unit of leads whose verb is 组织/开展 or stands in the next clause, of a unit's own
committee meeting, and of 学校召开 on a page that names no 大学 (docs/report-parser.md,
"Twenty-fifth round, host"). Our own sentences and invented names."""

import pytest

from report_import.parser import parse_report
from report_import.scoring import SCORED, host_units, nine_field_mean, score_record

# --- the scorer ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("draft", "gold"),
    [
        ("北岳科技大学", "校党委"),  # "学校召开…" on a page that names the school
        ("中共北岳科技大学委员会", "校党委"),
        ("中国共产党北岳科技大学第三届委员会", "中国共产党北岳科技大学"),
        ("学校党委", "校党委"),
        ("北岳科技大学化学学院第一党支部", "化学学院第一党支部"),
        ("学院研究生党支部", "研究生党支部"),
        ("图书馆党支部与档案馆党支部", "档案馆党支部、图书馆党支部"),
        ("学院党委", "学院"),  # the writer's unnamed college: the golds split 12 to 6
        ("化学学院党委", "化学学院党委理论学习中心组"),
        ("护理学院党委班子", "护理学院党委"),
        ("馬克思主義學院黨總支", "马克思主义学院党总支"),
        (None, None),
    ],
)
def test_the_scorer_counts_the_same_unit_however_it_is_written(draft, gold):
    assert score_record({"host": draft}, {"host": gold})["host"] == 1.0


@pytest.mark.parametrize(
    ("draft", "gold"),
    [
        (
            "化学学院",
            "化学学院党委",
        ),  # issue #19: the college's committee convened, not the college
        ("学院党委", "校党委"),
        ("化学学院", "化学学院第一党支部"),
        ("北岳科技大学", "化学学院"),
        ("北岳科技大学党委常委会", "校党委"),
        ("图书馆党支部", "档案馆党支部、图书馆党支部"),
        (None, "校党委"),
    ],
)
def test_the_scorer_tells_other_units_apart(draft, gold):
    assert score_record({"host": draft}, {"host": gold})["host"] == 0.0


def test_host_is_outside_the_nine_field_mean():
    assert "host" not in SCORED
    gold = {"title": "党员大会", "host": "化学学院第一党支部"}
    right = score_record({"title": "党员大会", "host": "化学学院第一党支部"}, gold)
    wrong = score_record({"title": "党员大会", "host": "物理学院"}, gold)
    assert (right["host"], wrong["host"]) == (1.0, 0.0)
    assert nine_field_mean(right) == nine_field_mean(wrong)


def test_host_units_splits_a_joint_host():
    assert host_units("A党支部、B党支部") == {"A党支部", "B党支部"}


# --- the reader ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "host"),
    [
        # the unit that organises the activity convenes it, also when its members go (赴)
        ("6月5日，音乐学院党委组织全体教师党员赴红岩纪念馆开展党纪学习教育。", "音乐学院党委"),
        # the unit alone in its clause, the verb starting the next clause
        (
            "6月23日，通信学院教工第六党支部在临潼校区会议室，开展主题党日活动。",
            "通信学院教工第六党支部",
        ),
        (
            "3月16日，图书馆九里馆党支部全体党员在523室，开展了专题组织生活会。",
            "图书馆九里馆党支部",
        ),
        ("12月12日，医学系教工党支部按学院总体部署要求，开展了组织生活会。", "医学系教工党支部"),
    ],
)
def test_the_unit_that_organises_or_carries_out_convenes(lead, host):
    assert parse_report(lead)["host"] == host


@pytest.mark.parametrize(
    ("lead", "host"),
    [
        # short leads the title's reading already gave their unit
        ("4月2日下午，保卫处党支部开展“缅怀先烈”主题党日活动。", "保卫处党支部"),
        ("9月3日，国际学院全体教职工在紫云楼开展了第八次政治理论学习。", "国际学院"),
        # 赴 before the verb: the going unit, as before
        ("3月23日，办公室党支部全体党员赴井源村开展主题党日活动。", "办公室党支部"),
        # 召开 before: the subject before it, as before
        ("3月5日，化学学院第一党支部在302室召开党员大会。", "化学学院第一党支部"),
    ],
)
def test_a_subject_the_earlier_forms_read_is_read_as_before(lead, host):
    assert parse_report(lead)["host"] == host


def test_a_unit_alone_in_its_clause_needs_the_verb_to_follow():
    text = "3月16日，图书馆九里馆党支部全体党员在523室，认真学习了《中国共产党章程》。"
    assert parse_report(text)["host"] is None


@pytest.mark.parametrize(
    ("lead", "host"),
    [
        ("9月9日下午，人文学院在人文楼B10会议室召开本年度第八次党委(扩大)会议。", "人文学院党委"),
        ("4月19日晚，人文学院召开党委扩大会议。", "人文学院党委"),
        ("2月26日下午，校医院召开党总支(扩大)会。", "校医院党总支"),
    ],
)
def test_a_units_own_committee_meeting_is_the_committees(lead, host):
    assert parse_report(lead)["host"] == host


@pytest.mark.parametrize(
    ("lead", "host"),
    [
        # a centre group's study: the golds file it under the unit
        ("10月29日上午，化学学院召开党委理论学习中心组学习会。", "化学学院"),
        ("2月28日上午，学院召开党委会会议。", "学院党委"),  # the writer's college, as before
        ("3月2日，化学学院第一党支部召开支委会。", "化学学院第一党支部"),
    ],
)
def test_other_meetings_keep_their_host(lead, host):
    assert parse_report(lead)["host"] == host


def test_the_school_of_a_page_that_names_only_colleges_is_its_committee():
    text = (
        "3月26日，学校举办第五期党建工作沙龙，党委书记龚明远出席。"
        "机电工程学院党委书记卢建平、外国语学院党委书记韦丽作交流发言。"
    )
    assert parse_report(text)["host"] == "校党委"


def test_the_school_of_a_page_that_names_it_keeps_its_name():
    text = "3月26日，学校举办第五期党建工作沙龙。北岳科技大学机电工程学院党委书记卢建平作交流发言。"
    assert parse_report(text)["host"] == "北岳科技大学"


def test_a_clause_of_what_went_before_names_no_host():
    text = (
        "学校召开民主生活会部署会后，1月15日上午，环境学院领导班子在认真准备的基础上"
        "召开2023年度民主生活会。"
    )
    assert parse_report(text)["host"] == "环境学院领导班子"
