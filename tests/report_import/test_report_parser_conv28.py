"""Twenty-eighth round, conventions: the four decisions settled in session 15, in the drafts.

19. A status word naming a group (`A、B等3名发展对象`) is the title of each named person.
20. The chair, one of the leaders who attend as a group (`校领导班子成员出席会议`), is `出席`; a chair
    who is a branch secretary stays `参加`.
21. A song sung together is one `其他` item where it was held, also when the anthem is told after
    the meeting's business, as what opens the meeting, or as the sound of a song the meeting ends in.
22. Other matters not named (`会议还研究了其他事项`) are no agenda item.

All sentences are our own.
"""

import pytest

from report_import.parser import parse_report

BRANCH = (
    "化学学院学生党支部召开支部党员大会\n\n2026年5月8日下午，化学学院学生党支部在化学楼205会议室"
    "召开支部党员大会，会议由支部书记苏望晴主持，支部全体党员参加会议。\n\n"
)


def _titles(text: str) -> dict[str, list[str]]:
    return {a["name"]: a["titles"] for a in parse_report(text)["attendees"]}


def _roles(text: str) -> dict[str, str]:
    return {a["name"]: a["role"] for a in parse_report(text)["attendees"]}


def _kinds(text: str) -> list[str]:
    return [a["kind"] for a in parse_report(text)["agenda"]]


# 19 ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tail", "titled"),
    [
        (  # the examples of the group under discussion
            "大会讨论罗一帆、葛书言等5名发展对象入党事宜。",
            {"罗一帆": ["发展对象"], "葛书言": ["发展对象"]},
        ),
        (  # one example, after the admitting verb and 了 (a word starts there)
            "大会讨论接收了聂思源等6名发展对象成为预备党员。",
            {"聂思源": ["发展对象"]},
        ),
        (  # probationers
            "大会审议甘如意等4名预备党员转正事宜。",
            {"甘如意": ["预备党员"]},
        ),
    ],
)
def test_a_status_word_naming_a_group_is_each_named_one_s_title(tail, titled):
    titles = _titles(BRANCH + tail)
    assert {name: titles.get(name) for name in titled} == titled


def test_a_qualified_status_titles_the_ones_named_elsewhere_without_adding_attendees():
    titles = _titles(
        BRANCH + "大会一致同意接收阮清和等8名同志为中共预备党员。会前，学院培养了阮清和、"
        "贺之远等8名党员发展对象。"
    )
    assert titles.get("阮清和") == ["发展对象"]
    assert "贺之远" not in titles  # named only in the qualified group: not at the meeting


def test_comrades_and_heroes_stay_untitled_or_absent():  # guards
    titles = _titles(BRANCH + "大会一致同意吸收龙雨桐等3名同志为中共预备党员。")
    assert titles.get("龙雨桐") == []
    titles = _titles(BRANCH + "苏望晴介绍了郑德荣等7名同志的先进事迹。")
    assert "郑德荣" not in titles


# 20 ------------------------------------------------------------------------------------------

LEADERS = (
    "学校召开2026年统战工作会议\n\n3月12日上午，学校在行政楼第二会议室召开2026年统战工作会议。"
    "{group}出席会议，各二级党组织书记参加会议。会议由{chair}主持。\n\n"
    "校党委统战部部长殷若川作工作报告。\n"
)


@pytest.mark.parametrize(
    ("group", "chair", "name", "role"),
    [
        ("校领导班子成员", "校党委副书记邝明远", "邝明远", "出席"),
        ("校领导", "校党委书记邝明远", "邝明远", "出席"),
        ("学校党政领导", "校党委副书记邝明远", "邝明远", "出席"),
        # guards: a chair who is no leader (a branch secretary), or leaders who take part (参加)
        ("校领导班子成员", "机关第一党支部书记邝明远", "邝明远", "参加"),
        ("校党委委员", "校党委副书记邝明远", "邝明远", "参加"),
    ],
)
def test_the_chair_one_of_the_leaders_who_attend_attends_with_them(group, chair, name, role):
    roles = _roles(LEADERS.format(group=group, chair=chair))
    assert roles[name] == role
    assert roles["殷若川"] == "参加"  # decision 20 is the chair's


def test_leaders_who_take_part_leave_the_chair_taking_part():  # guard
    text = LEADERS.format(group="校领导班子成员", chair="校党委副书记邝明远").replace(
        "班子成员出席", "班子成员参加"
    )
    assert _roles(text)["邝明远"] == "参加"


# 21 ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tail", "kinds"),
    [
        (  # the anthem told after the business, in the closing sentence
            "苏望晴作支部工作报告。最后，支部党员大会顺利完成各项议程并在雄壮的《国际歌》声中闭幕。",
            ["报告", "其他"],
        ),
        (  # the anthem as what opens the meeting
            "一首庄严的国歌拉开了大会的序幕。苏望晴作支部工作报告。",
            ["其他", "报告"],
        ),
        (  # the sound of a song the meeting ends in
            "苏望晴作支部工作报告。最后，活动在全体党员合唱《没有共产党就没有新中国》的嘹亮歌声中"
            "顺利结束。",
            ["报告", "其他"],
        ),
    ],
)
def test_a_song_sung_together_is_one_item_where_it_was_held(tail, kinds):
    assert _kinds(BRANCH + tail) == kinds


@pytest.mark.parametrize(
    "tail",
    [
        # an activity that goes on in a song, not a song the meeting holds (the twelfth round)
        "苏望晴作支部工作报告。联谊活动在全体党员合唱《我和我的祖国》的歌声中进入尾声。",
        # a study of the anthem's law: no song
        "苏望晴作支部工作报告，并带领大家学习了《国歌法》。",
    ],
)
def test_no_song_is_drafted_where_none_was_sung(tail):  # guards
    assert "其他" not in _kinds(BRANCH + tail)


# 22 ------------------------------------------------------------------------------------------

COMMITTEE = (
    "学校召开党委常委会会议\n\n2026年10月15日，校党委书记温景行主持召开党委常委会会议。"
    "会议传达学习了全国组织工作会议精神。"
)


@pytest.mark.parametrize(
    "tail",
    ["会议还研究了其他事项。", "会议还研究部署了其他相关工作。", "会议还研究了其它事项。"],
)
def test_other_matters_not_named_are_no_item(tail):
    assert _kinds(COMMITTEE + tail) == ["传达"]


def test_a_matter_named_stays_an_item():  # guard
    assert _kinds(COMMITTEE + "会议还研究了干部工作。") == ["传达", "其他"]
