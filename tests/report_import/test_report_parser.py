"""The report parser, one rule at a time, on short synthetic reports in the genre (no database)."""

import datetime

import pytest

from common import text as text_module
from report_import.parser import clean_report_text, parse_report, parse_report_with_trace
from report_import.parser.lead import kind_of

from .records import agenda, attendee

# ---------------------------------------------------------------- cleaning and garbling repairs


def test_quote_mojibake_before_traditional_character_is_repaired():
    # 校“雙 in GBK slipped by one byte: ? (lost lead byte) ! (a3a1) 半 (b0eb) p (70)
    assert clean_report_text("推動學?!半p一流”建設。") == "推动学校“双一流”建设。"


def test_quote_mojibake_after_another_character_is_repaired():
    assert clean_report_text("實施全?!邦^雁”培育計劃。") == "实施全校“头雁”培育计划。"


def test_quote_mojibake_run_ending_in_a_swallowed_gloss_bracket():
    # An invalid pair swallowed the trail byte of 戰 and the "(" of its pinyin gloss.
    assert clean_report_text("按照學?!皟刹阶邞?zhàn)略”前進。") == "按照学校“两步走战略”前进。"


def test_quote_mojibake_run_that_stays_out_of_step_after_an_invalid_pair():
    # 十 (caae) and 五 (cee5) each lost a byte; both are guessed together from the words they make.
    assert clean_report_text("推進學?!笆?逦濉遍_局。") == "推进学校“十五五”开局。"


def test_quote_mojibake_after_a_glossed_character():
    assert clean_report_text("學(xué)?!半p一流”") == "学校“双一流”"


def test_real_question_and_exclamation_marks_are_left_alone():
    assert clean_report_text("这是为什么?!我们要问。") == "这是为什么？！我们要问。"


def test_pinyin_glosses_are_removed():
    assert clean_report_text("在明向校區(qū)召開(kāi)會議") == "在明向校区召开会议"


def test_traditional_characters_are_folded_to_simplified():
    assert clean_report_text("校黨委書記鄭強出席會議") == "校党委书记郑强出席会议"


def test_doubled_punctuation_is_collapsed():
    assert clean_report_text("会议强调，，要抓落实。。") == "会议强调，要抓落实。"


def test_half_width_commas_between_clauses_become_full_width_but_not_in_numbers_or_times():
    text = clean_report_text("4月3日,我校召开会议;19:00开始,经费1,200元")
    assert text == "4月3日，我校召开会议；19:00开始，经费1,200元"


def test_whitespace_is_stripped_and_paragraphs_kept():
    text = clean_report_text("  校领导 郑 强、王  刚出席会议。\u3000\n\n\n 会议由王刚主持。 ")
    assert text == "校领导郑强、王刚出席会议。\n会议由王刚主持。"


# ---------------------------------------------------------------- title, kind, host, venue


def test_title_and_venue_from_convene_sentence():
    r = parse_report(
        "4月3日，我校在明向校区学生活动中心报告厅召开2022年度党建工作会议，总结全年工作。"
    )
    assert r["title"] == "2022年度党建工作会议"
    assert r["venue"] == "明向校区学生活动中心报告厅"
    assert r["kind"] == "党建工作会议"


def test_title_split_from_host_when_the_meeting_is_the_subject():
    r = parse_report(
        "1月18日下午，北岳科技大学2023年度基层党组织书记抓党建工作述职评议会在行政楼第三会议室举行。"
    )
    assert r["host"] == "北岳科技大学"
    assert r["title"] == "2023年度基层党组织书记抓党建工作述职评议会"
    assert r["venue"] == "行政楼第三会议室"


