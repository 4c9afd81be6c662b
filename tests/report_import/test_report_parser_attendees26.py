"""Twenty-sixth round, attendees and chairs: a chair said to chair jointly (`由A和B联合主持`) or in
another's stead (`由X代为主持`) is read as one who chairs together (`由A和B共同主持`), and decision 15
(reversed): `院领导` before names is the title of each listed leader, as `校领导` is
(docs/report-parser.md, "Twenty-sixth round, attendees"). Our own sentences and invented names."""

import pytest

from report_import.parser import parse_report

_LEAD = "2026年6月9日下午，地理学院本科生第二党支部在地理楼210会议室召开接收预备党员大会。"


def _read(sentence: str) -> dict:
    return parse_report(_LEAD + sentence)


def _titles(record: dict) -> dict[str, list[str]]:
    return {a["name"]: a["titles"] for a in record["attendees"]}


def test_a_chair_in_another_s_stead_chairs():
    record = _read("会议由地理学院本科生第一党支部书记龚亦辰代为主持，支部全体党员参加会议。")
    assert record["chairs"] == ["龚亦辰"]
    assert _titles(record) == {"龚亦辰": ["地理学院本科生第一党支部书记"]}


def test_two_who_chair_jointly_both_chair():
    record = _read("会议由支部书记温若岚和组织委员石景川联合主持，支部全体党员参加会议。")
    assert record["chairs"] == ["温若岚", "石景川"]
    assert _titles(record) == {"温若岚": ["支部书记"], "石景川": ["组织委员"]}


# --- guards: near-misses that must not change ---------------------------------------------


def test_two_who_chair_together_still_chair():
    record = _read("会议由支部书记温若岚和组织委员石景川共同主持。")
    assert record["chairs"] == ["温若岚", "石景川"]


def test_a_plain_chair_keeps_his_post():
    record = _read("会议由支部书记任晓溪主持。")
    assert record["chairs"] == ["任晓溪"]
    assert _titles(record) == {"任晓溪": ["支部书记"]}


def test_one_who_takes_the_chair_s_place_later_is_no_chair():
    # 代 before another verb is no chairing: only 主持 makes a chair.
    record = _read("会议由支部书记任晓溪主持，组织委员石景川代为宣读转正申请。")
    assert record["chairs"] == ["任晓溪"]


@pytest.mark.parametrize("label", ["院领导", "校领导"])
def test_a_leaders_label_is_the_title_of_each_listed_leader(label):
    record = _read(f"{label}骆清远、乔文澜出席会议，会议由支部书记任晓溪主持。")
    people = {a["name"]: (a["titles"], a["role"]) for a in record["attendees"]}
    assert people["骆清远"] == ([label], "出席")
    assert people["乔文澜"] == ([label], "出席")


def test_a_leader_with_a_post_of_his_own_keeps_the_post_only():
    record = _read("院领导骆清远、乔文澜出席会议，院党委书记骆清远作总结讲话。")
    assert _titles(record)["骆清远"] == ["院党委书记"]
