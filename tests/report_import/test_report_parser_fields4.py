"""The report parser on title, kind, date, venue, attendees and host, written to generalise
beyond the three field sets (docs/report-parser.md, "Fourth round"). Every sentence here is our
own, with invented names; each rule is tried on a variant it must also handle."""

import datetime

import pytest

from report_import.parser import parse_report, parse_report_with_trace

from .records import attendee

# ---------------------------------------------------------------- kinds and titles


@pytest.mark.parametrize(
    ("lead", "kind"),
    [
        ("4月12日下午，化学学院党委在学院楼三楼会议室召开党委会。", "党委全委会"),
        ("3月6日，海川学院党委书记蒋文涛主持召开党委会。", "党委全委会"),
        ("3月12日，北川大学党委召开党委会。", "党委常委会"),
        ("3月12日，校党委召开党委会，研究干部工作。", "党委常委会"),
        ("3月12日，学院党委召开党委常委会。", "党委常委会"),
    ],
)
def test_a_college_s_party_committee_meeting_is_its_plenary_a_university_s_its_standing_committee(
    lead, kind
):
    assert parse_report(lead)["kind"] == kind


@pytest.mark.parametrize(
    ("lead", "kind"),
    [
        # a branch's meeting of its members under plainer names
        ("5月8日，化学学院第一党支部召开全体党员会议。", "支部党员大会"),
        ("5月8日，化学学院第一党支部召开发展党员票决会。", "支部党员大会"),
        ("5月8日，化学学院第一党支部召开预备党员接收会。", "支部党员大会"),
        # the branch's day under its other names
        ("5月8日，化学学院第一党支部开展固定党日活动。", "主题党日"),
        ("5月8日，化学学院第一党支部开展“党员活动日”活动。", "主题党日"),
        # an enlarged sitting written with brackets is still that body's
        ("5月8日，学校召开党委常委（扩大）会议。", "党委常委会"),
        ("5月8日，学校党委召开十三届五次全体（扩大）会议。", "党委全委会"),
        ("5月8日，学院召开党委（扩大）会议。", "党委全委会"),  # 其他 until the 17th round
        ("5月8日，化学学院召开党支部工作考核评议会。", "述职评议会"),
    ],
)
def test_kinds_under_other_names_of_the_same_meeting(lead, kind):
    assert parse_report(lead)["kind"] == kind


@pytest.mark.parametrize(
    ("text", "title", "venue"),
    [
        (
            "9月15日晚，文学院党委书记谷雨在文学楼201报告厅为2022级本科生讲党课。",
            "党课",
            "文学楼201报告厅",
        ),
        (
            "近日，学院党委书记在学院会议室为新发展党员讲授了一堂生动的专题党课。",
            "专题党课",
            "学院会议室",
        ),
        (
            "10月19日下午，学院党委书记卢青在学生活动中心报告厅作了《新党章与青年》为题的政治理论课。",
            "政治理论课",
            "学生活动中心报告厅",
        ),
    ],
)
def test_a_lecture_told_without_convening_names_itself_and_its_room(text, title, venue):
    r = parse_report(text)
    assert (r["title"], r["kind"], r["venue"]) == (title, "党课", venue)
    assert [i["kind"] for i in r["agenda"]] == ["报告"]  # the lecture is still its act


def test_a_lecture_campaign_cited_in_the_purpose_is_not_the_lecture():
    r = parse_report(
        "为落实高校党委书记讲一次思想政治理论课的要求，11月2日，学院党委书记卢青"
        "在学生活动中心报告厅讲授专题党课。"
    )
    assert (r["title"], r["venue"]) == ("专题党课", "学生活动中心报告厅")


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        (
            "5月8日，物理学院第一党支部在学院会议室召开了以“强化政治担当”为主题的组织生活会。",
            "“强化政治担当”主题组织生活会",
        ),
        ("5月8日，物理学院第一党支部召开主题为“守初心”的组织生活会。", "“守初心”主题组织生活会"),
        ("5月8日，物理学院第一党支部开展以“青春向党”为主题的党日活动。", "“青春向党”主题党日活动"),
        (
            "5月8日，由物理学院党委主办的“青春向党”主题党日活动在学院报告厅举行。",
            "“青春向党”主题党日活动",
        ),
    ],
)
def test_a_theme_given_with_the_meeting_leads_its_title(lead, title):
    assert parse_report(lead)["title"] == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "学校召开2024年党建工作会议后，化学学院迅速行动，于3月5日召开学院党建工作推进会。",
            # the writer's 学院 before the name is dropped (the session-11 conventions; the golds
            # of S19/21, S22/07, S25/18: twentieth round, second fields part)
            "党建工作推进会",
        ),
        (
            "继学校党委召开全面从严治党工作会议之后，3月5日，化学学院召开党风廉政建设工作会议。",
            "党风廉政建设工作会议",
        ),
        # 继续教育学院 is a college, not "after"
        ("3月3日，继续教育学院党总支在学院207会议室召开2022年度组织生活会。", "2022年度组织生活会"),
    ],
)
def test_a_meeting_held_before_this_one_is_not_its_name(text, title):
    assert parse_report(text)["title"] == title