def test_meeting_body_named_before_the_verb_belongs_to_the_title():
    r = parse_report("3月28日，校党委理论学习中心组举行2023年第3次集体学习。")
    # the school's 校 is the host's, as the session-11 conventions write it (S21/01, S21/25)
    assert r["title"] == "党委理论学习中心组2023年第3次集体学习"
    assert r["host"] == "校党委"
    assert r["kind"] == "理论学习中心组学习"


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("2022年度党建工作会议", "党建工作会议"),
        ("2024年第二次支部党员大会", "支部党员大会"),
        ("第一党支部支委会", "支部委员会"),
        ("第三党小组会", "党小组会"),
        ("“学党史、强信念”专题党课", "党课"),
        ("“追寻红色足迹”主题党日活动", "主题党日"),
        ("2023年度专题组织生活会", "组织生活会"),
        ("2023年度主题教育专题民主生活会", "民主生活会"),
        ("党委理论学习中心组2024年第五次集体学习", "理论学习中心组学习"),
        ("2023年度基层党组织书记抓党建工作述职评议会", "述职评议会"),
        ("全面从严治党暨党风廉政建设工作会议", "全面从严治党工作会议"),
        ("2024年纪检监察工作会议", "全面从严治党工作会议"),
        ("2023年组织工作会议", "组织工作会议"),
        ("第四届委员会第九次全体(扩大)会议", "党委全委会"),
        ("党委常委会2023年第5次会议", "党委常委会"),
        ("2024年迎新工作部署会", "其他"),
    ],
)
def test_meeting_kind_from_title(title, kind):
    assert kind_of(title) == kind


def test_host_we_school_is_the_university_named_in_the_text():
    r = parse_report(
        "3月26日，我校召开2024年全面从严治党工作会议。会议要求，为沧澜理工大学高质量发展提供保障。"
    )
    assert r["host"] == "沧澜理工大学"


def test_host_is_the_convening_unit_before_the_venue():
    r = parse_report(
        "12月6日，燕川理工科技大学电子信息学院党委在信息楼报告厅召开2023年组织工作会议。"
    )
    assert r["host"] == "燕川理工科技大学电子信息学院党委"


def test_host_of_a_college_committee_is_that_college_s_committee():
    r = parse_report(
        "11月2日，学院党委召开理论学习中心组学习会。光电工程学院党委书记马立新主持。"
        "太原理工大学副校长李晋平出席会议并讲话。"
    )
    assert r["host"] == "光电工程学院党委"


def test_host_is_the_convening_school_not_a_college_that_spoke():
    r = parse_report(
        "4月3日，我校召开党建工作会议。光电工程学院、机关党委作交流发言。太原理工大学党委书记郑强讲话。",
        known_orgs=["光电工程学院", "机关党委", "太原理工大学"],
    )
    assert r["host"] == "太原理工大学"


def test_known_organisation_wins_for_the_host():
    r = parse_report("3月26日，我校召开党风廉政建设工作会议。", known_orgs=["沧澜理工大学"])
    # not named in the text: nothing anchors the archive's name, so the school convenes as its
    # committee (校党委, the convention of sets 18–20; seventeenth round)
    assert r["host"] == "校党委"
    r = parse_report(
        "3月26日，我校召开党风廉政建设工作会议。沧澜理工大学全体党员参加。",
        known_orgs=["沧澜理工大学"],
    )
    assert r["host"] == "沧澜理工大学"


def test_venue_after_a_visit_verb():
    r = parse_report("10月20日，海洋工程学院教工第一党支部赴舟山市党史馆开展主题党日活动。")
    assert r["venue"] == "舟山市党史馆"
    assert r["host"] == "海洋工程学院教工第一党支部"


def test_headline_line_gives_way_to_the_lead_sentence():
    r = parse_report(
        "材料学院召开党建工作推进会\n6月30日，江北工程大学材料学院党委在材料楼召开2024年上半年党建工作推进会。"
    )
    assert r["host"] == "江北工程大学材料学院党委"
    assert r["title"] == "2024年上半年党建工作推进会"


# ---------------------------------------------------------------- date and time


def test_full_date_is_taken_as_given():
    assert parse_report("2024年5月16日，学院召开支部党员大会。")["date"] == "2024-05-16"


