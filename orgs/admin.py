from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from common.autocomplete import FoldedSearchMixin, SafeAutocompleteMixin
from orgs.models import ClerkScope, Organisation, Person, Position, tree_label
from orgs.selectors import organisations_editable_by


class PositionInline(SafeAutocompleteMixin, admin.TabularInline):
    model = Position
    extra = 0
    autocomplete_fields = ["organisation"]


@admin.register(Organisation)
class OrganisationAdmin(FoldedSearchMixin, SafeAutocompleteMixin, SimpleHistoryAdmin):
    list_display = ["indented_name", "kind", "parent"]
    list_filter = ["kind"]
    list_select_related = ["parent"]
    search_fields = ["name", "short_name", "name_key"]
    autocomplete_fields = ["parent"]

    def get_search_results(self, request, queryset, search_term):
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        # The autocomplete of a meeting's host offers a clerk only the units in their scope.
        if request.GET.get("model_name") == "meeting" and request.GET.get("field_name") == "host":
            queryset = queryset.filter(pk__in=organisations_editable_by(request.user).values("pk"))
        return queryset, may_have_duplicates

    @admin.display(description="名称", ordering="path")
    def indented_name(self, obj):
        return tree_label(obj.name, obj.path)


@admin.register(Person)
class PersonAdmin(FoldedSearchMixin, SimpleHistoryAdmin):
    list_display = ["name", "note"]
    search_fields = ["name", "name_key", "note"]
    inlines = [PositionInline]


@admin.register(ClerkScope)
class ClerkScopeAdmin(SafeAutocompleteMixin, admin.ModelAdmin):
    list_display = ["user", "organisation"]
    autocomplete_fields = ["organisation"]
    list_select_related = ["user", "organisation"]