def test_the_organiser_named_with_zhuban_is_the_host_not_part_of_the_title():
    r = parse_report("5月8日，由物理学院党委主办的“青春向党”主题党日活动在学院报告厅举行。")
    assert (r["host"], r["venue"]) == ("物理学院党委", "学院报告厅")


def test_a_theory_group_s_study_told_with_jinxing_is_named():
    r = parse_report("5月8日，化学学院党委理论学习中心组进行第三次集体学习。")
    assert (r["title"], r["kind"]) == ("党委理论学习中心组第三次集体学习", "理论学习中心组学习")


# ---------------------------------------------------------------- dates and times


@pytest.mark.parametrize(
    ("lead", "time"),
    [
        ("12月17日下午三点，文学院领导班子召开民主生活会。", "15:00"),
        ("11月7日下午三点半，数学学院党委在明德楼召开专题学习会。", "15:30"),
        ("9月20日星期三晚七点，机械学院学生党支部召开支部大会。", "19:00"),
        ("2020年11月25日星期三16:00，研究生党支部召开支部大会。", "16:00"),
        ("3月9日（星期四）下午2:30，经济学院召开党建工作会议。", "14:30"),
    ],
)
def test_clock_times_in_words_and_after_a_weekday_without_brackets(lead, time):
    assert parse_report(lead, published=datetime.date(2023, 12, 30))["time"] == time


@pytest.mark.parametrize(
    ("lead", "date"),
    [
        ("二〇二三年十二月十八日下午，学校召开领导班子专题民主生活会。", "2023-12-18"),
        ("十一月三十日，学院党委召开党委会。", "2022-11-30"),
    ],
)
def test_a_date_written_in_words_is_read(lead, date):
    assert parse_report(lead, published=datetime.date(2022, 12, 2))["date"] == date


def test_a_year_written_in_words_in_the_meeting_s_name_dates_it():
    r = parse_report("12月18日，学校召开二〇二三年度领导班子民主生活会。")
    assert r["date"] == "2023-12-18"
    assert r["title"] == "二〇二三年度领导班子民主生活会"  # the name keeps its words


@pytest.mark.parametrize(
    "chrome",
    [
        "时间：2024年01月12日 来源：化学学院 点击：120",
        "2024年01月12日 10:20 来源：化学学院",
        "作者：张三 发稿日期：2024-01-12",
    ],
)
def test_a_page_s_dated_byline_is_not_the_meeting_s_date_but_dates_a_yearless_one(chrome):
    r, trace = parse_report_with_trace(
        f"化学学院召开组织生活会\n{chrome}\n化学学院第一党支部召开组织生活会。会议于1月10日下午举行。"
    )
    assert (r["date"], r["time"]) == ("2024-01-10", "下午")
    assert trace["year"]["source"] == "published"


@pytest.mark.parametrize(
    ("lead", "date", "time"),
    [
        (
            "为深入学习贯彻习近平总书记7月1日重要讲话精神，7月5日下午，化学学院党委召开专题学习会。",
            "2023-07-05",
            "下午",
        ),
        (
            "根据学校党委3月2日会议部署，3月10日，化学学院第一党支部召开组织生活会。",
            "2023-03-10",
            None,
        ),
        # with no other date in the sentence, the purpose clause's date is all there is
        ("为落实3月2日会议部署，化学学院第一党支部召开组织生活会。", "2023-03-02", None),
    ],
)
def test_a_date_in_a_purpose_clause_is_another_event_s(lead, date, time):
    r = parse_report(lead, published=datetime.date(2023, 7, 20))
    assert (r["date"], r["time"]) == (date, time)


def test_a_date_in_digits_after_the_text_dates_a_yearless_report():
    r = parse_report("9月5日，化学学院召开新学期第一次党委会。（2022-09-06）")
    assert r["date"] == "2022-09-05"


@pytest.mark.parametrize(
    "lead",
    [
        "2023.11.16，化学学院第一党支部召开组织生活会。",
        "2023-11-16下午，化学学院第一党支部召开组织生活会。",
    ],
)
def test_a_date_in_digits_in_the_lead_sentence_is_the_meeting_s(lead):
    assert parse_report(lead)["date"] == "2023-11-16"


