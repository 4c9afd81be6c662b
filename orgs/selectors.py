"""Reads about organisations; meeting visibility always comes from `visible_to`."""

from dataclasses import dataclass, field
from itertools import groupby

from django.db.models import Count, Exists, F, OuterRef
from django.db.models.lookups import StartsWith
from django.shortcuts import get_object_or_404

from meetings.models import Meeting, Pledge
from orgs.models import PATH_STEP, ClerkScope, Organisation

ORG_MEETINGS_SHOWN = 200


@dataclass
class OrgNode:
    organisation: Organisation
    own_count: int = 0
    total_count: int = 0
    children: list["OrgNode"] = field(default_factory=list)


def organisation_tree(*, user) -> list[OrgNode]:
    """The whole tree with visible meeting counts (own and subtree).

    2 queries: 1 visible meeting counts by host, 2 organisations in path (depth-first) order.
    """
    counts = dict(
        Meeting.objects.visible_to(user)
        .order_by()
        .values("host")
        .annotate(count=Count("pk"))
        .values_list("host", "count")
    )
    nodes: dict[int, OrgNode] = {}
    roots: list[OrgNode] = []
    for organisation in Organisation.objects.order_by("path"):
        node = OrgNode(organisation, own_count=counts.get(organisation.pk, 0))
        nodes[organisation.pk] = node
        parent = nodes.get(organisation.parent_id)
        (parent.children if parent else roots).append(node)
    # Path order puts parents first, so summing in reverse adds each subtree before its parent.
    for node in reversed(nodes.values()):
        node.total_count += node.own_count
        parent = nodes.get(node.organisation.parent_id)
        if parent:
            parent.total_count += node.total_count
    return roots


@dataclass
class OrganisationPage:
    organisation: Organisation
    ancestors: list[Organisation]
    children: list[Organisation]
    meetings_by_year: list[tuple[int, list[Meeting]]]
    meeting_total: int
    pledges_by_year: list[tuple[int, list[Pledge]]]


def organisation_get_page(*, user, pk: int) -> OrganisationPage:
    """An organisation with its and its descendants' visible meetings and the pledges it signed.

    6 queries: 1 organisation, 2 ancestors, 3 latest meetings (+host), 4 sub-units,
    5 meeting count, 6 pledges (+meeting, host).
    """
    organisation = get_object_or_404(Organisation, pk=pk)
    ancestor_paths = [
        organisation.path[:end] for end in range(PATH_STEP, len(organisation.path), PATH_STEP)
    ]
    ancestors = list(Organisation.objects.filter(path__in=ancestor_paths).order_by("path"))
    meetings = Meeting.objects.visible_to(user).filter(host__path__startswith=organisation.path)
    latest = list(meetings.select_related("host").order_by("-date", "-pk")[:ORG_MEETINGS_SHOWN])
    pledges = (
        Pledge.objects.filter(
            meeting__in=Meeting.objects.visible_to(user), party_links__organisation=organisation
        )
        .distinct()
        .select_related("meeting__host")
        .order_by("-year", "-meeting__date", "pk")
    )
    return OrganisationPage(
        organisation=organisation,
        ancestors=ancestors,
        children=list(organisation.children.order_by("sort_order", "path")),
        meetings_by_year=[
            (year, list(rows)) for year, rows in groupby(latest, key=lambda m: m.date.year)
        ],
        meeting_total=meetings.count(),
        pledges_by_year=[
            (year, list(rows)) for year, rows in groupby(pledges, key=lambda p: p.year)
        ],
    )


def organisations_editable_by(user):
    """The organisations whose meetings `user` may enter: a superuser all, a clerk their
    scopes' subtrees, anyone else none.

    One query (lazy, so it can also serve as a subquery): an organisation is in scope when
    its materialised path starts with the path of an organisation the user is bound to.
    """
    if user.is_superuser:
        return Organisation.objects.all()
    if not user.is_authenticated:
        return Organisation.objects.none()
    in_scope = ClerkScope.objects.filter(
        StartsWith(OuterRef("path"), F("organisation__path")), user=user
    )
    return Organisation.objects.filter(Exists(in_scope))