def test_year_from_publication_date():
    r = parse_report("12月28日，学院召开支部党员大会。", published=datetime.date(2025, 1, 3))
    assert r["date"] == "2024-12-28"  # published early next year: the meeting was last year


def test_year_from_a_year_is_statement_in_the_text():
    r = parse_report(
        "4月3日，我校召开党建工作会议。他强调，2023年是全面贯彻落实党的二十大精神的开局之年。"
    )
    assert r["date"] == "2023-04-03"


def test_year_of_an_annual_review_held_early_the_next_year():
    assert parse_report("4月3日，我校召开2022年度党建工作会议。")["date"] == "2023-04-03"
    assert parse_report("12月6日，学院召开2023年度组织工作会议。")["date"] == "2023-12-06"


def _year(text: str, **kwargs) -> tuple[str | None, str | None]:
    record, trace = parse_report_with_trace(text, **kwargs)
    return record["date"], (trace.get("year") or {}).get("source")


def test_year_written_with_the_date_is_not_inferred():
    record, trace = parse_report_with_trace("2024年5月16日，学院召开支部党员大会。")
    assert record["date"] == "2024-05-16"
    assert trace["year"] == {"source": "text", "inferred": False, "reason": "日期中写明年份"}


def test_year_from_the_meeting_name_comes_before_the_url_and_the_publication_date():
    text = "3月26日，我校召开2023年全面从严治党工作会议。"
    got = _year(text, url="https://x.edu.cn/2015-03-27/1.htm", published=datetime.date(2019, 4, 1))
    assert got == ("2023-03-26", "title")


def test_year_from_this_year_near_a_year():
    assert _year("3月5日，学院召开党建工作会议。今年是2021年，…") == ("2021-03-05", "this-year")


@pytest.mark.parametrize(
    ("url", "date"),
    [
        ("https://news.x.edu.cn/2015-03-19/a.htm", "2015-03-18"),
        ("https://news.x.edu.cn/info/202304/123.htm", "2023-03-18"),
        ("https://news.x.edu.cn/c/2016/0105/c1/page.htm", "2015-03-18"),
    ],
)
def test_year_from_the_source_url_before_the_publication_date(url, date):
    text = "3月18日，学院召开支部党员大会。"
    assert _year(text, url=url, published=datetime.date(2020, 1, 1)) == (date, "url")


def test_year_from_the_publication_date_when_neither_text_nor_url_gives_one():
    text = "3月18日，学院召开支部党员大会。"
    got = _year(
        text, url="https://x.edu.cn/info/1042/9106.htm", published=datetime.date(2022, 3, 20)
    )
    assert got == ("2022-03-18", "published")


def test_month_and_day_alone_keep_the_current_year_and_say_so():
    record, trace = parse_report_with_trace("3月18日，学院召开支部党员大会。")
    today = datetime.date.today()
    year = today.year if (today.month, today.day + 1) >= (3, 18) else today.year - 1
    assert record["date"] == f"{year}-03-18"
    assert trace["year"]["inferred"] and trace["year"]["source"] == "current"
    assert "当前年份" in trace["year"]["reason"]


def test_date_is_none_when_it_cannot_be_found():
    assert parse_report("近日，学院召开党建工作会议。")["date"] is None


@pytest.mark.parametrize(
    ("lead", "time_"),
    [
        ("2024年1月18日下午，", "下午"),
        ("2024年6月18日上午，", "上午"),
        ("2024年5月16日19:00至20:40，", "19:00-20:40"),
        ("2023年10月20日下午3点，", "15:00"),
        ("2024年11月8日晚上7:30，", "19:30"),
        ("2024年11月8日，", None),
    ],
)
def test_time_of_day_after_the_date(lead, time_):
    assert parse_report(lead + "学院党委在报告厅召开组织工作会议。")["time"] == time_


# ---------------------------------------------------------------- people


