"""The admin speaks Chinese for the third-party apps that ship none (locale/zh_Hans)."""

import gettext
import re
from pathlib import Path

import pytest
from axes.models import AccessAttempt
from django.conf import settings

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "zh_Hans" / "LC_MESSAGES"


def po_entries(path: Path) -> dict[str, str]:
    """`msgctxt\\x04msgid` (gettext's key for a context) or `msgid` → msgstr, of a .po
    written one line per field, as ours is."""
    entries, fields = {}, {}
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        match = re.match(r'(msgctxt|msgid|msgstr) "(.*)"$', line)
        if match:
            fields[match[1]] = match[2].replace('\\"', '"').replace("\\\\", "\\")
        elif fields:
            if fields.get("msgid"):
                key = fields["msgid"]
                if "msgctxt" in fields:
                    key = fields["msgctxt"] + "\x04" + key
                entries[key] = fields["msgstr"]
            fields = {}
    return entries


def test_the_committed_catalogue_is_compiled_from_the_po_file_and_translates_every_entry():
    written = po_entries(CATALOGUE / "django.po")
    with (CATALOGUE / "django.mo").open("rb") as compiled_file:
        compiled = gettext.GNUTranslations(compiled_file)._catalog
    compiled.pop("", None)  # the header

    assert written and all(written.values())
    assert compiled == written


@pytest.mark.django_db
def test_the_admin_names_the_login_protection_and_task_queue_apps_in_chinese(client, superuser):
    AccessAttempt.objects.create(
        username="clerk", ip_address="10.0.0.1", user_agent="test", failures_since_start=3
    )
    client.force_login(superuser)
    index = client.get("/admin/").content.decode()
    attempts = client.get("/admin/axes/accessattempt/").content.decode()

    for english in ("Axes", "Access attempts", "Tasks Database Backend", "Task Results"):
        assert english not in index
    for chinese in ("登录保护", "登录尝试", "登录失败", "登录日志", "任务队列", "任务结果"):
        assert chinese in index
    assert "IP 地址" in attempts and "失败次数" in attempts
    assert "IP Address" not in attempts and "Failed Logins" not in attempts
