from django.contrib import admin
from django.urls import path

from report_import.views import report_import_view

app_name = "report_import"

urlpatterns = [
    path("", admin.site.admin_view(report_import_view), name="review"),
]
