"""Twenty-third round, the meeting's venue: the body's full place over the headline's short one,
and a room of the lead sentence with words between it and the verb.

A headline that says where the members went in short ("…赴平湖镇开展…") gives way to the lead
sentence's place that names it in full and ends its comma part ("…赴平湖镇烈士纪念馆，开展…",
S22/10, S24/20). A room after 在 in the lead sentence is the venue also when a chair, a manner or
an object stands before the verb ("在…室由…组织召开", "在…楼306对…进行了", "在…会议室通过线上线下
相结合方式召开", "在…室宣讲": S26/25, S29/13, S29/21, S30/21). All sentences are our own.
"""

import pytest

from report_import.parser import parse_report


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "化工学院党支部赴平湖镇开展主题党日活动\n\n5月8日，化工学院党支部组织党员赴平湖镇烈士纪念馆，"
            "开展“缅怀先烈”主题党日活动。",
            "平湖镇烈士纪念馆",
        ),
        (
            "退休第二党支部赴白鹭山纪念馆开展主题党日活动\n\n4月2日，退休第二党支部赴宁海白鹭山纪念馆，"
            "开展“重温初心”主题党日活动。",
            "宁海白鹭山纪念馆",
        ),
        (
            "6月3日下午，档案系党支部在2201-3302室由支部副书记周文组织召开专题组织生活会。",
            "2201-3302室",
        ),
        (
            "5月18日，能源学院在逸夫楼306对全体党支部书记进行了专题培训。",
            "逸夫楼306",
        ),
        (
            "9月27日上午，水利学院党委在南湖校区二楼会议室通过线上线下相结合方式召开党建工作推进会。",
            "南湖校区二楼会议室",
        ),
        (
            "11月17日下午，副校长陈立在北苑校区明德楼2-1105室宣讲全会精神，师生代表30余人参会。",
            "北苑校区明德楼2-1105室",
        ),
    ],
)
def test_the_venue_is_read(text, venue):
    assert parse_report(text)["venue"] == venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        # the headline's place names no other: it stays
        (
            "化工学院党支部赴平湖镇开展主题党日活动\n\n5月8日，化工学院党支部组织党员赴平湖镇，"
            "开展“缅怀先烈”主题党日活动。",
            "平湖镇",
        ),
        # a room before its own room word is read whole, as before
        (
            "12月27日上午在知行楼108会议室，机关党委召开党支部书记述职评议会。",
            "知行楼108会议室",
        ),
        # a year or an anniversary after 在 is no room
        (
            "在中国共产党成立100周年之际，6月30日，外语学院党支部开展主题党日活动。",
            None,
        ),
    ],
)
def test_the_venue_is_unchanged(text, venue):
    assert parse_report(text)["venue"] == venue