# ---------------------------------------------------------------- venues and hosts


@pytest.mark.parametrize(
    ("lead", "venue", "host"),
    [
        (
            "5月8日，材料学院第一党支部走进红色教育基地，开展“追寻红色足迹”主题党日活动。",
            "红色教育基地",
            "材料学院第一党支部",
        ),
        (
            "5月8日，材料学院第一党支部全体党员前往青松烈士陵园，开展清明祭扫主题党日活动。",
            "青松烈士陵园",
            "材料学院第一党支部",
        ),
    ],
)
def test_a_unit_that_goes_out_holds_its_meeting_where_it_went(lead, venue, host):
    r = parse_report(lead)
    assert (r["venue"], r["host"]) == (venue, host)


@pytest.mark.parametrize(
    "lead",
    [
        "12月5日，化学学院党委在深入调研的基础上召开2023年度民主生活会。",
        "12月5日，化学学院党委在前期广泛征求意见的基础上，召开2023年度民主生活会。",
        "12月5日，化学学院党委在学校党委的统一部署下召开2023年度民主生活会。",
        "12月5日，化学学院党委在认真准备后，召开2023年度民主生活会。",
    ],
)
def test_a_circumstance_after_zai_is_no_venue_and_leaves_the_subject_the_host(lead):
    r = parse_report(lead)
    assert (r["venue"], r["host"]) == (None, "化学学院党委")


@pytest.mark.parametrize(
    ("lead", "host"),
    [
        ("5月8日，学院召开民主生活会。", "学院"),
        ("5月8日，我院在主楼208会议室召开民主生活会。", "学院"),
        ("5月8日，学院党委召开民主生活会。", "学院党委"),
        ("5月8日，学院召开民主生活会，会议要求助力学院高质量发展。", "学院"),
        # the college convenes its own work meeting as its committee (seventeenth round)
        ("5月8日，我院召开党建工作会议，要求建设新时代大学，丰富学院办学层次。", "学院党委"),
        # 与 between two subjects is inside a college's name
        ("1月9日，学院召开考核工作会议。会议要求资源与环境学院全体教职工…", "资源与环境学院"),
    ],
)
def test_a_college_the_text_does_not_name_stays_xueyuan_and_a_phrase_names_no_institution(
    lead, host
):
    assert parse_report(lead)["host"] == host


@pytest.mark.parametrize(
    ("lead", "host"),
    [
        ("本网消息(图/文 朱小燕)我院研究生党支部于11月25日在8208举行党支部大会。", "研究生党支部"),
        ("本网讯（通讯员 王丽）材料学院党委于4月6日召开党建工作会议。", "材料学院党委"),
        (
            "5月20日，生命科学学院研究生党支部以“传承五四精神”为主题开展主题党日活动。",
            "生命科学学院研究生党支部",
        ),
        ("11月15日，化学学院第一党支部通过腾讯会议线上召开组织生活会。", "化学学院第一党支部"),
        ("1月17日上午外国语学院党委组织开展2023年度党支部书记述职评议大会。", "外国语学院党委"),
        ("5月8日，化学学院党委书记王强主持召开党委会。", "化学学院党委"),
        ("1月17上午外国语学院党委召开述职评议大会。", "外国语学院党委"),
        ("12月25日下午，学校机关党总支述职评议会在行政楼101会议室召开。", "机关党总支"),
        (
            "10月28日，学院教工第三党支部（药学支部）在学院会议室开展主题党日活动。",
            "学院教工第三党支部（药学支部）",
        ),
    ],
)
def test_bylines_prepositions_and_a_convening_secretary_leave_the_convening_unit(lead, host):
    assert parse_report(lead)["host"] == host


@pytest.mark.parametrize(
    ("lead", "host"),
    [
        (
            "6月28日，历史学院第二党支部联合图书馆党支部开展主题党日活动。",
            "历史学院第二党支部、图书馆党支部",
        ),
        (
            "4月10日，机械学院教工第一党支部与企业党支部在实训中心开展联学共建活动。",
            "机械学院教工第一党支部、企业党支部",
        ),
        ("9月28日，教工第四党支部联合部门工会开展主题党日活动。", "教工第四党支部"),
        ("12月30日，统战部、教务处联合党支部开展主题党日活动。", "统战部、教务处联合党支部"),
    ],
)
def test_units_that_convene_together_are_the_party_units_among_them(lead, host):
    assert parse_report(lead)["host"] == host


# ---------------------------------------------------------------- attendees


