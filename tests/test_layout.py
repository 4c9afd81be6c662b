"""The layout's rules (docs/architecture.md, "Where code goes"), checked on the source itself.

Dependencies point one way: common ← jobs ← orgs ← meetings ← report_import, compliance, bench.
An app may import the apps to its left, never a sibling or one to its right.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APPS = [
    "config",
    "common",
    "jobs",
    "orgs",
    "meetings",
    "report_import",
    "compliance",
    "archival",
    "bench",
]
# What each app may import of the project's own apps.
ALLOWED = {
    "common": set(),
    "jobs": {"common"},
    "orgs": {"common"},
    "meetings": {"common", "jobs", "orgs"},
    "report_import": {"common", "jobs", "orgs", "meetings"},
    "compliance": {"common", "jobs", "orgs", "meetings"},
    "archival": {"common", "jobs", "orgs", "meetings"},
    "bench": {"common", "jobs", "orgs", "meetings", "report_import", "compliance"},
}
MAX_MODULE_LINES = 600


def app_modules(app: str) -> list[Path]:
    return sorted(p for p in (ROOT / app).rglob("*.py") if "migrations" not in p.parts)


def imported_apps(path: Path) -> set[str]:
    """The project apps a module imports, at the top or inside functions."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found |= {name.split(".")[0] for name in names} & set(APPS)
    return found


@pytest.mark.parametrize("app", sorted(ALLOWED))
def test_an_app_imports_only_the_apps_it_depends_on(app):
    wrong = {
        str(path.relative_to(ROOT)): sorted(imported_apps(path) - ALLOWED[app] - {app})
        for path in app_modules(app)
    }
    assert {path: apps for path, apps in wrong.items() if apps} == {}


def test_no_application_module_is_longer_than_600_lines():
    long = {
        str(path.relative_to(ROOT)): n
        for app in APPS
        for path in app_modules(app)
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert long == {}


def test_the_import_rule_catches_an_import_inside_a_function(tmp_path):
    module = tmp_path / "module.py"
    module.write_text("def f():\n    from meetings.models import Meeting\n", encoding="utf-8")
    assert imported_apps(module) == {"meetings"}
