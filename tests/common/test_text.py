import pytest

from common.text import fold, strip_invisible


def test_folding_ignores_invisible_characters():
    assert fold("鄭\u200b強\ufeff") == fold("郑强") == "郑强"
    assert strip_invisible("第一\u202e党支部\u2062") == "第一党支部"


def test_strip_invisible_keeps_visible_text_whitespace_and_nul():
    text = "郑强 校党委书记\n第二行\t\x00"
    assert strip_invisible(text) == text


@pytest.mark.django_db(transaction=True)
def test_names_stored_before_folding_dropped_invisible_characters_are_refolded():
    from django.core.management import call_command

    from orgs.models import Person

    person = Person.objects.create(name="郑\u200b强")
    Person.objects.filter(pk=person.pk).update(name_key="郑\u200b强")  # as folded before
    call_command("migrate", "orgs", "0001", verbosity=0)
    call_command("migrate", "orgs", verbosity=0)
    assert Person.objects.get(pk=person.pk).name_key == "郑强"
