"""`{{ meeting.kind|kind_label }}`: the label of a meeting's kind.

What `get_kind_display()` gives, without its cost: Django hashes every lazy label of the
choices (a translation lookup each) on each call, 15 lookups per row of a list page.
A value no longer among the choices shows as stored, as there.
"""

from django import template

from meetings.models import MeetingKind

register = template.Library()

_LABELS = dict(MeetingKind.choices)


@register.filter
def kind_label(kind: str) -> str:
    return _LABELS.get(kind, kind)
