"""No input produces a 500: hostile values for the admin form, the import command and the
login. Django's test client re-raises any exception a view lets escape, so each example
either gets an ordinary response or fails the test."""

import json
import tempfile
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from meetings.interchange import meeting_to_record
from meetings.models import Meeting
from meetings.selectors import meetings_for_export
from meetings.services import RecordsRejected, meeting_records_import
from orgs.models import Organisation, Person
from tests.admin_forms import INLINE_PREFIXES, management_form
from tests.strategies import (
    hostile_ids,
    hostile_text,
    json_values,
    meeting_record_mutations,
    new_key_values,
    raw_import_files,
)

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

MEETING_TEXT_FIELDS = ["title", "venue", "time", "summary", "decisions", "source_text"]


@FUZZ
@given(
    texts=st.fixed_dictionaries({name: hostile_text() for name in MEETING_TEXT_FIELDS}),
    kind=hostile_text(max_size=30),
    date=hostile_text(max_size=30),
    host=hostile_ids(),
    recorder=hostile_ids(),
    expected=hostile_text(max_size=30),
    status=st.sampled_from(["draft", "published", "", "deleted"]),
    source_url=hostile_text(),
    source_published=hostile_text(max_size=30),
    total_forms=st.sampled_from(["0", "1", "2", "-1", "abc", ""]),
    inline=st.fixed_dictionaries(
        {
            "person": hostile_ids(),
            "role": hostile_text(max_size=10),
            "order": hostile_text(max_size=20),
        }
    ),
)
def test_the_meeting_add_form_never_fails_on_hostile_values(
    client,
    superuser,
    texts,
    kind,
    date,
    host,
    recorder,
    expected,
    status,
    source_url,
    source_published,
    total_forms,
    inline,
):
    client.force_login(superuser)
    data = {
        **texts,
        "kind": kind,
        "date": date,
        "host": host,
        "recorder": recorder,
        "expected": expected,
        "status": status,
        "visibility": "public",
        "source_url": source_url,
        "source_published": source_published,
    }
    for prefix in INLINE_PREFIXES:
        data.update(management_form(prefix, 0))
    data["attendances-TOTAL_FORMS"] = total_forms
    data.update({f"attendances-0-{key}": value for key, value in inline.items()})
    before = Meeting.objects.count()

    response = client.post(reverse("admin:meetings_meeting_add"), data)

    assert response.status_code in (200, 302)
    assert Meeting.objects.count() == before + (response.status_code == 302)


def run_import(payload) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as handle:
        json.dump(payload, handle, ensure_ascii=False)
        handle.flush()
        call_command("import_meetings", handle.name, stdout=StringIO(), stderr=StringIO())


def counts() -> tuple[int, int, int]:
    return Meeting.objects.count(), Person.objects.count(), Organisation.objects.count()


def import_or_refuse_cleanly(payload) -> None:
    before = counts()
    try:
        run_import(payload)
    except CommandError:
        assert counts() == before, "a refused file must write nothing"


@FUZZ
@given(payload=json_values())
def test_importing_any_json_either_imports_or_refuses_cleanly(payload):
    import_or_refuse_cleanly(payload)


@FUZZ
@given(data=st.data())
def test_importing_a_bent_meeting_record_either_imports_or_refuses_cleanly(seed_record, data):
    import_or_refuse_cleanly(data.draw(meeting_record_mutations(seed_record)))


@FUZZ
@given(data=st.data())
def test_importing_a_record_with_hostile_new_keys_either_imports_or_refuses_cleanly(
    seed_record, data
):
    import_or_refuse_cleanly({**seed_record, **data.draw(new_key_values())})


@FUZZ
@given(data=st.data())
def test_importing_hostile_bytes_refuses_them_in_plain_lines(tmp_path, seed_record, data):
    path = tmp_path / "hostile.json"
    path.write_bytes(data.draw(raw_import_files(seed_record)))
    before = counts()
    stderr = StringIO()
    try:
        call_command("import_meetings", str(path), stdout=StringIO(), stderr=stderr)
    except CommandError as error:
        assert counts() == before, "a refused file must write nothing"
        assert "Traceback" not in str(error) + stderr.getvalue()


