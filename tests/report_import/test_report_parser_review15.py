"""What the end-of-session review of session 15 mended, found by reading blind field reports.

- The place of a visit told with 了 ("组织全体教职工参观了X") kept the particle in the venue.
- A representative's label told later ("老党员代表X、Y分享了…") was joined to X's post as a
  second title; a representative speaks for a group and holds no post by it. A 党代表, a
  delegate to a party congress, does.
"""

import pytest

from report_import.parser import parse_report


@pytest.mark.parametrize("verb", ["参观了", "参观"])
def test_the_place_visited_is_the_venue_without_the_particle(verb):
    text = (
        f"4月28日下午，外国语学院党委组织全体教职工{verb}江城市革命历史纪念馆。"
        "学院党委书记周立主持活动。"
    )
    assert parse_report(text)["venue"] == "江城市革命历史纪念馆"


def _titles(text: str) -> dict[str, list[str]]:
    return {a["name"]: a["titles"] for a in parse_report(text)["attendees"]}


def test_a_representatives_label_told_later_is_no_second_post():
    text = (
        "2024年6月28日上午，退休第二党支部在老年活动中心召开支部党员大会。会议由支部书记"
        "顾明远主持，支部委员唐立春参加。随后，老党员代表顾明远、钱守义分享了入党以来的"
        "经历和体会。"
    )
    titles = _titles(text)
    assert titles["顾明远"] == ["支部书记"]
    assert titles["钱守义"] == ["老党员代表"]


def test_a_congress_delegate_told_later_keeps_the_post():
    text = (
        "2024年6月28日上午，化学学院党委召开全体党员大会，学院党委书记孙立德主持会议。"
        "会上，党代表孙立德、王晴传达了学校第六次党代会精神。"
    )
    assert _titles(text)["孙立德"] == ["学院党委书记", "党代表"]
