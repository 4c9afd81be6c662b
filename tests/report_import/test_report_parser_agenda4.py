"""The agenda and chairs on the genre's grammar (docs/report-parser.md, "Fourth round, agenda"):
one item per act, what a speaker goes on saying stays with that act, groups named by their part
in the meeting act without a speaker, steps and stages, chairs written in unusual sentences.
Every sentence here is our own; each rule is tried on words other than those it was written from.
"""

import pytest

from report_import.parser import parse_report

from .records import agenda

LEAD = "3月6日下午，数学学院党委在格致楼301室召开全体党员大会，学院党委书记祁远山主持会议。"

# ---------------------------------------------------------------- what a speaker goes on saying


@pytest.mark.parametrize(
    "body",
    [
        "副院长蓝青指出，各支部书记要在支部大会上作专题报告，各党员要结合岗位作交流发言。",
        "副院长蓝青强调：各支部要组织党员进行无记名投票推荐，并开展民主测评。",
    ],
)
def test_what_a_speaker_says_after_zhichu_or_qiangdiao_is_no_act_of_its_own(body):
    assert agenda(parse_report(LEAD + body)) == [("讲话", "蓝青")]


def test_a_new_step_after_a_semicolon_ends_what_the_speaker_said():
    r = parse_report(
        LEAD + "副院长蓝青指出，各支部要抓好落实；支部书记甄萌宣读了《发展党员工作细则》。"
    )
    assert agenda(r) == [("讲话", "蓝青"), ("宣读", "甄萌")]


def test_ta_is_the_last_person_a_subject_named_even_one_who_did_no_listed_act():
    r = parse_report(
        LEAD + "组织员贺川作了题为“支部工作规范”的辅导报告。"
        "副院长蓝青在大会上讲到，规范是支部工作的生命线。她对新党员提出了三点希望。"
    )
    # 辅导 is explaining (解读) outside a 党课: the settled table, read so from round 22 on
    assert agenda(r) == [("解读", "贺川"), ("讲话", "蓝青")]


def test_whose_lecture_it_is_names_the_speaker_of_the_sentences_after():
    r = parse_report(
        "9月3日，外语学院教工党支部开展“书记讲党课”活动，本次党课由学院党委书记韩笑、"
        "副书记巫晴分别主讲。韩笑的党课围绕“青年观”展开，他系统解读了青年工作的重要论述。"
        "巫晴以“师德师风”为题讲授党课，她结合身边案例进行了阐释。"
    )
    assert agenda(r) == [("报告", "韩笑"), ("报告", "巫晴")]


@pytest.mark.parametrize(
    "later",
    [
        "他重点解读了全会提出的新论断，并与大家分享了学习心得。",
        "他围绕三个方面作了深入阐释，最后对青年教师提出了殷切希望。",
    ],
)
def test_a_lecturer_s_explaining_sharing_and_urging_are_the_lecture_going_on(later):
    r = parse_report(LEAD + "随后，特邀专家卓一凡作专题辅导报告。" + later)
    assert agenda(r) == [("报告", "卓一凡")]


def test_a_secretary_s_own_statement_after_the_team_s_report_is_still_an_item_of_its_own():
    r = parse_report(
        "1月9日，学院党委召开2023年度民主生活会。学院党委书记祁远山代表班子作对照检查，"
        "并带头作个人对照检查发言。"
    )
    # the team's check and one's own: two acts, each a 发言 (the settled table)
    assert agenda(r) == [("发言", "祁远山"), ("发言", "祁远山")]


def test_an_invited_lecture_told_again_later_is_one_item_where_it_is_told():
    r = parse_report(
        "5月9日，学院举行学生党员专题报告会。本次报告会邀请法学院教授骆帆作专题报告。"
        "学院党委副书记钟黎主持会议。钟黎在报告会上讲到，青年学生要学深悟透。"
        "随后，骆帆以“法治中国建设”为题作专题报告。"
    )
    assert agenda(r) == [("讲话", "钟黎"), ("报告", "骆帆")]


# ---------------------------------------------------------------- steps and stages


def test_stages_of_an_activity_are_its_steps():
    r = parse_report(
        "6月1日，图书馆党支部开展主题党日活动。活动分两个阶段进行。第一阶段为重温入党誓词，"
        "全体党员面向党旗庄严宣誓。第二阶段为志愿服务，党员们来到社区打扫楼道。"
    )
    assert agenda(r) == [("其他", None), ("其他", None)]