@pytest.mark.parametrize(
    ("text", "name", "titles", "role"),
    [
        (
            "学院党委书记王强同志，院长李明教授，副院长孙丽博士出席会议。",
            "孙丽",
            ["副院长"],
            "出席",
        ),
        (
            "国科大学术副校长、校党委委员吴岳峰院士，以及各位委员参会。",
            "吴岳峰",
            ["国科大学术副校长", "校党委委员", "院士"],  # a rank is a title (seventeenth round)
            "参加",
        ),
        ("党支部书记郑华同志，党员徐静、梁晨参加会议。", "郑华", ["党支部书记"], "参加"),
        ("校党委书记刘彬、校纪委书记王启和出席会议。", "王启和", ["校纪委书记"], "出席"),
        ("党委书记王强、副院长孙丽和钱伟出席会议。", "钱伟", ["副院长"], "出席"),
    ],
)
def test_honorifics_after_names_and_names_after_posts_are_read(text, name, titles, role):
    r = parse_report("5月8日，化学学院召开党建工作会议。" + text)
    assert attendee(r, name) == {"name": name, "titles": titles, "role": role}


@pytest.mark.parametrize(
    ("text", "names", "role"),
    [
        ("出席会议的有：党支部书记郑华，支委陈静、何伟。", ["郑华", "陈静", "何伟"], "出席"),
        (
            "出席会议的是新选举产生的四名支委：张美玲、魏倩倩、赵燕燕、钱芳。",
            ["张美玲", "魏倩倩", "赵燕燕", "钱芳"],
            "出席",
        ),
        (
            "参加会议的有支部书记郑华、组织委员陈静、宣传委员何伟及全体党员。",
            ["郑华", "陈静", "何伟"],
            "参加",
        ),
    ],
)
def test_a_list_after_chuxi_de_you_runs_over_comma_parts(text, names, role):
    r = parse_report("5月8日，化学学院第一党支部召开支部党员大会。" + text)
    assert [(a["name"], a["role"]) for a in r["attendees"]] == [(n, role) for n in names]


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("参会人员有学院领导班子成员和各党支部书记。", ["学院领导班子成员", "各党支部书记"]),
        ("全体教职工参与会议。", ["全体教职工"]),
        # 参与 with no meeting after it is what a speech asks for, not attendance
        ("书记强调，要动员全院党员和师生充分参与。", []),
    ],
)
def test_canhui_renyuan_you_and_canyu_huiyi_name_who_attended(text, groups):
    r = parse_report("5月8日，化学学院召开党建工作会议。" + text)
    assert [g["name"] for g in r["attendee_groups"]] == groups


@pytest.mark.parametrize(
    "business",
    [
        "讨论发展对象程晓为中共预备党员",
        "讨论接收发展对象程晓、吴桐为中共预备党员",
        "同意吸收入党积极分子程晓为发展对象",
    ],
)
def test_a_person_under_discussion_keeps_what_they_are_when_they_speak_later(business):
    r = parse_report(
        f"6月14日下午，数学学院教工第三党支部召开支部党员大会，{business}。会上，程晓汇报了个人思想情况。"
    )
    assert attendee(r, "程晓")["titles"] in (["发展对象"], ["入党积极分子"])


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        # a unit without a post shares the post after it: one office
        (
            "纪委、监察专员办公室综合室副主任石光明参会指导。",
            "石光明",
            ["纪委、监察专员办公室综合室副主任"],
        ),
        (
            "马克思主义学院、人文学院分党委书记赵万里参加会议。",
            "赵万里",
            ["马克思主义学院、人文学院分党委书记"],
        ),
        # two posts stay two titles
        ("党委委员、组织部部长赵虹参加会议。", "赵虹", ["党委委员", "组织部部长"]),
    ],
)
def test_a_unit_written_before_a_post_with_a_dun_is_part_of_that_office(text, name, titles):
    r = parse_report("5月8日，化学学院召开民主生活会。" + text)
    assert attendee(r, name)["titles"] == titles


def test_the_label_before_the_colon_is_each_one_s_title():
    r = parse_report(
        "5月8日，化学学院第一党支部召开支委会。出席会议的是新选举产生的四名支委：张美玲、魏倩倩、赵燕燕、钱芳。"
    )
    assert {tuple(a["titles"]) for a in r["attendees"]} == {("支委",)}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("学院党委组织员孔丽莅临会议进行指导。", "列席"),
        ("学院党委组织员孔丽全程参会并进行指导。", "列席"),
        ("学院党委组织员孔丽到会旁听。", "列席"),
        ("学院党委组织员孔丽出席并作指导。", "出席"),
        ("学院党委组织员孔丽以普通党员身份参会并指导。", "参加"),
    ],
)
def test_who_comes_to_guide_sits_in_unless_attending_or_taking_part_as_a_member(text, role):
    r = parse_report("5月8日，化学学院第一党支部召开组织生活会，" + text)
    assert attendee(r, "孔丽")["role"] == role


