"""The eighteenth round's agenda part on the crowd's, the members' and the meeting's own items
(docs/report-parser.md, "Eighteenth round, agenda: the crowd's, the members' and the meeting's
own items"): a member's view told right after a visit or a film is a turn of an exchange (交流).
The guards: views after a lecture, a study or a relay stay 发言; a visit told after the views
turns nothing back; another act between the visit and the view closes the exchange. Every
sentence here is our own, with invented names.
"""

import pytest

from report_import.parser import parse_report

from .records import agenda

DAY = "4月9日，地理学院学生第三党支部在市革命历史纪念馆开展主题党日活动，支部书记钱慕白主持。"


def _items(text):
    return agenda(parse_report(text))


@pytest.mark.parametrize(
    "step",
    [
        "随后，全体党员集体参观了纪念馆的“烽火岁月”主题展。",
        "接着，全体党员观看了电影《钱学森》。",
        "全体党员瞻仰了革命烈士纪念碑。",
    ],
)
def test_a_view_after_a_visit_or_a_film_is_an_exchange_turn(step):
    text = DAY + step + "罗晓川表示，要把先辈们的精神带到学习和科研中。"
    assert _items(text) == [("其他", None), ("交流", "罗晓川")]


def test_every_view_after_a_visit_is_a_turn():
    text = (
        DAY
        + "全体党员集体参观了主题展。罗晓川表示，要把这份精神带到科研中。"
        + "林雨桐谈到，要在基层实践中锤炼本领。"
    )
    assert _items(text) == [("其他", None), ("交流", "罗晓川"), ("交流", "林雨桐")]


# Guards -------------------------------------------------------------------------------------


def test_a_view_after_a_study_stays_a_remark():
    text = DAY + "钱慕白带领大家学习了《中国共产党章程》总纲。罗晓川表示，要把学习所得带到科研中。"
    assert _items(text)[-1] == ("发言", "罗晓川")


def test_another_act_between_the_visit_and_the_view_closes_the_exchange():
    text = (
        DAY
        + "全体党员集体参观了主题展。钱慕白传达了学院党委的通知。"
        + "罗晓川表示，要把这份精神带到科研中。"
    )
    assert _items(text)[-1] == ("发言", "罗晓川")
