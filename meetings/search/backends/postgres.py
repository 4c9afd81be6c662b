"""PostgreSQL: one `tsvector` per meeting (config `simple`, weighted A–D) with a GIN index.

The vector is written by our code from the tokeniser's output, with explicit positions,
so PostgreSQL's parser never re-splits Chinese and a phrase never spans two segments.
"""

import enum
import math
from functools import lru_cache

from django.contrib.postgres.search import SearchQueryField, SearchVectorField
from django.db import connection, models, transaction
from django.db.models import Case, F, FloatField, Func, QuerySet, Value, When
from psycopg.adapt import Dumper
from psycopg.pq import Format

from meetings.models import Meeting
from meetings.search.documents import WEIGHTS, MeetingDocument

MAX_POSITION = 16383  # PostgreSQL clamps tsvector positions here
SEGMENT_GAP = 2  # positions skipped between segments so phrases stay within one
TSVECTOR_OID = 3614  # fixed in PostgreSQL's catalogue (pg_type)


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


# PostgreSQL's binary form of a position (WordEntryPos, big-endian as COPY sends it): the
# weight in the top two bits (A = 3 … D = 0), the position in the other fourteen.
# Precomputed: building millions of positions dominated the rebuild.
_WEIGHT_BITS = {"A": 3, "B": 2, "C": 1, "D": 0}
_POSITIONS = {
    weight: [(bits << 14 | n).to_bytes(2, "big") for n in range(MAX_POSITION + 1)]
    for weight, bits in _WEIGHT_BITS.items()
}
_LAST_POSITIONS = frozenset(labels[MAX_POSITION] for labels in _POSITIONS.values())
MAX_LEXEME_POSITIONS = 256  # PostgreSQL keeps at most these many positions of a lexeme
_ONE_POSITION = (1).to_bytes(2, "big")


@lru_cache(maxsize=262144)
def _lexeme_bytes(lexeme: str) -> bytes:
    # Tokens never hold a NUL (it separates tokens), so it can end the lexeme.
    return lexeme.encode() + b"\0"


def vector_binary(doc: MeetingDocument) -> bytes:
    """The tsvector of a document in PostgreSQL's binary form (as `tsvectorsend` writes it).

    Each token and each pair of neighbouring tokens is a lexeme with its positions, so a
    phrase is matched by the GIN index alone (an AND of its pairs) instead of by reading
    every candidate's positions, which for a common phrase meant most of the index. Binary,
    not the text form (`'党建':1A,9B '党建 工作':2A …`): parsing that text cost the server a
    fifth of the index's write (a COPY of 1,000 entries took 1.24 s as text, 0.97 s so).
    """
    # A lexeme's one position, or the list of its positions once it has more: most lexemes
    # of a document occur once, and a list for each would be half a million allocations
    # per thousand meetings (and garbage collections for them).
    positions: dict[str, bytes | list[bytes]] = {}
    position = 1
    for weight in WEIGHTS:
        labels = _POSITIONS[weight]
        for segment in doc.fields[weight]:
            count = len(segment)
            # Positions stop at MAX_POSITION: the tokens beyond it all take that one.
            segment_labels = labels[position : position + count]
            if len(segment_labels) < count:
                segment_labels += [labels[MAX_POSITION]] * (count - len(segment_labels))
            # The tokens, then each pair, which takes the position of its second token.
            lexemes = (*segment, *map(_pair, segment, segment[1:]))
            for lexeme, label in zip(lexemes, segment_labels + segment_labels[1:], strict=True):
                found = positions.get(lexeme)
                if found is None:
                    positions[lexeme] = label
                elif type(found) is bytes:
                    positions[lexeme] = [found, label]
                else:
                    found.append(label)
            position = min(position + count + SEGMENT_GAP, MAX_POSITION)
    parts = [len(positions).to_bytes(4, "big")]
    append = parts.append
    for lexeme, found in positions.items():
        append(_lexeme_bytes(lexeme))
        if type(found) is bytes:
            append(_ONE_POSITION)
            append(found)
        else:
            if found[-2] in _LAST_POSITIONS or len(found) > MAX_LEXEME_POSITIONS:
                found = _stored_positions(found)
            append(len(found).to_bytes(2, "big"))
            append(b"".join(found))
    return b"".join(parts)


def _stored_positions(found: list[bytes]) -> list[bytes]:
    """The positions PostgreSQL keeps of a lexeme: each once, at most 256.

    Only the last position repeats (every token past it takes it); of a repeated position
    PostgreSQL keeps the highest weight, which is the first one, weights coming A to D.
    """
    if found[-2] in _LAST_POSITIONS:
        found = found[: next(i for i, label in enumerate(found) if label in _LAST_POSITIONS) + 1]
    return found[:MAX_LEXEME_POSITIONS]