def test_chair_from_by_clause_with_a_bracket_that_says_chair():
    r = parse_report(
        "4月3日，我校召开党建工作会议。会议由校党委副书记、副校长(主持行政工作)孙宏斌主持。"
    )
    assert r["chairs"] == ["孙宏斌"]
    assert attendee(r, "孙宏斌")["titles"] == ["校党委副书记", "副校长(主持行政工作)"]


def test_chair_from_subject_chairs_clause():
    r = parse_report("3月28日，校党委理论学习中心组举行集体学习。校党委书记高文斌主持学习并讲话。")
    assert r["chairs"] == ["高文斌"]
    # 主持并讲话 with nothing more reported: the chair's speech, as all four field sets file it
    assert agenda(r) == [("讲话", "高文斌")]


def test_recorder():
    r = parse_report(
        "11月8日，第二党支部召开支委会。会议由支部书记韩雪主持，支部宣传委员陆子轩担任记录人。"
    )
    assert r["recorder"] == "陆子轩"
    assert attendee(r, "陆子轩") == {"name": "陆子轩", "titles": ["支部宣传委员"], "role": "参加"}


def test_leaders_list_takes_specific_titles_from_elsewhere():
    r = parse_report(
        "4月3日，我校召开党建工作会议。校领导郑强、孙宏斌、尉安英出席会议。"
        "校党委书记郑强在讲话中指出，要抓好落实。"
    )
    assert attendee(r, "郑强") == {"name": "郑强", "titles": ["校党委书记"], "role": "出席"}
    assert attendee(r, "尉安英")["titles"] == ["校领导"]


def test_titled_list_and_participation_role():
    r = parse_report(
        "12月6日，学院党委召开组织工作会议。学院党委书记江海波、院长冯立出席会议，党支部书记参加会议。"
    )
    assert attendee(r, "冯立") == {"name": "冯立", "titles": ["院长"], "role": "出席"}
    assert r["attendee_groups"] == [{"name": "党支部书记", "role": "参加"}]


def test_attendee_groups_split_on_and_only_between_complete_groups():
    r = parse_report(
        "3月12日，学校召开全面从严治党工作会议。中层干部、纪检监察干部和二级党组织纪检委员参加会议，"
        "党委和行政各部门主要负责人列席。"
    )
    assert r["attendee_groups"] == [
        {"name": "中层干部", "role": "参加"},
        {"name": "纪检监察干部", "role": "参加"},
        {"name": "二级党组织纪检委员", "role": "参加"},
        {"name": "党委和行政各部门主要负责人", "role": "列席"},
    ]


def test_units_share_the_people_noun_of_the_last_group():
    r = parse_report("1月26日，学校召开民主生活会。党委组织部、纪委办公室负责同志列席会议。")
    assert [g["name"] for g in r["attendee_groups"]] == ["党委组织部负责同志", "纪委办公室负责同志"]


def test_leave_with_reason():
    r = parse_report(
        "5月16日，第二党支部召开支部党员大会。正式党员王嘉怡因参加省级学科竞赛、预备党员赵一鸣因身体原因请假。"
    )
    assert attendee(r, "王嘉怡") == {
        "name": "王嘉怡",
        "titles": ["正式党员"],
        "role": "请假",
        "reason": "参加省级学科竞赛",
    }
    assert attendee(r, "赵一鸣")["reason"] == "身体原因"


def test_individual_sitting_in_and_guidance_visit():
    r = parse_report(
        "5月16日，第二党支部召开支部党员大会。发展对象孙可欣和入党积极分子代表列席会议。"
        "省委督导组组长吴建华到会指导。"
    )
    assert attendee(r, "孙可欣") == {"name": "孙可欣", "titles": ["发展对象"], "role": "列席"}
    assert r["attendee_groups"] == [{"name": "入党积极分子代表", "role": "列席"}]
    # a supervisor who comes to guide has no vote: 列席, as the field records file 巡听/督导
    assert attendee(r, "吴建华")["role"] == "列席"


