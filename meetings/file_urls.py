from django.urls import path

from meetings import file_views

app_name = "files"

urlpatterns = [
    path("documents/<int:pk>/", file_views.document_file, name="document"),
    path("pledges/<int:pk>/", file_views.pledge_scan, name="pledge"),
]
