"""The other steps of a meeting (the settled table's last row): a film watched, an oath, a visit,
a signing, an award handed, a rating, an account on paper, dues paid, a song — each one `其他`
item, in order, with the one who leads it as speaker when named.

The earlier tables read most of the class (`patterns.TRIGGERS`' ceremonies, `verbs.SONG_SUNG`,
`verbs.WRITTEN_ACCOUNT`); the signing and the award handed had no verb, a film was watched only
with 观看, and the class opened an item only when nothing but 并/进行 or a stance stood before its
verb. Here the class is read whole: its verbs with what they act on, who acts, and where the same
verbs tell no step of the meeting — a purpose, a time before or after it, a leader's
requirements, a caption, the content of a speech.
"""

import re

from . import patterns as pt
from .group_studies import studied_together
from .members import OPENING_ANTHEM
from .people import Participant
from .structure import Clause, Text
from .verbs import CEREMONY_STANCE, VISIT_OR_FILM

# A signing names what is signed ("签订了《…承诺书》", "与各支部签署目标责任书", "在承诺书上签名");
# a signing told without it ("签到") is none.
_SIGNING = (
    r"(?:签订|签署|签下)(?:了)?[^，。；]{0,24}?(?:责任书|责任状|承诺书|保证书|协议书?|倡议书|公约)"
    r"|在[^，。；]{0,24}?(?:承诺书|责任书|倡议书)上(?:郑重)?(?:签名|签字)"
)
# An award handed: 颁奖, 颁证, a flag or a plaque, an honour conferred (not one received before,
# "曾被授予…"), a badge pinned on ("为新党员佩戴党员徽章", "戴上党徽").
_AWARD = (
    r"颁奖|颁证|授旗|授牌|(?<![被曾])授予(?:了)?[^，。；]{0,30}?(?:称号|荣誉|奖)"
    r"|(?:佩戴|戴上)(?:了)?[^，。；]{0,8}?(?:党徽|徽章)"
)
# The meeting deliberating on what it will decide later: "酝酿推荐了…人选", "研究了意识形态工作",
# "研究部署学校学习宣传贯彻意见", "审议了…方案" (not 审议通过, a vote; not 研究决定, a decision).
# Matters it does not name ("会议还研究了其他事项", "研究部署了其他相关工作") are no item (settled
# in session 15, decision 22).
_UNNAMED = r"(?:部署)?(?:了)?(?:其他|其它|相关){1,2}(?:的)?(?:事项|工作|议题)(?=[，。；]|$)"
UNNAMED_MATTERS = re.compile(_UNNAMED)
_DELIBERATION = rf"酝酿(?:提名|推荐)|(?<!学习)研究(?:部署|了)(?!{_UNNAMED})|审议了(?!并?通过)"
OTHER_STEP = re.compile(f"{_SIGNING}|{_AWARD}|{_DELIBERATION}")
SIGNING = re.compile(_SIGNING)
# "集中收看了专题片《…》": a film received is watched (观看, a 学习 verb the members' visit or
# film turns into their own step, `items.items_for`).
FILM_RECEIVED = re.compile(r"收看(?:了)?")
# "X讲话并为获奖党员颁奖": a speech told with the bare verb, before a step of the same person.
SPEECH_THEN_STEP = re.compile(r"^讲话(?=并)")
STEP_TRIGGERS = [("其他", OTHER_STEP), ("学习", FILM_RECEIVED), ("讲话", SPEECH_THEN_STEP)]

# What may stand before a step's verb when it opens a comma part: 并/进行, a stance
# (`verbs.CEREMONY_STANCE`), or whom it is done for ("并为新党员佩戴党徽", "向获奖支部授牌").
_FOR_WHOM = re.compile(r"(?:并|还|再)?(?:为|向|给)[^，。；]{1,16}")
# "李明华与各党小组长签署了目标责任书": the parties to a signing, standing before its verb.
_PARTIES = re.compile(r"[^，。；]{0,24}?(?:与|和|同)[^，。；]{1,24}?(?:分别|逐一|一一|现场|共同)?")