def test_expected_headcount_only_for_branch_meetings():
    text = "11月8日，第二党支部召开支部委员会会议。支部应到委员5人，实到5人。"
    assert parse_report(text)["expected"] == 5
    assert "expected" not in parse_report(text.replace("支部委员会会议", "组织工作会议"))


def test_known_people_win_over_the_patterns():
    # A four-character name without a compound surname, and an untitled name that is also a
    # word (文静, tagged a noun by jieba): the patterns reject both; names from the archive are trusted.
    text = "3月1日，学院召开党建工作会议。阿依古丽、王刚出席会议。\n文静在讲话中指出，要抓落实。"
    plain = parse_report(text)
    assert [a["name"] for a in plain["attendees"]] == ["王刚"]
    assert plain["agenda"] == []
    known = parse_report(text, known_people=["阿依古丽", "文静"])
    assert [a["name"] for a in known["attendees"]] == ["阿依古丽", "王刚", "文静"]
    assert agenda(known) == [("讲话", "文静")]


# ---------------------------------------------------------------- agenda


def test_speech_and_chair_remarks():
    r = parse_report(
        "4月3日，我校召开党建工作会议。会议由孙宏斌主持。\n校党委书记郑强在讲话中指出，要抓好落实。\n"
        "孙宏斌在主持会议时要求，各单位要传达会议精神。"
    )
    assert agenda(r) == [("讲话", "郑强"), ("主持", "孙宏斌")]
    assert r["agenda"][0]["speaker_titles"] == ["校党委书记"]


def test_report_with_its_title():
    r = parse_report(
        "4月3日，我校召开党建工作会议。校党委副书记刘润祥作2022年度学校党建工作报告。"
        "校党委常委、纪委书记许文博作题为《以严的基调推动全面从严治党向纵深发展》的工作报告。"
    )
    assert [(i["kind"], i["speaker"], i["title"]) for i in r["agenda"]] == [
        ("报告", "刘润祥", "2022年度学校党建工作报告"),
        ("报告", "许文博", "以严的基调推动全面从严治党向纵深发展"),
    ]
    assert r["agenda"][1]["documents"] == ["以严的基调推动全面从严治党向纵深发展"]


def test_party_lecture_with_a_quoted_theme_is_a_report():
    r = parse_report(
        "5月16日，支部召开党员大会。随后，周敏以“在学思践悟中坚定理想信念”为题讲授专题党课。"
    )
    assert [(i["kind"], i["speaker"], i["title"]) for i in r["agenda"]] == [
        ("报告", "周敏", "在学思践悟中坚定理想信念")
    ]


def test_reading_out_with_documents():
    r = parse_report(
        "4月3日，我校召开党建工作会议。校党委副书记李晋平在会上宣读了《2022年度基层党建研究项目立项通知》等文件，"
        "文件指出，根据《关于开展项目申报的通知》精神，立项共45项。"
    )
    (item,) = r["agenda"]
    assert (item["kind"], item["speaker"], item["documents"]) == (
        "宣读",
        "李晋平",
        ["2022年度基层党建研究项目立项通知"],
    )
    assert r["documents"] == ["2022年度基层党建研究项目立项通知", "关于开展项目申报的通知"]


def test_interpretation_transmission_and_study():
    r = parse_report(
        "6月18日，学校举行理论学习中心组集体学习。学院党委委员、组织员韦晓宁对《党支部工作考核评价办法》进行了解读。"
        "校党委副书记、校长方晓春传达了全省高校党纪学习教育工作推进会精神。"
        "校党委副书记卢建华领学了《中国共产党纪律处分条例》有关章节，会议集体学习了《中国共产党廉洁自律准则》。"
    )
    assert [(i["kind"], i["speaker"]) for i in r["agenda"]] == [
        ("解读", "韦晓宁"),
        ("传达", "方晓春"),
        ("学习", "卢建华"),
        ("学习", None),
    ]
    assert r["agenda"][1]["title"] == "全省高校党纪学习教育工作推进会精神"
    assert r["agenda"][3]["documents"] == ["中国共产党廉洁自律准则"]