@pytest.mark.parametrize(
    "change",
    [
        {"title": "a\x00b"},
        {"venue": "\x00"},
        {"attendees": [{"name": "郑\x00强", "titles": [], "role": "出席"}]},
        # 档号 are read before the checks, to match them against the archive.
        {"file_number": "\x00"},
        {"expected": 10**30},
        {"expected": 2**31},
        {"pledges": [{"title": "责任书", "year": 10**20, "parties": []}]},
        {"date": "99999-01-01"},
        {"source": {"text": "x", "url": "javascript:alert(1)", "published": None}},
    ],
)
def test_values_databases_refuse_are_refused_cleanly(seed_record, change):
    before = counts()
    with pytest.raises(CommandError):
        run_import({**seed_record, **change})
    assert counts() == before, "a refused file must write nothing"


# A lone surrogate comes from a JSON escape ("\\ud800"); the names and 档号 holding one are
# read, to match them against the archive, before the checks that refuse it.
@pytest.mark.parametrize(
    "change",
    [{"file_number": "\ud800"}, {"host": "\ud800"}, {"chairs": ["郑\ud800"]}],
)
def test_lone_surrogates_in_names_and_file_numbers_are_refused_cleanly(seed_record, change):
    before = counts()
    with pytest.raises(RecordsRejected, match="lone surrogate"):
        meeting_records_import(records={**seed_record, **change})
    assert counts() == before, "a refused file must write nothing"


@FUZZ
@given(username=hostile_text(), password=hostile_text())
def test_the_login_pages_never_fail(client, username, password):
    for url in [reverse("login"), reverse("admin:login")]:
        response = client.post(url, {"username": username, "password": password})
        assert response.status_code in (200, 429)


@FUZZ
@given(term=hostile_text(max_size=50))
def test_admin_search_and_autocomplete_never_fail(client, superuser, term):
    client.force_login(superuser)
    responses = [
        client.get(reverse("admin:meetings_meeting_changelist"), {"q": term}),
        client.get(
            reverse("admin:autocomplete"),
            {"term": term, "app_label": "meetings", "model_name": "meeting", "field_name": "host"},
        ),
    ]
    assert {r.status_code for r in responses} <= {200, 400}


PAYLOAD = '</textarea>"><script>alert("xss")</script><img src=x onerror=alert(1)>'
# Names are at most 50 characters.
NAME = '<script>alert("xss")</script>'


@pytest.fixture
def hostile_meeting(seed_record):
    from meetings.services import meeting_records_import

    record = {
        **seed_record,
        "title": PAYLOAD,
        "venue": PAYLOAD,
        "host": "单位" + PAYLOAD,
        "chairs": ["主持" + NAME],
        "recorder": "记录" + NAME,
        "attendees": [{"name": "人" + NAME, "titles": [PAYLOAD], "role": "出席"}],
        "attendee_groups": [{"name": PAYLOAD, "role": "参加"}],
        "agenda": [
            {
                "kind": "讲话",
                "speaker": "人" + NAME,
                "speaker_titles": [PAYLOAD],
                "org": "单位" + PAYLOAD,
                "title": PAYLOAD,
                "documents": [PAYLOAD],
                "text": PAYLOAD,
            }
        ],
        "documents": [PAYLOAD],
        "pledges": [{"title": PAYLOAD, "year": 2023, "parties": ["单位" + PAYLOAD]}],
        "decisions": [PAYLOAD],
        "source": {"text": PAYLOAD, "url": None, "published": None},
    }
    (meeting,) = meeting_records_import(records=record)
    meeting.summary = PAYLOAD
    meeting.save()
    return meeting


def test_html_in_every_text_field_is_escaped_in_the_admin_change_page(
    client, superuser, hostile_meeting
):
    client.force_login(superuser)
    url = reverse("admin:meetings_meeting_change", args=[hostile_meeting.pk])
    html = client.get(url).content.decode()
    assert "<script>alert" not in html
    assert "onerror=alert(1)>" not in html
    assert html.count("&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;") >= 10


def test_html_in_every_text_field_survives_the_json_export_as_plain_data(hostile_meeting):
    stdout = StringIO()
    call_command("export_meetings", stdout=stdout)
    (record,) = json.loads(stdout.getvalue())
    assert record == meeting_to_record(meetings_for_export().get())
    assert record["title"] == record["venue"] == record["agenda"][0]["text"] == PAYLOAD
    assert record["source"]["text"] == record["decisions"][0] == PAYLOAD
