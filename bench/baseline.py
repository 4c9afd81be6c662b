"""The search baseline: what a clerk has without this archive — the Django admin's own
changelist search over the same fields the index holds.

It is the real `ChangeList`: `get_search_results` (icontains of every word in every field,
ORed), the duplicate-removing `Exists` the admin adds for multi-valued joins, the count
for the paginator and the first page of 100 — everything the admin runs for `?q=`.
"""

from django.contrib import admin
from django.contrib.admin.views.main import SEARCH_VAR
from django.test import RequestFactory

from meetings.models import Meeting

# The fields meetings/search/documents.py indexes, as admin lookups.
INDEXED_FIELDS = [
    "title",
    "venue",
    "summary",
    "decisions",
    "source_text",
    "host__name",
    "recorder__name",
    "chairs__name",
    "attendances__person__name",
    "attendee_groups__name",
    "agenda_items__speaker__name",
    "agenda_items__org__name",
    "agenda_items__title",
    "agenda_items__document_titles",
    "agenda_items__text",
    "documents__title",
    "pledges__title",
]


class _BaselineAdmin(admin.ModelAdmin):
    search_fields = INDEXED_FIELDS
    list_display = ["title", "date", "host"]
    list_select_related = ["host"]
    ordering = ["-date", "-pk"]

    def get_queryset(self, request):
        return Meeting.objects.visible_to(request.user)


def admin_changelist_search(query: str, *, user) -> tuple[int, list[Meeting]]:
    """(count, first page) as the admin's changelist computes them for `?q=query`."""
    model_admin = _BaselineAdmin(Meeting, admin.site)
    request = RequestFactory().get("/admin/meetings/meeting/", {SEARCH_VAR: query})
    request.user = user
    changelist = model_admin.get_changelist_instance(request)
    return changelist.result_count, list(changelist.result_list)
