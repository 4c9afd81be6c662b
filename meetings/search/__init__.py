"""Search entry points used by the list page, the filters and the bench.

Full-text search over meetings, their agenda items, documents and pledges. The index
lives in `backends/` (PostgreSQL tsvector + GIN, or SQLite FTS5), chosen by
`connection.vendor`; the tokeniser is shared by index and query. Nothing here touches
models at import time: this package is also the `search` app.
"""

import re

from django.db.models import QuerySet
from django.utils.html import escape
from django.utils.safestring import mark_safe

MAX_QUERY_LENGTH = 200  # characters; longer input is cut, never rejected
MAX_TERMS = 10
SNIPPET_CHARS = 80


def query_terms(query: str | None) -> list[list[list[str]]]:
    """The query's space-separated terms, each as its alternatives (token lists).

    A term matches as the phrase of its tokens or, when it is one word of several tokens
    (`欧阳明远` → `欧阳 明远`), also as that whole word: people's names are indexed whole.
    Terms without tokens are dropped.
    """
    from meetings.search.tokenizer import normalise, tokens, whole_word

    terms = []
    for raw in (query or "")[:MAX_QUERY_LENGTH].split():
        phrase = tokens(raw)
        if not phrase:
            continue
        whole = whole_word(raw)
        alternatives = [phrase]
        if len(phrase) > 1 and whole == normalise(raw):
            alternatives.append([whole])
        terms.append(alternatives)
    return terms[:MAX_TERMS]


def search_meetings(queryset: QuerySet, query: str) -> QuerySet:
    """Narrow `queryset` to the meetings matching every term of `query`, best first.

    Each term matches as a phrase (its tokens adjacent, in order). The result stays a
    lazy queryset, annotated with `search_rank` (higher is better) and ordered by it,
    newer first among equals. A query without searchable text leaves `queryset` as is.
    """
    from meetings.search import backends

    terms = query_terms(query)
    if not terms:
        return queryset
    return backends.current().search(queryset, terms).order_by("-search_rank", "-date", "-pk")


def result_cap() -> int:
    """How many results a search lists at most on this database (its backend says)."""
    from meetings.search import backends

    return backends.current().result_cap()


def meeting_search(query: str, *, user) -> QuerySet:
    from meetings.models import Meeting

    return search_meetings(Meeting.objects.visible_to(user), query)


def search_highlights(meetings, query: str) -> dict[int, str]:
    """Safe HTML snippets with the matched words in <mark>, by meeting id.

    Three queries whatever the number of meetings: agenda items, documents, pledges.
    The snippet comes from the first text that holds a term, in the order of the
    index weights, shown folded to Simplified like the index sees it.
    """
    from meetings.models import AgendaItem, Document, Pledge
    from meetings.search.tokenizer import normalise

    meetings = list(meetings)
    needles = sorted({"".join(term[0]) for term in query_terms(query)}, key=len, reverse=True)
    if not meetings or not needles:
        return {}
    ids = [meeting.pk for meeting in meetings]
    texts: dict[int, list[str]] = {pk: [] for pk in ids}
    for meeting in meetings:
        texts[meeting.pk].append(meeting.title)
    for model, fields in (
        (AgendaItem, ("title", "document_titles", "text")),
        (Document, ("title",)),
        (Pledge, ("title",)),
    ):
        for meeting_id, *values in model.objects.filter(meeting_id__in=ids).values_list(
            "meeting_id", *fields
        ):
            texts[meeting_id].extend(values)
    for meeting in meetings:
        texts[meeting.pk].extend([meeting.summary, meeting.decisions, meeting.source_text])

    pattern = re.compile("|".join(re.escape(needle) for needle in needles))
    highlights = {}
    for pk, candidates in texts.items():
        # Most records are written in Simplified already: look through the texts as they
        # are before paying for the Traditional→Simplified conversion of each.
        for convert in (str, normalise):
            snippet = next(
                (
                    _snippet(folded, pattern, found.start())
                    for folded in map(convert, filter(None, candidates))
                    if (found := pattern.search(folded))
                ),
                None,
            )
            if snippet:
                highlights[pk] = snippet
                break
    return highlights


def _snippet(text: str, pattern: re.Pattern, at: int) -> str:
    start = max(0, at - SNIPPET_CHARS // 3)
    end = min(len(text), start + SNIPPET_CHARS)
    window = text[start:end]
    parts, last = [], 0
    for found in pattern.finditer(window):
        parts.append(escape(window[last : found.start()]))
        parts.append(f"<mark>{escape(found.group())}</mark>")
        last = found.end()
    parts.append(escape(window[last:]))
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return mark_safe(prefix + "".join(parts) + suffix)  # noqa: S308 - every piece is escaped
