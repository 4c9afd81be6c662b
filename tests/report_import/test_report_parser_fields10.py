"""Tenth round, fields: conventions the field sets' golds share (docs/report-parser.md,
"Tenth round, fields"). Our own sentences and invented names."""

import pytest

from report_import.parser import parse_report


# the school convenes as its committee, 校党委, however the page writes it (seventeenth round:
# the convention of sets 18–20; these were 学校 and 学校党委 as written until then)
@pytest.mark.parametrize(
    "lead",
    [
        "3月25日上午，学校党委在知行楼813室召开2024年度党建工作会议。",
        "1月28日，校党委召开2026年第一次理论学习中心组(扩大)学习会。",
        "8月28日，学校召开党委理论学习中心组2025年度第10次集中学习会议。",
        "11月6日，我校召开校党委理论学习中心组会议。",
        "3月12日上午，我校党委理论学习中心组(扩大)会议在西楼四楼会议室召开。",
    ],
)
def test_a_school_the_page_never_names_convenes_as_its_committee(lead):
    assert parse_report(lead)["host"] == "校党委"


def test_a_school_the_page_names_convenes_under_its_name():
    r = parse_report("3月8日，学校召开党建工作会议。会议强调，北岳科技大学各级党组织要压实责任。")
    assert r["host"] == "北岳科技大学"


@pytest.mark.parametrize(
    ("lead", "host"),
    [
        ("2月8日下午，学院领导班子在四教会议室召开了2017年度民主生活会。", "学院领导班子"),
        ("3月6日，机关党委领导班子召开2024年度民主生活会。", "机关党委领导班子"),
        ("1月9日，化学学院领导班子召开民主生活会。", "化学学院领导班子"),
        ("8月25日，学院班子举行主题教育专题民主生活会。", "学院班子"),
        (
            "2月15日下午，外语学院分党委领导班子2023年度民主生活会在行政楼三楼会议室召开。",
            "外语学院分党委领导班子",
        ),
    ],
)
def test_a_leadership_team_that_convenes_keeps_its_team(lead, host):
    assert parse_report(lead)["host"] == host


def test_a_team_of_no_unit_is_no_host():
    assert parse_report("1月9日，领导班子召开民主生活会。")["host"] is None


@pytest.mark.parametrize(
    "text",
    [
        "9月28日上午，机关第三党支部召开职工政治理论学习会议。支部党员、副校长王东作了题为"
        "《全国教育大会学习体会》的专题党课。",
        "6月22日上午，教工行政党支部召开“两学一做”学习教育集中学习讨论会。会议伊始，"
        "党支部书记薛明给支部成员上了一次党课。",
    ],
)
def test_a_branch_study_given_as_a_lecture_is_a_party_lesson(text):
    assert parse_report(text)["kind"] == "党课"


@pytest.mark.parametrize(
    "text",
    [
        # a 大会 with a lecture at its end stays what it is
        "6月23日下午，学院召开庆祝建党100周年党员教育大会。大会最后，张书记为全体党员上了一堂专题党课。",
        # a study meeting without a lecture
        "6月22日上午，教工行政党支部召开“两学一做”学习讨论会。会议由党支部书记薛明主持。",
    ],
)
def test_a_meeting_with_no_lesson_at_its_heart_keeps_its_kind(text):
    assert parse_report(text)["kind"] == "其他"


@pytest.mark.parametrize(
    ("lead", "title", "kind"),
    [
        (
            "4月24日上午，教工第一党支部召开党员大会，组织开展“学党章、强党性”主题党日活动。",
            "“学党章、强党性”主题党日活动",
            "主题党日",
        ),
        (
            "图书馆党支部于2018年12月11日召开全体党员大会，举行党支部换届选举大会。",
            "党支部换届选举大会",
            "支部党员大会",
        ),
    ],
)
def test_a_members_meeting_held_to_hold_a_named_one_takes_its_name(lead, title, kind):
    r = parse_report(lead)
    assert (r["title"], r["kind"]) == (title, kind)


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        # 进行 tells an act, not a meeting's name
        ("6月5日，图书馆党总支召开全体党员大会，进行党总支委员会的换届选举。", "全体党员大会"),
        ("6月5日，图书馆党支部召开党员大会，讨论发展对象的入党申请。", "党员大会"),
    ],
)
def test_a_members_meeting_that_only_acts_keeps_its_name(lead, title):
    assert parse_report(lead)["title"] == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "学院召开2018年中层党员干部民主生活会\n"
            "1月9日下午，园林学院领导班子在园林楼215会议室召开民主生活会。",
            "2018年中层党员干部民主生活会",
        ),
        (
            "纳米学院2302党支部二月第一次支委会\n"
            "2月23日下午，纳米学院2302党支部支委于学园三138召开支委会。",
            "二月第一次支委会",
        ),
    ],
)
def test_a_headline_naming_the_bodys_meeting_more_fully_gives_the_title(text, title):
    assert parse_report(text)["title"] == title


