"""Index storage and matching, one module per database vendor (same interface)."""

from django.db import connection


def current():
    from meetings.search.backends import postgres, sqlite

    return postgres if connection.vendor == "postgresql" else sqlite
