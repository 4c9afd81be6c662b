"""The defaults of 《中国共产党支部工作条例（试行）》 (in force from 2018-10-28), as editable data."""

import datetime
from decimal import Decimal

from django.db import migrations

IN_FORCE = datetime.date(2018, 10, 28)
BASIS = "《中国共产党支部工作条例（试行）》"

# meeting kind, article, organisation kinds, period, minimum count, quorum share
DEFAULT_RULES = [
    ("支部党员大会", "第十一条", ["党支部"], "quarter", 1, Decimal("0.50")),
    ("支部委员会", "第十二条", ["党支部"], "month", 1, Decimal("0.50")),
    ("党小组会", "第十三条", ["党小组"], "month", 1, None),
    ("党课", "第十六条", ["党支部"], "year", 1, None),
    ("主题党日", "第十六条", ["党支部"], "month", 1, None),
    ("组织生活会", "第十七条", ["党支部"], "year", 1, None),
]


def install_defaults(apps, schema_editor):
    Rule = apps.get_model("compliance", "Rule")
    RuleVersion = apps.get_model("compliance", "RuleVersion")
    for order, (kind, article, org_kinds, period, min_count, share) in enumerate(DEFAULT_RULES):
        rule, created = Rule.objects.get_or_create(
            meeting_kind=kind, defaults={"basis": f"{BASIS}{article}", "sort_order": order}
        )
        if created:
            RuleVersion.objects.create(
                rule=rule,
                org_kinds=org_kinds,
                period=period,
                min_count=min_count,
                quorum_share=share,
                valid_from=IN_FORCE,
                note="条例默认规定",
            )


def remove_defaults(apps, schema_editor):
    apps.get_model("compliance", "Rule").objects.filter(
        meeting_kind__in=[kind for kind, *_ in DEFAULT_RULES]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("compliance", "0001_initial")]

    operations = [migrations.RunPython(install_defaults, remove_defaults)]
