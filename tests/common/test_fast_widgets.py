import pytest
from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import RelatedFieldWidgetWrapper
from django.forms.renderers import DjangoTemplates
from django.test.html import parse_html

from common.fast_widgets import FastWidgetRenderer
from meetings.models import Attendance

WIDGETS = [
    (forms.TextInput(attrs={"class": "vTextField", "maxlength": 300}), "郑强<&\"'>"),
    (forms.TextInput(attrs={"required": True, "disabled": False}), None),
    (forms.HiddenInput(), 7),
    (forms.NumberInput(attrs={"min": 0}), 2023),
    (forms.EmailInput(), "a@b.cn"),
    (forms.Textarea(attrs={"rows": 3}), "第一行\n<第二行>"),
    (forms.Textarea(), ""),
    (forms.Select(choices=[("出席", "出席"), ("列席", "列<席>")]), "列席"),
    (
        forms.Select(choices=[("", "---"), ("组", [("a", "甲"), ("b", "乙")])]),
        "b",
    ),
]


@pytest.mark.parametrize(("widget", "value"), WIDGETS)
def test_plain_widgets_are_written_exactly_as_djangos_templates_write_them(widget, value):
    expected = widget.render("field-0-x", value, renderer=DjangoTemplates())
    assert widget.render("field-0-x", value, renderer=FastWidgetRenderer()) == expected


def test_other_templates_go_to_django():
    widget = forms.CheckboxSelectMultiple(choices=[("a", "甲")])
    assert widget.render("x", ["a"], renderer=FastWidgetRenderer()) == widget.render(
        "x", ["a"], renderer=DjangoTemplates()
    )


@pytest.mark.parametrize("checked", [True, False])
def test_checkboxes_are_written_exactly_as_djangos_templates_write_them(checked):
    widget = forms.CheckboxInput(attrs={"class": "row-pick"})
    expected = widget.render("field-0-DELETE", checked, renderer=DjangoTemplates())
    assert widget.render("field-0-DELETE", checked, renderer=FastWidgetRenderer()) == expected


class LabelledForm(forms.Form):
    name = forms.CharField(label="姓名<甲>")
    note = forms.CharField(label="备注", required=False)


@pytest.mark.parametrize("auto_id", ["id_%s", False])
def test_labels_are_written_exactly_as_djangos_templates_write_them(auto_id):
    ours = LabelledForm(auto_id=auto_id, renderer=FastWidgetRenderer())
    djangos = LabelledForm(auto_id=auto_id, renderer=DjangoTemplates())
    for name in ("name", "note"):
        attrs = {"class": "required inline"}
        assert ours[name].label_tag(attrs=attrs) == djangos[name].label_tag(attrs=attrs)


def test_error_lists_are_written_as_djangos_templates_write_them_empty_or_not():
    ours = LabelledForm({"name": ""}, renderer=FastWidgetRenderer())
    djangos = LabelledForm({"name": ""}, renderer=DjangoTemplates())
    assert ours["note"].errors.as_ul() == djangos["note"].errors.as_ul() == ""
    assert str(ours["name"].errors) == str(djangos["name"].errors) != ""


@pytest.mark.parametrize(
    "flags",
    [
        {"can_add_related": True},
        {
            "can_add_related": True,
            "can_change_related": True,
            "can_delete_related": True,
            "can_view_related": True,
        },
    ],
)
def test_related_object_links_are_the_markup_of_djangos_template(flags):
    """Compared as parsed HTML: Django's template leaves whitespace where ours does not."""
    relation = Attendance._meta.get_field("person").remote_field
    widget = RelatedFieldWidgetWrapper(
        forms.Select(choices=[(1, "郑强")]), relation, admin.site, **flags
    )
    ours = widget.render("attendances-0-person", 1, renderer=FastWidgetRenderer())
    djangos = widget.render("attendances-0-person", 1, renderer=DjangoTemplates())
    assert parse_html(ours) == parse_html(djangos)
    assert ours.count("related-widget-wrapper-link") == len(flags)
