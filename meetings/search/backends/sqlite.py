"""SQLite (the embedded default): an FTS5 table, one row per meeting, rowid = meeting id.

FTS5's tokenizer cannot segment Chinese, so each column holds our tokens joined by
spaces, and queries are phrases of the same tokens; bm25 weighs the columns.
"""

from django.db import connection
from django.db.models import QuerySet

from meetings.search.documents import WEIGHTS, MeetingDocument

TABLE = "search_meeting_fts"
COLUMNS = ("a", "b", "c", "d")
# bm25 weights of the columns A, B, C, D.
COLUMN_WEIGHTS = (10.0, 4.0, 2.0, 1.0)
# The most results a search lists (FTS5 ranks every match; nobody pages further).
RESULT_CAP = 1000


def result_cap() -> int:
    return RESULT_CAP


def _column_text(segments: list[list[str]]) -> str:
    # A newline between segments reads better when debugging; FTS5 treats it as a space.
    return "\n".join(" ".join(segment) for segment in segments)


def encode(documents: list[MeetingDocument]) -> None:
    """Nothing to compute ahead: FTS5 takes the tokens joined by spaces, as cheap as reading."""


def replace(documents: list[MeetingDocument], deleted_ids=(), *, more: bool | None = None) -> None:
    # `more` (batches of the same write follow) changes nothing for FTS5.
    ids = [doc.meeting_id for doc in documents] + list(deleted_ids)
    with connection.cursor() as cursor:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            cursor.execute(
                f"DELETE FROM {TABLE} WHERE rowid IN ({', '.join(['%s'] * len(chunk))})", chunk
            )
        cursor.executemany(
            f"INSERT INTO {TABLE} (rowid, {', '.join(COLUMNS)}) VALUES (%s, %s, %s, %s, %s)",
            [
                (doc.meeting_id, *(_column_text(doc.fields[w]) for w in WEIGHTS))
                for doc in documents
            ],
        )


def clear() -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TABLE}")


def optimise() -> None:
    # Merge the b-trees written batch by batch into one: faster queries afterwards.
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('optimize')")


def match_expression(terms: list[list[list[str]]]) -> str:
    """Every term required, any of its alternatives: `("工作 会议") AND ("欧阳 明远" OR "欧阳明远")`.

    Tokens hold only letters and digits, so quoting makes every FTS5 operator literal;
    doubling quotes keeps that true should the tokeniser ever change.
    """
    return " AND ".join(
        "(" + " OR ".join(_phrase(alternative) for alternative in term) + ")" for term in terms
    )


def _phrase(tokens: list[str]) -> str:
    return '"' + " ".join(token.replace('"', '""') for token in tokens) + '"'


def search(queryset: QuerySet, terms: list[list[list[str]]]) -> QuerySet:
    # A join, not a correlated subquery: bm25() is computed once per matching row in
    # the same scan that evaluates MATCH.
    table = queryset.model._meta.db_table
    weights = ", ".join(str(w) for w in COLUMN_WEIGHTS)
    return queryset.extra(  # noqa: S610 - fixed SQL, the query is a parameter
        tables=[TABLE],
        where=[f'{TABLE}.rowid = "{table}"."id"', f"{TABLE} MATCH %s"],
        params=[match_expression(terms)],
        # bm25 is lower-is-better; negate it so that search_rank is higher-is-better.
        select={"search_rank": f"-bm25({TABLE}, {weights})"},
    )
