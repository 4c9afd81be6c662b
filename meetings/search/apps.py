from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "meetings.search"
    label = "search"
    verbose_name = "全文检索"

    def ready(self):
        from django.db.models.signals import post_save

        from meetings.signals import meetings_changed
        from orgs.models import Organisation, Person

        meetings_changed.connect(_reindex, dispatch_uid="search_reindex")
        post_save.connect(_learn_person, sender=Person, dispatch_uid="search_learn_person")
        post_save.connect(_learn_organisation, sender=Organisation, dispatch_uid="search_learn_org")


def _reindex(sender, meeting_ids, **kwargs):
    from meetings.search.indexing import search_index_update

    search_index_update(meeting_ids=meeting_ids)


def _learn_person(sender, instance, **kwargs):
    from meetings.search.tokenizer import add_words

    add_words([instance.name], names=True)


def _learn_organisation(sender, instance, **kwargs):
    from meetings.search.tokenizer import add_words

    add_words([instance.name])
