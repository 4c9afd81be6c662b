from django.contrib.auth.management import create_permissions
from django.db import migrations

CLERK_GROUP = "录入员"
READER_GROUP = "查阅人"

# A clerk enters and corrects records, publishes them, and may add the people and
# units a record names; deleting a published meeting is refused in the admin.
CLERK_PERMISSIONS = [
    ("meetings", "meeting", ["add", "change", "delete", "view"]),
    ("meetings", "meetingchair", ["add", "change", "delete", "view"]),
    ("meetings", "attendance", ["add", "change", "delete", "view"]),
    ("meetings", "attendeegroup", ["add", "change", "delete", "view"]),
    ("meetings", "agendaitem", ["add", "change", "delete", "view"]),
    ("meetings", "document", ["add", "change", "delete", "view"]),
    ("meetings", "pledge", ["add", "change", "delete", "view"]),
    ("meetings", "pledgeparty", ["add", "change", "delete", "view"]),
    ("orgs", "person", ["add", "change", "view"]),
    ("orgs", "position", ["add", "change", "delete", "view"]),
    ("orgs", "organisation", ["add", "view"]),
]
CLERK_EXTRA = [("meetings", "view_internal_meeting"), ("meetings", "publish_meeting")]
READER_EXTRA = [("meetings", "view_internal_meeting")]


def create_groups(apps, schema_editor):
    # Permissions are normally created after all migrations; make them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def permission(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    clerk, _ = Group.objects.get_or_create(name=CLERK_GROUP)
    clerk.permissions.set(
        [
            permission(app_label, f"{action}_{model}")
            for app_label, model, actions in CLERK_PERMISSIONS
            for action in actions
        ]
        + [permission(app_label, codename) for app_label, codename in CLERK_EXTRA]
    )
    reader, _ = Group.objects.get_or_create(name=READER_GROUP)
    reader.permissions.set(
        [permission(app_label, codename) for app_label, codename in READER_EXTRA]
        + [permission("meetings", "view_meeting")]
    )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[CLERK_GROUP, READER_GROUP]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0001_initial"),
        ("orgs", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
