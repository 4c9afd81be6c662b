"""The report parser on the patterns of the field tests (docs/report-parser.md): minutes-like
branch meetings, several speakers in one sentence, kinds, titles, chairs, venues, years and
roles as real reports write them. Every sentence here is our own."""

import pytest

from report_import.parser import parse_report, parse_report_with_trace

from .records import agenda, attendee

# ---------------------------------------------------------------- minutes-like reports (issue 19)


@pytest.mark.parametrize(
    ("text", "expected", "present"),
    [
        ("支部应到20人，实到18人。", 20, 18),
        ("会议应到39名正式党员，实到34名。", 39, 34),
        ("支部应到党员十二人，全体党员参加会议。", 12, 12),
    ],
)
def test_headcounts_of_the_minutes_become_expected_and_present(text, expected, present):
    r = parse_report("5月9日，化工系学生党支部召开支部党员大会。" + text)
    assert (r["expected"], r["present"]) == (expected, present)


def test_headcounts_stay_out_of_meetings_that_are_not_the_three_meetings():
    r = parse_report("5月9日，学院召开党建工作会议。应到20人，实到18人。")
    assert "expected" not in r and "present" not in r


def test_numbered_steps_of_the_minutes_are_agenda_items_in_order():
    r = parse_report(
        "5月9日，化工系学生党支部召开支部党员大会。"
        "会议第一项，主持人周晓宁宣读到会人数；会议第二项，发展对象依次汇报思想和学习情况；"
        "会议第三项，与会正式党员举手表决，全票同意接收其为预备党员。"
    )
    assert r["chairs"] == ["周晓宁"]
    assert agenda(r) == [("主持", "周晓宁"), ("报告", None), ("表决", None)]


def test_first_then_finally_steps_with_unnamed_actors():
    r = parse_report(
        "12月20日，机关党委召开党支部书记述职评议会。首先，各党支部书记逐一现场述职；"
        "随后，机关党委书记陈立伟作点评；最后，与会人员进行民主测评。"
    )
    assert agenda(r) == [("述职", None), ("点评", "陈立伟"), ("其他", None)]


def test_a_list_of_speakers_before_their_verb_gives_one_item_each():
    r = parse_report(
        "10月9日，学院党委理论学习中心组开展集体学习。"
        "何一鸣、林素琴、邵金波等中心组成员结合分管工作，先后交流了学习体会。"
    )
    assert agenda(r) == [("交流", "何一鸣"), ("交流", "林素琴"), ("交流", "邵金波")]
    assert {a["name"] for a in r["attendees"]} == {"何一鸣", "林素琴", "邵金波"}


def test_a_sentence_that_continues_a_speech_stays_with_it():
    r = parse_report(
        "3月2日，学院召开党建工作会议。学院党委书记田文清在讲话中指出，要抓好基层党建。"
        "他强调，要把责任落实到支部。"
    )
    assert agenda(r) == [("讲话", "田文清")]
    assert "把责任落实到支部" in r["agenda"][0]["text"]


def test_a_speaker_named_only_by_a_title_given_before_is_that_person():
    # This raised a TypeError (the first blind run on the second field set stopped on it).
    r = parse_report(
        "3月2日，学院召开党建工作会议。学院党委书记田文清出席会议。"
        "学院党委书记在讲话中指出，要抓好基层党建。"
    )
    assert agenda(r) == [("讲话", "田文清")]


def test_a_chair_who_speaks_and_sums_up_at_the_end_gives_two_speeches():
    # The chair's closing words are a 讲话: no gold of the six field sets files them as 主持.
    r = parse_report(
        "3月2日，学院召开党建工作会议。会议由学院党委书记田文清主持。田文清指出，要抓好基层党建。"
        "组织员马丽汇报了发展党员情况。田文清在会议最后强调，要按期完成整改。"
    )
    assert agenda(r) == [("讲话", "田文清"), ("报告", "马丽"), ("讲话", "田文清")]


def test_fragments_of_a_predicate_are_never_speakers():
    r = parse_report(
        "1月5日，学院党委召开述职评议会。7名支部书记依次向学院党委述职。"
        "院党委书记钱进代表学院领导班子作对照检查。"
    )
    speakers = [s for _, s in agenda(r)]
    assert "向学院党委" not in speakers and "依次向学院党委" not in speakers
    assert all(a["name"] != "班子" for a in r["attendees"])