def test_the_host_is_still_the_bodys_subject_when_the_headline_names_the_meeting():
    r = parse_report(
        "学院召开2018年中层党员干部民主生活会\n"
        "1月9日下午，园林学院领导班子在园林楼215会议室召开民主生活会。"
    )
    assert r["host"] == "园林学院领导班子"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the body's own year wins over a headline without it
        (
            "我院学生第二党支部召开组织生活会暨民主评议党员大会\n"
            "2021年3月11日，我院学生第二党支部召开2020年度组织生活会暨民主评议党员大会。",
            "2020年度组织生活会暨民主评议党员大会",
        ),
        # a headline naming another meeting does not rename the body's
        (
            "校图书馆举行“认真学党章,做合格共产党员”专题党课\n"
            "6月29日下午，图书馆党委在理科馆报告厅召开“两学一做”全体党员学习讨论会。",
            "“两学一做”全体党员学习讨论会",
        ),
    ],
)
def test_the_bodys_name_wins_when_the_headline_is_not_a_fuller_form_of_it(text, title):
    assert parse_report(text)["title"] == title


@pytest.mark.parametrize(
    ("lead", "title", "kind"),
    [
        (
            "9月22日上午，副院长吴明召集后勤部门相关人员开展党风廉政建设集体约谈。",
            "党风廉政建设集体约谈",
            "其他",
        ),
        (
            "1月9日，环境学院2014年度处级单位及处级干部考核工作在3204会议室顺利召开。",
            "2014年度处级单位及处级干部考核工作",
            "述职评议会",
        ),
        (
            "5月24日下午，生命学院教工第二党支部开展党纪学习教育专题组织生活。",
            "党纪学习教育专题组织生活",
            "组织生活会",
        ),
    ],
)
def test_a_meeting_whose_name_ends_in_no_meeting_noun_is_named_by_what_it_convenes(
    lead, title, kind
):
    r = parse_report(lead)
    assert (r["title"], r["kind"]) == (title, kind)


def test_a_clause_with_no_convening_verb_still_gives_no_title():
    assert parse_report("5月24日下午，天气晴好。")["title"] == ""


@pytest.mark.parametrize(
    "lead",
    [
        "4月14日下午，学院党委组织干部参加中心组扩大学习，并就如何将指示精神在学院落细落小落实进行了研究部署。",
        "6月20日下午，党委书记主持召开党委常委会会议，传达省第十一次党代会精神，党代会在济南胜利召开。",
    ],
)
def test_a_manner_after_zai_is_no_venue(lead):
    assert parse_report(lead)["venue"] is None


@pytest.mark.parametrize(
    ("lead", "venue"),
    [
        ("5月7日，支部在行知楼301召开党员大会。", "行知楼301"),
        ("5月7日，支部在思乐斋召开党员大会。", "思乐斋"),
        ("5月7日，支部在罗荣桓故居开展主题党日活动。", "罗荣桓故居"),
        ("5月7日，支部在连江社区召开党员大会。", "连江社区"),
        ("5月7日，支部在延安市召开党员大会。", "延安市"),
        ("5月7日，支部在教学楼A座召开党员大会。", "教学楼A座"),
    ],
)
def test_a_place_that_ends_in_a_room_building_site_or_number_is_a_venue(lead, venue):
    assert parse_report(lead)["venue"] == venue


def test_a_title_in_angle_brackets_convenes_nothing():
    r = parse_report(
        "根据我院<<关于召开2021年度党支部组织生活会的通知>>要求，2022年3月30日下午，"
        "妇产科第一党支部在示教室召开组织生活会及民主评议党员会议。"
    )
    assert r["title"] == "组织生活会及民主评议党员会议"
    assert r["host"] == "妇产科第一党支部"
    assert "关于召开2021年度党支部组织生活会的通知" in r["documents"]


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        ("会议由图书馆学、情报学党支部书记王妞妞主持。", ["图书馆学、情报学党支部书记"]),
        ("省委教育工委、省教育厅第九督导组张克强列席会议。", ["省委教育工委、省教育厅第九督导组"]),
        # two posts stay two titles
        ("校党委副书记、副校长孙宏斌出席会议。", ["校党委副书记", "副校长"]),
    ],
)
def test_a_title_part_without_a_post_shares_the_post_after_it(sentence, titles):
    r = parse_report("3月2日，学院党支部召开党员大会。" + sentence)
    assert [a["titles"] for a in r["attendees"]] == [titles]


def test_a_standing_committee_meeting_under_its_session_numbers_is_a_standing_committee():
    r = parse_report("4月25日上午，校党委书记袁明主持召开了党委常委九届107次会议。")
    assert r["kind"] == "党委常委会"


def test_a_universitys_own_leadership_team_is_named_with_its_university():
    r = parse_report("1月26日，西江师范大学校领导班子在行政楼二楼会议室召开2023年度民主生活会。")
    assert r["host"] == "西江师范大学校领导班子"


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "学院领导王昆欣、陆文、沃斌峰、姚哲峰参加学习。",
            ["王昆欣", "陆文", "沃斌峰", "姚哲峰"],
        ),
        ("副院长杨裕民、党连生、张春阳参加了会议。", ["杨裕民", "党连生", "张春阳"]),
        # a unit after a name stays a unit
        ("本科生院院长吴文华、纪委、监察专员办公室负责同志列席会议。", ["吴文华"]),
    ],
)
def test_a_name_with_a_rare_surname_in_a_run_of_names_is_a_name(sentence, names):
    r = parse_report("3月2日，学院党委召开理论学习中心组学习会。" + sentence)
    assert [a["name"] for a in r["attendees"]] == names
