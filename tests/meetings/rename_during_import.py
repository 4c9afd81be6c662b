"""A clerk renames a person while an import that names that person is still running:
two threads with their own connections, on the database of DATABASE_URL; prints, as JSON,
which of the two names finds the imported meeting.

tests/meetings/test_rename_during_import.py runs it in a process of its own (an SQLite
test database lives in memory, where locking does not behave as on a file).
"""

import json
import os
import sys
import threading
import time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection, transaction  # noqa: E402

from meetings.search import meeting_search  # noqa: E402
from meetings.services import meeting_records_import  # noqa: E402
from meetings.signals import meetings_written  # noqa: E402
from orgs.models import Person  # noqa: E402
from tests.factories import PersonFactory  # noqa: E402

OLD_NAME, NEW_NAME = "欧阳照", "欧阳明照"
# How long the import holds its transaction open after writing its meetings: long
# enough for the rename to arrive and, without the names lock, commit before it.
HOLD_SECONDS = 1.5

RECORD = {
    "format": "meeting-record/1",
    "title": "改名时导入的支部党员大会",
    "date": "2024-05-06",
    "kind": "支部党员大会",
    "status": "published",
    "chairs": [OLD_NAME],
    "attendees": [{"name": OLD_NAME, "role": "出席"}],
    "agenda": [{"kind": "讲话", "speaker": OLD_NAME, "title": "讲话"}],
}


def main() -> None:
    person = PersonFactory(name=OLD_NAME)
    written = threading.Event()

    def hold_the_import(sender, **kwargs):
        # On PostgreSQL the import's batches are announced from its writer thread
        # ("import-writer_0", meetings/import_writer.py), on SQLite from its own.
        if threading.current_thread().name.startswith("import"):
            written.set()
            time.sleep(HOLD_SECONDS)

    meetings_written.connect(hold_the_import)
    outcome: dict[str, object] = {}

    def run(name, work) -> None:
        try:
            work()
            outcome[name] = "ok"
        except Exception as error:  # what a clerk would have seen as a 500
            outcome[name] = f"{type(error).__name__}: {error}"
        finally:
            connection.close()

    def import_it() -> None:
        meeting_records_import(records=[RECORD])

    def rename_it() -> None:
        written.wait(10)
        with transaction.atomic():  # as the admin saves
            renamed = Person.objects.get(pk=person.pk)
            renamed.name = NEW_NAME
            renamed.save()

    threads = [
        threading.Thread(target=run, name="import", args=("import", import_it)),
        threading.Thread(target=run, name="rename", args=("rename", rename_it)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    reader = get_user_model().objects.create_superuser("reader", password=None)
    outcome["found_by"] = {
        name: list(meeting_search(name, user=reader).values_list("title", flat=True))
        for name in (OLD_NAME, NEW_NAME)
    }
    json.dump(outcome, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
