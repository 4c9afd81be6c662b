from urllib.parse import quote

from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render

from meetings import pdf
from meetings.models import Meeting


def pdf_response(content: bytes, *, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = (
        f"inline; filename*=UTF-8''{quote(filename + '.pdf', safe='')}"
    )
    return response


def meeting_summary_pdf_view(request, pk: int):
    # One query: visibility plus the fields the PDF cache key needs; the full meeting is
    # loaded only when the PDF must be rendered.
    meeting = get_object_or_404(
        Meeting.objects.visible_to(request.user).only("pk", "title", "version", "updated_at"),
        pk=pk,
    )
    try:
        content = pdf.meeting_summary_pdf(meeting)
    except pdf.PdfUnavailable as error:
        return render(request, "meetings/pdf/unavailable.html", {"error": error}, status=503)
    return pdf_response(content, filename=meeting.title)