# The lexeme of a pair of neighbouring tokens (`_pair("党建", "工作")`): tokens never hold a
# space, so it cannot collide with a token. A bound method, so that map() runs it in C.
_pair = "{} {}".format


# The GIN index takes new entries into its pending list (fastupdate) and merges the list
# into the index whenever it passes gin_pending_list_limit (4 MB): about 16 KB a meeting, so
# a batch of this many meetings overflows it by itself, and 1,000 merged it four times.
# Such a batch raises the limit for itself and merges everything once at its end
# (`gin_clean_pending_list`): 0.44 s of the server's CPU instead of 0.51 s per 1,000
# meetings, and the list is left empty, so searches do not scan it (nor does the planner
# cost it, see `optimise`; docs/bench.md). Not merging at all would be 0.19 s, but every
# search would scan ~16 MB of list per 1,000 meetings until autovacuum or the next
# writer's merge, paid by that writer.
#
# An import writes its batches one after another in one transaction, saying of each
# whether `more` follow: each raises the limit and only the last merges, once for all of
# them (four merges of 250 meetings cost the thread writing them 0.08–0.13 s each).
BULK_DOCUMENTS = 250
_INDEX = "search_searchentry_vector"


def replace(documents: list[MeetingDocument], deleted_ids=(), *, more: bool | None = None) -> None:
    """Write the documents' entries (and drop those of `deleted_ids`). `more`, for a write
    in batches (an import's): whether further batches follow in this transaction."""
    ids = [doc.meeting_id for doc in documents] + list(deleted_ids)
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM search_searchentry WHERE meeting_id = ANY(%s)", [ids])
    if not documents:
        return
    bulk = len(documents) >= BULK_DOCUMENTS or more is not None
    with connection.cursor() as cursor:
        if bulk:
            # For this transaction only (replace always runs inside one), reset below.
            cursor.execute("SET LOCAL gin_pending_list_limit = '1GB'")
        # The vectors go as tsvector's binary form: the server checks it instead of parsing.
        cursor.adapters.register_dumper(None, _VectorDumper)
        with cursor.copy(
            "COPY search_searchentry (meeting_id, vector) FROM STDIN (FORMAT BINARY)"
        ) as copy:
            copy.set_types(["int8", "tsvector"])
            for doc in documents:
                vector = doc.encoded if doc.encoded is not None else vector_binary(doc)
                copy.write_row((doc.meeting_id, vector))
        if bulk and not more:
            cursor.execute(
                f"SELECT gin_clean_pending_list('{_INDEX}'); "
                "SET LOCAL gin_pending_list_limit TO DEFAULT"
            )


def encode(documents: list[MeetingDocument]) -> None:
    """Compute each document's vector ahead, for `replace` to send (see `search_documents_encode`)."""
    for doc in documents:
        doc.encoded = vector_binary(doc)


class _VectorDumper(Dumper):
    """Sends `vector_binary`'s bytes as they are, for a COPY column typed tsvector."""

    format = Format.BINARY
    oid = TSVECTOR_OID

    def dump(self, obj: bytes) -> bytes:
        return obj


def clear() -> None:
    with connection.cursor() as cursor:
        # DELETE, not TRUNCATE: readers keep seeing the old rows until a rebuild commits.
        cursor.execute("DELETE FROM search_searchentry")


def optimise() -> None:
    """After a rebuild: merge the GIN index's pending list, then fresh statistics.

    The rebuild's rows reach the index through its pending list (GIN's fast update),
    and up to 4 MB of them stay there until autovacuum merges them. Every search scans
    that list, and the planner, costing it, chose to test every row's vector instead of
    asking the index: 68 ms against 0.4 ms for a name at 10,000 meetings.
    """
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT gin_clean_pending_list('{_INDEX}')")
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


class _InArray(Func):
    # `id = ANY('{…}'::bigint[])` with the ids as one text parameter: an `IN (%s, %s, …)`
    # of the window's 300 ids, or a list adapted element by element, cost the driver more
    # than the query itself.
    arg_joiner = " = ANY("
    template = "(%(expressions)s::bigint[]))"
    output_field = models.BooleanField()


def result_cap() -> int:
    """The most results a search lists: the window of newest matches that are ranked."""
    return RANK_WINDOW


