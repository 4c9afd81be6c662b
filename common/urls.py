"""`reverse()` of a page addressed by one id, at the cost of an f-string.

A list of meetings links each row to its meeting, host and chairs; Django's `reverse()`
took about 0.15 ms a call, more than all the rest of a row. The pattern of each view is
reversed once (per URLconf and script prefix) with a marker id, and the id is put in its
place afterwards, so the result is exactly what `reverse(viewname, args=[pk])` gives.
"""

from functools import lru_cache

from django.urls import get_script_prefix, get_urlconf, reverse

_MARKER = "918273645"  # digits, so that `<int:pk>` accepts it; never part of a route


@lru_cache(maxsize=128)
def _halves(viewname: str, urlconf, prefix: str) -> tuple[str, str]:
    head, tail = reverse(viewname, urlconf=urlconf, args=[int(_MARKER)]).split(_MARKER)
    return head, tail


def id_url(viewname: str, pk: int) -> str:
    """The same as `reverse(viewname, args=[pk])` for a view that takes one integer id."""
    head, tail = _halves(viewname, get_urlconf(), get_script_prefix())
    return f"{head}{int(pk)}{tail}"