def test_a_stage_names_a_visit_and_a_stage_named_alone_opens_the_act_after_it():
    r = parse_report(
        "6月1日，图书馆党支部开展主题党日活动。活动分两个阶段进行。第一阶段为参观纪念馆，"
        "党员们依次参观了各个展厅。第二阶段，支部书记庞越作交流发言。"
    )
    assert agenda(r) == [("其他", None), ("交流", "庞越")]  # a visit: 其他 (the settled table)


def test_a_step_read_by_a_group_or_a_body_stays_a_step_of_the_programme_told_later():
    r = parse_report(
        "10月8日，物理学院学生党支部召开支部党员大会。会议共有四项议程，第一项议程为奏唱国歌；"
        "第二项议程为入党联系人介绍发展对象情况；第三项议程为支委会报告考察情况；"
        "第四项议程为无记名投票表决。会上，入党联系人对发展对象的表现作了介绍，"
        "支委会报告了考察情况。经无记名投票，大会同意接收一名预备党员。"
    )
    assert agenda(r) == [("其他", None), ("发言", None), ("报告", "支委会"), ("表决", None)]


# ---------------------------------------------------------------- groups named by their part


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("各位申请转正的同志依次上台，围绕一年来的表现作了汇报。", "报告"),  # an account
        ("两名入党培养人分别对发展对象的表现作出评价。", "发言"),
        ("其他班子成员逐一对照检查，相互开展批评。", "发言"),
        ("全体班子成员紧密结合分管工作，逐一对照检查。", "发言"),
    ],
)
def test_a_group_named_by_its_part_in_the_meeting_acts_without_a_speaker(body, kind):
    assert agenda(parse_report(LEAD + body)) == [(kind, None)]


def test_a_group_brought_in_by_bing_you_is_a_new_act_in_the_same_sentence():
    r = parse_report(LEAD + "各位发展对象依次作了汇报，并由入党介绍人分别对其作出评价。")
    assert agenda(r) == [("报告", None), ("发言", None)]


def test_staff_who_rate_act_as_a_group():
    r = parse_report(
        "1月12日，学院召开处级干部考核大会。会上，三名处级干部分别述职。述职结束后，"
        "全体教职工对处级干部的履职情况进行了民主测评。"
    )
    assert agenda(r)[-1] == ("其他", None)


def test_a_name_before_tongzhi_is_that_person_not_a_group():
    r = parse_report(LEAD + "第一党支部的毛晴晴同志介绍了支部的基本情况。")
    assert agenda(r) == [("报告", "毛晴晴")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("学院其他领导干部依次作对照检查。", ("发言", None)),
        ("会上，学院表彰了十名优秀共产党员。", ("其他", None)),
        ("各科室负责人依次汇报了工作。", ("报告", None)),
    ],
)
def test_a_group_of_people_or_the_college_itself_is_no_unit_that_acts(body, expected):
    assert agenda(parse_report(LEAD + body)) == [expected]


# ---------------------------------------------------------------- verbs of the genre


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("副院长蓝青代表学院作2023年度工作总结。", ("报告", "蓝青")),
        ("组织员贺川以党费收缴规范为主题开展专题培训。", ("报告", "贺川")),
        ("校党委副书记严岭对各支部的工作提出了指导和建议。", ("讲话", "严岭")),
        ("最后，由支部书记甄萌做支部大会决议。", ("宣读", "甄萌")),
        ("督导组组长霍敏认为，会议准备充分，查摆问题深刻。", ("讲话", "霍敏")),
        ("参会人员对各支部书记开展了评议。", ("其他", None)),
    ],
)
def test_verbs_of_the_genre_that_open_an_item(body, expected):
    assert agenda(parse_report(LEAD + body)) == [expected]


def test_topics_given_with_yi_wei_ti_are_not_the_verb_even_when_they_name_one():
    r = parse_report(
        "4月2日，学院党委理论学习中心组开展集体学习。中心组成员分别以“解读新质生产力”"
        "“宣讲全会精神”为题作交流发言。"
    )
    assert agenda(r) == [("交流", None)]  # the members' exchange, as record 38 files it


