"""Twentieth round, second fields part: kind, title and attendees' titles.

The members' yearly review named with the members first ("党员民主评议会议") is a 组织生活会 (S18/28,
S27/27). A congress of delegates (党员代表大会) and its business are no branch's members' meeting
(S27/15, S28/03; every congress in the golds of sets 18-28 is 其他). A committee's meeting of its
members ("党委委员会议") or its enlarged meeting held online ("线上党委扩大会议") is its plenary
(S21/22, S25/23). A meeting the body names with no kind takes the one its headline names (S19/19,
S21/15, S22/08, S23/25). The writer's 学院/学校/全校 before a name written after the verb is no
part of it (S19/21, S22/07, S25/13, S25/18). A verb or 以及 before a titled person is no part of
the title ("恰逢", "聆听", "会议听取了", "以及": S26/26, S27/09, S27/22, S28/19).
All sentences are our own.
"""

import pytest

from report_import.parser import parse_report


def _titles(record: dict, name: str) -> list[str]:
    return next(a["titles"] for a in record["attendees"] if a["name"] == name)


@pytest.mark.parametrize(
    "text",
    [
        "1月10日下午，化学学院教工党支部在化学楼205会议室召开2024年度党员民主评议会议。",
        "1月12日，历史学院教工第一党支部召开党员民主评议会。支部全体党员参加。",
    ],
)
def test_the_members_review_named_members_first_is_an_organisation_life_meeting(text):
    assert parse_report(text)["kind"] == "组织生活会"


@pytest.mark.parametrize(
    "text",
    [
        "3月21日，中国共产党北岳大学第五次党员代表大会筹备工作动员部署会在学术会堂召开。",
        "6月2日，北岳大学第二次党员代表大会预备会议在学术会堂举行，全体代表参加。",
    ],
)
def test_a_congress_of_delegates_is_no_branch_members_meeting(text):
    assert parse_report(text)["kind"] == "其他"


@pytest.mark.parametrize(
    "text",
    [
        "4月25日上午，外语学院召开党委委员会议，全体党委委员参加会议。",
        "3月4日晚，物理学院通过腾讯会议召开线上党委扩大会议，部署学院疫情防控工作，各系室主任参加会议。",
    ],
)
def test_a_committees_members_or_online_enlarged_meeting_is_its_plenary(text):
    assert parse_report(text)["kind"] == "党委全委会"


def test_the_headline_names_the_kind_the_body_does_not():
    text = (
        "文学院开展“铭记初心”主题党日活动\n\n"
        "6月23日，文学院党委在校史馆开展了“铭记初心”主题党活动。全体教师党员参加。"
    )
    assert parse_report(text)["kind"] == "主题党日"


def test_the_headline_names_a_meeting_a_leader_attended():
    text = (
        "李明远副书记参加法学院本科生第二党支部组织生活会\n\n"
        "11月3日，法学院本科生第二党支部在法学楼212室开展活动。"
    )
    assert parse_report(text)["kind"] == "组织生活会"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("3月5日，学院召开学院党支部书记第二次工作例会。", "党支部书记第二次工作例会"),
        ("2月20日，学校召开2024年学校党建工作要点部署会。", "2024年党建工作要点部署会"),
        (
            "5月9日，学校召开全校基层党组织“对标争先”暨党建工作推进会。",
            "基层党组织“对标争先”暨党建工作推进会",
        ),
    ],
)
def test_the_writers_word_before_a_name_after_the_verb_is_dropped(text, title):
    assert parse_report(text)["title"] == title


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        (
            "5月9日，理学院党委召开专题学习会。会议期间恰逢校党委常务副书记林致远到校调研，"
            "林致远到会并作了讲话。",
            "林致远",
            ["校党委常务副书记"],
        ),
        (
            "5月9日，离退休党委召开中心组学习会，集体学习有关精神，聆听校党委书记周衡讲授的专题党课。",
            "周衡",
            ["校党委书记"],
        ),
        (
            "5月9日，艺术学院教工党支部召开支部党员大会，会议由支部书记白露主持。"
            "会议听取了组织委员韩静秋关于支部发展党员工作的汇报。",
            "韩静秋",
            ["组织委员"],
        ),
        (
            "5月9日，机关党委召开专题会议。督导组组长韩路、调研员秦川，以及市纪委干部沈星参加会议。",
            "沈星",
            ["市纪委干部"],
        ),
    ],
)
def test_a_verb_or_yiji_before_a_titled_person_is_no_title(text, name, titles):
    assert _titles(parse_report(text), name) == titles


# Guards: near-misses that keep their reading.


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a branch's members' meeting stays one
        ("3月1日，数学系教工党支部召开支部党员大会，支部全体党员参加。", "支部党员大会"),
        # a plain committee meeting that only studies stays a meeting of its own name
        ("3月1日，外语学院召开新学期党委委员、支部书记工作会议。", "其他"),
        # the enlarged meeting whose lead names its business: settled in session 13, the
        # committee's own meeting is its plenary (this guard kept 述职评议会 before it)
        (
            "5月8日，化学学院召开党委扩大会议，开展2024年度党支部书记述职评议工作。",
            "党委全委会",
        ),
    ],
)
def test_guards_kinds_that_stay(text, kind):
    assert parse_report(text)["kind"] == kind


def test_guard_a_headline_work_word_gives_no_kind():
    text = (
        "后勤党支部开展“凝聚力量”主题党建活动\n\n"
        "5月9日，后勤党支部组织党员赴纪念馆参观学习。全体党员参加。"
    )
    assert parse_report(text)["kind"] == "其他"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a numbered body named with the writer's word keeps it (the nineteenth round's rule)
        (
            "5月6日，学校党委第十三届党委第一轮巡察组巡察文学院党委工作动员会在文科楼召开。",
            "学校党委第十三届党委第一轮巡察组巡察文学院党委工作动员会",
        ),
        # 院级 says whose meetings they are
        (
            "1月8日，学校召开2019年度院级单位党组织书记述职评议会。",
            "2019年度院级单位党组织书记述职评议会",
        ),
    ],
)
def test_guards_names_that_keep_their_start(text, title):
    assert parse_report(text)["title"] == title


def test_guard_a_title_that_holds_and_keeps_it():
    text = "5月9日，学院召开会议。组织部和统战部部长李培元出席会议并讲话。"
    assert _titles(parse_report(text), "李培元") == ["组织部和统战部部长"]
