"""config/warmup.py: a web process does its first requests' slow work when it loads."""

import json
import os
import subprocess
import sys

from tests.deploy.servers import ROOT

REPORT = """
import gc, json, sys
import config.wsgi
from django.db import connections
from django.template import engines
from django.urls import get_resolver
from common import text
from meetings import pdf
loader = engines["django"].engine.template_loaders[0]
print(json.dumps({
    "jieba_dictionary_loaded": text._jieba_ready,
    "weasyprint_imported": "weasyprint" in sys.modules,
    "pdf_fonts_configured": pdf._font_config.cache_info().currsize == 1,
    "objects_frozen": gc.get_freeze_count(),
    "url_patterns_built": get_resolver()._populated,
    "templates_compiled": sorted(loader.get_template_cache),
    "database_connected": any(c.connection is not None for c in connections.all()),
}))
"""


def test_loading_the_wsgi_application_warms_what_first_requests_would_wait_for():
    from config.warmup import FIRST_TEMPLATES

    done = subprocess.run(
        [sys.executable, "-c", REPORT],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings"},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    state = json.loads(done.stdout.strip().splitlines()[-1])
    assert state["jieba_dictionary_loaded"]
    assert state["weasyprint_imported"]
    assert state["pdf_fonts_configured"]
    assert state["objects_frozen"] > 10_000
    assert state["url_patterns_built"]
    assert set(FIRST_TEMPLATES) <= set(state["templates_compiled"])
    # gunicorn --preload forks after this: a connection opened here would be shared.
    assert not state["database_connected"]
    # What the warm-up made is let go cleanly when the process stops.
    assert "Exception ignored" not in done.stderr


FORKED_WORKER_STOPS = """
import json, os, sys
import config.wsgi
from meetings import pdf
folder = str(pdf._font_config()._folder)
worker = os.fork()
if worker == 0:
    sys.exit(0)  # a worker stopping: its exit handlers and finalisers run
os.waitpid(worker, 0)
print(json.dumps({"folder": folder, "kept_after_the_worker_stopped": os.path.isdir(folder)}))
"""


def test_a_stopping_worker_leaves_the_pdf_fonts_the_master_made_to_the_others():
    # The repository's var/, whose fonts (make setup) the summary loads with @font-face:
    # WeasyPrint copies them into the folder at stake.
    environment = {k: v for k, v in os.environ.items() if k != "VAR_DIR"}
    done = subprocess.run(
        [sys.executable, "-c", FORKED_WORKER_STOPS],
        cwd=ROOT,
        env={**environment, "DJANGO_SETTINGS_MODULE": "config.settings"},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    state = json.loads(done.stdout.strip().splitlines()[-1])
    assert state["folder"] and state["kept_after_the_worker_stopped"]
    # The master, which made it, removes it when it stops, without complaint.
    assert not os.path.exists(state["folder"])
    assert "Exception ignored" not in done.stderr
