"""Name keys recomputed now that folding removes invisible characters (zero-width spaces,
format controls): a name stored with one must match the same name typed without it."""

from django.db import migrations

from common.text import fold


def refold(apps, schema_editor):
    for model_name in ("Organisation", "Person"):
        model = apps.get_model("orgs", model_name)
        for pk, name, key in model.objects.values_list("pk", "name", "name_key").iterator():
            if fold(name) != key:
                model.objects.filter(pk=pk).update(name_key=fold(name))


class Migration(migrations.Migration):
    dependencies = [("orgs", "0001_initial")]

    operations = [migrations.RunPython(refold, migrations.RunPython.noop)]
