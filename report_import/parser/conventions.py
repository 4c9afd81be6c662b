"""Kinds of agenda items that depend on the kind of meeting, as the archive files them."""

from .items import Item


def as_study_reflections(items: list[Item]) -> None:
    """In a 中心组 study a member's 交流 is a reflection on the study: 发言, as the archive files it."""
    for item in items:
        if item.kind == "交流" and item.speaker:
            item.kind = "发言"


def as_reports_outside_review(items: list[Item]) -> None:
    """A 述职 is an act of its own only at a 述职评议会; told in a 组织生活会 or a branch meeting
    ("代表支部班子作年度述职报告") it is the report the meeting hears."""
    for item in items:
        if item.kind == "述职":
            item.kind = "报告"


def as_supervisors_reviews(items: list[Item], observers: set[str]) -> None:
    """At a 民主生活会 or 组织生活会 the words of someone who sat in to supervise (列席,
    到会指导) are a review of the meeting: 点评."""
    for item in items:
        if item.kind == "讲话" and item.speaker in observers:
            item.kind = "点评"
