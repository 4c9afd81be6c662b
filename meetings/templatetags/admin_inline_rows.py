"""The rows of the meeting page's inlines, written in Python (see common/fast_inlines.py)."""

from django import template

from common.fast_inlines import stacked_items, tabular_rows

register = template.Library()
register.simple_tag(tabular_rows)
register.simple_tag(stacked_items)