def test_observers_of_a_study_session_are_listed_as_such():
    r = parse_report("9月3日，学院党委理论学习中心组开展集体学习。校督导组组长方华到会巡听指导。")
    assert attendee(r, "方华")["role"] == "列席"


def test_ceremonial_acts_are_items_of_their_own():
    r = parse_report(
        "7月1日，数学系教工党支部开展主题党日活动。随后，全体党员重温入党誓词。"
        "党支部书记罗佳为受表彰的党员颁发了荣誉证书。"
    )
    assert agenda(r) == [("其他", None), ("其他", "罗佳")]


@pytest.mark.parametrize(
    ("lead", "title", "kind"),
    [
        ("3月5日，我院召开2024年党建工作推进会。", "2024年党建工作推进会", "党建工作会议"),
        (
            "4月2日，机关第三党支部开展了以“赓续红色血脉”为主题的党日活动。",
            "“赓续红色血脉”主题党日活动",
            "主题党日",
        ),
        ("5月6日，数学学院本科生党支部召开党支部大会。", "党支部大会", "支部党员大会"),
        ("3月9日，学校召开上年度领导班子民主生活会情况通报会。", None, "其他"),
    ],
)
def test_meeting_names_and_kinds_of_the_field(lead, title, kind):
    r = parse_report(lead)
    assert r["kind"] == kind
    if title:
        assert r["title"] == title


@pytest.mark.parametrize(
    ("lead", "title", "host"),
    [
        # the meeting's name as the subject, its unit before it
        (
            "2月15日下午，外语学院分党委领导班子2023年度民主生活会在行政楼三楼会议室召开。",
            "2023年度民主生活会",
            # the team convenes (tenth round: seven golds of four sets keep 领导班子)
            "外语学院分党委领导班子",
        ),
        (
            "2021年4月6日，经济学院第二教工党支部党组织生活会在B3-105召开。",
            "党组织生活会",
            "经济学院第二教工党支部",
        ),
        (
            "9月20日，学校二级党组织书记“赋能提质”专题研讨会在图书馆报告厅召开。",
            "二级党组织书记“赋能提质”专题研讨会",
            None,
        ),
    ],
)
def test_a_meeting_named_before_its_verb_keeps_its_unit_apart(lead, title, host):
    r = parse_report(lead)
    assert r["title"] == title
    if host:
        assert r["host"] == host


def test_a_headline_over_two_lines_names_the_meeting_and_the_body_its_place():
    r = parse_report(
        "凝心聚力强党性\n——会计学院教工第三党支部召开十月份组织生活会\n"
        "为加强党员教育，会计学院教工第三党支部根据上级部署，于2023年10月12日在B2-302召开"
        "10月份组织生活会。"
    )
    assert (r["title"], r["venue"]) == ("10月份组织生活会", "B2-302")


def test_a_leader_who_convenes_the_meeting_in_a_room_chairs_it():
    r = parse_report("4月17日，学院党委书记邹晓晴在西区图书馆809会议室主持召开学院党委扩大会议。")
    assert r["chairs"] == ["邹晓晴"]
    assert (r["venue"], r["title"]) == ("西区图书馆809会议室", "学院党委扩大会议")


def test_one_name_standing_for_a_group_gives_one_collective_item():
    r = parse_report(
        "6月26日，学校召开党建工作研讨会。医学院党总支书记张杰等五位同志作了交流发言。"
        "陈思远等5名发展对象依次向大会汇报了思想情况。"
    )
    assert agenda(r) == [("交流", None), ("报告", None)]
    # the one with a post attends; so does the named example of the applicants (the golds of
    # sets 18–20 list them, 6 reports of 3 sets; a sample of 同志 not admitted stays out)
    assert {a["name"] for a in r["attendees"]} == {"张杰", "陈思远"}


def test_numbered_parts_of_a_study_and_a_lecture_called_a_theory_class():
    r = parse_report(
        "1月10日上午，财务处党支部在明德楼229会议室开展主题党日活动。会议由李欣同志主持。\n"
        "一、李欣同志带领全体党员共同认真学习习近平总书记的重要讲话。\n"
        "二、全体与会党员共同学习全国高校党的建设工作会议精神。\n"
        "三、院党委书记吴文澜为学生党员作了《做合格党员》为题的政治理论课。"
    )
    assert agenda(r) == [("学习", "李欣"), ("学习", None), ("报告", "吴文澜")]


