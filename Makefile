.PHONY: setup run test lint format bench loadtest clean

setup:
	@scripts/setup.sh

run: setup
	.venv/bin/python manage.py migrate --noinput
	.venv/bin/python manage.py loaddata fixtures/*.json
	.venv/bin/python manage.py rebuild_search_index --verbosity 0
	.venv/bin/python manage.py create_demo_users
	DEBUG=1 .venv/bin/python manage.py runserver 127.0.0.1:8000

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
	rm -rf var/db.sqlite3 var/cache var/screenshots
