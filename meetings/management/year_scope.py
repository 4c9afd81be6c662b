"""The --year and --org options of the commands that work on one year of one unit's meetings
(export_pdf, export_bundle, archive_check)."""

from django.core.management.base import CommandError

from orgs.models import Organisation


def add_year_and_org_arguments(parser, *, org_help: str) -> None:
    parser.add_argument("--year", type=int, required=True, help="年度，如 2023")
    parser.add_argument("--org", type=int, help=org_help)


def organisation_option(org_id: int | None) -> Organisation | None:
    """The unit --org names, or None for the whole school; a clear error for an unknown id."""
    if org_id is None:
        return None
    organisation = Organisation.objects.filter(pk=org_id).first()
    if organisation is None:
        raise CommandError(f"找不到单位：{org_id}")
    return organisation


def scope_name(organisation: Organisation | None) -> str:
    return f"{organisation.name}及其下级单位" if organisation else "全校"
