"""Job type of the search index: rebuild it (operators only)."""

from django import forms

from jobs.registry import Outcome, register
from meetings.search.indexing import search_index_rebuild


class RebuildForm(forms.Form):
    def params(self) -> dict:
        return {}


@register("rebuild_search_index", label="重建全文检索索引", form=RebuildForm, permission=None)
def rebuild(*, params: dict, progress, user) -> Outcome:
    from meetings.models import Meeting

    total = Meeting.objects.count()
    done = 0
    # One transaction: readers keep the old index until the new one is complete.
    for batch in search_index_rebuild():
        done += batch
        progress(done, total)
    return Outcome(result={"已索引会议数": done})
