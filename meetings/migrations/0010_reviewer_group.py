from django.contrib.auth.management import create_permissions
from django.db import migrations

CLERK_GROUP = "录入员"
REVIEWER_GROUP = "审核人"


def create_reviewer_group(apps, schema_editor):
    """审核人 may do what a clerk does and approve records; clerks no longer publish."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    publish = Permission.objects.get(
        content_type__app_label="meetings", codename="publish_meeting"
    )
    clerk, _ = Group.objects.get_or_create(name=CLERK_GROUP)
    reviewer, _ = Group.objects.get_or_create(name=REVIEWER_GROUP)
    reviewer.permissions.set([*clerk.permissions.exclude(pk=publish.pk), publish])
    clerk.permissions.remove(publish)


def remove_reviewer_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    publish = Permission.objects.get(
        content_type__app_label="meetings", codename="publish_meeting"
    )
    Group.objects.get(name=CLERK_GROUP).permissions.add(publish)
    Group.objects.filter(name=REVIEWER_GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [("meetings", "0009_review_flow")]

    operations = [migrations.RunPython(create_reviewer_group, remove_reviewer_group)]
