"""The sixteenth round's probe of a leader's address (docs/report-parser.md, "Sixteenth round,
agenda: leaders' addresses"): a titled, named leader put into the ways the genre tells an
address, one case a form, each drafted as one 讲话 of that leader; and the near-misses that
tell no address of the meeting. Every sentence here is our own, with invented names and units.
"""

import pytest

from report_import.parser import parse_report

from .records import agenda

HEADLINE = "化学学院召开2026年党风廉政建设工作会议\n\n"
LEAD = (
    "2026年3月10日下午，化学学院党委在综合楼三楼会议室召开2026年党风廉政建设工作会议。"
    "会议由学院党委副书记陈思远主持，学院全体教职工参加。"
)
OTHERS = "会上，纪委委员赵晓东传达了上级文件精神，各系主任分别汇报了本系工作情况。"
# the meeting without a chair named in the lead, for the chair's own forms
UNCHAIRED = (
    "2026年3月10日下午，化学学院党委在综合楼三楼会议室召开2026年党风廉政建设工作会议。"
    "学院全体教职工参加。"
)
DEMAND = "要坚持严的基调，把全面从严治党要求落到实处"

# The leaders: a title before the name, with 同志, a post after the name.
LEADERS = {
    "王建国": ["校党委副书记王建国", "校党委副书记王建国同志", "王建国副书记"],
    "李文华": ["学院党委书记李文华同志", "学院党委书记李文华"],
    "张明远": ["院长张明远"],
}
_SUBJECTS = [(name, subject) for name, subjects in LEADERS.items() for subject in subjects]


def _subject(i: int) -> tuple[str, str]:
    """The i-th case's leader: the forms go round the ways of naming them."""
    return _SUBJECTS[i % len(_SUBJECTS)]


def _ids(forms: list[str]) -> list[str]:
    return [f"form{i:02d}" for i in range(len(forms))]


# Each form of an address, told after the others' reports. "{s}": the leader as the report
# names them first.
FORMS = [
    "{s}作重要讲话。",
    "{s}作了讲话。",
    "最后，{s}作总结讲话。",
    "{s}作动员讲话。",
    "{s}作专题讲话。",
    "{s}发表讲话。",
    "{s}发表了重要讲话。",
    "{s}在会上讲话。",
    "会议最后，{s}讲话。",
    "{s}讲话，强调" + DEMAND + "。",
    "{s}讲话指出，" + DEMAND + "。",
    "{s}讲话强调，" + DEMAND + "。",
    "{s}讲话时要求，全体党员" + DEMAND + "。",
    "{s}在讲话中指出，" + DEMAND + "。",
    "{s}在讲话中强调，" + DEMAND + "。",
    "{s}在总结时指出，" + DEMAND + "。",
    "会议最后，{s}在总结讲话中强调，" + DEMAND + "。",
    "{s}代表学院党委讲话。",
    "{s}代表学院党委作讲话。",
    "{s}作了题为《坚定信心 真抓实干》的讲话。",
    "{s}作了热情洋溢、语重心长的讲话。",
    "{s}对全体教职工提出三点要求：一是提高政治站位；二是压实主体责任；三是加强警示教育。",
    "{s}对做好下一步工作提出了要求。",
    "{s}对青年教师提出殷切期望。",
    "{s}对青年教师寄予厚望。",
    "{s}就做好下一步工作讲了三点意见。",
    "{s}就做好2026年党风廉政建设工作作出部署。",
    "{s}对全年党风廉政建设工作作了部署。",
    "{s}作工作部署。",
    "{s}作动员。",
    "{s}作动员部署。",
    "{s}对巡察工作进行了动员部署。",
    "{s}对本次会议进行了总结。",
    "最后，{s}作总结。",
    "{s}寄语全体教职工，" + DEMAND + "。",
    "{s}勉励全体党员，" + DEMAND + "。",
    "{s}希望全体党员" + DEMAND + "。",
    "{s}号召全体党员" + DEMAND + "。",
    "最后，{s}强调，" + DEMAND + "。",
    "{s}指出，" + DEMAND + "。",
    "{s}充分肯定了学院一年来的工作成效，并指出" + DEMAND + "。",
    "{s}充分肯定了学院一年来的工作成效，强调" + DEMAND + "。",
    "{s}在听取汇报后指出，" + DEMAND + "。",
    "{s}听取大家的汇报后强调，" + DEMAND + "。",
    "{s}认真听取了汇报，并强调" + DEMAND + "。",
    "{s}出席会议并作重要讲话。",
    "{s}作重要讲话。他强调，" + DEMAND + "。",
    # attended, then spoke: in the attendance clause or in the next comma part
    "{s}出席会议并强调，" + DEMAND + "。",
    "{s}出席会议，并强调" + DEMAND + "。",
    "{s}出席会议，并对下一步工作提出要求。",
    "{s}全程参加会议，并作总结讲话。",
    "{s}应邀出席会议，并讲话。",
]


