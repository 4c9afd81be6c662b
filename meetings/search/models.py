# The PostgreSQL index table is declared with its backend; importing it here registers it.
from meetings.search.backends.postgres import SearchEntry

__all__ = ["SearchEntry"]
