"""The settings that let several app servers share one cache and one storage (issue 15)."""

import json
import os
import subprocess
import sys

from django.conf import settings

PRINT = (
    "import json, django; django.setup(); from django.conf import settings; "
    "print(json.dumps({'cache': settings.CACHES['default'], 'storages': settings.STORAGES}))"
)


def settings_with(**env) -> dict:
    environment = {k: v for k, v in os.environ.items() if k not in {"CACHE_URL", "STORAGE_URL"}}
    completed = subprocess.run(
        [sys.executable, "-c", PRINT],
        cwd=settings.BASE_DIR,
        env={**environment, "DJANGO_SETTINGS_MODULE": "config.settings", **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(completed.stdout)


def test_without_cache_url_the_workers_of_a_machine_share_a_file_cache():
    cache = settings_with()["cache"]
    assert cache["BACKEND"] == "django.core.cache.backends.filebased.FileBasedCache"
    assert cache["LOCATION"].endswith("var/cache/django")


def test_cache_url_selects_djangos_redis_cache():
    cache = settings_with(CACHE_URL="redis://cache.example:6379/2")["cache"]
    assert cache == {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://cache.example:6379/2",
    }


def test_storage_url_selects_a_shared_folder_or_s3_compatible_storage():
    folder = settings_with(STORAGE_URL="file:///srv/archive/media")["storages"]["default"]
    assert folder["OPTIONS"] == {"location": "/srv/archive/media"}

    s3 = settings_with(STORAGE_URL="s3://archive/uploads?endpoint_url=https://s3.example")
    default = s3["storages"]["default"]
    assert default["BACKEND"] == "storages.backends.s3.S3Storage"
    assert default["OPTIONS"]["bucket_name"] == "archive"
    assert default["OPTIONS"]["location"] == "uploads"
    assert default["OPTIONS"]["endpoint_url"] == "https://s3.example"
    assert default["OPTIONS"]["default_acl"] == "private"


def test_an_unknown_storage_scheme_stops_the_start():
    completed = subprocess.run(
        [sys.executable, "-c", PRINT],
        cwd=settings.BASE_DIR,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings", "STORAGE_URL": "ftp://x"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert completed.returncode != 0
    assert "STORAGE_URL" in completed.stderr
