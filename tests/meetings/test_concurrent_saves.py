"""Two clerks saving the same meeting at once, for real: two threads, two connections,
on a database file (SQLite) or server (PostgreSQL). The later save is refused as stale on
both, never a "database is locked" 500."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


def database_url_for_a_second_process(tmp_path: Path) -> str:
    """The test database, reachable from another process."""
    if connection.vendor == "sqlite":
        # The test database is in memory: copy it, schema and all, into a file.
        path = tmp_path / "concurrent.sqlite3"
        connection.ensure_connection()
        with sqlite3.connect(path) as target:
            connection.connection.backup(target)
        return f"sqlite:///{path}"
    parts = urlsplit(os.environ["DATABASE_URL"])
    return parts._replace(path="/" + connection.settings_dict["NAME"]).geturl()


@pytest.mark.django_db(transaction=True)
def test_two_clerks_saving_the_same_meeting_at_once_get_one_save_and_one_stale_refusal(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "tests.meetings.concurrent_saves"],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": database_url_for_a_second_process(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    outcome = json.loads(result.stdout)
    assert outcome["first"] == {"status": 302, "refused": False}
    assert outcome["second"] == {"status": 200, "refused": True}
    assert outcome["meeting"] == {"title": "甲改的标题", "venue": "原地点", "version": 2}


def test_sqlite_transactions_take_the_write_lock_at_once_and_wait_for_it(settings):
    options = settings.DATABASES["default"].get("OPTIONS", {})
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":
        pytest.skip("an SQLite setting")
    assert options["transaction_mode"] == "IMMEDIATE"
    assert options["timeout"] >= 10
