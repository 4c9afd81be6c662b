"""`manage.py score_reports`: the scorer a field set is read blind with, in the repository so
that every number in docs/report-parser.md can be re-run on a folder of reports and records."""

import datetime
import json
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from report_import.parser import parse_report
from report_import.scoring import SCORED, score_record
from tests.factories import OrganisationFactory, PersonFactory

OWN = Path(__file__).resolve().parent / "reports"
TWO = ["08-branch-theme-party-day", "10-student-branch-committee"]


@pytest.fixture
def folder(tmp_path):
    for name in TWO:
        for suffix in (".txt", ".json"):
            shutil.copy(OWN / f"{name}{suffix}", tmp_path / f"{name}{suffix}")
    return tmp_path


def _run(folder: Path, tmp_path: Path, **options) -> dict:
    out = tmp_path / "scores.json"
    call_command("score_reports", str(folder), json_path=str(out), stdout=StringIO(), **options)
    return json.loads(out.read_text(encoding="utf-8"))


def _parse_as_recorded(folder: Path, name: str) -> dict:
    published = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))["source"]
    return parse_report(
        (folder / f"{name}.txt").read_text(encoding="utf-8"),
        published=published["published"] and datetime.date.fromisoformat(published["published"]),
    )


def _expected_mean(folder: Path) -> float:
    means = []
    for name in TWO:
        gold = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
        scores = score_record(_parse_as_recorded(folder, name), gold)
        means.append(sum(scores[f] for f in SCORED) / len(SCORED))
    return sum(means) / len(means)


def test_scores_each_report_against_its_record(folder, tmp_path):
    result = _run(folder, tmp_path / "..")
    assert result["count"] == 2
    assert sorted(result["reports"]) == TWO
    assert result["overall_mean"] == pytest.approx(_expected_mean(folder))


def test_a_wrong_record_lowers_that_field_only(folder, tmp_path):
    before = _run(folder, tmp_path)
    gold_path = folder / f"{TWO[0]}.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    gold["title"] = "并非此会的名称"
    gold_path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    after = _run(folder, tmp_path)
    assert after["reports"][TWO[0]]["scores"]["title"] == 0.0
    assert after["field_means"]["title"] == before["field_means"]["title"] - 0.5
    assert after["field_means"]["agenda"] == before["field_means"]["agenda"]


def test_writes_each_draft_for_comparison(folder, tmp_path):
    drafts = tmp_path / "drafts"
    _run(folder, tmp_path, drafts=str(drafts))
    written = json.loads((drafts / f"{TWO[1]}.json").read_text(encoding="utf-8"))
    assert written == _parse_as_recorded(folder, TWO[1])


def test_a_report_without_its_record_is_left_out(folder, tmp_path):
    (folder / f"{TWO[0]}.json").unlink()
    assert sorted(_run(folder, tmp_path)["reports"]) == TWO[1:]


def test_a_report_left_out_is_named(folder):
    (folder / f"{TWO[0]}.json").unlink()
    stderr = StringIO()
    call_command("score_reports", str(folder), stdout=StringIO(), stderr=stderr)
    assert f"1 篇新闻稿没有手工记录，未计分：{TWO[0]}" in stderr.getvalue()


def test_a_parser_error_scores_an_empty_draft_and_is_told(folder, monkeypatch):
    def broken(text, **kwargs):
        raise RuntimeError("解析器故障")

    monkeypatch.setattr("report_import.management.commands.score_reports.parse_report", broken)
    stderr = StringIO()
    call_command("score_reports", str(folder), stdout=StringIO(), stderr=stderr)
    assert "解析出错，按空记录计分" in stderr.getvalue()
    assert "RuntimeError: 解析器故障" in stderr.getvalue()


@pytest.mark.parametrize(
    "damage, message",
    [
        (
            lambda folder: (folder / f"{TWO[0]}.json").write_text("{不是 JSON", encoding="utf-8"),
            "无法读取",
        ),
        (lambda folder: (folder / f"{TWO[0]}.json").write_text("[]", encoding="utf-8"), "无法读取"),
    ],
)
def test_an_unreadable_record_is_named(folder, damage, message):
    damage(folder)
    with pytest.raises(CommandError, match=message) as raised:
        call_command("score_reports", str(folder), stdout=StringIO())
    assert TWO[0] in str(raised.value)


def test_a_missing_or_empty_folder_is_an_error(tmp_path):
    with pytest.raises(CommandError, match="找不到文件夹"):
        call_command("score_reports", str(tmp_path / "nowhere"), stdout=StringIO())
    with pytest.raises(CommandError, match="没有成对的"):
        call_command("score_reports", str(tmp_path), stdout=StringIO())


@pytest.mark.django_db
def test_with_the_archive_its_names_are_passed_to_the_parser(folder, tmp_path, monkeypatch):
    PersonFactory(name="卢向晨")
    OrganisationFactory(name="物理学院教工第三党支部")
    seen = {}

    def recording(text, **kwargs):
        seen.update(kwargs)
        return parse_report(text, **kwargs)

    monkeypatch.setattr("report_import.management.commands.score_reports.parse_report", recording)
    _run(folder, tmp_path)
    assert "known_people" not in seen
    _run(folder, tmp_path, with_archive=True)
    assert "卢向晨" in seen["known_people"]
    assert "物理学院教工第三党支部" in seen["known_orgs"]


@pytest.mark.parametrize(
    "drafted, recorded, score",
    [
        ("2026-06-17", "--06-17", 1.0),  # the year nobody could know is not counted
        ("2013-06-17", "--06-17", 1.0),
        ("2026-06-18", "--06-17", 0.0),
        (None, "--06-17", 0.0),
        ("2026-06-17", "2025-06-17", 0.0),  # a year the report gives is counted
        ("2025-06-17", "2025-06-17", 1.0),
        (None, None, 1.0),
    ],
)
def test_a_date_without_a_knowable_year_is_scored_by_month_and_day(drafted, recorded, score):
    assert score_record({"date": drafted}, {"date": recorded})["date"] == score
