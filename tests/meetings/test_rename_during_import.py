"""A rename that lands while an import naming that person is running: the imported
meeting is found by the new name, not the old, once both have committed."""

import json
import os
import subprocess
import sys

import pytest

from tests.meetings.test_concurrent_saves import ROOT, database_url_for_a_second_process


@pytest.mark.django_db(transaction=True)
def test_a_person_renamed_during_an_import_is_found_in_its_meetings_by_the_new_name(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "tests.meetings.rename_during_import"],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": database_url_for_a_second_process(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    outcome = json.loads(result.stdout)
    assert outcome["import"] == "ok"
    assert outcome["rename"] == "ok"
    assert outcome["found_by"] == {"欧阳照": [], "欧阳明照": ["改名时导入的支部党员大会"]}