def test_a_supervisor_written_with_the_post_after_the_name_gives_the_review():
    r = parse_report(
        "1月18日，学院党委召开2023年度领导班子民主生活会。学校第二督导组组长霍敏到会指导，"
        "学院党委书记祁远山主持会议。祁远山代表领导班子作对照检查。"
        "霍敏组长认为，此次民主生活会主题鲜明，班子成员之间作了深入交流。"
    )
    assert agenda(r) == [("发言", "祁远山"), ("点评", "霍敏")]


def test_a_unit_s_year_of_work_told_by_its_head_is_a_report():
    r = parse_report(
        "1月5日，化学学院教工党支部召开组织生活会。支部书记尤佳主持会议。"
        "尤佳向全体党员汇报了2023年度党支部的工作。"
    )
    assert agenda(r) == [("报告", "尤佳")]


def test_the_report_named_again_before_zhichu_goes_on():
    r = parse_report(LEAD + "组织委员晏晨代表支委会做年度工作报告。报告也指出了支部工作的不足。")
    assert agenda(r) == [("报告", "晏晨")]


# ---------------------------------------------------------------- sentences and chairs


def test_a_page_that_lost_a_closing_quote_still_ends_its_sentences():
    r = parse_report(
        LEAD + "支部书记甄萌宣读了《关于开展“双报到“活动的通知》。随后，副院长蓝青作动员讲话。"
    )
    assert agenda(r) == [("宣读", "甄萌"), ("讲话", "蓝青")]


def test_two_chairs_of_one_sentence_both_chair():
    r = parse_report(
        "3月1日，学院召开党委会和党政联席会。党委会由学院党委书记祁远山主持，"
        "党政联席会由院长秦朗主持，学院领导班子成员参加。"
    )
    assert r["chairs"] == ["祁远山", "秦朗"]


def test_a_chair_after_an_attendance_that_lost_its_comma_chairs():
    r = parse_report(
        "1月17日，学院党委召开述职评议会。"
        "学院党政领导班子、党委委员和党支部书记参加会议院党委书记祁远山主持会议"
    )
    assert r["chairs"] == ["祁远山"]


def test_the_lecturers_of_a_clause_with_its_own_verb_do_not_chair():
    r = parse_report(
        "5月6日，学院教工党支部开展“院领导讲党课”活动，本次党课由院长秦朗、"
        "党委书记祁远山主讲，支部书记甄萌主持。"
    )
    assert r["chairs"] == ["甄萌"]


def test_the_numbered_points_of_a_speech_are_no_acts_of_their_own():
    r = parse_report(
        LEAD + "副院长蓝青对下一步工作提出四点要求。一是深入学习全会精神；"
        "二是开展一次专题培训；三是组织党员进行交流发言。"
    )
    assert agenda(r) == [("讲话", "蓝青")]


def test_all_members_who_study_a_text_is_the_meeting_s_study_but_a_purpose_is_not():
    r = parse_report(
        "4月9日，学院党委理论学习中心组开展集体学习，深入学习贯彻全会精神。"
        "全体成员深入学习习近平总书记在全国组织工作会议上的重要讲话。"
    )
    assert agenda(r) == [("学习", None)]


def test_tamen_goes_on_with_the_people_of_the_act_before():
    r = parse_report(LEAD + "支部书记甄萌介绍了支部的基本情况，他们还分享了支部的特色做法。")
    assert agenda(r) == [("报告", "甄萌")]


def test_a_chair_written_with_a_slip_of_the_pen_still_chairs():
    r = parse_report("3月2日，机关党总支召开述职大会，会议由机关党总支副书记尤佳支持。")
    assert r["chairs"] == ["尤佳"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the unit's past year summed up by its head: its report
        ("支部书记甄萌对第三党支部全年的工作进行了总结。", ("报告", "甄萌")),
        # a leader who arranges what comes next: a speech
        ("副院长蓝青对下一阶段的工作进行了部署。", ("讲话", "蓝青")),
    ],
)
def test_a_unit_s_past_work_summed_up_is_a_report_and_work_arranged_a_speech(body, expected):
    assert agenda(parse_report(LEAD + body)) == [expected]


def test_acts_told_one_after_another_after_huishang_are_items_of_their_own():
    r = parse_report(
        LEAD + "会上，简要通报了上次会议决定的落实情况，传达学习了全省高校党建工作会议精神，"
        "宣读了《党员教育管理工作条例》。"
    )
    assert agenda(r) == [("报告", None), ("传达", None), ("宣读", None)]


