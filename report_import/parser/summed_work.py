"""One's own or one's unit's work summed up: an account the meeting hears (`报告`).

Settled in session 13 (CONVENTIONS.md, "总结"): a leader's closing 总结 of the meeting (`作总结`,
`总结讲话`, `对本次会议进行总结`) is a speech; an account summing up one's own or one's unit's work
is a report. Sets 18–30 file a named person's 总结 of work as `报告` in all six reports that tell
one (S18/20, S19/21, S20/12, S22/19, S28/23, S30/27); the 总结 of 本次/此次 work or of the
meeting stays the closing speech (S30/27's second, S20/30).
"""

import re

# Not the meeting's own work: "对本次党员评议工作进行了总结", "针对会议开展情况…进行了总结"; nor
# a stage's ("对前一阶段工作进行总结，并对下一阶段工作作出部署" stays a speech, the eleventh round).
_NOT_THE_MEETING = r"(?![^，。；]{0,24}?(?:本次|此次|会议|活动|讲座|学习|阶段|学期))"
# "X总结了2020年学院全面从严治党的工作情况", "X总结了本支部一年来工作成效": the bare verb.
WORK_SUMMED_UP = re.compile(
    rf"^总结(?:了)?{_NOT_THE_MEETING}[^，。；]{{2,30}}?工作(?:的)?(?:完成|开展)?(?:情况|成效|成绩)"
)
# "X对研究生院的工作情况进行总结", "X代表支部对…党建工作作了总结": the 报告 row's match.
_WORK_SUMMED = re.compile(
    rf"^对{_NOT_THE_MEETING}[^，。；]{{1,30}}?工作(?:情况)?(?:进行|作|做)(?:了)?总结$"
)


def summed_work(matched: str) -> bool:
    """The verb's match, from 对 to 总结, sums up work (not the meeting's)."""
    return bool(_WORK_SUMMED.search(matched))


def sums_up_work(rest: str, best: tuple | None) -> tuple | None:
    """The bare verb of someone (not the meeting) who sums up work, when it opens the
    predicate `rest`; else the verb found before (`best`)."""
    m = WORK_SUMMED_UP.match(rest)
    return ("报告", m) if m else best
