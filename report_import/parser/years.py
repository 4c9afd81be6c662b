"""Where a meeting's year is read from when its date has none: the text's own words for the
year, the years it looks back on, the URL (kept apart from `patterns.py`, near its size limit)."""

import re

# "今年是2023年" / "今年（2023年）…" / "2023年是…开局之年": the text says which year it is.
YEAR_NOW = re.compile(
    r"(?:今年|本年度?)\s*(?:是|为|即|[（(])?\s*((?:19|20)\d{2})\s*年|((?:19|20)\d{2})\s*年是"
)
# A date in the source URL: /2015-03-19/, /20150319/, /2015/0319/, /202304/, /2023/04/ …
URL_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})[-_/]?(1[0-2]|0[1-9])(?:[-_/]?(3[01]|[12]\d|0[1-9]))?(?!\d)"
)
YEAR_REVIEWED = re.compile(
    r"(?:总结|回顾|盘点)(?:了)?[^，。；]{0,8}?((?:19|20)\d{2})\s*年"
    # "围绕2021年度…述职", "召开2022年度组织生活会": the year a yearly review looks back on
    r"|((?:19|20)\d{2})\s*年度[^。]{0,60}?(?:述职|生活会|考核|评议|总结)"
)
YEAR_ANY = re.compile(r"(?<![到至])((?:19|20)\d{2})\s*年")
# "2023年度…述职", "2023年下半年…预审会": held early the next year when the month is early
YEAR_IN_TITLE = re.compile(r"((?:19|20)\d{2})\s*年(度|下半年|秋季学期|第四季度)?")
# "2017年党风廉政建设责任制工作总结", "就2017年的表现…汇报": a year looked back on without 年度;
# not a year a span starts from ("2016年民主生活会以来…总结", "2011年以来…").
YEAR_LOOKED_BACK = re.compile(
    r"((?:19|20)\d{2})\s*年(?![度\d])(?:(?!以来)[^，。；]){0,24}?(?:总结|考核|表现|述职)"
)
# "内科大党发〔2021〕88号": the year of a document's number is a year the text mentions.
DOCUMENT_NUMBER_YEAR = re.compile(r"[〔［\[【]((?:19|20)\d{2})[〕］\]】]\s*第?\d{1,4}\s*号")
# A review's name: held early the next year even when it names its year without 年度.
REVIEW_NAME = re.compile(r"述职|生活会|考核|评议|总结")
# Terms first used on a known day: a report that uses one is not earlier ("习近平文化思想",
# named on 7 October 2023); the earliest year the day can fall after it.
COINED = [(re.compile(r"习近平文化思想"), "2023-10-07")]
# A yearly work meeting may plan the year it names ("2024年度党建工作会议" in March 2024), as its
# name with 年 does; a review (述职, 生活会, 考核, 评议, 总结) looks back on it …
PLANS_ITS_YEAR = re.compile(rf"^(?!.*(?:{REVIEW_NAME.pattern})).*工作(?:会议|会)$")
# … when the text deploys that year: "就2021年度党的建设…重点工作作了…安排", "对2024年的党建工作要点…"
PLANNED_YEAR = re.compile(r"((?:19|20)\d{2})\s*年度?[^，。；]{0,30}?(?:部署|安排|要点|计划|谋划)")
# Years a report names by arithmetic rather than digits (counted in sets 1–9: each form in
# reports of at least two sets). "迎接党的二十大胜利召开": the congress is still to come, so the
# meeting is in the congress's year (二十大 2022, 十九大 2017) …
CONGRESS_AHEAD = re.compile(r"迎接(?:党的|中国共产党)?(?P<n>十九|二十)大(?:的)?(?:胜利)?召开")
CONGRESS_YEARS = {"十九": 2017, "二十": 2022}
# … and "“十五五”开局之年", "“十三五”规划的收官之年": a five-year plan's first or last year
# (十三五 2016–2020, 十四五 2021–2025, 十五五 2026–2030).
PLAN_YEAR = re.compile(r"“?十(?P<n>[三四五六])五”?(?:规划)?(?:的)?(?P<end>开局|收官)之年")
PLAN_START = {"三": 2016, "四": 2021, "五": 2026, "六": 2031}


def years_by_count(text: str) -> list[int]:
    """The years a text names by a congress to come or a five-year plan's first or last year."""
    years = [CONGRESS_YEARS[m.group("n")] for m in CONGRESS_AHEAD.finditer(text)]
    for m in PLAN_YEAR.finditer(text):
        years.append(PLAN_START[m.group("n")] + (0 if m.group("end") == "开局" else 4))
    return years
