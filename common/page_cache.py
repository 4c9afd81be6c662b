"""Whole pages for anonymous readers, kept in the shared cache.

Most readers of a public archive are not logged in, and they all see the same page for the
same address. The key holds the generations (common.cache) of everything the page shows, so
a change anywhere renders it anew in every process; logged-in users, whose pages depend on
who they are, always get a fresh render.
"""

import hashlib
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
            if stored is not None:
                content, headers = stored
                return HttpResponse(content, headers=headers)
            response = view(request, *args, **kwargs)
            if _cacheable(response):
                headers = {name: response[name] for name in KEPT_HEADERS if name in response}
                cache.set(key, (response.content, headers), settings.PAGE_CACHE_SECONDS)
            return response

        return cached_view

    return decorator
