"""Reads about organisations that need nothing of the meetings app."""

from django.db.models import Exists, F, OuterRef
from django.db.models.lookups import StartsWith

from orgs.models import ClerkScope, Organisation


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
