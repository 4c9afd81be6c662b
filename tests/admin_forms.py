"""Helpers for posting the meeting admin form with its inline formsets."""

INLINE_PREFIXES = [
    "chair_links",
    "attendances",
    "attendee_groups",
    "agenda_items",
    "documents",
    "pledges",
]


def management_form(prefix: str, total: int) -> dict:
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def empty_inlines() -> dict:
    """The management forms of a meeting posted with no inline rows."""
    return {
        key: value
        for prefix in INLINE_PREFIXES
        for key, value in management_form(prefix, 0).items()
    }