# The sorts of the class: a step told again ("党员们依次参观了…" after the visit was led) goes on
# with its own sort, a step of another sort ("观看结束后，全体党员签订了承诺书") is a step of its own.
_SORTS = [
    re.compile(r"参观|瞻仰|走进|寻访"),
    re.compile(r"观看|收看|视频|影片|专题片|教育片"),
    re.compile(r"宣誓|誓词|领誓"),
    re.compile(r"签订|签署|签下|签名|签字"),
    re.compile(r"颁奖|颁发|颁证|授予|授旗|授牌|佩戴|戴上|表彰"),
    re.compile(r"测评|评议|评测|打分|评分|计票|唱票|监票"),
    re.compile(r"党费"),
    re.compile(r"唱(?!票)|国歌|国际歌"),
    re.compile(r"书面"),
    re.compile(r"默哀|献花|花篮|花圈"),
    re.compile(r"合影"),
    re.compile(r"酝酿|研究|审议"),
]

# Where the class's verbs tell no step of the meeting. A time outside it, opening the sentence
# or the comma part: "会前，全体党员签订了…", "会后，…参观了…", "此前，…", "下一步，…".
_OUTSIDE = re.compile(r"\s*(?:会前|会后|会议召开前|会议前|此前|下一步|今后|下一阶段)")
# A purpose: "旨在引导党员参观校史", "为引导党员签订承诺书、观看警示教育片，…" (为 before a
# verb of aim; 为 before people is whom the step is for, "为新党员佩戴党徽").
_PURPOSE = re.compile(
    r"^(?:为了|旨在|目的是|意在|以期|为(?=进一步|深入|切实|更好|引导|推动|激励|教育|帮助|促使|营造"
    r"|弘扬|传承|纪念|庆祝|迎接|加强|增强|提升|落实|贯彻))"
)
# Before the verb in its comma part: what a leader asks for ("要求大家认真观看…"), or what a
# speaker speaks of ("在讲话中提到参观…的感受", "回顾了支部组织党员观看专题片的经过"); an
# appeal's document is no appeal ("签订倡议书").
_ASKED_OR_TOLD = re.compile(
    r"(?<![的照据按出题体])(?:要求|号召|倡议(?!书)|鼓励|希望|督促|提醒|叮嘱|嘱咐)"
    r"|提到|谈到|讲到|说到|提及|回顾|讲述|说起"
)
# "图为全体党员观看警示教育片": a photo's caption, however long.
_CAPTION = re.compile(r"\s*[（(]?图[为片示：:]")
# A signing whose pledge is read out in its sentence is the reading (宣读), one item, not two;
# a signing of a titled pledge ("会议还签订了年度《党建工作责任书》") is what the record keeps
# under `pledges` (`documents`), with no agenda item, as the shared examples file it.
_READ = re.compile(r"宣读|诵读|朗读|领读")
# How far around a step its sentence is read (a bound: a 200,000-character sentence of steps
# stays linear).
_NEAR = 200
_TITLED_PLEDGE = re.compile(r"《[^》]{1,40}?(?:书|责任状|承诺)》")


def as_step(trigger):
    """ "全体党员参观了…", "X带领大家观看了警示教育片": a visit or a film, read by a study verb
    (`patterns.TRIGGERS`' 学习), is a step of the class, led or not, as the settled table files it."""
    kind, match = trigger
    return ("其他", match) if kind == "学习" and VISIT_OR_FILM.search(match.group()) else trigger


def opens_step(before: str, verb: str) -> bool:
    """ "…，并进行民主测评", "…，全体起立，奏唱《国际歌》", "…，并为新党员佩戴党徽": a step
    of the class opens an item of its own, never part of the speech before it."""
    step = pt.CEREMONY.match(verb) or OTHER_STEP.match(verb) or OPENING_ANTHEM.match(verb)
    stood = (
        pt.OPENS_ACT.fullmatch(before)
        or CEREMONY_STANCE.fullmatch(before)
        or _FOR_WHOM.fullmatch(before)
        or (SIGNING.match(verb) and _PARTIES.fullmatch(before))
    )
    return bool(step and stood)


