"""The agenda on the fifth round's causes (docs/report-parser.md, "Fifth round, agenda"): the
accounts under review at a 述职评议会, a lecture told after the sentence that names it, a
speaker's verb after an honorific, a bare 讲话, the resolution announced. Every sentence here
is our own, with invented names.
"""

from report_import.parser import parse_report

from .records import agenda

REVIEW = "1月9日，化工学院党委召开2024年度党支部书记抓党建工作述职评议会，党委书记闻远主持会议。"
BRANCH = "6月3日，物理学院学生第二党支部召开预备党员转正大会，会议由支部书记常乐主持。"


def test_named_secretaries_who_report_in_turn_at_a_review_meeting_give_their_shuzhi():
    r = parse_report(
        REVIEW + "会上，教工党支部书记司马岚、学生党支部书记欧阳青分别围绕支部建设进行了汇报。"
        "党委书记闻远逐一进行了点评。"
    )
    assert agenda(r) == [("述职", "司马岚"), ("述职", "欧阳青"), ("点评", "闻远")]


def test_units_whose_secretaries_report_at_a_review_meeting_give_each_its_own_shuzhi():
    r = parse_report(
        REVIEW + "会上，材料系党总支、化工系党总支、机关党支部等三个党组织的书记汇报了一年来"
        "抓党建工作情况。闻远进行总结点评。"
    )
    assert agenda(r) == [
        ("述职", "材料系党总支"),
        ("述职", "化工系党总支"),
        ("述职", "机关党支部"),
        ("点评", "闻远"),
    ]


def test_one_leader_explaining_the_review_at_a_review_meeting_still_gives_a_report():
    r = parse_report(REVIEW + "会上，党委副书记秦朗对本次述职评议的考核方式作了说明。")
    assert agenda(r) == [("报告", "秦朗")]


def test_a_lecture_named_by_its_clause_goes_on_in_what_the_lecturer_introduces_and_explains():
    r = parse_report(
        "5月8日下午，化工学院党委举办专题讲座，讲座由校纪委副书记岑立做报告。"
        "讲座伊始，岑立首先介绍了条例的修订背景。随后，岑立详细解读了条例的主要内容。"
    )
    assert agenda(r) == [("报告", "岑立")]


def test_a_lecture_announced_by_an_invitation_is_one_report_where_it_is_told():
    r = parse_report(
        "5月8日下午，化工学院党委召开党纪学习教育大会，邀请校纪委副书记岑立作题为“守纪律”的专题报告。"
        "党委书记闻远主持会议。会议伊始，闻远在讲话中强调了专家辅导的意义。"
        "会上，岑立对条例的主要内容进行了全面系统的解读。他首先介绍了条例的修订历程。"
    )
    assert agenda(r) == [("讲话", "闻远"), ("报告", "岑立")]


def test_a_speakers_verb_right_after_tongzhi_is_read_as_the_act():
    r = parse_report(BRANCH + "会上，党支部组织委员钟秀同志介绍预备党员的培养考察情况。")
    assert agenda(r) == [("报告", "钟秀")]


def test_a_bare_jianghua_after_the_speaker_is_a_speech():
    r = parse_report(BRANCH + "最后，老党员代表庞海同志讲话，勉励新党员不忘初心。")
    assert agenda(r) == [("讲话", "庞海")]


def test_the_chair_announcing_the_resolution_reads_it_out():
    r = parse_report(BRANCH + "经无记名投票表决，支部书记常乐同志宣布决议。")
    assert agenda(r)[-1] == ("宣读", "常乐")


def test_this_committee_meeting_as_subject_is_the_meeting_not_a_speaker():
    r = parse_report(
        "4月9日，化学系学生党支部召开支部委员会会议，会议由支部书记常乐主持。"
        "本次支委会还集体学习了《中国共产党纪律处分条例》。"
    )
    assert agenda(r) == [("学习", None)]


def test_this_study_group_as_subject_is_the_meeting_not_a_speaking_body():
    r = parse_report(
        "4月9日，化工学院党委理论学习中心组召开专题学习会，党委书记闻远主持。"
        "本次中心组集体学习了《中国共产党章程》。"
    )
    assert agenda(r) == [("学习", None)]


def test_the_one_the_meeting_invites_gives_the_report():
    r = parse_report(
        "5月8日，化工学院党委召开党纪学习教育大会。会议特邀市委党校教授尹川作专题报告。"
    )
    assert agenda(r) == [("报告", "尹川")]


def test_two_people_each_called_tongzhi_and_joined_by_he_both_review():
    r = parse_report(
        REVIEW + "纪检委员柏舟同志和组织员韩露同志分别进行了点评，指出了各支部的不足。"
    )
    assert agenda(r) == [("点评", "柏舟"), ("点评", "韩露")]


def test_a_vote_told_with_the_people_present_has_no_speaker():
    r = parse_report(
        BRANCH
        + "支部副书记庞海及支部委员、预备党员、入党积极分子等近60人参加了会议并进行投票表决。"
        "随后，支部副书记庞海作总结讲话。"
    )
    assert agenda(r) == [("表决", None), ("讲话", "庞海")]


def test_the_meeting_adopting_the_election_rules_one_by_one_is_a_vote():
    r = parse_report(
        "4月13日，化工学院党委举行党代会代表选举大会，党委书记闻远主持。"
        "大会依次通过了选举办法、监票人、计票人名单。"
    )
    assert agenda(r) == [("表决", None)]


def test_the_leads_study_that_sums_up_a_meeting_told_act_by_act_is_no_item_of_its_own():
    r = parse_report(
        "9月2日上午，机关第二党支部召开政治理论学习会议，集中学习全国教育大会等重要会议精神。"
        "学习会由支部书记晏平主持。\n"
        "支部党员、副校长苗青作了题为《教育强国》的专题党课。\n"
        "支部书记晏平传达了全国教育大会精神。\n"
        "会议还集中学习了全市组织工作会议精神。"
    )
    assert agenda(r) == [("报告", "苗青"), ("传达", "晏平"), ("学习", None)]


def test_the_leads_study_stays_when_the_report_tells_nothing_else():
    r = parse_report(
        "9月2日上午，机关第二党支部召开政治理论学习会议，集中学习全国教育大会精神。"
        "学习会由支部书记晏平主持。"
    )
    assert agenda(r) == [("学习", None)]


def test_a_secretary_giving_an_account_to_the_members_meeting_reports_once():
    r = parse_report(
        "3月8日，化学系学生党支部召开2024年度组织生活会。"
        "会议伊始，由党支部书记周文涛代表支部委员会向党员大会述职，周文涛对过去一年支部工作进行总结，"
        "并对新的一年支部工作做出规划和安排。"
    )
    # a duty account, as every gold of sets 18-28 files one outside a review (crowd20b)
    assert agenda(r) == [("述职", "周文涛")]


def test_the_chair_who_chairs_and_speaks_with_nothing_more_told_gives_a_speech():
    r = parse_report(
        "11月5日，学校召开全会精神宣讲报告会，市委党校教授钱岳作专题辅导报告。"
        "校党委副书记罗锦明主持会议并讲话。"
    )
    assert agenda(r) == [("报告", "钱岳"), ("讲话", "罗锦明")]


def test_the_one_who_chairs_the_meeting_and_leads_the_study_is_its_chair():
    r = parse_report(
        "3月6日，化工学院党委理论学习中心组召开专题学习会。院党委书记闻远主持会议并领学。"
    )
    assert r["chairs"] == ["闻远"]
