"""common.page_cache on its own: what is kept, for whom."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse
from django.test import RequestFactory

from common.cache import generation_bump
from common.page_cache import anonymous_page_cache


class CountingView:
    """A view that says how often it ran, optionally setting a cookie."""

    def __init__(self, *, cookie: bool = False):
        self.calls = 0
        self.cookie = cookie

    def __call__(self, request):
        self.calls += 1
        response = HttpResponse(f"render {self.calls}", content_type="text/plain; charset=utf-8")
        if self.cookie:
            response.set_cookie("visitor", "one")
        return response


def anonymous_get(path: str):
    request = RequestFactory().get(path)
    request.user = AnonymousUser()
    return request


def test_the_same_address_is_rendered_once_and_another_address_again():
    counting = CountingView()
    view = anonymous_page_cache("things")(counting)
    assert view(anonymous_get("/a/?q=1")).content == b"render 1"
    assert view(anonymous_get("/a/?q=1")).content == b"render 1"
    assert view(anonymous_get("/a/?q=2")).content == b"render 2"
    assert view(anonymous_get("/a/?q=1"))["Content-Type"] == "text/plain; charset=utf-8"


@pytest.mark.django_db
def test_a_new_generation_renders_anew(django_capture_on_commit_callbacks):
    counting = CountingView()
    view = anonymous_page_cache("things")(counting)
    view(anonymous_get("/a/"))
    with django_capture_on_commit_callbacks(execute=True):
        generation_bump("things")
    assert view(anonymous_get("/a/")).content == b"render 2"


def test_a_page_that_sets_a_cookie_is_not_kept():
    counting = CountingView(cookie=True)
    view = anonymous_page_cache("things")(counting)
    view(anonymous_get("/a/"))
    assert view(anonymous_get("/a/")).content == b"render 2"


@pytest.mark.parametrize("method", ["post", "put"])
def test_only_reads_are_served_from_the_cache(method):
    counting = CountingView()
    view = anonymous_page_cache("things")(counting)
    view(anonymous_get("/a/"))
    request = getattr(RequestFactory(), method)("/a/")
    request.user = AnonymousUser()
    assert view(request).content == b"render 2"
