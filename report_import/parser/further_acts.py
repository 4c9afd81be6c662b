"""A person's further act in the comma part or sentence of their first one: which of them is
an item of its own (one item per speaker per act, the settled table) and which tells the same
act on. Read by the agenda pass, which opens the items."""

import re

from .items import Item, find_trigger, items_for
from .people import Participant
from .structure import Clause
from .turn_after_act import turn_told_after
from .verbs import OWN_DIRECTIONS, PASSED_ON

# "X作动员讲话并代表支部报告工作": a second act of the same people in one comma part.
SECOND_ACT = re.compile(r"并(?=代表|向|对|就|作|做|进行|宣读|传达|通报|领学|为|给|带领|与)")
REPORT_FOR = re.compile(r"^代表[^，。；]{1,12}?报告(?![会厅人])")  # "并代表支部报告工作"
# "并代表领导班子作对照检查": the team's self-examination, an act of its own after an account.
TEAM_CHECK = re.compile(
    r"^并?代表[^，。；]{1,14}?(?:作|做|进行)(?:了)?[^，。；]{0,16}?(?:对照检查|对照检视|检视剖析|对照剖析)"
)


def second_act(clause: Clause, at: int, people: list[Participant], kind: str) -> list[Item]:
    """ "X作动员讲话并代表支部报告工作": one comma part, a speech and then an account or a text
    passed on; after a speech or an account, the team's check (`并代表领导班子作对照检查`); other
    pairs are one act told twice (`学习了…并对…进行了部署`), as the field sets file them."""
    if kind in PASSED_ON:
        return _second_passing_on(clause, at, people, kind)
    joined = SECOND_ACT.search(clause.text, at) if kind in ("讲话", "报告") else None
    trigger = _joined_act(kind, clause.text[joined.end() :]) if joined else None
    if not (trigger and people and trigger[1].start() <= 12):
        return []
    if trigger[0] not in ("报告", "传达", "宣读", "其他", "发言"):
        return []
    return items_for(trigger[0], trigger[1], people, clause, 0, joined.end())


def _joined_act(kind: str, after: str) -> tuple | None:
    """The act after 并: the team's 对照检查 after one's account or speech is a 发言 of its own
    (the settled table; S19/09, S20/12); after a speech, also an account or a text passed on."""
    check = TEAM_CHECK.match(after)
    if check:
        return ("发言", check)
    if kind != "讲话":
        return None
    account = REPORT_FOR.match(after)
    if account:
        return ("报告", account)
    trigger = find_trigger(after, meeting_subject=False)
    return trigger if trigger and trigger[0] != "发言" else None


def _second_passing_on(clause: Clause, at: int, people, kind: str) -> list[Item]:
    """ "X领学并解读了《…》": a study and an explanation in one comma part are two acts."""
    joined = clause.text.startswith("并", at)
    trigger = joined and find_trigger(clause.text[at + 1 :], meeting_subject=False)
    if not (trigger and people and trigger[1].start() == 0):
        return []
    if trigger[0] in PASSED_ON and trigger[0] != kind:
        return items_for(trigger[0], trigger[1], people, clause, 0, at + 1)
    return []


def own_act_after_passing_on(current: Item, kind: str, body: str) -> bool:
    """ "X传达了…精神，并对学院工作进行部署": after passing on a text, the speaker's own
    report or speech is an item of its own; so is one's own self-criticism or statement after
    reporting for the branch ("X代表支部汇报了…，并…带头开展自我批评/作个人检查")."""
    passed_on = current.kind in (*PASSED_ON, "宣读", "其他") and kind in ("报告", "讲话")
    own = "自我批评" in body or "个人" in body  # "并带头作个人对照检查发言"
    team_check = TEAM_CHECK.match(body)  # "X汇报了…，代表领导班子作对照检查"
    criticised = current.kind == "报告" and kind == "发言" and (own or team_check)
    goes_on = body.startswith("并") or (criticised and body.startswith(("带头", "代表")))
    # "X传达了…，领学了…，要求…", "X作了解读，就…作了部署": one item per act, 并 or not
    another = current.kind in PASSED_ON and (
        (kind in PASSED_ON and kind != current.kind) or (passed_on and OWN_DIRECTIONS.match(body))
    )
    # "X总结了…工作情况，对今年…提出了五点要求": one's account of work, then one's speech
    account = current.kind == "报告" and not current.lecture
    another = another or (account and kind == "讲话" and OWN_DIRECTIONS.match(body))
    own_act = bool(current.speaker) and (((passed_on or criticised) and goes_on) or another)
    return own_act or turn_told_after(current, kind, body)  # "X领学了…，并…作中心组发言"
