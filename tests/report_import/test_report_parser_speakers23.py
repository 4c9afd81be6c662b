"""The twenty-third round's part on who an agenda item names (docs/report-parser.md, "Twenty-third
round, speakers"): a collective (`两支部`, `各党支部`) or a clause the subject reader took for a unit
(`进入博物馆`, `重点围绕参加支部`, a clause over 18 characters) names no unit; a word of how one came
after a title (`闻讯`, `全程`) is no name. Every sentence here is our own, with invented names.
"""

from report_import.parser import parse_report

from .records import agenda

PARTY_DAY = (
    "2026年4月16日下午，物理学院教工第一党支部与化学学院教工第三党支部在市革命历史纪念馆开展联合"
    "主题党日活动，两个支部全体党员参加活动。"
)
MUSEUM = "2026年6月3日上午，外国语学院教工党支部赴省博物馆开展主题党日活动，支部党员共18人参加。"
BRANCH = (
    "2026年1月14日下午，材料学院金属材料党支部在材料楼205会议室召开支部党员大会，支部书记"
    "唐映秋主持会议，支部全体党员参加会议。"
)
REVIEW = (
    "2026年1月8日上午，数学学院党委在理科楼302会议室召开党支部书记述职评议会，学院党委书记"
    "龙希岳主持会议。"
)


def _orgs(record):
    return [item["org"] for item in record["agenda"]]


def _speakers(record):
    return [item["speaker"] for item in record["agenda"]]


# A collective or a clause is no unit -------------------------------------------------------


def test_two_branches_together_name_no_unit():
    r = parse_report(PARTY_DAY + "活动伊始，两支部组织党员参观了“红色足迹”主题展览。")
    assert ("其他", None) in agenda(r)
    assert "两支部" not in _orgs(r)


def test_a_verb_of_entering_names_no_unit():
    r = parse_report(MUSEUM + "进入博物馆，师生们跟随讲解员依次参观了古代文明展厅。")
    assert _orgs(r) == [None]


def test_a_clause_of_what_the_turns_covered_names_no_unit():
    r = parse_report(
        BRANCH
        + "支部党员逐一发言，重点围绕参加支部集体学习和组织生活等方面深入开展批评和自我批评。"
    )
    assert all(org is None for org in _orgs(r))


def test_a_long_clause_before_the_verb_names_no_unit():
    r = parse_report(MUSEUM + "本次主题党日活动将党代会精神学习与学校博物馆参观深度融合。")
    assert all(org is None for org in _orgs(r))


# A word of how one came is no name ---------------------------------------------------------


def test_on_hearing_of_it_after_a_title_is_no_name():
    r = parse_report(
        BRANCH
        + "会议期间恰逢学院党委副书记滕远航在材料楼调研，滕书记闻讯到会并作了讲话，勉励大家走在前列。"
    )
    assert ("讲话", "滕远航") in agenda(r)
    assert "闻讯" not in _speakers(r)


def test_throughout_after_a_title_is_no_name():
    r = parse_report(MUSEUM + "祁望舒副校长全程听取了大家的发言，并作了点评。")
    assert "全程" not in _speakers(r)
    assert "全程" not in [a["name"] for a in r["attendees"]]


# Guards: units and names that stay -------------------------------------------------------


def test_a_branch_named_in_full_still_speaks():
    r = parse_report(REVIEW + "会上，物理系教工党支部汇报了支部一年来的工作情况。")
    assert "物理系教工党支部" in _orgs(r)


def test_a_long_unit_within_the_bound_still_speaks():
    r = parse_report(REVIEW + "会上，机关党委第三总支实验中心党支部汇报了支部一年来的工作情况。")
    assert "机关党委第三总支实验中心党支部" in _orgs(r)


def test_a_name_beginning_with_wen_stays_a_name():
    r = parse_report(BRANCH + "最后，学院党委书记闻一鸣作总结讲话。")
    assert ("讲话", "闻一鸣") in agenda(r)
