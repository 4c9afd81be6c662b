"""Run a script of two threads with their own connections in a process of its own, on
the test database: an SQLite test database lives in memory, where locking does not
behave as on a file, so it is copied into one first."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


def database_url_for_a_second_process(tmp_path: Path) -> str:
    """The test database, reachable from another process."""
    if connection.vendor == "sqlite":
        path = tmp_path / "concurrent.sqlite3"
        connection.ensure_connection()
        with sqlite3.connect(path) as target:
            connection.connection.backup(target)
        return f"sqlite:///{path}"
    parts = urlsplit(os.environ["DATABASE_URL"])
    return parts._replace(path="/" + connection.settings_dict["NAME"]).geturl()


def script_outcome(module: str, tmp_path: Path) -> dict:
    """What the script `module` printed as JSON; fails with its stderr if it failed."""
    result = subprocess.run(
        [sys.executable, "-m", module],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": database_url_for_a_second_process(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)
