"""Two clerks saving the same meeting at once, for real: two threads, two connections,
on a database file (SQLite) or server (PostgreSQL). The later save is refused as stale on
both, never a "database is locked" 500."""

import pytest

from tests.meetings.second_process import script_outcome


@pytest.mark.django_db(transaction=True)
def test_two_clerks_saving_the_same_meeting_at_once_get_one_save_and_one_stale_refusal(tmp_path):
    outcome = script_outcome("tests.meetings.concurrent_saves", tmp_path)
    assert outcome["first"] == {"status": 302, "refused": False}
    assert outcome["second"] == {"status": 200, "refused": True}
    assert outcome["meeting"] == {"title": "甲改的标题", "venue": "原地点", "version": 2}


def test_sqlite_transactions_take_the_write_lock_at_once_and_wait_for_it(settings):
    options = settings.DATABASES["default"].get("OPTIONS", {})
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":
        pytest.skip("an SQLite setting")
    assert options["transaction_mode"] == "IMMEDIATE"
    assert options["timeout"] >= 10
