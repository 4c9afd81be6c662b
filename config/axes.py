"""How django-axes names the account behind a login attempt."""

USERNAME_MAX_LENGTH = 255  # axes.models.AccessAttempt.username


def login_username(request, credentials=None) -> str | None:
    """The submitted username, cut to the length axes can store.

    Django's login form does not enforce its 150-character limit before authenticating, so
    an overlong username reached axes' table and broke the login page on PostgreSQL. Cutting
    it keeps one stable key per attempted name.
    """
    source = credentials if credentials else getattr(request, "data", request.POST)
    username = source.get("username")
    return None if username is None else str(username)[:USERNAME_MAX_LENGTH]