def test_experience_exchange_by_units_with_honours_over_comma_parts():
    r = parse_report(
        "4月3日，我校召开党建工作会议。电气与动力工程学院党委，全省高校“双带头人”教师党支部书记工作室、"
        "材料加工系党支部，第二批全国高校百名研究生党员标兵、光电工程学院学生分别在会上进行了经验交流，"
        "安全系党支部、机关党委科研院党支部作了书面交流。"
    )
    assert [(i["kind"], i["org"], i["speaker_titles"]) for i in r["agenda"]] == [
        ("交流", "电气与动力工程学院党委", []),
        ("交流", "材料加工系党支部", ["全省高校“双带头人”教师党支部书记工作室"]),
        ("交流", "光电工程学院", ["第二批全国高校百名研究生党员标兵"]),
        ("书面交流", "安全系党支部", []),
        ("书面交流", "机关党委科研院党支部", []),
    ]


def test_exchange_by_a_list_of_units_with_and():
    r = parse_report(
        "6月30日，学院党委召开党建工作推进会。金属材料系教工党支部、高分子材料系教工党支部和研究生第三党支部分别作交流发言。"
    )
    assert [i["org"] for i in r["agenda"]] == [
        "金属材料系教工党支部",
        "高分子材料系教工党支部",
        "研究生第三党支部",
    ]


def test_duty_reports_by_a_list_with_a_count_tail_and_reviews():
    r = parse_report(
        "1月18日，学校召开述职评议会。机械工程学院党委书记刘海涛、外国语学院党委书记钟颖等2名二级党组织书记依次述职。"
        "校党委书记杜建民逐一点评。与会人员对述职情况进行了民主测评。"
    )
    assert agenda(r) == [("述职", "刘海涛"), ("述职", "钟颖"), ("点评", "杜建民"), ("其他", None)]
    assert attendee(r, "钟颖") == {"name": "钟颖", "titles": ["外国语学院党委书记"], "role": "参加"}


def test_discussion_speeches_over_comma_separated_people():
    r = parse_report(
        "6月18日，学校举行理论学习中心组集体学习。校党委常委、副校长汪国庆，校党委常委、纪委书记邵敏，"
        "副校长薛丽华先后结合分管工作作研讨发言。"
    )
    assert [(i["kind"], i["speaker"], i["speaker_titles"]) for i in r["agenda"]] == [
        ("发言", "汪国庆", ["校党委常委", "副校长"]),
        ("发言", "邵敏", ["校党委常委", "纪委书记"]),
        ("发言", "薛丽华", ["副校长"]),
    ]


def test_vote_and_decision():
    r = parse_report(
        "5月16日，支部召开党员大会。入党介绍人刘畅、何俊峰分别介绍了孙可欣的培养考察情况。"
        "经与会党员充分讨论，支部有表决权的正式党员16名，采取举手方式进行表决，一致同意接收孙可欣为中共预备党员。"
    )
    assert agenda(r) == [("发言", "刘畅"), ("发言", "何俊峰"), ("表决", None)]
    assert attendee(r, "何俊峰")["titles"] == ["入党介绍人"]
    assert r["decisions"] == ["同意接收孙可欣为中共预备党员"]


def test_plenary_resolutions_are_one_vote_with_both_documents():
    r = parse_report(
        "12月28日，中共北辰工业大学第四届委员会第九次全体会议在学术会堂召开。"
        "会议审议通过了《关于制定发展规划的建议》，表决通过了《关于增补党委委员的决议》。"
    )
    assert r["host"] == "中共北辰工业大学委员会"
    assert [(i["kind"], i["documents"]) for i in r["agenda"]] == [
        ("表决", ["关于制定发展规划的建议", "关于增补党委委员的决议"])
    ]