def test_professors_who_sit_in_keep_their_posts_and_their_rank():
    # the rank after the name is a title since the seventeenth round (the golds of sets 18–20
    # keep it in 6 reports of 3 sets; set 2's had dropped it as an honorific)
    r = parse_report(
        "6月3日，书院党总支召开党课报告会。化工系党支部书记徐东明教授、书院辅导员南亚琴副教授"
        "列席参会。"
    )
    assert attendee(r, "徐东明") == {
        "name": "徐东明",
        "titles": ["化工系党支部书记", "教授"],
        "role": "列席",
    }
    assert attendee(r, "南亚琴")["titles"] == ["书院辅导员", "副教授"]


def test_the_lead_sentence_is_found_after_a_page_s_byline_lines():
    byline = "".join(
        f"- {k}：{v}\n"
        for k, v in [
            ("文", "王一"),
            ("图", "李二"),
            ("编辑", "张三"),
            ("审核", "赵四"),
            ("来源", "党委组织部"),
            ("时间", "2026-01-15"),
            ("点击", "246"),
        ]
    )
    r = parse_report(
        byline + "1月14日下午，我校2025年度二级党组织书记抓基层党建工作述职评议会议在"
        "图书馆三楼会议室召开。"
    )
    assert r["title"] == "2025年度二级党组织书记抓基层党建工作述职评议会议"
    assert (r["kind"], r["venue"]) == ("述职评议会", "图书馆三楼会议室")


@pytest.mark.parametrize(
    ("lead", "venue"),
    [
        ("3月5日，化工系党支部于实验楼203室召开支部大会。", "实验楼203室"),
        ("3月5日，化工系党支部在腾讯会议上召开线上党员大会。", "腾讯会议"),
        ("3月5日，两个支部分别在求是楼会议室和312教室召开大会。", "求是楼会议室、312教室"),
        ("化工系党支部于3月5日召开支部大会。", None),
    ],
)
def test_venue_markers_other_than_zai(lead, venue):
    assert parse_report(lead)["venue"] == venue


def test_a_day_list_gives_its_first_day():
    r = parse_report("2023年5月10、11日，两个学生党支部分别召开接收预备党员大会。")
    assert r["date"] == "2023-05-10"


def test_year_of_a_yearly_review_named_in_the_body():
    r = parse_report(
        "1月9日下午，学院党委召开党委扩大会议。各支部书记围绕2023年度党建工作进行述职。"
    )
    assert r["date"] == "2024-01-09"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a campaign studied across a new year: the day falls inside its span
        ("1月10日，化学系党支部召开组织生活会，总结党史学习教育成效。", "2022-01-10"),
        ("12月2日，化学系党支部召开组织生活会，推进党史学习教育。", "2021-12-02"),
        # a plenum studied the next year
        ("6月3日，学院党委召开专题会议，学习十九届六中全会通过的历史决议。", "2022-06-03"),
        ("4月17日，学院党委部署开展党纪学习教育。", "2024-04-17"),
        # an anniversary: the event's year plus the count
        ("10月9日，历史系党支部开展纪念辛亥革命一百一十周年主题党日活动。", "2021-10-09"),
        ("8月20日，学院党委召开纪念邓小平同志诞辰120周年座谈会。", "2024-08-20"),
    ],
)
def test_year_from_a_campaign_plenum_or_anniversary_the_report_names(text, date):
    record, trace = parse_report_with_trace(text)
    assert record["date"] == date
    assert trace["year"]["source"] == "event" and trace["year"]["inferred"]


def test_a_year_the_text_mentions_later_than_its_campaign_wins():
    text = "6月3日，学院党委召开专题会议，学习十九届六中全会精神，部署2023年工作。"
    record, trace = parse_report_with_trace(text)
    assert (record["date"], trace["year"]["source"]) == ("2023-06-03", "mentioned")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2022920日，学校召开二级党组织书记研讨会。", "2022-09-20"),
        ("1029日下午，学院党委召开中心组学习会，部署2024年工作。", "2024-10-29"),
        ("417日，学院党委召开党建工作会议，部署2020年工作。", "2020-04-17"),
        ("71日，支部书记为全体党员讲授党课，部署2021年工作。", "2021-07-01"),
    ],
)
def test_a_page_that_lost_its_year_and_month_characters_still_gives_the_date(text, date):
    assert parse_report(text)["date"] == date


def test_a_short_form_of_a_name_is_the_person_named_in_full_before():
    r = parse_report(
        "4月2日，数学系教工党支部召开支部党员大会。组织委员童晓鸥讲授专题党课。"
        "童老师从三个方面作了讲解，随后介绍了支部工作计划。"
    )
    assert {a["name"] for a in r["attendees"]} == {"童晓鸥"}


