"""Thirteenth round, attendees and chairs (docs/report-parser.md, "Thirteenth round, attendees
and chairs"). Our own sentences and invented names."""

import pytest

from report_import.parser import parse_report


def _names(text: str) -> set[str]:
    record = parse_report(text)
    speakers = {item["speaker"] for item in record["agenda"] if item["speaker"]}
    return {a["name"] for a in record["attendees"]} | set(record["chairs"]) | speakers


def test_a_common_verb_after_a_title_is_no_name():
    text = (
        "3月9日，园艺学院第二党支部召开党员大会。与会党员进行充分讨论，并采取无记名投票方式"
        "进行票决；最后，支部书记宣布表决结果：经支部大会研究决定，同意两名预备党员按期转正。"
        "随后，支部书记向新转正的党员表示祝贺，并对他们提出要求。"
    )
    assert "宣布" not in _names(text)


def test_a_rare_name_that_is_also_a_verb_still_reads_after_a_title_when_known():
    text = (
        "5月6日，文学院党委召开理论学习中心组学习会。党委书记张扬主持会议。张扬强调，要抓好学习。"
    )
    assert parse_report(text)["chairs"] == ["张扬"]


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("支部书记代岚", "代岚"),  # 代 starts too many words to be listed as a surname
        ("支部书记居慕然同志", "居慕然"),
        ("医院党委书记戴晓支", "戴晓支"),  # 支 is a character of units (支部)
    ],
)
def test_the_chair_span_between_by_and_chair_ends_in_the_name_the_title_leaves(span, name):
    text = f"6月2日，附属医院党委召开理论学习中心组学习会。会议由{span}主持。"
    record = parse_report(text)
    assert record["chairs"] == [name]
    assert record["attendees"][0]["titles"] == [span[: span.index(name)]]


@pytest.mark.parametrize("span", ["支部书记亲自", "党委书记本人"])
def test_a_chair_span_ending_in_an_ordinary_word_names_no_chair(span):
    text = f"6月2日，附属医院党委召开理论学习中心组学习会。会议由{span}主持。"
    assert parse_report(text)["chairs"] == []


def test_a_titled_three_character_name_may_hold_xiang_between_surname_and_given_name():
    text = (
        "3月9日，学校召开主题教育工作部署会议。"
        "学校党委书记陶向东、副校长韩立新出席会议。党委副书记郑明向全体干部作动员讲话。"
    )
    record = parse_report(text)
    titles = {a["name"]: a["titles"] for a in record["attendees"]}
    assert titles["陶向东"] == ["学校党委书记"]
    assert titles["韩立新"] == ["副校长"]
    assert titles["郑明"] == ["党委副书记"]  # 向 after a two-character name is a preposition
