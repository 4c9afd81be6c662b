"""A rename that lands while an import naming that person is running: the imported
meeting is found by the new name, not the old, once both have committed."""

import pytest

from tests.meetings.second_process import script_outcome


@pytest.mark.django_db(transaction=True)
def test_a_person_renamed_during_an_import_is_found_in_its_meetings_by_the_new_name(tmp_path):
    outcome = script_outcome("tests.meetings.rename_during_import", tmp_path)
    assert outcome["import"] == "ok"
    assert outcome["rename"] == "ok"
    assert outcome["found_by"] == {"欧阳照": [], "欧阳明照": ["改名时导入的支部党员大会"]}
