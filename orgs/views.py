from django.shortcuts import render

from orgs import selectors


def organisation_tree(request):
    return render(
        request, "orgs/tree.html", {"roots": selectors.organisation_tree(user=request.user)}
    )


def organisation_detail(request, pk: int):
    return render(
        request,
        "orgs/detail.html",
        {"page": selectors.organisation_get_page(user=request.user, pk=pk)},
    )
