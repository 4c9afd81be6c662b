"""PostgreSQL: one `tsvector` per meeting (config `simple`, weighted A–D) with a GIN index.

The vector is written by our code from the tokeniser's output, with explicit positions,
so PostgreSQL's parser never re-splits Chinese and a phrase never spans two segments.
"""

from collections import defaultdict
from functools import lru_cache

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.search import SearchQueryField, SearchVectorField
from django.db import connection, models, transaction
from django.db.models import F, FloatField, Func, QuerySet, Value

from common.bulk import copy_rows
from meetings.models import Meeting
from meetings.search.documents import WEIGHTS, MeetingDocument

MAX_POSITION = 16383  # PostgreSQL clamps tsvector positions here
SEGMENT_GAP = 2  # positions skipped between segments so phrases stay within one


class SearchEntry(models.Model):
    """The index row of one meeting; the table exists on PostgreSQL only (see migration).

    Managed, although its migration writes the table by hand: only managed tables are
    emptied together with the meetings they reference when tests flush the database.
    """

    # DO_NOTHING and no Django-level constraint: the database cascades the delete, and
    # Django must never touch this table on SQLite.
    meeting = models.OneToOneField(
        Meeting,
        primary_key=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="search_entry",
    )
    vector = SearchVectorField()

    class Meta:
        app_label = "search"
        db_table = "search_searchentry"

    def __str__(self) -> str:
        return f"search entry of meeting {self.meeting_id}"


