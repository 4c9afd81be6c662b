import datetime
import io

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.core.paginator import Paginator
from django.db import connection
from django.urls import reverse

from meetings.models import Meeting, MeetingKind, MeetingStatus, MeetingVisibility
from meetings.search import backends, meeting_search, search_highlights, search_meetings
from meetings.services import meeting_records_import
from tests.admin_forms import empty_inlines
from tests.factories import (
    AgendaItemFactory,
    AttendanceFactory,
    MeetingFactory,
    OrganisationFactory,
    PersonFactory,
)

pytestmark = pytest.mark.django_db


def found(query: str, queryset=None) -> list[str]:
    queryset = Meeting.objects.all() if queryset is None else queryset
    return [m.title for m in search_meetings(queryset, query)]


def meeting_with_text(title: str, text: str, **kwargs) -> Meeting:
    meeting = MeetingFactory(title=title, **kwargs)
    AgendaItemFactory(meeting=meeting, text=text)
    return meeting


def test_traditional_query_finds_simplified_record_and_the_other_way_round():
    meeting_with_text("简体会议", "会议签订了党建工作责任书。")
    meeting_with_text("繁体会议", "會議簽訂了黨風廉政建設責任書。")

    assert found("黨建工作責任書") == ["简体会议"]
    assert found("党风廉政建设责任书") == ["繁体会议"]


def test_the_garbled_traditional_seed_report_is_found(
    seed_record, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        meeting_records_import(records=seed_record)

    # 校区 appears only in the source report, as 校區(qū)
    assert found("校区") == [seed_record["title"]]
    assert found("党建工作责任书") == [seed_record["title"]]
    assert found("學生活動中心") == [seed_record["title"]]


def test_every_space_separated_term_must_match():
    meeting_with_text("甲会议", "传达学习全国两会精神")
    meeting_with_text("乙会议", "传达学习党的二十大精神")

    assert found("传达 两会") == ["甲会议"]
    assert sorted(found("传达 精神")) == ["乙会议", "甲会议"]
    assert found("两会 二十大") == []


def test_a_term_matches_as_a_phrase_not_as_scattered_words():
    meeting_with_text("连在一起", "学校召开2022年度党建工作会议。")
    meeting_with_text("分散各处", "总结了今年工作，会上还部署了下一次会议。")

    assert found("工作会议") == ["连在一起"]


def test_a_speaker_name_is_found_even_when_the_report_runs_it_into_a_verb():
    PersonFactory(name="刘润祥")
    meeting_with_text("报告会", "刘润祥作报告，总结全年工作。")

    assert found("刘润祥") == ["报告会"]
    assert found("劉潤祥") == ["报告会"]


def test_a_title_hit_ranks_above_a_body_hit():
    meeting_with_text("正文提到", "会议听取了关于巡视整改的汇报。", date=datetime.date(2024, 1, 1))
    meeting_with_text("巡视整改专题会议", "会议开始。", date=datetime.date(2020, 1, 1))

    assert found("巡视整改") == ["巡视整改专题会议", "正文提到"]


def test_newer_ranks_above_older_when_equally_relevant():
    host = OrganisationFactory()
    for year in (2021, 2023, 2022):
        meeting_with_text(
            "同名会议", "研究部署意识形态工作。", date=datetime.date(year, 5, 1), host=host
        )

    results = list(search_meetings(Meeting.objects.all(), "意识形态"))
    assert [m.date.year for m in results] == [2023, 2022, 2021]
    assert results[0].search_rank == pytest.approx(results[2].search_rank)


def test_people_who_attended_are_searchable_by_name():
    meeting = MeetingFactory(title="支部大会")
    AttendanceFactory(meeting=meeting, person=PersonFactory(name="尉安英"))

    assert found("尉安英") == ["支部大会"]


def test_highlight_marks_matched_words_and_escapes_html():
    meeting = meeting_with_text("安全会议", "<script>alert(1)</script> 强调网络安全 & 保密")

    html = search_highlights(search_meetings(Meeting.objects.all(), "网络安全"), "网络安全")[
        meeting.pk
    ]

    assert "<mark>网络安全</mark>" in html
    assert "&lt;/script&gt;" in html
    assert not {"<", ">"} & set(html.replace("<mark>", "").replace("</mark>", ""))
    assert "&amp;" in html


def test_highlight_of_a_traditional_query_marks_the_simplified_text():
    meeting = meeting_with_text("会", "全面贯彻党的二十大精神")

    assert "<mark>二十大</mark>" in search_highlights([meeting], "二十大")[meeting.pk]
    assert "<mark>党的二十大</mark>" in search_highlights([meeting], "黨的二十大")[meeting.pk]


def test_filters_combine_with_the_query_and_the_result_paginates():
    meeting_with_text("党课一", "学习党章", kind=MeetingKind.PARTY_LECTURE)
    meeting_with_text("党课二", "学习党章", kind=MeetingKind.PARTY_LECTURE)
    meeting_with_text("大会", "学习党章", kind=MeetingKind.BRANCH_MEMBERS)

    queryset = search_meetings(Meeting.objects.filter(kind=MeetingKind.PARTY_LECTURE), "党章")
    page = Paginator(queryset, 1).page(2)

    assert page.paginator.count == 2
    assert len(page.object_list) == 1
    assert queryset.filter(title="党课一").count() == 1


def test_anonymous_search_never_returns_drafts_or_internal_meetings(reader_user):
    meeting_with_text("公开会议", "研究招生工作")
    meeting_with_text("草稿会议", "研究招生工作", status=MeetingStatus.DRAFT)
    meeting_with_text("内部会议", "研究招生工作", visibility=MeetingVisibility.INTERNAL)
    meeting_with_text("归档会议", "研究招生工作", archived=True)

    assert [m.title for m in meeting_search("招生", user=AnonymousUser())] == ["公开会议"]
    assert sorted(m.title for m in meeting_search("招生", user=reader_user)) == [
        "公开会议",
        "内部会议",
    ]


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   \t\n ",
        "，。！？、",
        '"',
        '"党建',
        "*",
        "党*",
        "AND",
        "OR NOT",
        "党建 AND",
        "(党建",
        "NEAR(党建 工作)",
        "-党建",
        "a:党建",
        "title:党建",
        "'; DROP TABLE meetings_meeting; --",
        "\\",
        "&|!<->",
        "党建" * 50_000,
        "党 " * 10_000,
        "\x00",
    ],
)
def test_hostile_queries_never_raise(query):
    meeting_with_text("党建会议", "党建工作")
    results = list(search_meetings(Meeting.objects.all(), query))
    search_highlights(results, query)
    assert len(results) <= 1


