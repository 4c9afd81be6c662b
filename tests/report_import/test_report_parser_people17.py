"""Seventeenth round, attendees and chairs (docs/report-parser.md, "Seventeenth round,
attendees and chairs"). Our own sentences and invented names."""

import pytest

from report_import.parser import parse_report

_LEAD = "4月12日，化学学院第三党支部在实验楼305会议室召开支部党员大会，支部全体党员参加。"


def _attendees(text: str) -> dict[str, tuple[str, list[str]]]:
    return {a["name"]: (a["role"], a["titles"]) for a in parse_report(text)["attendees"]}


# Rule 1: the named examples of those the meeting admits attend; the status word naming the
# group is each one's title, 同志 none (settled in session 15, decision 19: until then no title).


@pytest.mark.parametrize(
    "sentence, names, titles",
    [
        (
            "会上，韦嘉禾、卓一鸣等5名发展对象依次汇报了个人情况。",
            ["韦嘉禾", "卓一鸣"],
            ["发展对象"],
        ),
        ("最终，杜安澜等十位入党积极分子被发展为预备党员。", ["杜安澜"], ["入党积极分子"]),
        ("与会党员一致同意接收向书澜等8名同志成为中共预备党员。", ["向书澜"], []),
        ("大会讨论是否接收林程远、黄一莹等11名同志为中共正式党员。", ["林程远", "黄一莹"], []),
    ],
)
def test_the_named_examples_of_those_admitted_attend(sentence, names, titles):
    people = _attendees(_LEAD + sentence)
    for name in names:
        assert people[name] == ("参加", titles)


@pytest.mark.parametrize(
    "sentence, name",
    [
        # a hero in a document's title
        ("支部书记领学了《关于追授闻国栋等3名同志“优秀共产党员”称号的决定》。", "闻国栋"),
        # 同志 with no admission: heroes told of, or a sample of a crowd (own report 26)
        ("支部书记介绍了闻国栋等3名同志扎根基层的先进事迹。", "闻国栋"),
        ("随后，发展对象赵一帆、林可等六名同志依次汇报了个人思想。", "赵一帆"),
        # a possessive: their papers, not their act
        ("林晓岚、江一鸣等3名预备党员的材料已经齐备。", "林晓岚"),
    ],
)
def test_heroes_and_samples_of_a_crowd_of_comrades_do_not_attend(sentence, name):
    assert name not in _attendees(_LEAD + sentence)


# Rule 2: a 、-list of posts before a subject whose verb no reader lists.


def test_two_posts_before_a_titled_subject_are_each_a_title_of_his():
    text = _LEAD + "校党委副书记、纪委书记薛明针对换届期间的工作纪律作了安排部署。"
    assert _attendees(text)["薛明"] == ("参加", ["校党委副书记", "纪委书记"])


def test_a_clause_that_a_post_ends_is_no_title_of_the_name_after_it():
    # own report 212: ELEMENTS reads the clause as one element closed by 书记; no list of posts
    text = _LEAD + "随后，乔木带领支部党员学习了省委书记钱江在全省组织工作会议上的讲话精神。"
    assert "钱江" not in _attendees(text)


# Rule 3: an academic rank written after the name.


@pytest.mark.parametrize(
    "sentence, name, titles",
    [
        ("会议由校党委书记、校长吴明远院士主持。", "吴明远", ["校党委书记", "校长", "院士"]),
        (
            "会议由学院党委副书记朱冬主持。文学院院长王本立教授对大会作了介绍。",
            "王本立",
            ["文学院院长", "教授"],
        ),
    ],
)
def test_an_academic_rank_after_the_name_is_a_title(sentence, name, titles):
    assert _attendees(_LEAD + sentence)[name] == ("参加", titles)


def test_a_degree_after_the_name_is_no_title():
    # own report 65 files 院长 alone for "院长章宏博士"
    text = _LEAD + "学院党委书记石磊主持会议，院长章一宏博士及班子其他成员参加会议。"
    assert _attendees(text)["章一宏"] == ("参加", ["院长"])


# Rule 4: an invited speaker, read off what closes the name.


@pytest.mark.parametrize(
    "sentence, name, titles",
    [
        (
            "会议邀请科研院项目管理中心主任李占远，从立项到结题详细解析了科研项目的风险。",
            "李占远",
            ["科研院项目管理中心主任"],
        ),
        ("会议特别邀请了胡奈远老教授与全体支部党员分享校史。", "胡奈远", ["老教授"]),
        ("会议邀请经济与管理学院房红玉教授作专题辅导。", "房红玉", ["经济与管理学院教授"]),
    ],
)
def test_an_invited_speaker_attends(sentence, name, titles):
    assert _attendees(_LEAD + sentence)[name] == ("参加", titles)


def test_an_invitation_that_names_no_person_reads_nobody():
    text = _LEAD + "会议邀请学院党委相关负责人，为全体党员解读了新修订的条例。"
    assert set(_attendees(text)) == set()
