"""Work a web process would otherwise do in its first requests, done before it serves.

A worker's first search loads jieba's dictionary, its first PDF imports WeasyPrint and looks
up and subsets its fonts, and its first pages compile their templates and URL patterns:
about three seconds in all, which the load test saw as every connection stalling while
fresh workers answered their first requests. config/wsgi.py calls warm_up() when the
application loads, so a worker has done this before it accepts a connection; under
`gunicorn --preload` it is done once, in the master, and every worker inherits it. Nothing
here opens a database connection, which must not be shared across the fork.
"""

from django.template.loader import get_template
from django.urls import reverse

from common.startup import freeze_startup_objects
from common.text import jieba_loaded
from meetings.pdf import warm_renderer

# The pages anonymous readers open most, and the PDF summary.
FIRST_TEMPLATES = (
    "meetings/home.html",
    "meetings/meeting_list.html",
    "meetings/meeting_detail.html",
    "meetings/person_detail.html",
    "meetings/pdf/summary.html",
    "orgs/tree.html",
    "orgs/detail.html",
)


def warm_up() -> None:
    jieba_loaded()
    warm_renderer()  # WeasyPrint's import, fonts and C types: about a second

    reverse("meetings:list")  # builds the URL resolver's tables
    for name in FIRST_TEMPLATES:
        get_template(name)
    freeze_startup_objects()
