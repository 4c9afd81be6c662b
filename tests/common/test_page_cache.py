"""common.page_cache on its own: what is kept, for whom."""

import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.http import HttpResponse
from django.test import RequestFactory

from common import page_cache
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


class SlowView(CountingView):
    """A CountingView that takes `seconds` to render, as a search page does under load."""

    def __init__(self, seconds: float, **kwargs):
        super().__init__(**kwargs)
        self.seconds = seconds

    def __call__(self, request):
        time.sleep(self.seconds)
        return super().__call__(request)


def contents_of_concurrent_gets(view, path: str, count: int) -> list[bytes]:
    with ThreadPoolExecutor(max_workers=count) as pool:
        return [r.content for r in pool.map(lambda _: view(anonymous_get(path)), range(count))]


@pytest.mark.skipif(
    "FileBasedCache" in settings.CACHES["default"]["BACKEND"],
    reason="the file cache's add() is not atomic, so two renders may start at once; "
    "make test runs the suite on Redis",
)
def test_requests_for_a_page_being_rendered_wait_for_that_render_instead_of_rendering_again():
    slow = SlowView(0.3)
    view = anonymous_page_cache("things")(slow)
    assert contents_of_concurrent_gets(view, "/busy/", 5) == [b"render 1"] * 5
    assert slow.calls == 1


def test_when_the_render_is_not_kept_the_waiting_requests_render_themselves():
    slow = SlowView(0.2, cookie=True)
    view = anonymous_page_cache("things")(slow)
    contents = contents_of_concurrent_gets(view, "/personal/", 3)
    assert slow.calls == 3
    assert sorted(contents) == [b"render 1", b"render 2", b"render 3"]


def test_a_request_waits_for_a_stuck_render_no_longer_than_the_wait_limit(monkeypatch):
    monkeypatch.setattr(page_cache, "RENDER_WAIT_SECONDS", 0.2)
    counting = CountingView()
    view = anonymous_page_cache("things")(counting)
    # A worker killed mid-render leaves its lock until the lock's timeout.
    key = page_cache._key(anonymous_get("/stuck/"), ("things",), {})
    cache.add(f"{key}:rendering", 1, 30)
    assert view(anonymous_get("/stuck/")).content == b"render 1"
    assert counting.calls == 1
