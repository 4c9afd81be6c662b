"""Whole pages for anonymous readers, kept in the shared cache.

Most readers of a public archive are not logged in, and they all see the same page for the
same address. The key holds the generations (common.cache) of everything the page shows, so
a change anywhere renders it anew in every process; logged-in users, whose pages depend on
who they are, always get a fresh render.

A change makes every page that shows it miss at once, in every process. Left alone, each
request for such a page would render it while the others wait behind them (a load test saw
all workers busy re-rendering the same dozen list and search pages for 2.5 s after one
import). So one request renders; the others asking meanwhile wait for its result, and
render themselves only when it does not come (a page not kept, a renderer killed).
"""

import hashlib
import time
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

from common.cache import generations

# Headers the view set that belong to the page (middleware adds its own on every response).
KEPT_HEADERS = ("Content-Type", "Content-Disposition", "Content-Language")


# A generation is named by a string, or by a function of the view's URL arguments (the
# generation of one object, so that a change elsewhere leaves its page cached).
GenerationName = str | Callable[..., str]

# How long a request waits for another's render of the same page before rendering itself,
# and how often it looks. The lock outlives no render by much: a killed worker frees it.
RENDER_WAIT_SECONDS = 5.0
RENDER_POLL_SECONDS = 0.02
RENDER_LOCK_SECONDS = 30


def _key(request, names: tuple[GenerationName, ...], view_kwargs: dict) -> str:
    address = hashlib.sha256(request.get_full_path().encode("utf-8")).hexdigest()
    named = [name if isinstance(name, str) else name(**view_kwargs) for name in names]
    return f"page:{address}:{':'.join(generations(*named))}"


def _cacheable(response) -> bool:
    # A page that sets a cookie (a CSRF token, a message) belongs to one visitor only.
    return response.status_code == 200 and not response.streaming and not response.cookies


def anonymous_page_cache(*names: GenerationName):
    """Serve GET/HEAD for anonymous visitors from the cache, keyed by address and by the
    generations `names` of what the page shows."""

    def decorator(view):
        @wraps(view)
        def cached_view(request, *args, **kwargs):
            if (
                not settings.PAGE_CACHE_SECONDS
                or request.method not in ("GET", "HEAD")
                or request.user.is_authenticated
            ):
                return view(request, *args, **kwargs)
            key = _key(request, names, kwargs)
            stored = cache.get(key)
            lock, renders_here = f"{key}:rendering", False
            if stored is None:
                renders_here = cache.add(lock, 1, RENDER_LOCK_SECONDS)
                # Asked again once the lock is ours: another render may have finished
                # between the first look and taking the lock.
                stored = cache.get(key) if renders_here else _rendered_by_another(key, lock)
            try:
                if stored is not None:
                    content, headers = stored
                    return HttpResponse(content, headers=headers)
                response = view(request, *args, **kwargs)
                if _cacheable(response):
                    headers = {name: response[name] for name in KEPT_HEADERS if name in response}
                    cache.set(key, (response.content, headers), settings.PAGE_CACHE_SECONDS)
            finally:
                if renders_here:
                    cache.delete(lock)
            return response

        return cached_view

    return decorator


def _rendered_by_another(key: str, lock: str):
    """The page another request is rendering, once it is kept; None when that render ends
    without keeping it or takes longer than RENDER_WAIT_SECONDS."""
    deadline = time.monotonic() + RENDER_WAIT_SECONDS
    while time.monotonic() < deadline:
        time.sleep(RENDER_POLL_SECONDS)
        found = cache.get_many([key, lock])
        if key in found:
            return found[key]
        if lock not in found:
            # The render ended: kept just now (a cache may read the two keys one by one), or not.
            return cache.get(key)
    return None
