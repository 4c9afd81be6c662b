"""The twenty-first round's part on exchange turns (docs/report-parser.md, "Twenty-first round,
exchange turns"): the members' round of a study told as 学习研讨 or 学习和探讨 is the crowd's
exchange (交流). Every sentence here is our own, with invented names and units.
"""

from report_import.parser import parse_report

from .records import agenda

STUDY = (
    "2026年5月14日下午，动物科学学院党委理论学习中心组在学院楼二楼会议室开展集体学习。"
    "学院党委书记韦振华主持学习，学院院长欧阳静及中心组成员参加。"
    "会上，欧阳静传达了学校党委关于加强作风建设的通知精神。"
)
BRANCH = (
    "2026年6月9日上午，园艺学院教工第二党支部在园艺楼108会议室召开支部党员大会。"
    "支部书记孔令萱主持会议，支部全体党员参加。孔令萱领学了学院党代会报告。"
)


def test_a_crowd_that_holds_a_concentrated_study_discussion_exchanges():
    record = parse_report(STUDY + "中心组成员围绕学习内容，联系工作实际进行集中学习研讨。")
    assert agenda(record) == [("传达", "欧阳静"), ("交流", None)]


def test_a_crowd_that_studies_and_explores_a_question_exchanges():
    record = parse_report(BRANCH + "参会人员就如何贯彻落实报告精神进行了深入学习和探讨。")
    assert agenda(record) == [("学习", "孔令萱"), ("交流", None)]


def test_a_crowd_that_studies_and_discusses_exchanges():
    record = parse_report(BRANCH + "与会党员进行了学习研讨。")
    assert agenda(record) == [("学习", "孔令萱"), ("交流", None)]


# Guards: near-misses that must not change ---------------------------------------------------


def test_the_groups_own_study_discussion_in_the_opening_sentence_is_no_item():
    record = parse_report(
        "2026年2月13日上午，校党委理论学习中心组开展集体学习，围绕“从严治党”这一主题开展学习研讨。"
        "校党委书记梁秋实主持学习。梁秋实作总结讲话。"
    )
    assert ("交流", None) not in agenda(record)


def test_a_study_and_discussion_joined_by_and_at_a_self_examination_stays_as_it_was():
    record = parse_report(
        "2026年1月20日上午，机械学院领导班子召开民主生活会。院长方振宇主持会议。"
        "会前，班子成员对照相关要求，结合工作实际，进行深入学习和研讨，认真查摆问题。"
        "会上，方振宇代表班子作对照检查。"
    )
    assert ("交流", None) not in agenda(record)


def test_a_study_of_a_named_document_stays_a_study():
    record = parse_report(BRANCH + "会议还学习了《中国共产党纪律处分条例》。")
    assert ("交流", None) not in agenda(record)
