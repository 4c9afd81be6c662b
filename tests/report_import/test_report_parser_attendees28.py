"""Twenty-eighth round, attendees: a unit alone before a name is no title (settled in session 12)
for an office, a section or a class too (`党委工作部X`, `组织人事处X`, `培训班X`), and an office in
short (`学工办X`) is a unit, so the name after it is read (docs/report-parser.md, "Twenty-eighth
round, attendees"). Our own sentences and invented names."""

import pytest

from report_import.parser import parse_report

_LEAD = "2026年5月14日下午，化学学院教工第二党支部在化学楼215会议室开展主题党日活动。"


def _read(sentence: str) -> dict:
    return parse_report(_LEAD + sentence)


def _people(record: dict) -> dict[str, tuple[list[str], str]]:
    return {a["name"]: (a["titles"], a["role"]) for a in record["attendees"]}


@pytest.mark.parametrize("unit", ["党委宣传部", "组织人事处"])
def test_a_speaker_s_unit_alone_is_no_title(unit):
    record = _read(f"活动由支部书记邱慕远主持。{unit}孟绮云介绍了党员发展工作的有关情况。")
    assert _people(record)["孟绮云"] == ([], "参加")


def test_a_class_before_speakers_is_no_title():
    record = _read("活动由支部书记柴悦主持。培训班卢彦青、温季平分别谈了学习体会。")
    people = _people(record)
    assert people["卢彦青"][0] == []
    assert people["温季平"][0] == []


def test_one_named_after_an_office_in_short_attends():
    record = _read("学工办卢彦青、院党委副书记秦望舒出席活动，活动由支部书记柴悦主持。")
    people = _people(record)
    assert people["卢彦青"] == ([], "出席")
    assert people["秦望舒"] == (["院党委副书记"], "出席")


# --- guards: near-misses that must not change ---------------------------------------------


@pytest.mark.parametrize(
    "title", ["党委组织部副部长", "学生处处长", "学工办主任", "督导组组长", "纪检监察组干部"]
)
def test_a_unit_with_its_post_stays_a_title(title):
    record = _read(f"{title}温季平出席活动，活动由支部书记苗嘉树主持。")
    assert _people(record)["温季平"][0] == [title]


def test_a_team_before_two_guides_stays_their_title():
    # own report 23 files `学校督导组` as each guide's title: a team is left as it was
    record = _read("党委督导组秦望舒、郝一鸣到会指导，活动由支部书记柴悦主持。")
    people = _people(record)
    assert people["秦望舒"] == (["党委督导组"], "列席")
    assert people["郝一鸣"] == (["党委督导组"], "列席")


def test_an_organiser_is_no_office():
    # 主办 is a verb: the organising branch is the host, not a unit ending in 办
    record = parse_report(
        "5月4日上午，由外国语学院团委学生党支部主办的主题党日活动在明德楼报告厅举行。"
        "活动由支部书记包蕾主持。"
    )
    assert record["host"] == "外国语学院团委学生党支部"


def test_a_college_alone_is_still_no_title():
    record = _read("活动由支部书记柴悦主持。化学学院卢彦青介绍了党员发展工作的有关情况。")
    assert _people(record)["卢彦青"][0] == []