def search(queryset: QuerySet, terms: list[list[list[str]]]) -> QuerySet:
    """The newest matches of `terms` in `queryset`, annotated with `search_rank`.

    Runs the planner-hinted window query now (`newest_match_ids`); the queryset it returns
    is plain and lazy. When there are more matches than the window, the next one is kept
    too, ranked below all (never listed): a count then says "more than the window"
    instead of a false total.
    """
    literal = query_literal(terms)
    newest = newest_match_ids(queryset, terms)
    ids = Value("{" + ",".join(map(str, newest)) + "}")
    rank = Func(
        F("search_entry__vector"),
        _TsQuery(Value(literal)),
        function="ts_rank",
        output_field=FloatField(),
    )
    if len(newest) > RANK_WINDOW:
        rank = Case(When(pk=newest[-1], then=Value(-1.0)), default=rank)
    return queryset.filter(_InArray(F("pk"), ids)).annotate(search_rank=rank)


# How common the query's lexemes are, from the statistics ANALYZE keeps of the column
# (for a tsvector: its most common lexemes, each with the share of rows holding it), and
# how many rows the table has. A lexeme missing from the list is rarer than all on it.
_FREQUENCIES_SQL = """
SELECT common.lexeme, common.share, c.reltuples
FROM pg_class c
LEFT JOIN pg_stats s
    ON s.schemaname = current_schema() AND s.tablename = 'search_searchentry'
    AND s.attname = 'vector'
LEFT JOIN LATERAL unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs)
    AS common(lexeme, share) ON common.lexeme = ANY(%s)
WHERE c.oid = 'search_searchentry'::regclass
"""


def _alternatives(terms: list[list[list[str]]]) -> list[list[list[str]]]:
    """Per term, per alternative, the lexemes that must all be present (see query_literal)."""
    return [
        [
            phrase
            if len(phrase) == 1
            else [_pair(a, b) for a, b in zip(phrase, phrase[1:], strict=False)]
            for phrase in term
        ]
        for term in terms
    ]


def estimated_share(terms: list[list[list[str]]], shares: dict[str, float]) -> float:
    """The share of meetings matching `terms`, from the shares of single lexemes.

    An alternative is at most as common as its rarest lexeme, and the pairs of a phrase
    nearly always come together, so that is the estimate (PostgreSQL's own multiplies
    them and took `意识形态工作责任制`, in 55% of meetings, for a rare phrase). A term is as
    common as its commonest alternative; the query as its rarest term.
    """
    return min(
        max(min(shares.get(lexeme, 0.0) for lexeme in lexemes) for lexemes in term)
        for term in _alternatives(terms)
    )


class Plan(enum.Enum):
    """How the window of newest matches is found (`window_plan` picks one per query)."""

    # Walk the (-date, -id) index and test meetings one by one until the window is full:
    # about RANK_WINDOW / share tests, each reading a vector from TOAST, whatever the size.
    WALK = "walk"
    # Take the newest meetings that should hold the window (RECENT_MARGIN times as many as
    # the share says) and keep those among all GIN matches, in a hash: a GIN match costs
    # one read of the small index row, never its vector nor its meeting.
    RECENT = "recent"
    # Every GIN match joined to its meeting and sorted by date: cheapest when few match.
    ALL = "all"


# The cost of each plan's unit of work, in µs, from EXPLAIN (ANALYZE, BUFFERS) of the
# bench's queries at 30,000 and 300,000 meetings on a loaded 2-core machine (docs/bench.md);
# only their ratios matter.
TEST_US = 50.0  # WALK: a `@@` test of one meeting (its vector read from TOAST)
RECENT_US = 2.5  # RECENT: a meeting read newest first
HASH_US = 1.0  # RECENT: a GIN match read from the index table into the hash
JOIN_US = 6.0  # ALL: a GIN match joined to its meeting
# RECENT reads this many times the meetings that should hold the window: the share is an
# estimate, and a window that comes out short is asked for again in full (ALL).
RECENT_MARGIN = 2


def recent_size(share: float) -> int:
    """How many of the newest meetings the RECENT plan reads for a query of `share`."""
    return math.ceil(RECENT_MARGIN * (RANK_WINDOW + 1) / share)


def cheapest_plan(share: float, total: float) -> Plan:
    """The plan of least estimated µs for a query in `share` of `total` meetings.

    WALK costs the same however large the archive; ALL grows with the matches, and RECENT
    with them too but ten times slower, so as the archive grows a query moves from ALL to
    RECENT, and the most common ones from RECENT to WALK.
    """
    costs = _plan_costs(share, total)
    return min(costs, key=costs.__getitem__)


