"""Twenty-ninth round, attendees' posts: a person's second post told where the report names the
person again is kept after the first mention's, and a list label (`领导班子成员`) gives way to a
post told elsewhere (docs/report-parser.md, "Twenty-ninth round, posts"). Our own sentences and
invented names."""

from report_import.parser import parse_report

_LEAD = "2026年5月14日下午，化学学院教工第二党支部在化学楼215会议室开展主题党日活动。"


def _titles(sentences: str) -> dict[str, list[str]]:
    record = parse_report(_LEAD + sentences)
    return {a["name"]: a["titles"] for a in record["attendees"]}


def test_a_post_told_in_a_later_sentence_is_kept():
    titles = _titles(
        "学院副院长温季平出席活动，活动由支部书记柴悦主持。最后，学院党委委员温季平作总结讲话。"
    )
    assert titles["温季平"] == ["学院副院长", "学院党委委员"]


def test_the_chair_s_branch_post_joins_the_lead_s_post():
    titles = _titles("教育处副处长卢彦青出席活动。活动由教工第二党支部书记卢彦青主持。")
    assert titles["卢彦青"] == ["教育处副处长", "教工第二党支部书记"]


def test_a_list_label_gives_way_to_a_post_told_later():
    titles = _titles(
        "学院党政领导班子成员秦望舒出席活动，活动由支部书记柴悦主持。学院党委书记秦望舒作讲话。"
    )
    assert titles["秦望舒"] == ["学院党委书记"]


# guards: what must not change


def test_the_same_post_written_again_adds_nothing():
    titles = _titles(
        "学院党委书记秦望舒出席活动，活动由支部书记柴悦主持。最后，院党委书记秦望舒作讲话。"
    )
    assert titles["秦望舒"] == ["学院党委书记"]


def test_a_post_after_the_name_adds_nothing():
    titles = _titles(
        "学院党委副书记孟绮云出席活动，活动由支部书记柴悦主持。最后，孟绮云书记作讲话。"
    )
    assert titles["孟绮云"] == ["学院党委副书记"]


def test_a_list_label_alone_stays():
    titles = _titles("学院领导班子成员孟绮云、秦望舒出席活动，活动由支部书记柴悦主持。")
    assert titles["孟绮云"] == titles["秦望舒"]


def test_two_posts_of_one_mention_both_stay():
    titles = _titles(
        "校党委副书记、纪委书记卢彦青出席活动，活动由支部书记柴悦主持。最后，卢彦青书记作讲话。"
    )
    assert titles["卢彦青"] == ["校党委副书记", "纪委书记"]


def test_posts_before_a_comma_are_the_same_mention_s():
    titles = _titles(
        "活动由支部书记柴悦主持。会上，巡察组组长、校党委常委，副校长卢彦青同志就如何开展巡察工作"
        "作了深入动员。"
    )
    assert titles["卢彦青"] == ["巡察组组长", "校党委常委", "副校长"]


def test_an_invited_speaker_s_post_before_a_comma():
    titles = _titles(
        "活动由支部书记柴悦主持。讲座邀请江城大学纪委委员，教育集团纪委书记、教授卢彦青担任主讲人。"
    )
    assert titles["卢彦青"] == ["江城大学纪委委员", "教育集团纪委书记", "教授"]


def test_a_clause_before_a_comma_is_no_post():
    titles = _titles("支部召开2026年度组织生活会民主评议党员，支部书记柴悦主持会议。")
    assert titles["柴悦"] == ["支部书记"]
