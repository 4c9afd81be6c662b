"""A form renderer that writes the plain widgets in Python.

A meeting of 300 attendees shows about 3,500 widgets, and Django renders each through its
template engine (a select, once more per option): most of the time of the page. Inputs,
checkboxes, selects, textareas, labels and empty error lists are written here with the same
markup as Django's own templates (django/forms/templates/django/forms/); every other
template goes to Django. It is the site's FORM_RENDERER, so widgets that render another
widget without passing a renderer on (the admin's related-object wrapper) get it too.
"""

import html

from django.forms.renderers import DjangoTemplates
from django.templatetags.static import static
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

WIDGETS = "django/forms/widgets/"
INPUT_TEMPLATES = {
    f"{WIDGETS}{name}.html"
    for name in ("input", "text", "hidden", "number", "email", "url", "checkbox")
}
ERROR_LISTS = {"django/forms/errors/list/default.html", "django/forms/errors/list/ul.html"}


def conditional_escape(value) -> str:
    """Django's conditional_escape without its lazy-string wrapper, which cost more than
    the escaping on a page of 60,000 values."""
    return value.__html__() if hasattr(value, "__html__") else html.escape(str(value))


def _attrs(attrs: dict | None) -> str:
    if not attrs:
        return ""
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


def _label(context: dict) -> str:
    label = conditional_escape(context["label"])
    if not context["use_tag"]:
        return label
    tag = conditional_escape(context["tag"])
    return f"<{tag}{_attrs(context['attrs'])}>{label}</{tag}>"


# The links of admin/widgets/related_widget_wrapper.html: the flag that shows each, its
# name, its address (href for "add", else a template the script fills) and its title.
RELATED_LINKS = [
    ("can_change_related", "change", "change_related_template_url", "url_params"),
    ("can_add_related", "add", "add_related_url", "url_params"),
    ("can_delete_related", "delete", "delete_related_template_url", "url_params"),
    ("can_view_related", "view", "change_related_template_url", "view_related_url_params"),
]
RELATED_TITLES = {
    "change": "Change selected %(model)s",
    "add": "Add another %(model)s",
    "delete": "Delete selected %(model)s",
    "view": "View selected %(model)s",
}


def _related_link(context: dict, action: str, url_key: str, params_key: str) -> str:
    url = conditional_escape(f"{context[url_key]}?{context[params_key]}")
    target = f'href="{url}"' if action == "add" else f'data-href-template="{url}"'
    popup = "" if action == "view" else ' data-popup="yes"'
    title = gettext(RELATED_TITLES[action]) % {"model": conditional_escape(context["model"])}
    icon = static(f"admin/img/icon-{action}link.svg")
    return (
        f'<a class="related-widget-wrapper-link {action}-related" '
        f'id="{action}_id_{conditional_escape(context["name"])}" {target}{popup} '
        f'title="{title}"><img src="{icon}" alt="" width="24" height="24"></a>'
    )


def _related_widget_wrapper(context: dict) -> str:
    model_ref = (
        ""
        if context["model_has_limit_choices_to"]
        else f' data-model-ref="{conditional_escape(context["model_name"])}"'
    )
    links = (
        ""
        if context["is_hidden"]
        else "".join(
            _related_link(context, action, url_key, params_key)
            for flag, action, url_key, params_key in RELATED_LINKS
            if context[flag]
        )
    )
    return (
        f'<div class="related-widget-wrapper"{model_ref}>\n'
        f"{context['rendered_widget']}\n{links}\n</div>"
    )


class FastWidgetRenderer(DjangoTemplates):
    def render(self, template_name, context, request=None):
        if not isinstance(context, dict):
            return super().render(template_name, context, request)
        if template_name in ERROR_LISTS and not context.get("errors"):
            return ""
        if template_name == "django/forms/label.html":
            return mark_safe(_label(context))
        if template_name == "admin/widgets/related_widget_wrapper.html":
            return mark_safe(_related_widget_wrapper(context))
        widget = context.get("widget")
        if widget is not None and template_name in INPUT_TEMPLATES:
            return mark_safe(_input(widget))
        if widget is not None and template_name == f"{WIDGETS}select.html":
            return mark_safe(_select(widget))
        if widget is not None and template_name == f"{WIDGETS}textarea.html":
            return mark_safe(_textarea(widget))
        return super().render(template_name, context, request)