def test_a_sentence_about_the_report_without_an_opening_adverbial_goes_on_with_it():
    r = parse_report(LEAD + "组织员贺川作了专题辅导报告。报告从三个方面展开，深入解读了全会精神。")
    assert agenda(r) == [("解读", "贺川")]  # 辅导 outside a 党课 is 解读 (round 22)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会上，起草组汇报了工作报告征求意见稿的修改情况。", ("报告", "起草组")),
        ("考核组通报了年度考核的安排。", ("报告", "考核组")),
        # every branch is no one unit: the account stands with no speaker (round 23, speakers)
        ("随后，各党支部依次汇报了上半年的工作。", ("报告", None)),
    ],
)
def test_a_working_group_or_a_unit_that_gives_an_account_reports(body, expected):
    assert agenda(parse_report(LEAD + body)) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("首先，支部全体党员们重温了入党誓词。", ("其他", None)),
        ("党支部全体正式党员观看了警示教育片。", ("其他", None)),  # a film no one leads
    ],
)
def test_all_members_of_the_branch_act_as_the_meeting(body, expected):
    assert agenda(parse_report(LEAD + body)) == [expected]


def test_what_a_lecturer_introduces_after_the_lecture_is_the_lecture_going_on():
    r = parse_report(
        LEAD + "接着，组织委员贺川给全体党员上党课，党课的主题是“党章的历史”。"
        "贺老师介绍了党章修改的几个阶段。"
    )
    assert agenda(r) == [("报告", "贺川")]


def test_members_acting_on_a_theme_act_wherever_it_is_told_and_their_rating_is_an_act_of_its_own():
    r = parse_report(
        "5月8日，外语学院教工党支部召开组织生活会。支部书记尤佳主持会议。"
        "接着全体党员围绕“四个意识”，结合本职工作，查找差距，开展批评与自我批评，并进行民主测评。"
    )
    assert agenda(r) == [("发言", None), ("其他", None)]


@pytest.mark.parametrize(
    "body",
    [
        "中心组其他成员结合分管工作，谈了各自的学习体会。",
        "参学人员围绕上述学习内容开展深入研讨。",
    ],
)
def test_members_of_a_study_group_who_discuss_what_they_studied_exchange(body):
    r = parse_report(
        "4月2日，学院党委理论学习中心组开展集体学习。学院党委书记祁远山主持学习。" + body
    )
    assert agenda(r) == [("交流", None)]


def test_the_branch_committee_named_in_full_reports_as_a_body():
    r = parse_report(LEAD + "接着，支部委员会报告了对发展对象的考察情况。")
    assert agenda(r) == [("报告", "支部委员会")]


def test_a_visitor_who_comes_to_guide_the_study_sits_in():
    r = parse_report(
        "10月9日，学院党委理论学习中心组开展集体学习，校党委巡学组组长柏青到会巡学指导。"
    )
    assert [(a["name"], a["role"]) for a in r["attendees"]] == [("柏青", "列席")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("党员代表庞越分享了参观感受。", ("交流", "庞越")),
        ("优秀党员庞越围绕“初心”进行了分享。", ("交流", "庞越")),
        ("第一党支部书记庞越分享了支部建设的经验。", ("交流", "庞越")),
        ("全体党员向烈士纪念碑默哀并敬献花篮。", ("其他", None)),
    ],
)
def test_sharing_feelings_or_experience_is_an_exchange_and_tributes_ceremonies(body, expected):
    assert agenda(parse_report(LEAD + body)) == [expected]


def test_a_secretary_who_leads_the_members_out_attends():
    r = parse_report("4月3日，化学学院党支部赴纪念馆开展主题党日活动，支部书记庞越带队。")
    assert [(a["name"], a["titles"]) for a in r["attendees"]] == [("庞越", ["支部书记"])]


def test_a_speech_and_then_an_account_in_one_comma_part_are_two_acts():
    r = parse_report(LEAD + "会上，副院长蓝青作动员讲话并代表支部报告全年工作。")
    assert agenda(r) == [("讲话", "蓝青"), ("报告", "蓝青")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "组织员贺川带领大家学习了《党员发展工作细则》并对发展工作进行了部署。",
            [("学习", "贺川")],
        ),
        ("副院长蓝青代表支委会作工作报告并进行对照检查。", [("报告", "蓝青")]),
    ],
)
def test_other_pairs_in_one_comma_part_are_one_act_told_twice(body, expected):
    assert agenda(parse_report(LEAD + body)) == expected
