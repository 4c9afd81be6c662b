"""Admin autocomplete that survives a hostile submitted value.

Django's AutocompleteSelect looks up the submitted id again to re-render an invalid form,
and a value that is no id at all (" ", "abc", 2**64) makes that lookup raise: a 500 where
the form should simply say "选择一个有效的选项". The widget here skips such values.
"""

from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import ValidationError

from common.text import to_simplified


class SafeAutocompleteSelect(AutocompleteSelect):
    def optgroups(self, name, value, attr=None):
        remote = self.field.remote_field
        target = remote.model._meta.get_field(remote.field_name)
        return super().optgroups(name, [v for v in value if is_key(target, v)], attr)


def is_key(field, value) -> bool:
    try:
        field.run_validators(field.to_python(value))
    except (ValidationError, TypeError, ValueError):
        return False
    return True


class SafeAutocompleteMixin:
    """For ModelAdmin and inlines: their autocomplete fields use SafeAutocompleteSelect."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in self.get_autocomplete_fields(request) and "widget" not in kwargs:
            kwargs["widget"] = SafeAutocompleteSelect(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class FoldedSearchMixin:
    """Admin search (and so autocomplete) in Simplified characters, as the public search.

    Names are stored with a folded key (`name_key`), titles mostly in Simplified: a term
    typed in Traditional (`鄭強`) is turned to Simplified before the stock search runs.
    """

    def get_search_results(self, request, queryset, search_term):
        return super().get_search_results(request, queryset, to_simplified(search_term))
