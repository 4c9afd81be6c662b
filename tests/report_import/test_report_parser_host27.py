"""Twenty-seventh round, host: when the lead sentence reads no subject, the unit the headline
names before its verb (召开/举行/开展 …) convenes, after the headline's theme ("…——X党支部开展…",
"【…】X…"), rather than the page's most-named university or college (docs/report-parser.md,
"Twenty-seventh round, host"). Our own sentences and invented names."""

import pytest

from report_import.parser import parse_report
from report_import.scoring import host_units

_LEAD_WITHOUT_SUBJECT = [
    # the unit alone in its clause, then a place before the verb
    "根据学院党委的工作安排，结合支部工作计划，动物科学学院教工党支部于2026年5月12日下午，"
    "在博学楼305室召开了党员大会。",
    # the unit acting by an arrangement, then a place before the verb
    "2026年3月20日上午，档案馆党支部按照学校党委工作安排，在行政楼402会议室开展主题党日活动。",
]


@pytest.mark.parametrize(
    ("headline", "lead", "host"),
    [
        ("动物科学学院教工党支部召开党员大会", _LEAD_WITHOUT_SUBJECT[0], "动物科学学院教工党支部"),
        ("守初心 践使命——档案馆党支部开展主题党日活动", _LEAD_WITHOUT_SUBJECT[1], "档案馆党支部"),
        ("【支部动态】档案馆党支部开展主题党日活动", _LEAD_WITHOUT_SUBJECT[1], "档案馆党支部"),
        (
            "我校召开2026年度基层党建述职评议会",
            "2026年1月8日，我校线上召开基层党建述职评议会。",
            "校党委",
        ),
    ],
)
def test_the_headline_s_unit_convenes_when_the_lead_reads_none(headline, lead, host):
    text = f"{headline}\n\n{lead}会议由支部书记周明远主持。\n"
    assert host_units(parse_report(text)["host"]) == host_units(host)


def test_the_lead_s_subject_wins_over_the_headline_s():
    # the lead reads its own unit: the headline's other unit is not consulted
    text = "化学学院召开党员大会\n\n3月5日，化学学院第一党支部在302室召开党员大会。\n"
    assert parse_report(text)["host"] == "化学学院第一党支部"


def test_a_headline_with_no_convening_verb_gives_no_unit():
    # "…转正大会" names a meeting, no unit convening it: nothing is read from it, as before
    text = "物理学院预备党员转正大会\n\n3月5日，在302室召开党员大会。\n"
    assert parse_report(text)["host"] is None


def test_a_dated_first_line_is_no_headline():
    # the lead is the first sentence: no line before it is read
    text = "3月5日，在302室召开党员大会。\n\n数学学院党支部召开党员大会后，全体党员合影留念。\n"
    assert parse_report(text)["host"] != "数学学院党支部"
