from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "meetings.search"
    label = "search"
    verbose_name = "全文检索"

    def ready(self):
        from meetings.signals import meetings_written

        # Inside the writing transaction: the record and its index entry commit together.
        meetings_written.connect(_reindex, dispatch_uid="search_reindex")


def _reindex(sender, meeting_ids, documents=None, more=None, **kwargs):
    from meetings.search.indexing import search_index_update

    search_index_update(meeting_ids=meeting_ids, documents=documents, more=more)
