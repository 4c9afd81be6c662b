"""The role groups as the data migrations leave them, for transactional tests (which empty
every table between tests; only permissions are made again)."""

import importlib

from django.contrib.auth.models import Group, Permission

_groups = importlib.import_module("meetings.migrations.0002_clerk_and_reader_groups")
_reviewers = importlib.import_module("meetings.migrations.0010_reviewer_group")
PUBLISH = ("meetings", "publish_meeting")
CLERK = [
    (app_label, f"{action}_{model}")
    for app_label, model, actions in _groups.CLERK_PERMISSIONS
    for action in actions
] + [extra for extra in _groups.CLERK_EXTRA if extra != PUBLISH]
WANTED = {_groups.CLERK_GROUP: CLERK, _reviewers.REVIEWER_GROUP: [*CLERK, PUBLISH]}


def role_group(name: str) -> Group:
    """录入员 or 审核人 with its permissions (0002, then 0010: clerks no longer publish)."""
    group, created = Group.objects.get_or_create(name=name)
    if created:
        wanted = set(WANTED[name])
        group.permissions.set(
            p
            for p in Permission.objects.select_related("content_type")
            if (p.content_type.app_label, p.codename) in wanted
        )
    return group
