"""How PostgreSQL finds a search's window of newest matches: the plan rule, and that every
plan gives the same meetings in the same order as a plain sort of all matches."""

import datetime

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from meetings.models import Meeting, MeetingKind, MeetingStatus, MeetingVisibility
from meetings.search import query_terms, search_meetings
from tests.factories import AgendaItemFactory, MeetingFactory

pytestmark = pytest.mark.django_db

WINDOW = 5  # the rank window in these tests, so that a few dozen meetings overflow it


def postgres():
    if connection.vendor != "postgresql":
        pytest.skip("the window plans are PostgreSQL's")
    from meetings.search.backends import postgres

    return postgres


def planner_settings() -> list[str]:
    """The PostgreSQL settings the search's plan hints change for its own transaction."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT current_setting('enable_seqscan'), current_setting('enable_bitmapscan'),"
            " current_setting('enable_nestloop'), current_setting('enable_mergejoin'),"
            " current_setting('max_parallel_workers_per_gather')"
        )
        return list(cursor.fetchone())


def meeting_with_text(title: str, text: str, **kwargs) -> Meeting:
    meeting = MeetingFactory(title=title, **kwargs)
    AgendaItemFactory(meeting=meeting, text=text)
    return meeting


def test_the_plan_follows_how_many_meetings_match_and_how_large_the_archive_is():
    from meetings.search.backends.postgres import Plan, cheapest_plan

    # Fewer matches than the window: all of them are needed anyway.
    assert cheapest_plan(0.001, 100_000) is Plan.ALL
    assert cheapest_plan(0.0, 300_000) is Plan.ALL
    # A leader's name (under 3%): its few thousand matches are joined cheaply.
    assert cheapest_plan(0.027, 30_000) is Plan.ALL
    assert cheapest_plan(0.027, 300_000) is Plan.ALL
    # A document title (14%): all its matches at 3,000 meetings, but the newest meetings
    # from 30,000 on, where joining every match would grow with the archive.
    assert cheapest_plan(0.135, 3_000) is Plan.ALL
    assert cheapest_plan(0.135, 30_000) is Plan.RECENT
    assert cheapest_plan(0.135, 300_000) is Plan.RECENT
    # A policy phrase (63%): the newest meetings at 30,000; at 300,000 reading even its
    # GIN matches costs more than testing the ~500 newest meetings one by one.
    assert cheapest_plan(0.63, 30_000) is Plan.RECENT
    assert cheapest_plan(0.63, 300_000) is Plan.WALK


def test_the_recent_plan_reads_more_of_the_newest_meetings_for_a_rarer_query():
    from meetings.search.backends.postgres import RANK_WINDOW, recent_size

    assert recent_size(0.5) == 2 * 2 * (RANK_WINDOW + 1)
    assert recent_size(0.1) == 5 * recent_size(0.5)


@pytest.fixture
def archive():
    """Forty meetings over two years, several on one day (the order then goes by id), some
    hidden from the public (drafts, archived, internal), of two kinds."""
    postgres()
    meetings = []
    for n in range(40):
        day = datetime.date(2022, 1, 1) + datetime.timedelta(days=(n * 37) % 700)
        if n % 6 == 0:
            day = datetime.date(2023, 6, 1)
        text = (
            "乡村振兴" + ("，脱贫攻坚" if n % 3 == 0 else "") + ("，党建引领" if n % 5 == 0 else "")
        )
        meetings.append(
            meeting_with_text(
                f"会议{n}",
                text,
                date=day,
                kind=MeetingKind.BRANCH_MEMBERS if n % 2 else MeetingKind.PARTY_LECTURE,
                status=MeetingStatus.DRAFT if n % 11 == 4 else MeetingStatus.PUBLISHED,
                archived=n % 13 == 7,
                visibility=MeetingVisibility.INTERNAL if n % 7 == 3 else MeetingVisibility.PUBLIC,
            )
        )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE search_searchentry")
    return meetings


def plainly_newest(queryset, query: str) -> list[int]:
    """The window as a plain sort in Python of every match, newest first, by id among
    meetings of one day: what every plan must give."""
    backend = postgres()
    literal = backend.query_literal(query_terms(query))
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT meeting_id FROM search_searchentry WHERE vector @@ %s::tsquery", [literal]
        )
        matching = {pk for (pk,) in cursor.fetchall()}
    meetings = [m for m in queryset if m.pk in matching]
    meetings.sort(key=lambda m: (m.date, m.pk), reverse=True)
    return [m.pk for m in meetings[: backend.RANK_WINDOW + 1]]


QUERYSETS = {
    "the public's": lambda: Meeting.objects.visible_to(None),
    "a reader's": lambda: Meeting.objects.on_record(),
    "one kind's": lambda: Meeting.objects.visible_to(None).filter(kind=MeetingKind.PARTY_LECTURE),
}
QUERIES = ["乡村振兴", "脱贫攻坚", "党建引领", "脱贫攻坚 党建引领", "不存在的词"]


@pytest.mark.parametrize("plan", ["walk", "recent", "all"])
def test_every_plan_gives_the_newest_matches_in_the_order_of_a_plain_sort(
    plan, archive, monkeypatch
):
    backend = postgres()
    monkeypatch.setattr(backend, "RANK_WINDOW", WINDOW)
    # The plan is forced, with the share that sizes the RECENT plan's slice of newest
    # meetings: 0.3 reads 40 (all of them), 0.9 reads 14 (too few for the rarer queries,
    # which are then asked again in full).
    for share in (0.3, 0.9):
        monkeypatch.setattr(
            backend, "window_plan", lambda cursor, terms, share=share: (backend.Plan(plan), share)
        )
        for name, queryset in QUERYSETS.items():
            for query in QUERIES:
                expected = plainly_newest(queryset(), query)
                newest = backend.newest_match_ids(queryset(), query_terms(query))
                assert newest == expected, (name, query, share)


def test_a_recent_window_that_comes_out_short_is_asked_for_in_full(archive, monkeypatch):
    backend = postgres()
    monkeypatch.setattr(backend, "RANK_WINDOW", WINDOW)
    monkeypatch.setattr(
        backend, "window_plan", lambda cursor, terms: (backend.Plan.RECENT, 0.9)
    )  # a slice of the 14 newest meetings

    def windows_run(query: str) -> list[str]:
        with CaptureQueriesContext(connection) as queries:
            backend.newest_match_ids(Meeting.objects.visible_to(None), query_terms(query))
        return [
            "recent" if "recent" in q["sql"] else "all"
            for q in queries.captured_queries
            if "@@" in q["sql"]
        ]

    # Common enough for the slice: its window, and no more queries.
    assert windows_run("乡村振兴") == ["recent"]
    # 党建引领 is in a fifth of the meetings: the slice holds too few, so it is asked again.
    assert windows_run("党建引领") == ["recent", "all"]


def test_the_page_order_is_the_same_whichever_plan_found_the_window(archive, monkeypatch):
    backend = postgres()
    monkeypatch.setattr(backend, "RANK_WINDOW", WINDOW)
    pages = {}
    for plan in backend.Plan:
        monkeypatch.setattr(backend, "window_plan", lambda cursor, terms, plan=plan: (plan, 0.3))
        pages[plan] = [m.pk for m in search_meetings(Meeting.objects.visible_to(None), "乡村振兴")]
    assert len(pages[backend.Plan.ALL]) == WINDOW + 1
    assert pages[backend.Plan.WALK] == pages[backend.Plan.RECENT] == pages[backend.Plan.ALL]


def test_on_postgresql_the_window_query_picks_its_plan_and_leaves_no_setting_behind(monkeypatch):
    backend = postgres()
    monkeypatch.setattr(backend, "RANK_WINDOW", 2)
    settings_before = planner_settings()
    oldest, middle, newest = (
        meeting_with_text(f"会议{n}", "乡村振兴", date=datetime.date(2021 + n, 1, 1))
        for n in range(3)
    )
    meeting_with_text("另一次会议", "脱贫攻坚", date=datetime.date(2020, 1, 1))
    with connection.cursor() as cursor:
        # The plan follows the statistics ANALYZE keeps of each lexeme.
        cursor.execute("ANALYZE search_searchentry")

    def window(query: str) -> tuple[list[int], float]:
        terms = query_terms(query)
        with transaction.atomic(), connection.cursor() as cursor:
            plan, share = backend.window_plan(cursor, terms)
        assert plan is backend.cheapest_plan(share, 4)
        return backend.newest_match_ids(Meeting.objects.all(), terms), share

    common_ids, common_share = window("乡村振兴")  # 3 of 4 meetings, above the window
    rare_ids, rare_share = window("脱贫攻坚")  # 1 of 4: fewer than the window

    # The window, and the next match to tell that there are more.
    assert common_ids == [newest.pk, middle.pk, oldest.pk]
    assert (common_share, rare_share) == (0.75, 0.25)
    assert len(rare_ids) == 1
    assert planner_settings() == settings_before


@pytest.mark.parametrize("plan", ["walk", "recent", "all"])
@pytest.mark.django_db(transaction=True)
def test_on_postgresql_a_search_outside_any_transaction_leaves_no_setting_behind(plan, monkeypatch):
    backend = postgres()
    monkeypatch.setattr(backend, "window_plan", lambda cursor, terms: (backend.Plan(plan), 0.5))
    meeting_with_text("会议", "乡村振兴")
    settings_before = planner_settings()

    assert [m.title for m in search_meetings(Meeting.objects.all(), "乡村振兴")] == ["会议"]
    assert planner_settings() == settings_before


def test_the_postgresql_plan_estimates_a_phrase_as_common_as_its_rarest_pair():
    from meetings.search.backends.postgres import estimated_share

    shares = {"意识 形态": 0.63, "形态 工作": 0.63, "工作 责任": 0.55, "责任 制": 0.55}

    # PostgreSQL's own estimate multiplies the four pairs: 0.12, a "rare" phrase.
    assert estimated_share(query_terms("意识形态工作责任制"), shares) == 0.55
    # Every term is required: the query is as common as its rarest term.
    assert estimated_share(query_terms("意识形态 王建国"), shares) == 0.0


def gin_pending_tuples() -> int:
    with connection.cursor() as cursor:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS pgstattuple")
        cursor.execute("SELECT pending_tuples FROM pgstatginindex('search_searchentry_vector')")
        return cursor.fetchone()[0]


def test_on_postgresql_a_rebuild_leaves_nothing_in_the_indexs_pending_list():
    postgres()
    from meetings.search.indexing import search_index_rebuild

    for n in range(3):
        meeting_with_text(f"学习会{n}", f"欧阳明远同志领学第{n}章")
    assert gin_pending_tuples() > 0  # the saves went through the pending list
    list(search_index_rebuild())
    assert gin_pending_tuples() == 0
    assert search_meetings(Meeting.objects.all(), "欧阳明远").count() == 3