@lru_cache(maxsize=262144)
def _quote(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


# "1A", "2A", … precomputed: formatting millions of positions dominated the rebuild.
_POSITIONS = {w: [f"{n}{w}" for n in range(MAX_POSITION + 1)] for w in WEIGHTS}


def vector_literal(doc: MeetingDocument) -> str:
    """`'党建':1A,9B '党建 工作':2A '工作':2A …`: the tsvector text of a document.

    Besides each token, each pair of neighbouring tokens is a lexeme of its own, so a
    phrase is matched by the GIN index alone (an AND of its pairs) instead of by reading
    every candidate's positions, which for a common phrase meant most of the index.
    """
    positions: dict[str, list[str]] = defaultdict(list)
    position = 1
    for weight in WEIGHTS:
        labels = _POSITIONS[weight]
        for segment in doc.fields[weight]:
            previous = None
            for token in segment:
                label = labels[position]
                positions[token].append(label)
                if previous is not None:
                    positions[_pair(previous, token)].append(label)
                previous = token
                if position < MAX_POSITION:
                    position += 1
            position = min(position + SEGMENT_GAP, MAX_POSITION)
    # PostgreSQL keeps at most 256 positions of a lexeme.
    return " ".join(f"{_quote(token)}:{','.join(p[:256])}" for token, p in positions.items())


def _pair(first: str, second: str) -> str:
    # Tokens never hold a space, so the pair lexeme cannot collide with a token.
    return f"{first} {second}"


def replace(documents: list[MeetingDocument], deleted_ids=()) -> None:
    ids = [doc.meeting_id for doc in documents] + list(deleted_ids)
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM search_searchentry WHERE meeting_id = ANY(%s)", [ids])
    if documents:
        # COPY parses each literal as the column's type, tsvector, in one round trip.
        copy_rows(
            SearchEntry,
            SearchEntry._meta.concrete_fields,
            ((doc.meeting_id, vector_literal(doc)) for doc in documents),
        )


def clear() -> None:
    with connection.cursor() as cursor:
        # DELETE, not TRUNCATE: readers keep seeing the old rows until a rebuild commits.
        cursor.execute("DELETE FROM search_searchentry")


def optimise() -> None:
    # Fresh statistics after a rebuild: the planner must know how big the table now is.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE search_searchentry")


def query_literal(terms: list[list[list[str]]]) -> str:
    """`('工作 会议') & ('欧阳 明远' | '欧阳明远')`: every term required, any of its alternatives.

    An alternative of one token is that lexeme; a phrase is the AND of its neighbouring
    pairs: exact for two tokens, and in practice the phrase for more (a false hit needs
    every pair elsewhere in the text).
    """
    return " & ".join(
        "(" + " | ".join(f"({_phrase_literal(p)})" for p in term) + ")" for term in terms
    )


def _phrase_literal(phrase: list[str]) -> str:
    if len(phrase) == 1:
        return _quote(phrase[0])
    return " & ".join(_quote(_pair(a, b)) for a, b in zip(phrase, phrase[1:], strict=False))


class _TsQuery(Func):
    # A cast, not to_tsquery(): the lexemes are ours already and must not be re-parsed.
    template = "%(expressions)s::tsquery"
    output_field = SearchQueryField()


class _Matches(Func):
    arg_joiner = " @@ "
    template = "(%(expressions)s)"
    output_field = models.BooleanField()


# How many of the newest matches are ranked: ranking reads each one's whole vector.
RANK_WINDOW = 300
# A query matching at least this share of all meetings is "common": its newest matches
# are found by walking the date index and testing meetings one by one, which stops after
# about RANK_WINDOW / share tests. A rarer query asks the GIN index for all its matches.
COMMON_SHARE = 0.25


class _InArray(Func):
    # `id = ANY(%s)` with one array parameter: an `IN (%s, %s, …)` of the window's 300 ids
    # cost the driver more (splitting and quoting each placeholder) than the query itself.
    arg_joiner = " = ANY("
    template = "(%(expressions)s))"
    output_field = models.BooleanField()


def search(queryset: QuerySet, terms: list[list[list[str]]]) -> QuerySet:
    """The newest matches of `terms` in `queryset`, annotated with `search_rank`.

    Runs the planner-hinted window query now (`newest_match_ids`); the queryset it returns
    is plain and lazy.
    """
    literal = query_literal(terms)
    newest = newest_match_ids(queryset, literal)
    ids = Value(newest, output_field=ArrayField(models.BigIntegerField()))
    return queryset.filter(_InArray(F("pk"), ids)).annotate(
        search_rank=Func(
            F("search_entry__vector"),
            _TsQuery(Value(literal)),
            function="ts_rank",
            output_field=FloatField(),
        )
    )


# The plan hint, in one round trip: seq scans off (a `@@` test per row reads the row's
# vector from TOAST), then bitmap scans off when at least `common` meetings match, so the
# window walks the date index; the count stops at `common` and reads GIN only.
_HINT_SQL = """
SET LOCAL enable_seqscan = off;
SELECT set_config('enable_bitmapscan', CASE WHEN count(capped.hit) >= common THEN 'off' ELSE 'on' END, true)
FROM (
    SELECT greatest(%(window)s, (reltuples * %(share)s)::bigint) AS common
    FROM pg_class WHERE oid = 'search_searchentry'::regclass
) AS size
LEFT JOIN LATERAL (
    SELECT 1 AS hit FROM search_searchentry
    WHERE vector @@ %(query)s::tsquery LIMIT size.common
) AS capped ON true
GROUP BY common
"""


def plan_hint(cursor, literal: str) -> bool:
    """Set the plan hint for the rest of the transaction; True when the window walks dates."""
    cursor.execute(_HINT_SQL, {"window": RANK_WINDOW, "share": COMMON_SHARE, "query": literal})
    cursor.nextset()  # the result of the SELECT, after the SET's
    return cursor.fetchone()[0] == "off"


def newest_match_ids(queryset: QuerySet, literal: str) -> list[int]:
    """The ids of the newest RANK_WINDOW meetings of `queryset` matching the tsquery `literal`.

    PostgreSQL cannot tell how dense a phrase is, nor that testing `@@` on a row means
    reading its vector from TOAST; left alone it scans the whole index table. So the plan
    is chosen here, from a capped count the GIN index answers without any vector: a common
    query walks the date index, a rare one asks GIN for all its matches. Two round trips in
    one transaction: the hint (`plan_hint`), the window itself.
    """
    window = (
        queryset.filter(_Matches(F("search_entry__vector"), _TsQuery(Value(literal))))
        .order_by("-date", "-pk")
        .values_list("pk", flat=True)[:RANK_WINDOW]
    )
    # SET LOCAL lasts until the transaction ends: only inside an outer one must it be undone.
    nested = connection.in_atomic_block
    with transaction.atomic(), connection.cursor() as cursor:
        plan_hint(cursor, literal)
        # Fetched here (one query) rather than nested: as a subquery the planner scanned
        # the whole meeting table to join the window back.
        newest = list(window)
        if nested:
            cursor.execute("RESET enable_seqscan; RESET enable_bitmapscan")
    return newest