def test_people_named_before_a_capacity_attend_in_it():
    r = parse_report(
        "5月8日，学院第一党支部召开组织生活会，本次会议由党支部书记陆海主持，"
        "学院党总支书记王成、副院长李剑认真落实双重组织生活制度，以普通党员身份参加会议。"
    )
    assert attendee(r, "王成") == {"name": "王成", "titles": ["学院党总支书记"], "role": "参加"}
    assert attendee(r, "李剑")["titles"] == ["副院长"]
    assert r["attendee_groups"] == []


def test_the_members_of_a_group_made_up_of_named_people_sit_in():
    r = parse_report(
        "3月1日下午，信息学院党总支召开干部考核述职大会。"
        "机电学院党总支书记胡明远和组织员纪蓉组成的考核工作组莅临指导。"
    )
    assert [(a["name"], a["titles"], a["role"]) for a in r["attendees"]] == [
        ("胡明远", ["机电学院党总支书记"], "列席"),
        ("纪蓉", ["组织员"], "列席"),
    ]


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("学院党委委员全体参加会议。", ["学院党委委员"]),
        ("学院党委书记马强，以及支部全体党员参加了会议。", ["支部全体党员"]),
        ("发展对象王芳及其入党介绍人列席会议。", ["入党介绍人"]),
        ("党支部书记刘洋以及18名党员参加会议。", ["党员"]),
        ("我院全体学生党员参加会议。", ["全体学生党员"]),
        ("党支部书记和副书记参加会议。", ["党支部书记", "党支部副书记"]),
        ("支部领导班子和其他党员参加会议。", ["支部领导班子", "其他党员"]),
    ],
)
def test_groups_are_named_without_joiners_counts_or_closing_words(text, groups):
    r = parse_report("5月8日，化学学院第一党支部召开支部党员大会。" + text)
    assert [g["name"] for g in r["attendee_groups"]] == groups


def test_a_plural_group_before_a_person_is_a_group_not_their_title():
    r = parse_report(
        "1月22日下午，我院在主楼208会议室召开民主生活会。学院全体党政领导、之江校区党工委副书记、"
        "管委会副主任柴明参加了本次民主生活会。柴明在会上作了发言。"
    )
    assert attendee(r, "柴明")["titles"] == ["之江校区党工委副书记", "管委会副主任"]
    assert [g["name"] for g in r["attendee_groups"]] == ["学院全体党政领导"]


# ---------------------------------------------------------------- head-counts


@pytest.mark.parametrize(
    ("text", "expected", "present"),
    [
        ("支部应到党员36人，应到正式党员32人，实到正式党员22人。", 32, 22),
        ("支部十二名正式党员和十五名预备党员到会。", None, 12),
        ("支部共有党员25名，到会正式党员16名。", None, 16),
        # no count in the fourth round; sets 5-7's golds count the members present (eighth round)
        ("支部12名党员参加会议。", None, 12),
    ],
)
def test_the_voting_members_expected_and_present_are_the_counts(text, expected, present):
    r = parse_report("5月8日，化学学院第一党支部召开支部党员大会。" + text)
    assert (r.get("expected"), r.get("present")) == (expected, present)


def test_an_invited_post_keeps_teyao_and_an_invitation_is_no_title():
    r = parse_report(
        "5月8日，学院召开纪委会议。学院纪委委员、特邀监察员参加。"
        "此次会议特邀省委党校教授王军作专题报告。"
    )
    assert [g["name"] for g in r["attendee_groups"]] == ["学院纪委委员", "特邀监察员"]
    assert attendee(r, "王军")["titles"] == ["省委党校教授"]


def test_a_column_number_in_the_url_is_no_year():
    r = parse_report(
        "11月7日，数学学院党委召开专题学习会。",
        url="https://math.example.edu.cn/info/2061/1107.htm",
        published=datetime.date(2023, 11, 9),
    )
    assert r["date"] == "2023-11-07"


def test_a_chair_written_as_a_minutes_field_across_its_colon_chairs():
    r = parse_report(
        "会议时间：2023年11月28日下午\n会议主持：支部书记范毅\n"
        "11月28日下午，物理学院研究生第二党支部召开支部党员大会。"
    )
    assert r["chairs"] == ["范毅"]
