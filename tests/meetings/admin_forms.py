"""Turn a rendered admin change page back into the POST data its form would submit."""

from django.db.models.fields.files import FieldFile


def _add_form(data: dict, form) -> None:
    for bound in form:
        value = bound.value()
        if value is None or isinstance(value, FieldFile):
            continue
        if isinstance(value, bool):
            if value:
                data[bound.html_name] = "on"
        elif isinstance(value, list | tuple):
            data[bound.html_name] = [str(v) for v in value]
        else:
            data[bound.html_name] = str(value)


def change_form_data(response) -> dict:
    """The meeting form and every inline formset as loaded, ready to edit and post."""
    data: dict = {}
    _add_form(data, response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        _add_form(data, formset.management_form)
        for form in formset.forms:
            _add_form(data, form)
    return data
