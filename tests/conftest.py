import json
import os
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in the test thread; the ORM would refuse
# to run there without this (tests only).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "1")

DATA_DIR = Path(__file__).parent / "data"
# The founding news report is third-party text: it stays in shared/ beside the checkout.
SHARED_DIR = Path(__file__).resolve().parents[1].parent / "shared"
SEED_REPORT = SHARED_DIR / "seed" / "000_a2cb4460bf96d624.txt"


@pytest.fixture
def seed_report_text() -> str:
    if not SEED_REPORT.is_file():
        pytest.skip(f"the founding report is not at {SEED_REPORT}")
    return SEED_REPORT.read_text(encoding="utf-8")


@pytest.fixture
def seed_record() -> dict:
    """The founding report as a meeting-record/1 object (a copy of shared/examples)."""
    return json.loads((DATA_DIR / "seed-meeting.json").read_text(encoding="utf-8"))


@pytest.fixture
def seed_meeting(db, seed_record):
    from meetings.services import meeting_records_import

    (meeting,) = meeting_records_import(records=seed_record)
    return meeting


@pytest.fixture
def seed_draft(seed_meeting):
    """The seed meeting before it was submitted: a record the admin still lets one edit."""
    from meetings.models import Meeting, MeetingStatus

    Meeting.objects.filter(pk=seed_meeting.pk).update(status=MeetingStatus.DRAFT)
    seed_meeting.refresh_from_db()
    return seed_meeting


@pytest.fixture
def clerk_user(db):
    from django.contrib.auth.models import Group

    from tests.factories import UserFactory

    user = UserFactory(username="clerk", is_staff=True)
    user.groups.add(Group.objects.get(name="录入员"))
    return user


@pytest.fixture
def reader_user(db):
    from django.contrib.auth.models import Group

    from tests.factories import UserFactory

    user = UserFactory(username="reader", is_staff=False)
    user.groups.add(Group.objects.get(name="查阅人"))
    return user


@pytest.fixture
def superuser(db):
    from tests.factories import UserFactory

    return UserFactory(username="root", is_staff=True, is_superuser=True)


@pytest.fixture(autouse=True)
def fast_password_hasher(settings):
    """PBKDF2's deliberate slowness would dominate the login and lockout tests."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def empty_cache():
    """The cache is shared (Redis or files) and outlives a test: each starts with it empty."""
    from django.core.cache import cache

    cache.clear()
