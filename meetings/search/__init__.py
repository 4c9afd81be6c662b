"""Search entry points used by the list page, the filters and the bench.

Until the full-text index exists this is a plain `icontains` match over the title,
names and texts; the contract (signatures, `search_rank`, highlights) stays the same.
"""

from django.db.models import Q, QuerySet, Value


def search_meetings(queryset: QuerySet, query: str) -> QuerySet:
    """Narrow `queryset` to the meetings matching every term of `query`, best first.

    The result is annotated with `search_rank` (higher is better) and ordered by it.
    """
    terms = query.split()
    if not terms:
        return queryset
    for term in terms:
        queryset = queryset.filter(
            Q(title__icontains=term)
            | Q(venue__icontains=term)
            | Q(host__name__icontains=term)
            | Q(attendances__person__name__icontains=term)
            | Q(agenda_items__title__icontains=term)
            | Q(agenda_items__text__icontains=term)
            | Q(documents__title__icontains=term)
            | Q(pledges__title__icontains=term)
        )
    return queryset.distinct().annotate(search_rank=Value(0.0)).order_by("-date", "-pk")


def meeting_search(query: str, *, user) -> QuerySet:
    from meetings.models import Meeting

    return search_meetings(Meeting.objects.visible_to(user), query)


def search_highlights(meetings, query: str) -> dict[int, str]:
    """Safe HTML snippets with the matched words in <mark>, by meeting id."""
    return {}
