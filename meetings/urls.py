from django.urls import path

from meetings import views

app_name = "meetings"

urlpatterns: list = [
    path("meetings/<int:pk>/summary.pdf", views.meeting_summary_pdf_view, name="summary_pdf"),
]
