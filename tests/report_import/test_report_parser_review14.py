"""What the end-of-session review of session 14 mended: the host read through who attends.

A blind report of set 35 wrote the attending leader before the unit that convened
("X学院党委委员Y出席并指导Z党支部召开…"); the whole run was read as the host, and saving the
draft made it a new unit. A unit's name never holds 出席, 莅临 or 到会.
"""

import pytest

from report_import.parser import parse_report

LEAD = "2023年5月8日下午，{}召开专题组织生活会。支部书记李华主持会议。"


@pytest.mark.parametrize(
    "subject",
    [
        "校党委副书记王明出席并指导机械学院学生第一党支部",
        "校党委副书记王明莅临机械学院学生第一党支部",
        "学院党委委员王明到会督导机械学院学生第一党支部",
    ],
)
def test_the_unit_after_who_attends_convenes(subject):
    assert parse_report(LEAD.format(subject))["host"] == "机械学院学生第一党支部"


def test_a_leader_attending_after_the_verb_leaves_the_host_as_it_was():
    text = (
        "2023年5月8日下午，机械学院学生第一党支部召开专题组织生活会，校党委副书记王明出席"
        "会议并指导。支部书记李华主持会议。"
    )
    assert parse_report(text)["host"] == "机械学院学生第一党支部"