@pytest.mark.parametrize(("i", "form"), list(enumerate(FORMS)), ids=_ids(FORMS))
def test_a_leaders_address_in_each_form_is_one_speech_of_theirs(i, form):
    name, subject = _subject(i)
    items = agenda(parse_report(HEADLINE + LEAD + OTHERS + form.format(s=subject)))
    assert [kind for kind, who in items if who == name] == ["讲话"]
    assert ("传达", "赵晓东") in items  # the others' acts are still read


@pytest.mark.parametrize(
    "told",
    [
        "校党委副书记王建国、院长张明远出席会议并分别讲话。",
        "校党委副书记王建国、院长张明远出席会议，并分别讲话。",
        "校党委副书记王建国、院长张明远先后讲话。",
    ],
)
def test_two_leaders_who_speak_in_turn_are_two_speeches(told):
    items = agenda(parse_report(HEADLINE + LEAD + OTHERS + told))
    assert items[-2:] == [("讲话", "王建国"), ("讲话", "张明远")]


# The chair's own address: "{s}" names the chair, "{n}" the same person again.
CHAIR_FORMS = [
    "{s}主持会议并讲话。",
    "{s}主持会议并作总结讲话。",
    "会议由{s}主持。纪委委员赵晓东传达了上级文件精神。{n}在总结讲话中指出，" + DEMAND + "。",
    "会议由{s}主持。纪委委员赵晓东传达了上级文件精神。最后，{n}强调，" + DEMAND + "。",
    "会议由{s}主持。纪委委员赵晓东传达了上级文件精神。最后，{n}作总结。",
    "{s}主持会议并介绍了会议议程。纪委委员赵晓东传达了上级文件精神。最后，{n}作总结讲话。",
]


@pytest.mark.parametrize(("i", "form"), list(enumerate(CHAIR_FORMS)), ids=_ids(CHAIR_FORMS))
def test_the_chairs_address_is_a_speech(i, form):
    name, subject = _subject(i)
    items = agenda(parse_report(HEADLINE + UNCHAIRED + form.format(s=subject, n=name)))
    assert items[-1] == ("讲话", name)


# After a 点评: the reviewer's own requirements in a further sentence (the fifteenth round).
REVIEW = "各党支部书记依次述职。{s}对各支部书记的述职逐一进行点评。"


@pytest.mark.parametrize(
    "after",
    ["{n}强调，" + DEMAND + "。", "最后，{n}作总结讲话。", "{n}对各支部提出三点要求。"],
)
def test_a_reviewers_address_after_the_review_is_a_speech_of_its_own(after):
    name, subject = _subject(0)
    told = (REVIEW + after).format(s=subject, n=name)
    items = agenda(parse_report(HEADLINE + LEAD + told))
    assert [kind for kind, who in items if who == name] == ["点评", "讲话"]


# Near-misses: no address of the named leader.
GUARDS = [
    "{s}出席会议。纪委委员赵晓东传达了上级文件精神。",  # attends only
    "纪委委员赵晓东宣读了《关于加强作风建设的通知》，文件要求各单位" + DEMAND + "。",
    "纪委委员赵晓东传达了{s}在全校党风廉政建设工作会议上的讲话精神。",
    "与会人员学习了{s}在全校巡察工作动员大会上的重要讲话精神。",
    "纪委委员赵晓东传达了{s}代表学校党委所作讲话的精神。",
    "纪委委员赵晓东传达了上级关于落实学校工作部署的文件精神。{s}出席会议。",
    "{s}出席会议，会上纪委委员赵晓东传达了上级文件精神。",  # attends; another acts
]


@pytest.mark.parametrize(("i", "told"), list(enumerate(GUARDS)), ids=_ids(GUARDS))
def test_a_leader_named_without_an_address_of_theirs_gives_no_speech(i, told):
    name, subject = _subject(i)
    items = agenda(parse_report(HEADLINE + LEAD + told.format(s=subject)))
    assert ("讲话", name) not in items
    assert "讲话" not in [kind for kind, _ in items]


def test_the_chairs_framing_stays_the_chair():
    told = "王建国主持会议并介绍了会议的主要议程。纪委委员赵晓东传达了上级文件精神。"
    items = agenda(parse_report(HEADLINE + UNCHAIRED + told))
    assert items == [("主持", "王建国"), ("传达", "赵晓东")]


def test_a_review_in_its_own_sentence_stays_a_review():
    told = REVIEW.format(s="院长张明远")
    assert [k for k, who in agenda(parse_report(HEADLINE + LEAD + told)) if who == "张明远"] == [
        "点评"
    ]


def test_the_meetings_own_deployment_has_no_speaker():
    told = OTHERS + "会议还对下一步工作作了部署。"
    assert agenda(parse_report(HEADLINE + LEAD + told))[-1] == ("其他", None)


@pytest.mark.parametrize("points", ["三点体会", "两点感悟"])
def test_a_members_counted_points_of_experience_are_no_address(points):
    told = f"会上，党员代表刘晓燕结合教学工作讲了{points}。"
    assert ("讲话", "刘晓燕") not in agenda(parse_report(HEADLINE + LEAD + told))


def test_a_members_view_after_a_comma_part_is_their_turn():
    told = OTHERS + "党员李红结合自身工作，表示要坚持严的基调。"
    assert agenda(parse_report(HEADLINE + LEAD + told))[-1] == ("发言", "李红")