def test_pronoun_continues_the_speech_and_a_new_speaker_starts_one():
    r = parse_report(
        "1月18日，学校召开述职评议会。会议由马卫东主持。\n校党委书记杜建民在讲话中指出，要抓落实。他强调，要严字当头。"
        "校党委副书记周雅琴强调，要列出整改清单。"
    )
    assert agenda(r) == [("讲话", "杜建民"), ("讲话", "周雅琴")]


# ---------------------------------------------------------------- documents and pledges


def test_pledges_with_parties_and_year_and_not_in_documents():
    r = parse_report(
        "2024年3月12日，学校召开全面从严治党工作会议。会上，校党委分别与机械工程学院党委、文法学院党委签订了"
        "2024年度《党风廉政建设责任书》，与马克思主义学院党委签订了《意识形态工作责任书》。"
    )
    assert r["pledges"] == [
        {
            "title": "党风廉政建设责任书",
            "year": 2024,
            "parties": ["校党委", "机械工程学院党委", "文法学院党委"],
        },
        {"title": "意识形态工作责任书", "year": 2024, "parties": ["校党委", "马克思主义学院党委"]},
    ]
    assert r["documents"] == []


def test_pledges_signed_by_the_meeting_take_the_meeting_year():
    r = parse_report(
        "4月3日，我校召开2022年度党建工作会议。会议还签订了年度《党建工作责任书》和《社会治安综合治理工作责任书》。"
    )
    assert [(p["title"], p["year"], p["parties"]) for p in r["pledges"]] == [
        ("党建工作责任书", 2023, []),
        ("社会治安综合治理工作责任书", 2023, []),
    ]


# ---------------------------------------------------------------- the record and the trace


def test_record_shape_and_source_keeps_the_original_text():
    original = "4月3日,我校在明向校區(qū)召開(kāi)2022年度黨建工作會議。"
    r = parse_report(
        original, published=datetime.date(2023, 4, 6), url="https://example.edu/news/1"
    )
    assert list(r) == [
        "format", "title", "kind", "date", "time", "venue", "host", "chairs", "recorder",
        "attendees", "attendee_groups", "agenda", "documents", "pledges", "decisions",
        "status", "visibility", "source",
    ]  # fmt: skip
    assert (r["format"], r["status"], r["visibility"]) == ("meeting-record/1", "draft", "public")
    assert r["source"] == {
        "text": original,
        "url": "https://example.edu/news/1",
        "published": "2023-04-06",
    }
    assert r["venue"] == "明向校区"


def test_trace_points_each_value_to_its_origin_in_the_cleaned_text():
    record, trace = parse_report_with_trace(
        "4月3日，我校在报告厅召开2022年度党建工作会议。会议由校党委副书记孙宏斌主持。"
        "校党委书记郑强在讲话中指出，要抓好落实。"
    )
    text, fields = trace["text"], trace["fields"]
    title = fields["title"][0]
    assert text[title["start"] : title["end"]] == record["title"]
    assert title["sentence"].startswith("4月3日")
    venue = fields["venue"][0]
    assert text[venue["start"] : venue["end"]] == "报告厅"
    assert text[fields["date"][0]["start"] : fields["date"][0]["end"]] == "4月3日"
    chair = fields["chairs"][0]
    assert "孙宏斌" in text[chair["start"] : chair["end"]]
    speech = fields["agenda"][0]
    assert speech["value"] == "讲话" and "郑强在讲话中" in text[speech["start"] : speech["end"]]
    assert len(fields["attendees"]) == len(record["attendees"])


# ---------------------------------------------------------------- jieba


def test_jieba_is_loaded_once_with_the_project_cache_dir():
    import jieba
    from django.conf import settings

    parse_report("4月3日，我校召开党建工作会议。")
    assert text_module._jieba_ready
    assert jieba.dt.tmp_dir == str(settings.JIEBA_CACHE_DIR)
    dictionary = jieba.dt.FREQ
    parse_report("4月4日，我校召开组织工作会议。")
    assert jieba.dt.FREQ is dictionary  # not re-initialised per call
