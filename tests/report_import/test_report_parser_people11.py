"""Eleventh round, attendees and chairs (docs/report-parser.md, "Eleventh round, attendees and
chairs"). Our own sentences and invented names."""

import pytest

from report_import.parser import parse_report


def _attendees(text: str) -> dict[str, tuple[str, list[str]]]:
    return {a["name"]: (a["role"], a["titles"]) for a in parse_report(text)["attendees"]}


@pytest.mark.parametrize(
    ("text", "name", "role", "titles"),
    [
        (
            "5月8日，机械学院党委召开离退休教师座谈会。学院党委书记蓝海峰，副院长葛文涛，"
            "离退休教师代表参加座谈会。",
            "葛文涛",
            "参加",
            ["副院长"],
        ),
        (
            "3月2日，园艺学院领导班子召开民主生活会。宣传部副部长柏云列席督导会议，"
            "会议由学院党委书记丁锐主持。",
            "柏云",
            "列席",
            ["宣传部副部长"],
        ),
        (
            "6月1日，校纪委举办警示教育报告会。党委常委、副校长宁志远出席报告会。",
            "宁志远",
            "出席",
            ["党委常委", "副校长"],
        ),
        (
            "4月9日，第一党支部开展组织生活。会议由党支部书记庞立主持。"
            "学院党委书记韦红、副书记卞涛参加此次组织生活。",
            "卞涛",
            "参加",
            ["副书记"],
        ),
    ],
)
def test_an_attendance_verb_s_object_may_be_any_meeting_s_name(text, name, role, titles):
    assert _attendees(text)[name] == (role, titles)


def test_an_act_after_attending_stays_an_item_of_the_agenda():
    r = parse_report(
        "1月20日，学校召开全面从严治党工作会议。校党委书记方卫东出席会议并作全面从严治党工作报告。"
    )
    assert {a["name"]: a["role"] for a in r["attendees"]} == {"方卫东": "出席"}
    assert [(i["kind"], i["speaker"]) for i in r["agenda"]] == [("报告", "方卫东")]


def test_those_who_attended_a_meeting_of_another_level_are_not_at_this_one():
    text = (
        "3月1日，学院召开全体教职工大会。山东理工大学党委书记商立、材料学院教授李娜参加了省党代会。"
    )
    assert _attendees(text) == {}


def test_titled_people_at_work_in_the_telling_are_at_the_meeting():
    text = (
        "7月1日，化工学院第二党支部开展主题党日活动。活动由党支部书记乔木主持。"
        "党总支书记韩冰、院长欧阳明分别为优秀党员颁奖。"
    )
    got = _attendees(text)
    assert got["韩冰"] == ("参加", ["党总支书记"])
    assert got["欧阳明"] == ("参加", ["院长"])


@pytest.mark.parametrize(
    "text",
    [
        # the first names of a crowd's list of comrades ("孙晓等十名预备党员依次发言": the named
        # example of the probationers attends since the seventeenth round, test_…_people17)
        "9月5日，物理学院学生党支部召开党员大会。会议由党支部书记秦川主持。"
        "发展对象赵敏、林可等六名同志依次汇报了个人思想情况。",
        # the authors of speeches given elsewhere
        "6月3日，图书馆党支部召开组织生活会。会议由党支部书记温岚主持。"
        "支部党员学习了省委书记钱江、市委书记孔明在全省大会上的讲话精神。",
    ],
)
def test_people_named_in_the_telling_but_not_at_work_in_it_are_not_present(text):
    assert list(_attendees(text)) == [parse_report(text)["chairs"][0]]


def test_a_name_of_an_unlisted_surname_after_a_title_is_a_name():
    r = parse_report(
        "4月2日，学院召开党建工作会议。党委副书记、院长郇志刚主持会议。"
        "校党委书记缑立新出席会议并讲话。"
    )
    assert r["chairs"] == ["郇志刚"]
    assert {a["name"]: a["role"] for a in r["attendees"]} == {"缑立新": "出席", "郇志刚": "参加"}


@pytest.mark.parametrize(
    "clause",
    [
        "七名发展对象均真实详细地汇报了自己的思想情况",  # 均: an adverb, not a surname
        "班子成员作个人对照检查",  # 作: a verb
        "支委间严肃认真地开展了批评与自我批评",  # 间: a position word
    ],
)
def test_an_adverb_or_a_verb_after_a_group_is_no_unlisted_surname(clause):
    text = f"11月2日，物理学院党支部召开党员大会。会议由支部书记钟敏主持。{clause}。"
    assert list(_attendees(text)) == ["钟敏"]


@pytest.mark.parametrize(
    ("sentence", "chair"),
    [
        (
            "学院党委书记卢志明主持学习会议，学院党委理论学习中心组全体成员参加了此次学习。",
            "卢志明",
        ),
        ("社会科学处处长、党支部书记严伟主持专题民主生活会，支部全体党员参加会议。", "严伟"),
        ("校党委副书记、纪委副书记邵平主持会议并宣读《关于开展巡察工作的通知》。", "邵平"),
    ],
)
def test_a_chair_before_presiding_over_any_meeting_s_name(sentence, chair):
    assert parse_report(f"3月9日，学院召开会议。{sentence}")["chairs"] == [chair]


def test_an_act_after_presiding_stays_an_item_of_the_agenda():
    r = parse_report(
        "1月20日，学校召开全面从严治党工作会议。"
        "校党委副书记、校长曲亮主持会议并传达教育系统违纪违法案件的通报。"
    )
    assert r["chairs"] == ["曲亮"]
    assert [(i["kind"], i["speaker"]) for i in r["agenda"]] == [("传达", "曲亮")]


def test_two_posts_before_a_list_of_names_are_each_one_s():
    got = _attendees(
        "5月6日，学院党委召开理论学习中心组学习会。党委委员、副院长杨立、邵明、祁红参加学习。"
    )
    assert [got[n][1] for n in ("杨立", "邵明", "祁红")] == [["党委委员", "副院长"]] * 3


def test_a_name_the_dictionary_holds_is_no_unlisted_surname_s():
    # 习 is no listed surname; a leader the dictionary knows speaks at the meeting watched
    text = "7月1日，学院党委组织党员收看庆祝大会直播。中共中央总书记习近平在大会上发表重要讲话。"
    assert _attendees(text) == {}


def test_a_subject_at_a_page_s_cut_without_a_predicate_is_not_present():
    text = (
        "12月1日，学生第二党支部召开组织生活会。会议由党支部书记温岚主持。"
        "大家都找到了来年努力的方向。学生第二支部中的教师党员庞小川同\n"
    )
    assert list(_attendees(text)) == ["温岚"]
