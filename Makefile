.PHONY: setup run test lint format bench loadtest clean lock messages

# `make run PORT=8080` serves elsewhere; the address printed is the one served.
HOST ?= 127.0.0.1
PORT ?= 8000

setup:
	@scripts/setup.sh

run: setup
	.venv/bin/python manage.py migrate --noinput
	.venv/bin/python manage.py load_demo
	.venv/bin/python manage.py file_meetings
	.venv/bin/python manage.py rebuild_search_index --verbosity 0
	.venv/bin/python manage.py create_demo_users --address http://$(HOST):$(PORT)
	@echo "档案网站：http://$(HOST):$(PORT)/  管理后台：http://$(HOST):$(PORT)/admin/  （按 Ctrl+C 停止）"
	@# The job worker (yearbooks, report imports, index rebuilds) runs beside the server.
	@trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	.venv/bin/python manage.py db_worker & worker=$$!; \
	DEBUG=1 .venv/bin/python manage.py runserver $(HOST):$(PORT)

test: setup
	scripts/test.sh

lint: setup
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .

format: setup
	.venv/bin/ruff format .
	.venv/bin/ruff check --fix .

bench: setup
	scripts/bench.sh

loadtest: setup
	scripts/loadtest.sh

clean:
	scripts/pg.sh stop
	scripts/redis.sh stop
	rm -rf var/db.sqlite3 var/cache var/screenshots

# Re-pin requirements.lock from pyproject.toml (newest versions its bounds allow, with hashes).
lock:
	python3 -m venv var/lock-venv
	var/lock-venv/bin/pip install -q pip-tools
	var/lock-venv/bin/pip-compile -q --upgrade --extra dev --generate-hashes --strip-extras \
		--allow-unsafe --no-emit-index-url --no-emit-find-links -o requirements.lock pyproject.toml

# Compile our Chinese for third-party apps (locale/zh_Hans); the .mo is committed, as Django's
# own are, so that no machine needs gettext to run the archive.
messages:
	msgfmt --check -o locale/zh_Hans/LC_MESSAGES/django.mo locale/zh_Hans/LC_MESSAGES/django.po
