"""A form renderer that writes the plain widgets in Python.

A meeting of 300 attendees shows about 3,500 widgets, and Django renders each through its
template engine (a select, once more per option): most of the time of the page. Inputs,
selects and textareas are written here with the same markup as Django's own templates
(django/forms/templates/django/forms/widgets/); every other template goes to Django.
"""

import html

from django.forms.renderers import DjangoTemplates
from django.utils.safestring import mark_safe

WIDGETS = "django/forms/widgets/"
INPUT_TEMPLATES = {
    f"{WIDGETS}{name}.html" for name in ("input", "text", "hidden", "number", "email", "url")
}


def conditional_escape(value) -> str:
    """Django's conditional_escape without its lazy-string wrapper, which cost more than
    the escaping on a page of 60,000 values."""
    return value.__html__() if hasattr(value, "__html__") else html.escape(str(value))


def _attrs(attrs: dict) -> str:
    return "".join(
        f" {conditional_escape(name)}"
        if value is True
        else f' {conditional_escape(name)}="{conditional_escape(str(value))}"'
        for name, value in attrs.items()
        if value is not False
    )


def _input(widget: dict) -> str:
    value = widget["value"]
    shown = "" if value is None else f' value="{conditional_escape(str(value))}"'
    return (
        f'<input type="{conditional_escape(widget["type"])}" '
        f'name="{conditional_escape(widget["name"])}"{shown}{_attrs(widget["attrs"])}>'
    )


def _option(option: dict) -> str:
    return (
        f'<option value="{conditional_escape(str(option["value"]))}"{_attrs(option["attrs"])}>'
        f"{conditional_escape(option['label'])}</option>"
    )


def _select(widget: dict) -> str:
    parts = [f'<select name="{conditional_escape(widget["name"])}"{_attrs(widget["attrs"])}>']
    for group_name, options, _index in widget["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{conditional_escape(group_name)}">')
        # Django's included option template ends in a line break.
        parts += [f"\n  {_option(option)}\n" for option in options]
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")
    return "".join(parts)


def _textarea(widget: dict) -> str:
    value = conditional_escape(widget["value"]) if widget["value"] else ""
    return f'<textarea name="{conditional_escape(widget["name"])}"{_attrs(widget["attrs"])}>\n{value}</textarea>'


class FastWidgetRenderer(DjangoTemplates):
    def render(self, template_name, context, request=None):
        widget = context.get("widget") if isinstance(context, dict) else None
        if widget is not None and template_name in INPUT_TEMPLATES:
            return mark_safe(_input(widget))
        if widget is not None and template_name == f"{WIDGETS}select.html":
            return mark_safe(_select(widget))
        if widget is not None and template_name == f"{WIDGETS}textarea.html":
            return mark_safe(_textarea(widget))
        return super().render(template_name, context, request)
