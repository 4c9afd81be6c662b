from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

admin.site.site_header = "党组织会议记录档案"
admin.site.site_title = "会议记录档案"
admin.site.index_title = "档案管理"

urlpatterns = [
    path("admin/meetings/meeting/import-report/", include("report_import.urls")),
    path("admin/", admin.site.urls),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("files/", include("meetings.file_urls")),
    path("", include("meetings.urls")),
    path("orgs/", include("meetings.organisation_urls")),
    path("compliance/", include("compliance.urls")),
]
