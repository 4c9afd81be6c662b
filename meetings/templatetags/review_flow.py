from django import template

from meetings.admin_review import review_counts

register = template.Library()


@register.simple_tag(takes_context=True)
def review_waiting(context) -> dict:
    """How many records wait for the signed-in user: to review, and returned to them."""
    return review_counts(context["request"].user)
