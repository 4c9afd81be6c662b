"""An import hands the search index the documents it built from the rows it wrote, and
they are the documents the index would have read back from the database."""

import copy

import pytest

from meetings.search.documents import meeting_documents
from meetings.services import meeting_records_import
from meetings.signals import meetings_written
from tests.factories import OrganisationFactory, PersonFactory

pytestmark = pytest.mark.django_db


def written_documents(records) -> tuple[list, list]:
    """The meetings an import wrote and the documents it sent with `meetings_written`."""
    sent = []

    def receive(sender, documents=None, **kwargs):
        sent.append(documents)

    meetings_written.connect(receive, dispatch_uid="test_import_documents")
    try:
        meetings = meeting_records_import(records=records)
    finally:
        meetings_written.disconnect(dispatch_uid="test_import_documents")
    (documents,) = sent
    return meetings, documents


def tricky_record(seed_record: dict) -> dict:
    """Names in another script or with spaces than stored, new people and units, agenda
    items with and without a speaker, unit, title or documents, every inline kind."""
    record = copy.deepcopy(seed_record)
    record.update(
        title="  导入文档比对会议  ",
        venue=" 行政楼 ",
        host="電氣與動力工程學院黨委",
        chairs=["王偉", "新主持人甲"],
        recorder=" 新记录人乙 ",
        summary="会议总结。\n第二段，党建工作。",
        decisions=["决定一", "决定二：加强党建"],
        attendee_groups=[{"name": " 全体党员 ", "role": "参加"}],
        documents=[" 通知一 ", {"title": "通知二", "issuer": "校党委", "number": "1号"}],
    )
    record["attendees"] = [
        {"name": "王偉", "titles": ["书记"], "role": "出席"},
        {"name": " 新参会人丙 ", "titles": [], "role": "参加"},
        {"name": "郑强", "titles": ["校党委书记"], "role": "请假", "reason": "出差"},
    ]
    record["agenda"] = [
        {
            "kind": "讲话",
            "speaker": "王偉",
            "speaker_titles": [],
            "org": None,
            "title": "讲话",
            "documents": ["文件甲", "文件乙"],
            "text": "要加强党建工作。",
        },
        {
            "kind": "其他",
            "speaker": None,
            "speaker_titles": [],
            "org": "新單位丁",
            "title": "",
            "documents": [],
            "text": "交流发言。",
        },
        {"kind": "其他", "speaker": None, "org": None, "title": "无讲话人", "documents": []},
    ]
    record["pledges"][0]["parties"] = ["太原理工大学", "新單位丁"]
    return record


def test_an_import_sends_the_documents_the_index_would_read_back(seed_record):
    PersonFactory(name="王伟")
    OrganisationFactory(name="电气与动力工程学院党委")
    plain = copy.deepcopy(seed_record)
    plain["title"] = "导入文档比对：原样"

    meetings, documents = written_documents([tricky_record(seed_record), plain])

    read_back = {doc.meeting_id: doc.fields for doc in meeting_documents([m.pk for m in meetings])}
    assert [doc.meeting_id for doc in documents] == [m.pk for m in meetings]
    assert {doc.meeting_id: doc.fields for doc in documents} == read_back
    # The stored names, not the record's spelling: the comparison above covers them.
    assert ("王伟",) in read_back[meetings[0].pk]["A"]
    assert ("王偉",) not in read_back[meetings[0].pk]["A"]


def test_other_writes_leave_the_index_to_read_the_meetings_back(seed_meeting):
    from meetings.services import notify_meetings_changed

    sent = []
    meetings_written.connect(
        lambda sender, documents=None, **kwargs: sent.append(documents),
        dispatch_uid="test_import_documents",
        weak=False,
    )
    try:
        notify_meetings_changed([seed_meeting.pk])
    finally:
        meetings_written.disconnect(dispatch_uid="test_import_documents")
    assert sent == [None]
