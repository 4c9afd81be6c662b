"""SHA-256 of the files uploaded before fingerprints were recorded at upload."""

import hashlib

from django.db import migrations


def fingerprint(apps, schema_editor):
    for model_name, field in [("Document", "file"), ("Pledge", "scan")]:
        model = apps.get_model("meetings", model_name)
        rows = model.objects.exclude(**{field: ""}).filter(**{f"{field}_sha256": ""})
        for row in rows.iterator():
            field_file = getattr(row, field)
            digest = hashlib.sha256()
            try:
                with field_file.storage.open(field_file.name, "rb") as handle:
                    for chunk in handle.chunks():
                        digest.update(chunk)
            except FileNotFoundError:
                continue  # a missing file has nothing to fingerprint
            model.objects.filter(pk=row.pk).update(**{f"{field}_sha256": digest.hexdigest()})


class Migration(migrations.Migration):
    dependencies = [("meetings", "0006_meeting_dates_from_1921_to_a_year_ahead")]

    operations = [migrations.RunPython(fingerprint, migrations.RunPython.noop)]