def _plan_costs(share: float, total: float) -> dict[Plan, float]:
    matches = share * total
    if matches < RANK_WINDOW:
        # Every match is needed anyway, and a walk would test the whole archive.
        return {Plan.ALL: JOIN_US * matches}
    return {
        Plan.WALK: TEST_US * RANK_WINDOW / share,
        Plan.RECENT: RECENT_US * recent_size(share) + HASH_US * matches,
        Plan.ALL: JOIN_US * matches,
    }


def window_plan(cursor, terms: list[list[list[str]]]) -> tuple[Plan, float]:
    """The cheapest plan for `terms` and their estimated share of meetings (one query)."""
    lexemes = sorted({lexeme for term in _alternatives(terms) for alt in term for lexeme in alt})
    cursor.execute(_FREQUENCIES_SQL, [lexemes])
    rows = cursor.fetchall()
    shares = {lexeme: share for lexeme, share, _ in rows if lexeme is not None}
    share = estimated_share(terms, shares)
    return cheapest_plan(share, rows[0][2]), share


# Seq scans off: a `@@` test per row of a scan would read every vector from TOAST. No
# parallel workers: a walk split between them took twice as long (a document title in 14%
# of meetings: 73 ms against 38 ms alone) and more CPU in all.
_HINTS = {"enable_seqscan": "off", "max_parallel_workers_per_gather": "0"}
PLAN_HINTS = {
    Plan.WALK: {**_HINTS, "enable_bitmapscan": "off"},
    # Only a hash join keeps the GIN matches away from their vectors and their meetings.
    Plan.RECENT: {**_HINTS, "enable_nestloop": "off", "enable_mergejoin": "off"},
    Plan.ALL: _HINTS,
}
HINTED = sorted({name for hints in PLAN_HINTS.values() for name in hints})

# The RECENT window: the newest meetings of the queryset (its own SQL), joined to the
# index rows that match.
_RECENT_SQL = """
SELECT recent.id FROM ({recent}) AS recent (id, date)
JOIN search_searchentry entry ON entry.meeting_id = recent.id
WHERE entry.vector @@ %s::tsquery
ORDER BY recent.date DESC, recent.id DESC
LIMIT %s
"""


def newest_match_ids(queryset: QuerySet, terms: list[list[list[str]]]) -> list[int]:
    """The ids of the newest RANK_WINDOW meetings of `queryset` matching `terms`, and one
    more when there are more.

    PostgreSQL cannot tell how dense a phrase is, nor that testing `@@` on a row means
    reading its vector from TOAST; left alone it scans the whole index table. So the plan
    is chosen here (`window_plan`) and set for this transaction only. Three round trips:
    the lexemes' shares, the hints, the window itself (a fourth when a RECENT window comes
    out short and is asked for in full).
    """
    literal = query_literal(terms)
    window = (
        queryset.filter(_Matches(F("search_entry__vector"), _TsQuery(Value(literal))))
        .order_by("-date", "-pk")
        .values_list("pk", flat=True)[: RANK_WINDOW + 1]
    )
    # SET LOCAL lasts until the transaction ends: only inside an outer one must it be undone.
    nested = connection.in_atomic_block
    with transaction.atomic(), connection.cursor() as cursor:
        plan, share = window_plan(cursor, terms)
        _hint(cursor, plan)
        newest = []
        if plan is Plan.RECENT:
            newest = _recent_window(cursor, queryset, literal, recent_size(share))
            if len(newest) <= RANK_WINDOW:
                # Fewer matches among the newest meetings than the share promised: the
                # window may reach further back.
                plan = Plan.ALL
                _hint(cursor, plan)
        if plan is not Plan.RECENT:
            # Fetched here (one query) rather than nested: as a subquery the planner
            # scanned the whole meeting table to join the window back.
            newest = list(window)
        if nested:
            cursor.execute("; ".join(f"RESET {name}" for name in HINTED))
    return newest


def _hint(cursor, plan: Plan) -> None:
    hints = {name: "on" for name in HINTED if name.startswith("enable_")}
    hints |= {"max_parallel_workers_per_gather": "0"} | PLAN_HINTS[plan]
    cursor.execute("; ".join(f"SET LOCAL {name} = {value}" for name, value in hints.items()))


def _recent_window(cursor, queryset: QuerySet, literal: str, size: int) -> list[int]:
    """The newest matches among the newest `size` meetings of `queryset`: the window
    itself when there are more than RANK_WINDOW of them (nothing newer is left out)."""
    recent = queryset.order_by("-date", "-pk").values_list("pk", "date")[:size]
    sql, params = recent.query.sql_with_params()
    cursor.execute(_RECENT_SQL.format(recent=sql), [*params, literal, RANK_WINDOW + 1])
    return [pk for (pk,) in cursor.fetchall()]