def between_parties(body: str, verb: str) -> bool:
    """ "学院党委与各党支部签订了《…责任书》": a signing between parties, whose names the pledge
    keeps (`documents`), is the meeting's step with no speaker."""
    at = body.find(verb)
    return bool(SIGNING.match(verb)) and at >= 0 and bool(_PARTIES.fullmatch(body[:at]))


def another_sort(doc: Text, last, new: str) -> bool:
    """Whether a step of the class (its verb, or the words that tell it) is of a sort the step
    before it (`last`, an item) is not."""
    told = doc.text[last.start : min(last.end, last.start + _NEAR)]
    sorts = [sort for sort in _SORTS if sort.search(new)]
    return bool(sorts) and not any(sort.search(told) for sort in sorts)


def steps_apart(doc: Text, last, kind: str, told: str) -> bool:
    """Whether one person's step (`kind`, its words `told`) is not the step before it (`last`)
    told on: a step of the class of another sort, or a study told on together
    (`group_studies`)."""
    other_sort = kind == "其他" and another_sort(doc, last, told)
    return other_sort or studied_together(last.kind, told, kind)


def joined_agent(group: list, clause: Clause, body: str, verb: str) -> list[Participant]:
    """ "韩立群作讲话，并为新党员佩戴党徽": a step joined by 并 to a named person's act in the
    same sentence is that person's, and so are a 传达 and a study told on after the one X leads;
    after 随后 or with the members named it is theirs."""
    current = group[-1] if group else None
    if not (current and current.speaker and current.sentence == clause.sentence):
        return []
    passed_on = verb.startswith("传达")  # "X通报了…，并传达了…精神": X passes it on
    joined = body.startswith(("并", "为", "向", "给")) and (OTHER_STEP.match(verb) or passed_on)
    # "X带领大家重温了…，集体学习了…": the study X leads goes on with X
    led_on = current.kind == "学习" and studied_together("学习", body, "学习")
    if not (joined or led_on):
        return []
    return [Participant(current.speaker, None, [], clause.start, clause.end)]


def not_a_step(doc: Text, clause: Clause, body: str, trigger) -> bool:
    """Whether a verb of the class, in this comma part, tells no step of the meeting."""
    if not trigger:
        return False
    kind, match = trigger
    verb = match.group()
    if kind != "其他" and not (kind == "学习" and VISIT_OR_FILM.search(verb)):
        return False
    s, e = doc.sentences[clause.sentence]
    if _OUTSIDE.match(doc.text, s) or _OUTSIDE.match(body) or _CAPTION.match(doc.text, s):
        return True
    before = body[: max(body.find(verb), 0)]
    if _PURPOSE.match(clause.text) or _ASKED_OR_TOLD.search(before):
        return True
    near = _READ.search(doc.text, max(s, clause.start - _NEAR), min(e, clause.end + _NEAR))
    kept = near or _TITLED_PLEDGE.search(clause.text)
    return bool(SIGNING.match(verb) and kept)


# "观看了…", "并面向党旗宣誓", "又参观了…": a step told as done, not named in a list of steps.
_DONE = re.compile(r"^(?:并|又|还|再|随后|然后|接着)")


def another_step(doc: Text, last, body: str, match: re.Match) -> bool:
    """ "全体党员参观了…，观看了…", "…重温了入党誓词，现场缴纳了…党费": in the sentence of a
    step of the class (`last`), a step of another sort told as done (了 after its verb, or
    并/又/随后 before it) is a step of its own; a step named in a heading's list ("第二单元，瞻仰…，
    重温入党誓词") or after an act of no sort ("听取了…，研究了…") goes on as before."""
    told = doc.text[last.start : min(last.end, last.start + _NEAR)]
    if not any(sort.search(told) for sort in _SORTS):
        return False
    done = "了" in match.group()[:4] or body.startswith("了", match.end()) or _DONE.match(body)
    return bool(done) and another_sort(doc, last, match.group())
