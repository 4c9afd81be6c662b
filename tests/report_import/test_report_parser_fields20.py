"""Twentieth round, title, venue, documents and attendees.

A meeting about a numbered term's round of inspection or a numbered congress's preparation keeps
the body the number belongs to in its name (S24/04, S25/09, S28/03); the body's own plenum does not
(S18/17, S26/22, S26/23). A meeting held online in a manner the lead tells ("以线上…的形式召开",
"召开线上…", "以线上方式呈现", "…线上平台为载体", "通过微信群开展") is 线上 (S25/04, S25/23, S26/15,
S27/18, S28/15). Works shown, sung, visited or handed out — a film seen (观影), a poem recited
(诗歌), songs sung (的演唱), an exhibition (展览), a periodical (刊物), books recommended (等书籍), a
series' episode — are no documents (S18/12, S21/25, S22/26, S23/03, S25/01, S25/21, S27/01,
S27/02). A preposition before a titled person (由, 在) is no title (S22/23, S24/10, S25/16,
S25/23); "向大家" is no person (S21/21, S23/30, S28/20). What was studied or drawn up before
the meeting ("会前，…学习了《…》") is no document, unless cited as the basis (S23/10, S25/11, S27/14).
All sentences are our own.
"""

import pytest

from report_import.parser import parse_report


def _attendee(record: dict, name: str) -> dict:
    return next(a for a in record["attendees"] if a["name"] == name)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "5月6日，中共北岳大学第四届委员会第三轮巡察第二巡察组巡察文学院党委工作动员会在"
            "文科楼报告厅召开。",
            "中共北岳大学第四届委员会第三轮巡察第二巡察组巡察文学院党委工作动员会",
        ),
        (
            "3月21日，中国共产党北岳大学第五次党员代表大会筹备工作动员部署会在学术会堂召开。",
            "中国共产党北岳大学第五次党员代表大会筹备工作动员部署会",
        ),
    ],
)
def test_a_meeting_about_a_numbered_bodys_business_keeps_the_body(text, title):
    assert parse_report(text)["title"] == title


@pytest.mark.parametrize(
    "text",
    [
        "5月20日下午，数学学院教工党支部以线上集中学习的形式召开支部党员大会。",
        "3月4日晚，物理学院党委召开线上党委扩大会议，学院党委委员参加会议。",
        "3月12日晚，化学学院第二学生党支部通过微信群开展主题党日活动。",
        "4月19日晚，人文学院召开党委扩大会议。全体委员参加会议。本次述职评议以线上方式呈现。",
        "4月25日晚，医学院教工党支部以学习强国线上平台为载体开展专题党课。",
    ],
)
def test_a_meeting_held_online_is_online(text):
    assert parse_report(text)["venue"] == "线上"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("4月2日，文学院党支部开展主题党日活动。随后，全体党员观影《青春作证》。", "青春作证"),
        ("4月2日，文学院党支部开展主题党日活动。全体党员齐颂诗歌《我们的旗帜》。", "我们的旗帜"),
        ("4月2日，文学院党支部开展主题党日活动。党员们带来了《春天》《远方》的演唱。", "远方"),
        ("4月2日，文学院党支部开展主题党日活动。党员们参观了《弦歌不辍》展览。", "弦歌不辍"),
        ("4月2日，文学院党支部召开党员大会。支部书记向学院赠送《晚晴》刊物。", "晚晴"),
        ("4月2日，文学院党支部召开党员大会。书记推荐大家阅读《山河长歌》等书籍。", "山河长歌"),
        ("4月2日，文学院党支部召开党员大会。党员观看了专题片《初心》第二集《灯火》。", "灯火"),
    ],
)
def test_a_work_shown_sung_or_visited_is_no_document(text, shown):
    assert shown not in parse_report(text)["documents"]


def test_what_was_studied_or_drawn_up_before_the_meeting_is_no_document():
    text = (
        "5月8日，物理系教工党支部召开支部党员大会。会前，全体党员学习了《党员发展工作指引》。"
        "会前，支部委员会制定了《换届选举工作方案》。会上，支部书记传达了《关于做好换届工作的通知》。"
    )
    documents = parse_report(text)["documents"]
    assert "党员发展工作指引" not in documents
    assert "换届选举工作方案" not in documents
    assert "关于做好换届工作的通知" in documents


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("3月2日，学院召开党员大会。会议第四项由院长方一鸣综述了学院工作计划。", "方一鸣", "院长"),
        (
            "3月2日，学院召开党员大会。本次轮训由马克思主义学院教授胡秋实讲授党课。",
            "胡秋实",
            "马克思主义学院教授",
        ),
        (
            "3月2日，支部召开党员大会。大会由支部书记张清主持。"
            "大会第一部分“发展对象表决”由支部书记宋远航同志主持。",
            "宋远航",
            "支部书记",
        ),
        (
            "3月2日，支部开展主题党日活动。在讲解员龙雨桐同学的引导下，党员们参观了展柜。",
            "龙雨桐",
            "讲解员",
        ),
    ],
)
def test_a_preposition_before_a_titled_person_is_no_title(text, name, title):
    assert _attendee(parse_report(text), name)["titles"] == [title]


def test_everyone_after_a_guide_is_no_person():
    text = "3月2日，支部开展主题党日活动。讲解员向大家详细解说了展品的来历。"
    assert "向大家" not in [a["name"] for a in parse_report(text)["attendees"]]


# Guards: near-misses that stay as they were.


def test_a_bodys_own_numbered_plenum_drops_the_body():
    text = "1月22日，中国共产党北岳大学第七届委员会第十一次全体会议在行政楼召开。"
    assert parse_report(text)["title"] == "第七届委员会第十一次全体会议"


@pytest.mark.parametrize(
    "text",
    [
        "12月21日下午，学院党委召开述职评议会。四位党支部书记进行线上述职。",
        "12月5日，学院召开专题民主生活会。指导组副组长刘晨以线上形式出席会议。",
    ],
)
def test_someone_taking_part_online_does_not_make_the_meeting_online(text):
    assert parse_report(text)["venue"] != "线上"


def test_a_room_comes_before_an_online_manner():
    text = "5月20日，数学学院教工党支部在理科楼305会议室召开党员大会，以线上线下相结合的形式进行。"
    assert parse_report(text)["venue"] == "理科楼305会议室"


def test_a_document_studied_stays_a_document():
    text = "4月2日，文学院党支部召开党员大会。支部书记领学了《中国共产党纪律处分条例》。"
    assert "中国共产党纪律处分条例" in parse_report(text)["documents"]


def test_a_title_held_in_service_keeps_its_word():
    text = "3月2日，学院召开党员大会。在职党员代表王晓明参加会议。"
    assert _attendee(parse_report(text), "王晓明")["titles"] == ["在职党员代表"]


def test_a_person_surnamed_xiang_stays_a_person():
    text = "3月2日，学院召开党员大会。会议由党委书记向东明主持。"
    assert "向东明" in [a["name"] for a in parse_report(text)["attendees"]]


def test_a_basis_cited_before_the_meeting_stays_a_document():
    text = (
        "1月9日，物理系领导班子召开专题民主生活会。"
        "会前，班子成员根据《关于开好专题民主生活会的通知》要求，开展了谈心谈话。"
    )
    assert "关于开好专题民主生活会的通知" in parse_report(text)["documents"]
