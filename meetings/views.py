"""Public pages: each view parses the request, calls one selector and renders."""

import json
from urllib.parse import quote

from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render

from common.page_cache import anonymous_page_cache
from meetings import pdf, selectors
from meetings.interchange import meeting_to_record
from meetings.models import Meeting
from meetings.renames import MEETING_PAGE_GENERATIONS, PUBLIC_PAGE_GENERATIONS

# Anonymous readers share one rendering of each page until something it shows changes.
public_page = anonymous_page_cache(*PUBLIC_PAGE_GENERATIONS)
# A meeting's own page and record outlive changes to other meetings (an import of one new
# meeting must not make every reader's next page a render).
meeting_page = anonymous_page_cache(*MEETING_PAGE_GENERATIONS)


@public_page
def home(request):
    return render(request, "meetings/home.html", {"stats": selectors.home_stats(user=request.user)})


@public_page
def meeting_list(request):
    result = selectors.meeting_list(user=request.user, params=request.GET)
    # Pagination links keep the filters but not the old page number.
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "meetings/meeting_list.html",
        {
            "filter": result.filterset,
            "page_obj": result.page,
            "rows": [(m, result.highlights.get(m.pk)) for m in result.page.object_list],
            "query_string": query.urlencode(),
        },
    )


@meeting_page
def meeting_detail(request, pk: int):
    meeting = selectors.meeting_get_detail(user=request.user, pk=pk)
    return render(
        request,
        "meetings/meeting_detail.html",
        {"meeting": meeting, "attendance": selectors.meeting_attendance_summary(meeting)},
    )


@meeting_page
def meeting_record_json(request, pk: int):
    meeting = selectors.meeting_get_detail(user=request.user, pk=pk)
    # The public record: archive management (档号, 保管期限) stays in the admin's export.
    body = json.dumps(meeting_to_record(meeting, public=True), ensure_ascii=False, indent=2)
    return HttpResponse(body.encode("utf-8"), content_type="application/json; charset=utf-8")


@public_page
def person_detail(request, pk: int):
    return render(
        request,
        "meetings/person_detail.html",
        {"page": selectors.person_get_page(user=request.user, pk=pk)},
    )


@public_page
def pledge_register(request):
    return render(
        request,
        "meetings/pledge_register.html",
        {"years": selectors.pledge_register(user=request.user)},
    )


def pdf_response(content: bytes, *, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = (
        f"inline; filename*=UTF-8''{quote(filename + '.pdf', safe='')}"
    )
    return response


# Seconds after which a browser refused a PDF in the making asks again.
BUSY_RETRY = 3


def meeting_summary_pdf_view(request, pk: int):
    # One query: visibility plus the fields the PDF cache key needs; the full meeting is
    # loaded only when the PDF must be rendered.
    meeting = get_object_or_404(
        Meeting.objects.visible_to(request.user).only("pk", "title", "version", "updated_at"),
        pk=pk,
    )
    try:
        content = pdf.meeting_summary_pdf(meeting)
    except pdf.PdfBusy as error:
        response = render(
            request, "meetings/pdf/busy.html", {"error": error, "retry": BUSY_RETRY}, status=503
        )
        response["Retry-After"] = str(BUSY_RETRY)
        return response
    except pdf.PdfUnavailable as error:
        return render(request, "meetings/pdf/unavailable.html", {"error": error}, status=503)
    return pdf_response(content, filename=meeting.title)


@public_page
def organisation_tree(request):
    return render(
        request, "orgs/tree.html", {"roots": selectors.organisation_tree(user=request.user)}
    )


@public_page
def organisation_detail(request, pk: int):
    return render(
        request,
        "orgs/detail.html",
        {"page": selectors.organisation_get_page(user=request.user, pk=pk)},
    )
