import pytest
from django import forms
from django.forms.renderers import DjangoTemplates

from common.fast_widgets import FastWidgetRenderer

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
