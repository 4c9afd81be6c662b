from django.urls import path

from meetings import views

app_name = "orgs"

urlpatterns = [
    path("", views.organisation_tree, name="tree"),
    path("<int:pk>/", views.organisation_detail, name="detail"),
]
