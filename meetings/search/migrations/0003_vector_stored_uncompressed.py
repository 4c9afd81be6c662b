"""The index's vectors are stored without compression (PostgreSQL only).

pglz tried each vector written and failed (none of the 100,000 synthetic meetings' vectors is
stored compressed): inserting 1,000 of them took 170–240 ms with the attempt, 35–80 ms
without. Vectors are read as they were (uncompressed); those already written keep their
form until a rebuild rewrites them.
"""

from django.db import migrations

STORAGE = "ALTER TABLE search_searchentry ALTER COLUMN vector SET STORAGE {}"


def uncompressed(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(STORAGE.format("EXTERNAL"))


def compressed(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(STORAGE.format("EXTENDED"))


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_search_entry_managed"),
    ]

    operations = [
        migrations.RunPython(uncompressed, compressed),
    ]
