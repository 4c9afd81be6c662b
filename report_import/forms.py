from django import forms
from django.utils.translation import gettext_lazy as _

MAX_REPORT_CHARS = 200_000


class ReportImportForm(forms.Form):
    text = forms.CharField(
        label=_("新闻稿全文"),
        widget=forms.Textarea(attrs={"rows": 18, "cols": 80}),
        max_length=MAX_REPORT_CHARS,
        help_text=_("粘贴新闻稿正文；繁体、拼音注音等乱码会自动清理，原文作为来源保存。"),
    )
    url = forms.URLField(label=_("新闻稿网址"), required=False, max_length=500)
    published = forms.DateField(
        label=_("发布日期"), required=False, help_text=_("报道未写年份时据此推断")
    )
    date = forms.DateField(
        label=_("会议日期"), required=False, help_text=_("未能识别会议日期时在此填写")
    )
    host = forms.ModelChoiceField(
        label=_("召开单位"),
        queryset=None,
        required=False,
        help_text=_("留空则用新闻稿中识别的单位；须在您的录入范围内"),
    )

    def __init__(self, *args, hosts, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["host"].queryset = hosts
