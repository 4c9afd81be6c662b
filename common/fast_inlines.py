"""The rows of the admin's tabular and stacked inlines, written in Python.

Django's inline templates walk every field of every row through its template engine, a
dozen lookups and tags per field: for a meeting of 300 attendees and 60 agenda items
(~3,000 fields) most of the time of the page. These functions write the same markup as
django/contrib/admin/templates/admin/edit_inline/{tabular,stacked}.html and
admin/includes/fieldset.html from the same helper objects (InlineAdminForm, Fieldline,
AdminField …), so names, ids and classes, which Django's inlines.js and our scripts rely
on, are unchanged; the tests compare both renderings.
"""

from django.contrib.admin import helpers
from django.contrib.admin.templatetags.admin_modify import cell_count
from django.contrib.admin.templatetags.admin_urls import admin_urlname
from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext


def _field_info(field) -> tuple[str, bool, str, str]:
    """Name, hidden, help text and label id of an AdminField or an AdminReadonlyField
    (whose `field` is a dict, as the templates read it)."""
    if field.is_readonly:
        info = field.field
        return info["name"], info["is_hidden"], info["help_text"], ""
    bound = field.field
    return bound.name, bound.is_hidden, bound.help_text, bound.id_for_label


def _row_id(inline_admin_formset, index: int, count: int) -> tuple[str, bool]:
    """The row's id and whether it is the template row Django's script copies."""
    is_template = index == count - 1 and inline_admin_formset.has_add_permission
    prefix = inline_admin_formset.formset.prefix
    return f"{prefix}-{'empty' if is_template else index}", is_template


def _change_link(inline_admin_formset, inline_admin_form) -> str:
    model_admin = inline_admin_form.model_admin
    if not (model_admin.show_change_link and model_admin.has_registered_model):
        return ""
    url = reverse(
        admin_urlname(model_admin.opts, "change"),
        args=[quote(inline_admin_form.original.pk)],
        current_app=model_admin.admin_site.name,
    )
    if inline_admin_formset.has_change_permission:
        return format_html('<a href="{}" class="inlinechangelink">{}</a>', url, gettext("Change"))
    return format_html('<a href="{}" class="inlineviewlink">{}</a>', url, gettext("View"))


def _view_on_site(inline_admin_form) -> str:
    if not inline_admin_form.show_url:
        return ""
    return format_html(
        '<a href="{}">{}</a>', inline_admin_form.absolute_url, gettext("View on site")
    )


def _hidden_keys(inline_admin_form) -> str:
    parts = []
    if inline_admin_form.needs_explicit_pk_field():
        parts.append(str(inline_admin_form.pk_field().field))
    fk_field = inline_admin_form.fk_field()
    if fk_field:
        parts.append(str(fk_field.field))
    return "".join(parts)


def _can_delete(inline_admin_formset, inline_admin_form) -> bool:
    return bool(
        inline_admin_formset.formset.can_delete
        and inline_admin_formset.has_delete_permission
        and inline_admin_form.original
    )


def _tabular_cell(field) -> str:
    name, is_hidden, _help, _id = _field_info(field)
    classes = (f"field-{name}" if name else "") + (" hidden" if is_hidden else "")
    if field.is_readonly:
        return f'<td class="{classes}"><p>{field.contents()}</p></td>'
    errors = field.field.errors
    return f'<td class="{classes}">{errors.as_ul() if errors else ""}{field.field}</td>'


def _tabular_row(inline_admin_formset, inline_admin_form, index: int, count: int) -> str:
    row_id, is_template = _row_id(inline_admin_formset, index, count)
    parts = []
    errors = inline_admin_form.form.non_field_errors()
    if errors:
        parts.append(
            f'<tr class="row-form-errors"><td colspan="{cell_count(inline_admin_form)}">'
            f"{errors}</td></tr>"
        )
    original = inline_admin_form.original
    has_original = original or inline_admin_form.show_url
    classes = "form-row" + (" has_original" if has_original else "")
    classes += " empty-form" if is_template else ""
    parts.append(f'<tr class="{classes}" id="{row_id}"><td class="original">')
    if has_original:
        shown = ""
        if original:
            shown = conditional_escape(original) + _change_link(
                inline_admin_formset, inline_admin_form
            )
        parts.append(f"<p>{shown}{_view_on_site(inline_admin_form)}</p>")
    parts.append(_hidden_keys(inline_admin_form) + "</td>")
    parts += [
        _tabular_cell(field)
        for fieldset in inline_admin_form
        for line in fieldset
        for field in line
    ]
    deletion = (
        str(inline_admin_form.deletion_field().field)
        if _can_delete(inline_admin_formset, inline_admin_form)
        else ""
    )
    parts.append(f'<td class="delete">{deletion}</td></tr>')
    return "".join(parts)


def _each_form(inline_admin_formset, render_form, separator: str) -> SafeString:
    forms = list(inline_admin_formset)
    return mark_safe(
        separator.join(
            render_form(inline_admin_formset, form, index, len(forms))
            for index, form in enumerate(forms)
        )
    )


def tabular_rows(inline_admin_formset) -> SafeString:
    """The <tbody> rows of admin/edit_inline/tabular.html."""
    return _each_form(inline_admin_formset, _tabular_row, "\n")