def test_a_query_without_searchable_text_leaves_the_queryset_alone():
    meeting_with_text("甲", "内容")
    queryset = Meeting.objects.all()
    assert search_meetings(queryset, " ，。") is queryset


def test_the_index_follows_an_admin_change_form_post(
    client, superuser, django_capture_on_commit_callbacks
):
    meeting = meeting_with_text("旧名称会议", "内容", status=MeetingStatus.DRAFT)
    client.force_login(superuser)
    data = {
        "title": "乡村振兴调研会议",
        "kind": meeting.kind,
        "date": "2023-03-15",
        "host": meeting.host_id,
        "status": "published",
        "visibility": "public",
        "version": meeting.version,
        **empty_inlines(),
    }

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("admin:meetings_meeting_change", args=[meeting.pk]), data)

    assert response.status_code == 302
    assert found("乡村振兴") == ["乡村振兴调研会议"]
    assert found("旧名称") == []


def test_the_index_follows_a_service_import(seed_record, django_capture_on_commit_callbacks):
    seed_record["title"] = "全新导入的组织工作会议"
    with django_capture_on_commit_callbacks(execute=True):
        meeting_records_import(records=seed_record)

    assert found("组织工作会议") == ["全新导入的组织工作会议"]


def test_the_index_forgets_a_deleted_meeting(client, superuser, django_capture_on_commit_callbacks):
    meeting = meeting_with_text("待删除会议", "内容", status=MeetingStatus.DRAFT)
    client.force_login(superuser)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("admin:meetings_meeting_delete", args=[meeting.pk]), {"post": "yes"})

    assert not Meeting.objects.exists()
    assert found("待删除") == []
    # Nothing is left behind in the index either: a rebuild-free search sees no stale row.
    assert found("内容") == []


def test_rebuild_command_reindexes_everything_with_a_progress_bar():
    meeting_with_text("重建索引会议", "内容")
    backends.current().clear()
    assert found("重建索引") == []

    out, err = io.StringIO(), io.StringIO()
    call_command("rebuild_search_index", "--batch-size", "1", stdout=out, stderr=err)

    assert found("重建索引") == ["重建索引会议"]
    assert "已索引 1 个会议" in out.getvalue()
    assert "1/1" in err.getvalue()  # tqdm's bar


@pytest.mark.parametrize("size", [3, 12])
def test_a_page_of_results_with_highlights_costs_a_fixed_number_of_queries(
    size, django_assert_num_queries
):
    for n in range(size):
        meeting = meeting_with_text(f"第{n}次会议", "学习贯彻党的二十大精神")
        AgendaItemFactory(meeting=meeting, text="二十大报告")

    # 1 the page of meetings, 2 agenda items, 3 documents, 4 pledges. PostgreSQL first
    # picks the plan and fetches the rank window, in a transaction of its own: savepoint,
    # the lexemes' shares, the plan hint, the window's ids, the RESETs (only inside an
    # outer transaction, as here), release: 6 more, whatever the page size.
    expected = 10 if connection.vendor == "postgresql" else 4
    with django_assert_num_queries(expected):
        page = list(search_meetings(Meeting.objects.all(), "二十大")[:20])
        highlights = search_highlights(page, "二十大")

    assert len(page) == size
    assert all("<mark>二十大</mark>" in highlights[m.pk] for m in page)


def test_on_postgresql_only_the_newest_matches_are_ranked(monkeypatch):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("the rank window is a PostgreSQL backend setting")
    from meetings.search.backends import postgres

    monkeypatch.setattr(postgres, "RANK_WINDOW", 2)
    meeting_with_text("调研会议（最早）", "乡村振兴", date=datetime.date(2021, 1, 1))
    meeting_with_text("乡村振兴专题会议", "内容", date=datetime.date(2022, 1, 1))
    meeting_with_text("工作会议", "推进乡村振兴", date=datetime.date(2023, 1, 1))

    # The two newest matches, the title hit first; the oldest is beyond the window: it
    # comes last whatever its rank, kept only so that a count knows there are more ...
    assert found("乡村振兴") == ["乡村振兴专题会议", "工作会议", "调研会议（最早）"]
    # ... and the list page never shows it.
    from meetings.selectors import meeting_list

    page = meeting_list(user=None, params={"q": "乡村振兴"}).page
    assert [m.title for m in page.object_list] == ["乡村振兴专题会议", "工作会议"]
    assert page.paginator.capped
