"""The member record on the person's page (templates/meetings/person_detail.html).

A template tag rather than part of meetings' person selector: meetings knows nothing of
compliance (dependencies point one way), so the page asks for the record here.
"""

from django import template

from compliance.members import person_member_records

register = template.Library()


@register.inclusion_tag("compliance/_person_record.html", takes_context=True)
def person_member_record(context, person) -> dict:
    """For those who may see internal meetings only: 3 queries (person_member_records)."""
    user = context["request"].user
    if not user.has_perm("meetings.view_internal_meeting"):
        return {"records": []}
    return {"records": person_member_records(person_id=person.pk)}
