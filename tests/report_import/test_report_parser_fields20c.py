"""Twentieth round, third fields part: attendees' names and titles, venue and documents.

A bare post a reader took after the name ("会议由X书记主持", "X部长指出") gives way to the titles the
report first writes before the name, when one of them ends with that post (S23/19, S24/01, S28/27);
a bare post written before the name first stays (S24/03, S26/29). A transliterated name joined by
a middle dot is a name (S20/22, S26/02, S26/03). Membership told of a person (党员, 支部党员,
另外两位正式党员) is no title (S20/25, S21/30, S25/24, S26/10, S28/16). Where the members went is the
venue also when the lead sentence is a headline's or the visit is told in the next sentences
(S26/04, S26/09, S27/01), and after 来到 or before a study's verb (S22/08, S27/02, S28/07). A
declared short name ("以下简称《…》") and a short form that leaves out the full title's closing note
are no new documents (S22/05, S24/27).
All sentences are our own.
"""

import pytest

from report_import.parser import parse_report


def _titles(record: dict, name: str) -> list[str]:
    return next(a["titles"] for a in record["attendees"] if a["name"] == name)


def _names(record: dict) -> list[str]:
    return [a["name"] for a in record["attendees"]]


def _documents(record: dict) -> list[str]:
    return [d["title"] if isinstance(d, dict) else d for d in record["documents"]]


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        (
            "3月2日，生物系党支部召开支部大会。会议由柯远航书记主持。"
            "生物系第二党支部书记柯远航通报了本学期工作安排。",
            "柯远航",
            ["生物系第二党支部书记"],
        ),
        (
            "5月9日，外语学院党委召开中心组学习会。与会人员听取了校党委委员、统战部部长钱望秋作的专题辅导。"
            "钱望秋部长结合工作实际作了阐释。",
            "钱望秋",
            ["校党委委员", "统战部部长"],
        ),
    ],
)
def test_a_bare_post_gives_way_to_the_titles_written_before_the_name(text, name, titles):
    assert _titles(parse_report(text), name) == titles


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        (
            "4月8日，艺术学院党委召开党建工作会议。学院党委书记沈一苇、院长辛明川参加会议。"
            "会上，学院院长辛明川通报了学科建设情况。辛明川院长表示将全力支持党建工作。",
            "辛明川",
            ["院长"],
        ),
    ],
)
def test_guard_a_bare_post_written_before_the_name_first_stays(text, name, titles):
    assert _titles(parse_report(text), name) == titles


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        (
            "10月15日，化工学院学生党支部开展主题党日活动。活动伊始，学生党支部书记古丽米拉·吐尔逊"
            "以《青春向党》为题讲授微党课。",
            "古丽米拉·吐尔逊",
            ["学生党支部书记"],
        ),
        (
            "10月16日，化工学院学生党支部开展主题党日活动。最后，艾尼瓦尔・买买提书记作总结讲话。",
            "艾尼瓦尔・买买提",
            ["书记"],
        ),
    ],
)
def test_a_name_joined_by_a_middle_dot_is_a_name(text, name, titles):
    assert _titles(parse_report(text), name) == titles


def test_guard_a_theme_with_a_middle_dot_is_no_name():
    text = "“初心·使命”主题党日活动\n\n6月1日，化工学院学生党支部开展“初心·使命”主题党日活动，支部全体党员参加。"
    assert parse_report(text)["attendees"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "6月3日，物理学院教工党支部开展主题党日活动。支部党员庞书乔以《科学家精神》为题讲授微党课。",
            "庞书乔",
        ),
        (
            "6月4日，物理学院教工党支部开展主题党日活动。党员庞书乔同志以《科学家精神》为题讲授微党课。",
            "庞书乔",
        ),
    ],
)
def test_membership_is_no_title(text, name):
    assert _titles(parse_report(text), name) == []


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        (
            "6月5日，物理学院教工党支部召开支部党员大会。预备党员邹星河汇报了预备期的思想和工作情况。",
            "邹星河",
            ["预备党员"],
        ),
        (
            "6月6日，物理学院党委召开毕业生党员座谈会。优秀毕业生党员邹星河作交流发言。",
            "邹星河",
            ["优秀毕业生党员"],
        ),
    ],
)
def test_guards_a_probationers_status_and_an_honour_stay_titles(text, name, titles):
    assert _titles(parse_report(text), name) == titles


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "文学院教工党支部开展主题党日活动\n\n近日，文学院教工党支部开展主题党日活动。\n\n"
            "活动当天，支部全体党员前往城市规划展览馆，参观城市发展成就展。",
            "城市规划展览馆",
        ),
        (
            "11月20日，法学院校友党支部开展主题党日活动。支部书记带领全体党员来到红岩村纪念馆，进行现场学习。",
            "红岩村纪念馆",
        ),
        (
            "7月3日，经济学院研究生党支部开展主题党日活动，支部委员带队赴北岭山区革命历史纪念馆学习。",
            "北岭山区革命历史纪念馆",
        ),
    ],
)
def test_where_the_members_went_is_the_venue(text, venue):
    assert parse_report(text)["venue"] == venue


def test_guard_a_room_in_the_lead_comes_before_a_destination():
    text = (
        "9月3日，经济学院研究生党支部在经管楼302室召开支部党员大会。"
        "会后，支部党员前往城市规划展览馆参观。"
    )
    assert parse_report(text)["venue"] == "经管楼302室"


@pytest.mark.parametrize(
    ("text", "documents"),
    [
        (
            "9月2日，化学学院党委召开中心组学习会。会议学习了《基层党组织工作细则（试行）》"
            "（以下简称《细则》）。会议指出，要认真落实《细则》各项要求。",
            ["基层党组织工作细则（试行）"],
        ),
        (
            "9月3日，化学学院党委召开中心组学习会。会议学习了《人才发展规划纲要（2025—2030年）》。"
            "会议指出，此次学习的《纲要》是今后一个时期的行动指南。",
            ["人才发展规划纲要（2025—2030年）"],
        ),
    ],
)
def test_a_short_name_is_no_new_document(text, documents):
    assert _documents(parse_report(text)) == documents


def test_guard_a_short_title_of_its_own_stays_a_document():
    text = "9月4日，化学学院教工党支部召开支部党员大会。支部书记领学了《准则》和《条例》。"
    assert _documents(parse_report(text)) == ["准则", "条例"]
