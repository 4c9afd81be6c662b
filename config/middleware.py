"""Response headers of our own that Django's SecurityMiddleware does not set."""

from django.conf import settings
from django.http import HttpResponseBadRequest


class ContentSecurityPolicyMiddleware:
    """Adds `settings.CONTENT_SECURITY_POLICY` to every response that has none yet.

    Django's admin runs without inline scripts or styles, so the policy stays strict:
    a page that needs more sets its own header and this leaves it alone.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = "; ".join(
            f"{directive} {' '.join(sources)}".strip()
            for directive, sources in settings.CONTENT_SECURITY_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        if self.policy:
            response.headers.setdefault("Content-Security-Policy", self.policy)
        return response


class RejectNulQueryMiddleware:
    """Answers 400 to a query string carrying a NUL character.

    PostgreSQL cannot compare text with NUL, so `?q=%00` on any search or autocomplete
    would otherwise fail inside the database. Form posts need no such guard: Django's
    form fields already refuse NUL.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if any(
            "\x00" in key or any("\x00" in v for v in values) for key, values in request.GET.lists()
        ):
            return HttpResponseBadRequest(
                "请求参数中含有非法字符。", content_type="text/plain; charset=utf-8"
            )
        return self.get_response(request)
