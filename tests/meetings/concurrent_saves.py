"""Two clerks save the same meeting at the same moment, from two threads with their own
database connections, on the database of DATABASE_URL; prints what each got as JSON.

tests/meetings/test_concurrent_saves.py runs it in a process of its own: an SQLite test
database lives in memory, where locking does not behave as it does on a file.
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
from django.db import connection  # noqa: E402
from django.db.models.signals import pre_save  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.urls import reverse  # noqa: E402

from meetings.models import Meeting  # noqa: E402
from tests.factories import DraftMeetingFactory  # noqa: E402
from tests.meetings.admin_forms import change_form_data  # noqa: E402

REFUSAL = "保存失败：在您打开本页之后"
# How long the first save holds its transaction open after its checks: long enough for
# the second to arrive while it is still open.
HOLD_SECONDS = 1.0


def main() -> None:
    setup_test_environment()  # the test client records each response's context
    meeting = DraftMeetingFactory(title="原标题", venue="原地点")
    url = reverse("admin:meetings_meeting_change", args=[meeting.pk])
    clients, forms = [], []
    for name in ("clerk_a", "clerk_b"):
        user = get_user_model().objects.create_superuser(name, password=None)
        client = Client()
        client.force_login(user)
        clients.append(client)
        forms.append(change_form_data(client.get(url)))
    first_inside = threading.Event()

    def hold_first_save(sender, instance, **kwargs):
        if threading.current_thread().name == "first":
            first_inside.set()
            time.sleep(HOLD_SECONDS)

    pre_save.connect(hold_first_save, sender=Meeting)
    outcome: dict[str, dict] = {}

    def save(name: str, client: Client, data: dict) -> None:
        if name == "second":
            first_inside.wait(10)
        try:
            response = client.post(url, data)
            outcome[name] = {
                "status": response.status_code,
                "refused": REFUSAL in response.content.decode(),
            }
        except Exception as error:  # what a clerk would have seen as a 500
            outcome[name] = {"error": f"{type(error).__name__}: {error}"}
        finally:
            connection.close()

    threads = [
        threading.Thread(
            target=save,
            name="first",
            args=("first", clients[0], {**forms[0], "title": "甲改的标题"}),
        ),
        threading.Thread(
            target=save,
            name="second",
            args=("second", clients[1], {**forms[1], "venue": "乙改的地点"}),
        ),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    meeting.refresh_from_db()
    outcome["meeting"] = {
        "title": meeting.title,
        "venue": meeting.venue,
        "version": meeting.version,
    }
    json.dump(outcome, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
