"""Twenty-first round, kind and title: a meeting named only after 参加/进行/组织.

When no convening verb (召开, 举行, 开展 …) names the meeting, the dated sentence (else the
headline) may still end in its name after the last 参加, 进行 or 组织: "来到…参加X党支部组织生活会"
(S22/08, from the headline), "进行了一次特别的组织生活会" (S20/04), "组织中心组学习会议"
(S26/13), "组织…党员参加“…”主题宣讲会" (S26/29). The host's unit before the name and a measure
with its description ("一次特别的") are not the name's. Guards: a convening verb still names
the meeting, the 组织 of 组织生活会 is no verb, and a sentence that ends in no meeting's noun
still names none. All sentences are our own.
"""

import pytest

from report_import.parser import parse_report


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "2025年4月9日下午，物理系教工党支部在理学楼210会议室进行了一次特别的组织生活会。",
            "组织生活会",
        ),
        (
            "2025年10月30日上午，化工学院党委组织中心组学习会议，学院党委委员参加了学习。",
            "中心组学习会议",
        ),
        (
            "2025年11月6日下午，机械学院党委组织全体教职工党员参加“学精神、谋发展”主题宣讲会。",
            "“学精神、谋发展”主题宣讲会",
        ),
    ],
)
def test_the_dated_sentence_names_the_meeting_after_the_verb(text, title):
    assert parse_report(text)["title"] == title


def test_the_headline_names_it_when_no_sentence_is_dated():
    text = (
        "郑国华副校长参加外语学院英语系教工党支部组织生活会\n\n"
        "1125日晚，副校长郑国华来到外语学院参加英语系教工党支部组织生活会。会议由支部书记钱进主持。"
    )
    record = parse_report(text)
    assert (record["title"], record["kind"]) == ("组织生活会", "组织生活会")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a convening verb still names the meeting
        (
            "2025年5月8日，学院党委召开全体党员大会，组织全体党员参加主题宣讲会。",
            "全体党员大会",
        ),
        # no meeting's noun at the sentence's end: no name
        ("2025年5月8日，学院组织全体党员参加志愿服务。", ""),
    ],
)
def test_near_misses_keep_their_reading(text, title):
    assert parse_report(text)["title"] == title
