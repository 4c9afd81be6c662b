"""Twenty-fourth round, documents: a form filled in at the meeting is no document.

The conventions' documents row: forms filled in (《…测评表》) are not documents. The parser listed
every form the members filled in ("全体党员填写了《…民主测评表》和《…测评表》", S20/18, S23/17,
S32/20). A form the rating follows ("按照《…测评表》", "根据…下发的《…测评表》") is cited as a basis
and stays a document (S22/29, S25/29). All sentences are our own.
"""

import pytest

from report_import.parser import parse_report

HEAD = (
    "化工学院有机化学党支部召开组织生活会\n\n2026年1月16日下午，化工学院有机化学党支部在化工楼312"
    "会议室召开2025年度组织生活会，支部书记邵景川主持会议。\n\n"
)


@pytest.mark.parametrize(
    "tail",
    [
        "最后，全体党员认真填写了《党支部委员会民主测评表》和《党员民主测评表》。",
        "最后，全体党员填报了《江海大学2025年度组织生活会党支部委员会民主测评表》和"
        "《江海大学2025年度组织生活会党员民主测评表》。",
        "会后，与会教职工填写了《领导班子民主测评表》。",
    ],
)
def test_a_form_filled_in_is_no_document(tail):
    assert parse_report(HEAD + tail)["documents"] == []


@pytest.mark.parametrize(
    ("tail", "documents"),
    [
        (  # the form the rating follows is cited as its basis
            "最后，全体党员按照《党员民主评议测评表》进行了无记名投票测评。",
            ["党员民主评议测评表"],
        ),
        (
            "委员们根据学校党委组织部下发的《党支部书记述职测评表》进行打分。",
            ["党支部书记述职测评表"],
        ),
        (  # the filling ends its comma part; the timetable studied after it is a paper
            "全体党员填写了民主测评表，随后学习了《2026年度支部学习计划安排表》。",
            ["2026年度支部学习计划安排表"],
        ),
        (  # a notice studied, whatever is filled in after it
            "会上学习了《关于填写2025年度党员信息采集表的通知》。",
            ["关于填写2025年度党员信息采集表的通知"],
        ),
    ],
)
def test_a_form_cited_or_a_paper_near_a_filling_stays(tail, documents):
    assert parse_report(HEAD + tail)["documents"] == documents
