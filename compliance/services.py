"""Writes to the rules: a rule changes by closing its version in force and adding a new one."""

import datetime

from django.db import transaction

from compliance.models import Rule, RuleVersion


def superseded_end(version: RuleVersion, successor: RuleVersion | None) -> datetime.date | None:
    """The last day of an open-ended version once a later one starts: the day before it."""
    if (
        version.valid_to is None
        and successor is not None
        and successor.valid_from > version.valid_from
    ):
        return successor.valid_from - datetime.timedelta(days=1)
    return version.valid_to


@transaction.atomic
def rule_versions_close_superseded(*, rule: Rule) -> list[RuleVersion]:
    """Give each open-ended version followed by a later one the day before it as its end,
    so a superuser changes a rule from a date by adding the new version alone."""
    versions = list(rule.versions.select_for_update().order_by("valid_from", "pk"))
    closed = []
    for version, successor in zip(versions, versions[1:], strict=False):
        end = superseded_end(version, successor)
        if end != version.valid_to:
            version.valid_to = end
            version.full_clean()
            version.save(update_fields=["valid_to"])
            closed.append(version)
    return closed
