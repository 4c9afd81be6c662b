"""Job types: what long work the admin can start. Adding one is a form and a function.

    @register(
        "verify_archive",
        label="核验档案",
        form=VerifyArchiveForm,              # a forms.Form; cleaned_data must be JSON-able
        permission="meetings.view_internal_meeting",
        result_template="meetings/jobs/verify_result.html",  # optional: shows `result`
    )
    def verify_archive(*, params: dict, progress: Progress, user) -> Outcome:
        ...
        return Outcome(result={"checked": n}, file=(name, data))

Put it in your app's tasks.py (discovered at start-up). The function runs in the worker
(`manage.py db_worker`); it must write all or nothing (one transaction, files written
last) and raise JobError with a Chinese message for failures a clerk should read.
See docs/jobs.md.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django import forms


class JobError(Exception):
    """A failure to show the clerk as it is (in Chinese)."""


@dataclass
class Outcome:
    result: dict = field(default_factory=dict)  # shown on the job's page; JSON-able
    file: tuple[str, bytes] | None = None  # (file name, content): offered for download


Progress = Callable[[int, int], None]  # (done, total)


@dataclass(frozen=True)
class JobType:
    kind: str
    label: str
    form: type[forms.Form]
    permission: str | None  # None: superusers only
    run: Callable[..., Outcome]
    result_template: str = "admin/jobs/job/result_default.html"


_TYPES: dict[str, JobType] = {}


def register(kind: str, *, label: str, form, permission: str | None, result_template=None):
    def decorate(function):
        _TYPES[kind] = JobType(
            kind=kind,
            label=label,
            form=form,
            permission=permission,
            run=function,
            **({"result_template": result_template} if result_template else {}),
        )
        return function

    return decorate


def job_type(kind: str) -> JobType:
    return _TYPES[kind]


def job_types() -> list[JobType]:
    return list(_TYPES.values())


def may_start(user, kind: str) -> bool:
    permission = job_type(kind).permission
    return user.is_superuser or (permission is not None and user.has_perm(permission))
