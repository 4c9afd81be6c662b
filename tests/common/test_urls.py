import pytest
from django.urls import clear_script_prefix, reverse, set_script_prefix

from common.urls import id_url


@pytest.mark.parametrize("viewname", ["meetings:detail", "meetings:person", "orgs:detail"])
@pytest.mark.parametrize("prefix", ["/", "/archive/"])
def test_id_url_gives_what_reverse_gives_under_any_script_prefix(viewname, prefix):
    set_script_prefix(prefix)
    try:
        for pk in (1, 42, 918273645, 10**12):
            assert id_url(viewname, pk) == reverse(viewname, args=[pk])
    finally:
        clear_script_prefix()


def test_id_url_refuses_what_is_not_an_id():
    with pytest.raises(ValueError):
        id_url("meetings:detail", "1/../admin")
