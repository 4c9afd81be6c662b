"""Generations: tokens in the shared cache that change whenever some data changes.

A cached value whose key holds the generation of what it shows is never served stale:
a change sets a new random token (after its transaction commits), and every process
reading the token afterwards builds a new key. A random token rather than a counter, so
an evicted token can never come back with a value that an old entry was stored under.
"""

import uuid

from django.core.cache import cache
from django.db import transaction

TIMEOUT = None  # kept until changed or evicted


def generation(name: str) -> str:
    key = f"generation:{name}"
    token = cache.get(key)
    if token is None:
        token = uuid.uuid4().hex
        # add(): two processes starting a generation at once agree on the first token.
        if not cache.add(key, token, TIMEOUT):
            token = cache.get(key) or token
    return token


def generations(*names: str) -> list[str]:
    """The tokens of several generations in one round trip (starting any that are missing)."""
    keys = [f"generation:{name}" for name in names]
    found = cache.get_many(keys)
    return [found.get(key) or generation(name) for key, name in zip(keys, names, strict=True)]


def generation_bump(*names: str) -> None:
    """Start new generations once the current transaction commits (at once outside one)."""

    def bump():
        cache.set_many({f"generation:{name}": uuid.uuid4().hex for name in names}, TIMEOUT)

    transaction.on_commit(bump)
