"""The index table: a tsvector table with a GIN index on PostgreSQL, FTS5 on SQLite.

Each database gets only its own kind; the model state (unmanaged) is the same everywhere.
"""

import django.contrib.postgres.search
import django.db.models.deletion
from django.db import migrations, models


# Frozen here rather than imported from the backends: a migration must not change
# when the code does.
CREATE = {
    "postgresql": [
        """
        CREATE TABLE search_searchentry (
            meeting_id bigint PRIMARY KEY
                REFERENCES meetings_meeting (id) ON DELETE CASCADE,
            vector tsvector NOT NULL
        )
        """,
        "CREATE INDEX search_searchentry_vector ON search_searchentry USING gin (vector)",
    ],
    "sqlite": ["CREATE VIRTUAL TABLE search_meeting_fts USING fts5(a, b, c, d)"],
}
DROP = {
    "postgresql": ["DROP TABLE IF EXISTS search_searchentry"],
    "sqlite": ["DROP TABLE IF EXISTS search_meeting_fts"],
}


def create_index_table(apps, schema_editor):
    for sql in CREATE.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)


def drop_index_table(apps, schema_editor):
    for sql in DROP.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("meetings", "0002_clerk_and_reader_groups"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchEntry",
            fields=[
                (
                    "meeting",
                    models.OneToOneField(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        primary_key=True,
                        related_name="search_entry",
                        serialize=False,
                        to="meetings.meeting",
                    ),
                ),
                ("vector", django.contrib.postgres.search.SearchVectorField()),
            ],
            options={
                "db_table": "search_searchentry",
                "managed": False,
            },
        ),
        migrations.RunPython(create_index_table, drop_index_table),
    ]
