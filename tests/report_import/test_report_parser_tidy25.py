"""Twenty-fifth round, code mends: the close of a leader's turn read in the turn's own part.

`leaders_turns._closing` searched the closing words (最后, 结束, 尾声, 总结) from the sentence's
start for each turn: quadratic in a sentence of many turns, and a word of an earlier turn's own
words ("…不断总结经验；Y副书记表示，…") marked every later turn of the sentence as the close.
It now reads the turn's own part, after the `；` of the turn before and within the 80
characters `speakers.weak_trigger` reads for the same words. Guards: a close told before the
turn ("最后，Y副书记表示") stays a speech. All sentences are our own.
"""

from report_import.parser import parse_report

_STUDY = (
    "2026年4月9日下午，材料学院党委理论学习中心组在行政楼302会议室开展专题学习。"
    "会议由学院党委书记程远帆主持。随后，中心组成员逐一分享了学习心得。"
)
_FIRST = (
    "邵启航院长表示，通过此次学习进一步加深了对党的创新理论的理解和认识，今后要在工作中不断总结经验"
)
_SECOND = "易晓岚副书记表示，要把学习成果转化为推动学院发展的实际成效。"


def _agenda(record: dict) -> list[tuple[str, str | None]]:
    return [(item["kind"], item["speaker"]) for item in record["agenda"]]


def test_an_earlier_turns_words_do_not_close_a_later_turn():
    record = parse_report(_STUDY + _FIRST + "；" + _SECOND)
    assert _agenda(record) == [("交流", None), ("交流", "邵启航"), ("交流", "易晓岚")]


def test_guard_a_close_told_before_the_turn_stays_a_speech():
    record = parse_report(_STUDY + _FIRST + "。最后，" + _SECOND)
    assert _agenda(record)[-1] == ("讲话", "易晓岚")


def test_guard_a_close_in_the_turns_own_part_stays_a_speech():
    record = parse_report(_STUDY + _FIRST + "；会议最后，" + _SECOND)
    assert _agenda(record)[-1] == ("讲话", "易晓岚")