def test_chairs_listed_over_two_comma_parts_are_all_chairs():
    r = parse_report(
        "2023年5月10日，三个学生党支部召开支部党员大会。"
        "会议分别由第一党支部书记严雪梅，第二党支部书记卜文博和第三党支部书记柯子健主持。"
    )
    assert r["chairs"] == ["严雪梅", "卜文博", "柯子健"]
    assert attendee(r, "严雪梅")["titles"] == ["第一党支部书记"]


def test_a_committee_reports_as_a_body_and_a_leader_leads_an_act():
    r = parse_report(
        "5月9日，化工系学生党支部召开支部党员大会。支委会报告了对发展对象的审查情况。"
        "全体党员在支部书记钟慧老师的领誓下重温入党誓词。"
    )
    assert agenda(r) == [("报告", "支委会"), ("其他", "钟慧")]
    assert attendee(r, "钟慧")["titles"] == ["支部书记"]


def test_leaders_who_attended_as_a_group_attended_as_chief_guests():
    r = parse_report(
        "2月27日，体育学院召开党建工作会议。学院全体领导班子成员出席会议。"
        "学院党委书记秦雅文在讲话中指出，要抓好落实。"
    )
    assert attendee(r, "秦雅文")["role"] == "出席"


def test_a_short_title_after_the_full_one_is_not_another_document():
    r = parse_report(
        "3月1日，学院党委召开党支部书记例会。会议学习了《中国共产党纪律处分条例》，"
        "要求全体党员遵守《条例》各项规定。"
    )
    assert r["documents"] == ["中国共产党纪律处分条例"]


def test_a_programme_listed_in_one_sentence_gives_one_item_a_step():
    r = parse_report(
        "6月3日，材料系学生党支部召开支部党员大会。会议按照宣读《入党志愿书》、入党介绍人评议、"
        "支委会代表评议、无记名投票、发展对象表态五项议程进行。最后经无记名投票表决，一致同意接收。"
        "党支部书记蓝天作总结发言。"
    )
    assert agenda(r) == [
        ("宣读", None),
        ("发言", None),
        ("发言", "支委会"),
        ("表决", None),
        ("发言", None),
        ("讲话", "蓝天"),
    ]
    assert r["agenda"][0]["documents"] == ["入党志愿书"]


def test_the_label_after_a_list_of_names_is_each_one_s_title():
    r = parse_report(
        "10月9日，学院党委理论学习中心组开展集体学习。"
        "何一鸣、林素琴、邵金波等中心组成员结合分管工作，先后交流了学习体会。"
    )
    assert attendee(r, "林素琴")["titles"] == ["中心组成员"]


def test_a_leader_who_attends_and_chairs_is_a_chief_guest_and_the_chair():
    r = parse_report("3月12日，校党委理论学习中心组召开会议，党委书记孙立明出席并主持会议。")
    assert r["chairs"] == ["孙立明"]
    assert attendee(r, "孙立明") == {"name": "孙立明", "titles": ["党委书记"], "role": "出席"}


def test_what_a_leader_heard_is_not_what_the_leader_did():
    r = parse_report(
        "1月12日，学院党委召开党支部书记述职评议会议。各党支部书记逐一述职。"
        "学院党委书记杨立成认真听取了现场述职报告，结合各支部工作实际逐一进行了点评。"
    )
    assert agenda(r) == [("述职", None), ("点评", "杨立成")]


def test_one_report_told_over_several_sentences_is_one_item():
    r = parse_report(
        "3月26日，学生处党支部召开组织生活会。会上，支部书记王德林代表支部作年度工作报告。"
        "随后，他就支部存在的问题作了详细报告。"
    )
    assert agenda(r) == [("报告", "王德林")]


def test_an_election_a_study_of_a_document_and_an_oath_led_from_the_clause_before():
    r = parse_report(
        "11月7日，研究生第一党支部召开党支部大会，会议由支部书记文红主持。"
        "会议伊始，文红介绍了本次会议目的及到会情况。其次，全体参会人员通过无记名差额选举产生了新支委。"
        "在高晓欣同志的领誓下，全体党员面向党旗进行了入党宣誓。最后全体党员在线学习《中国共产党党徽党旗条例》。"
    )
    assert agenda(r) == [("主持", "文红"), ("表决", None), ("其他", "高晓欣"), ("学习", None)]
