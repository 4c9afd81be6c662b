from django.urls import path

from compliance import views

app_name = "compliance"

urlpatterns = [
    path("", views.grid, name="grid"),
    path("export.xlsx", views.export_xlsx, name="export_xlsx"),
    path("members/", views.members, name="members"),
]
