from django.urls import path

from meetings import views

app_name = "meetings"

urlpatterns = [
    path("", views.home, name="home"),
    path("meetings/", views.meeting_list, name="list"),
    path("meetings/<int:pk>/", views.meeting_detail, name="detail"),
    path("meetings/<int:pk>.json", views.meeting_record_json, name="record_json"),
    path("meetings/<int:pk>/summary.pdf", views.meeting_summary_pdf_view, name="summary_pdf"),
    path("people/<int:pk>/", views.person_detail, name="person"),
    path("pledges/", views.pledge_register, name="pledges"),
]