def _fieldset_field(field, single: bool) -> str:
    name, is_hidden, help_text, id_for_label = _field_info(field)
    parts = ["<div>"]
    classes = "flex-container"
    if not single:
        errors = "" if field.is_readonly else field.errors()
        parts.append(errors)
        classes += " fieldBox" + (f" field-{name}" if name else "")
        classes += (" errors" if errors else "") + (" hidden" if is_hidden else "")
    classes += " checkbox-row" if field.is_checkbox else ""
    parts.append(f'<div class="{classes}">')
    if field.is_checkbox:
        parts.append(f"{field.field}{field.label_tag()}")
    elif field.is_readonly:
        parts.append(f'{field.label_tag()}<div class="readonly">{field.contents()}</div>')
    else:
        parts.append(f"{field.label_tag()}{field.field}")
    parts.append("</div>")
    if help_text:
        help_id = f' id="{id_for_label}_helptext"' if id_for_label else ""
        hidden = " hidden" if is_hidden else ""
        parts.append(f'<div class="help{hidden}"{help_id}><div>{help_text}</div></div>')
    parts.append("</div>")
    return "".join(parts)


def _fieldset_line(line) -> str:
    fields = list(line)
    names = [_field_info(field)[0] for field in fields]
    single = len(fields) == 1
    errors = line.errors() if single else ""
    classes = "form-row" + (" errors" if errors else "")
    classes += "" if line.has_visible_field else " hidden"
    classes += "".join(f" field-{name}" for name in names if name)
    inner = "".join(_fieldset_field(field, single) for field in fields)
    if not single:
        inner = f'<div class="flex-container form-multiline">{inner}</div>'
    return f'<div class="{classes}">{errors}{inner}</div>'


def fieldset_html(fieldset, *, heading_level: int, heading_id: str) -> str:
    """admin/includes/fieldset.html for one fieldset of an inline form."""
    labelled = f' aria-labelledby="{heading_id}"' if fieldset.name else ""
    parts = [f'<fieldset class="module aligned {fieldset.classes}"{labelled}>']
    collapsible = fieldset.name and fieldset.is_collapsible
    if fieldset.name:
        parts.append("<details><summary>" if collapsible else "")
        parts.append(
            format_html(
                '<h{} id="{}" class="fieldset-heading">{}</h{}>',
                heading_level,
                heading_id,
                fieldset.name,
                heading_level,
            )
        )
        parts.append("</summary>" if collapsible else "")
    if fieldset.description:
        parts.append(f'<div class="description">{fieldset.description}</div>')
    parts += [_fieldset_line(line) for line in fieldset]
    parts.append("</details></fieldset>" if collapsible else "</fieldset>")
    return "".join(parts)


def _stacked_heading(inline_admin_formset, inline_admin_form, index: int) -> str:
    original = inline_admin_form.original
    if original:
        label = conditional_escape(original) + _change_link(inline_admin_formset, inline_admin_form)
    else:
        label = f"#{index + 1}"
    deletion = ""
    if _can_delete(inline_admin_formset, inline_admin_form):
        field = inline_admin_form.deletion_field()
        deletion = f'<span class="delete">{field.field} {field.label_tag()}</span>'
    name = conditional_escape(capfirst(inline_admin_formset.opts.verbose_name))
    return (
        f'<h3><b>{name}:</b> <span class="inline_label">{label}</span>'
        f"{_view_on_site(inline_admin_form)}{deletion}</h3>"
    )


def _stacked_item(inline_admin_formset, inline_admin_form, index: int, count: int) -> str:
    row_id, is_template = _row_id(inline_admin_formset, index, count)
    classes = "inline-related"
    if inline_admin_form.original or inline_admin_form.show_url:
        classes += " has_original"
    classes += " empty-form last-related" if is_template else ""
    prefix = inline_admin_formset.formset.prefix
    fieldsets = "".join(
        fieldset_html(fieldset, heading_level=4, heading_id=f"{prefix}-{index}-{number}-heading")
        for number, fieldset in enumerate(inline_admin_form)
    )
    errors = inline_admin_form.form.non_field_errors()
    return (
        f'<div class="{classes}" id="{row_id}">'
        f"{_stacked_heading(inline_admin_formset, inline_admin_form, index)}"
        f"{errors or ''}{fieldsets}{_hidden_keys(inline_admin_form)}</div>"
    )


def stacked_items(inline_admin_formset) -> SafeString:
    """The forms of admin/edit_inline/stacked.html, each with its fieldsets."""
    return _each_form(inline_admin_formset, _stacked_item, "")


class OneRowMediaInlineAdminFormSet(helpers.InlineAdminFormSet):
    """Django's, but the media of the rows is asked of the first row only.

    Django's `media` wraps every row in an InlineAdminForm (fieldsets, fields and all) just
    to add up their media: for a meeting of 300 attendees that was 176 ms, about half of
    the page. The rows of an inline are one form class with one set of fieldsets, so the
    first row's media is every row's.
    """

    @property
    def media(self):
        media = self.opts.media + self.formset.media
        first_row = next(iter(self), None)
        return media if first_row is None else media + first_row.media


class OneRowMediaInlinesMixin:
    """For a ModelAdmin: its inline formsets ask the first row only for their media."""

    def get_inline_formsets(self, request, formsets, inline_instances, obj=None):
        inline_admin_formsets = super().get_inline_formsets(
            request, formsets, inline_instances, obj
        )
        for inline_admin_formset in inline_admin_formsets:
            # The subclass adds no state, only the `media` property.
            inline_admin_formset.__class__ = OneRowMediaInlineAdminFormSet
        return inline_admin_formsets
