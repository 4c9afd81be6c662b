"""Nineteenth round, venue and documents.

A meeting held by video conference ("…通过X视频会议系统召开", "…召开视频会议，组织…"; S22/15, S23/11)
is held online: venue 线上, the conventions' venue row (视频会议 → 线上). A document cited as the
basis inside what was read ("根据《…》") is a document, as the seed record lists it: the parser keeps
it (a guard, unchanged by this round).
"""

import pytest

from report_import.parser import parse_report


@pytest.mark.parametrize(
    "text",
    [
        "12月3日上午，化学系教工党支部党员大会通过青禾大学云会视频会议系统召开。支部书记韩立松主持会议。",
        "5月2日晚，化学院学生党建工作中心召开视频会议，组织学生党员集体学习。",
        "6月9日，机关第二党支部主题党日活动通过视频会议平台举行。",
    ],
)
def test_a_meeting_held_by_video_conference_is_online(text):
    assert parse_report(text)["venue"] == "线上"


# Guards: near-misses that stay as they were.


def test_a_room_named_before_the_verb_keeps_its_place():
    text = "3月5日，物理系党支部在理科楼302会议室召开党员大会，会议依托视频会议系统连线校外党员。"
    assert parse_report(text)["venue"] == "理科楼302会议室"


def test_a_video_meeting_system_that_only_links_rooms_is_no_venue():
    text = "3月5日，物理系党支部召开党员大会。会议依托视频会议系统实现了两个分会场联动。"
    assert parse_report(text)["venue"] != "线上"


def test_a_platform_named_keeps_its_own_name():
    text = "4月2日，文学院党支部通过腾讯会议召开组织生活会。"
    assert parse_report(text)["venue"] == "腾讯会议"


def test_a_document_cited_as_the_basis_is_a_document():
    text = (
        "4月2日，文学院党支部召开党员大会。会上，支部书记李方传达了《关于做好发展党员工作的通知》。"
        "根据《中国共产党发展党员工作细则》，与会党员讨论了入党积极分子的培养情况。"
    )
    documents = parse_report(text)["documents"]
    assert "中国共产党发展党员工作细则" in documents
