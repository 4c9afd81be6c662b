"""Twenty-ninth round, items with no speaker: the members' study together (`集中学习`, `集体学习`)
told in a comma part no item came from is a 学习 of its own with no speaker, as the golds file it
(docs/report-parser.md, "Twenty-ninth round, unnamed items"). Our own sentences and invented names."""

from report_import.parser import parse_report

_LEAD = (
    "2026年10月15日下午，物理学院第二教工党支部在致远楼208会议室召开支部党员大会，"
    "会议由支部书记贺知远主持。"
)


def _agenda(sentence: str) -> list[tuple[str, str | None]]:
    return [(i["kind"], i["speaker"]) for i in parse_report(_LEAD + sentence)["agenda"]]


def test_a_study_together_after_a_film_is_its_own_item():
    agenda = _agenda("与会党员观看专题片《榜样》，集中学习习近平总书记关于教育的重要论述。")
    assert agenda == [("其他", None), ("学习", None)]


def test_a_study_as_a_group_after_a_film_is_its_own_item():
    agenda = _agenda("与会人员观看纪录片《山河》，集体学习党的二十届四中全会精神。")
    assert agenda == [("其他", None), ("学习", None)]


def test_a_study_together_told_after_the_meeting_adds_nothing():
    # a guard: an act after the meeting ("结束后") is no item of it
    agenda = _agenda("贺知远领学了《中国共产党章程》。会议结束后，党员们集中学习了有关文件。")
    assert agenda == [("学习", "贺知远")]


def test_a_study_with_no_together_word_stays_as_it_was():
    # a guard: a bare 学习 after a film is the film's words, as before (the 领学 class is not kept)
    agenda = _agenda("与会党员观看专题片《榜样》，学习了先进人物的事迹。")
    assert agenda == [("其他", None)]
