"""The agenda pass: items in order, clause by clause — a subject, then the first agenda verb.

A clause without a subject continues the item before it (its text, and its documents when it
repeats the verb: "宣读了《A》，并宣读了《B》"); a subject list may run over several comma parts
("A学院党委，称号、B党支部，…分别作交流").
"""

from dataclasses import dataclass

from . import act_named_again, other_steps, own_checks, review_then_directions
from . import patterns as pt
from .actors import actors
from .acts import demands
from .addresses import attendees_going_on
from .adverbs import subject_before_adverb
from .aside import beside_the_meeting, crowd
from .comma_lists import comma_participants, turns_after_list
from .crowd import crowd_turn
from .further_acts import own_act_after_passing_on, second_act
from .heard_reports import heard_report
from .items import (
    NEXT_STEP,
    Item,
    clause_trigger,
    find_trigger,
    for_the_team,
    items_for,
    lecturing,
    modifier_before,
    opens_next_step,
    same_act,
    team_report,
)
from .kinds_settled import settle_kinds
from .members import criticism_of_turns
from .oaths import oaths
from .other_steps import (
    another_sort,
    another_step,
    as_step,
    between_parties,
    joined_agent,
    not_a_step,
    opens_step,
)
from .people import (
    Participant,
    PersonRef,
    Registry,
    Subject,
    parse_subject,
    participants,
)
from .reading import Reading
from .scope import caption, preparation, second_meeting
from .second_accounts import second_account
from .speakers import (
    by_prefix,
    by_title,
    chair_opens,
    count_prefix,
    full_name,
    implied_items,
    in_order_held,
    invited_subject,
    label_after_list,
    labelled,
    named_group,
    owner_prefix,
    role_group,
    roles_only,
    unnamed_actors,
    vote_not_subject,
    weak_trigger,
)
from .steps import (
    ORDINAL,
    numbered_step,
    programme_items,
    retold_step,
    step_item,
    step_kind,
    without_lead_summary,
)
from .structure import Clause, Found, Text, strip_adverbials, strip_leader
from .unread_acts import unread_acts
from .verbs import CHAIR_WORDS, OWN_DIRECTIONS, PASSED_ON, WRITTEN_ACCOUNT
from .votes import names_the_elected, sentence_item


@dataclass
class Agenda:
    items: list[Item]
    registry: Registry
    mentions: list[PersonRef]  # people the agenda named with titles
    members: list[Participant]  # people named for a group ("张杰等五位同志"), not as speakers


def read_agenda(
    doc: Text,
    registry: Registry,
    *,
    used: set[int],
    chairs: list[PersonRef],
    title: Found | None,
    mentions: list[PersonRef],
    implied: list[tuple[PersonRef, str]],
) -> Agenda:
    r = Reading(doc, registry.copy(), {c.name for c in chairs}, title, list(mentions))
    end = second_meeting(doc, title)
    for index, clause in enumerate(doc.clauses):
        if clause.start >= end:
            break  # "学习活动后，学院召开教职工大会": another meeting, told afterwards
        skipped = (
            index in used
            or caption(doc, clause)
            or preparation(doc, clause)
            or beside_the_meeting(doc, clause, (title.value or "") if title else "")
        )
        if (_said(r, clause) or _point_of_speech(r, clause)) and not skipped:
            _continue(r, clause)  # "X强调，…": what X said is no act of its own
            continue
        _read_clause(r, clause, skipped)
        if pt.SAYS.search(clause.text) or demands(clause.text):
            r.quoting = clause.sentence
    items = review_then_directions.split_off(r.items, doc)
    items += implied_items(doc, items, implied)  # a speech split off already is implied no more
    items = without_lead_summary(doc, items, title.start if title else None)
    items.sort(key=in_order_held)
    settle_kinds(items, doc, r.chairs)
    chair_opens(items, r.chairs)
    items = sorted(items + unread_acts(doc, items, r.registry, used, title), key=in_order_held)
    items = sorted(items + oaths(doc, items, used, title), key=in_order_held)
    return Agenda(items, r.registry, r.mentions[len(mentions) :], r.members)


def _said(r: Reading, clause: Clause) -> bool:
    """A comma part after a verb of saying, up to the sentence's end or its next `；`-step."""
    if r.quoting != clause.sentence:
        return False
    if r.doc.text[clause.start - 1] == "；" and _next_step(r, clause):
        r.quoting = -1
        return False
    return True


def _next_step(r: Reading, clause: Clause) -> bool:
    """ "X强调，要…；深刻学习领会…的部署": a `；` goes on with what X said, unless the part after
    it opens with a step ("会议第三项，…", "随后") or names who acts next ("；Y指出，…")."""
    if strip_adverbials(clause.text) or numbered_step(r.doc, clause):
        return True
    return parse_subject(clause.text, r.registry).kind in ("people", "meeting", "pronoun")


def _point_of_speech(r: Reading, clause: Clause) -> bool:
    """ "他提出了六点希望，一是深入学习…；二是…": a numbered point of the speech before."""
    current = r.group[-1] if r.group else None
    speech = current and current.speaker and current.kind in ("讲话", "点评", "报告")
    if not (speech and pt.SPEECH_POINT.match(clause.text)):
        return False
    # "一是…汇报…；二是X介绍…情况；三是…表决": told as a numbered step, the act is one step
    # of the meeting and the next number its next step, not a point of what X said
    s, _ = r.doc.sentences[current.sentence]
    return not ORDINAL.search(r.doc.text, s, current.start)


def _read_clause(r: Reading, clause: Clause, used: bool) -> None:
    if r.group and clause.paragraph != r.group[-1].paragraph:
        r.group = []
    if used:
        r.pending, r.bare = [], -1
        r.carried = attendees_going_on(r.doc, clause, r.registry) or r.carried
        return
    if r.pending and r.pending[-1].sentence != clause.sentence:
        r.pending = []
    if _programme(r, clause) or _step_without_verb(r, clause):
        return
    skip = strip_leader(clause.text)
    skip += count_prefix(clause.text[skip:])
    skip += by_prefix(clause.text[skip:], r.registry)
    skip += count_prefix(clause.text[skip:])  # "由十六名发展对象汇报…"
    skip += owner_prefix(clause.text[skip:], r.registry)
    body = clause.text[skip:]
    if not body and pt.LED_BY.search(clause.text):
        return  # "在X的领誓下，全体党员…": the act comes in the next comma part
    subject, read = _subject(r, body)
    passer = _passer(r, clause, body)
    if passer:  # "，要求全体党员…", "，就…标杆学院…作了部署": no subject, whatever a name ends in
        subject = Subject("none", [], 0)
    rest = body[subject.end :]
    sentence = r.doc.sentence_of(clause)
    trigger = clause_trigger(sentence, body, subject, read) or crowd_turn(sentence, body, subject)
    trigger = None if not_a_step(r.doc, clause, body, trigger) else trigger
    if subject.kind == "people" and subject.whole and not trigger:
        r.pending.append(clause)
        return
    people = _speakers(r, clause, skip, subject)
    _track_bare(r, clause, skip, subject.kind)
    if named_group(subject, people):
        # "张杰等五位同志作交流发言": the group speaks; the ones named attend when the report
        # gives the post ("医学院党总支书记张杰"), a bare name is only an example of the group
        elements = {el[0] for group in subject.groups for el in group}
        _add_members(r, [p for p in people if p.name not in elements and not labelled(p)])
        people = []
    r.pending = []
    if r.carried and r.carried[0] != clause.sentence:
        r.carried = None
    head = r.doc.text[r.doc.sentences[clause.sentence][0] : clause.start + skip]  # "最后，"
    # "X充分肯定了…，并指出…": the one named in the comma part before says the words
    said_by = people or (r.carried[1] if r.carried and subject.kind == "none" else [])
    said_by = said_by or passer
    trigger = trigger or weak_trigger(r.items, r.group, clause, rest, said_by, head, r.chairs)
    if trigger is None:
        _without_verb(r, clause, skip, subject, people)
    else:
        _with_verb(r, clause, skip, subject, people, trigger)


def _passer(r: Reading, clause: Clause, body: str) -> list[Participant]:
    """ "X传达了…，并指出/要求…": who passed a text on, studied or explained it in this sentence,
    whose directions in a later comma part are a speech of their own."""
    current = r.group[-1] if r.group else None
    if not (current and current.speaker and current.sentence == clause.sentence):
        return []
    if current.kind not in PASSED_ON or not OWN_DIRECTIONS.match(body):
        return []
    return [Participant(current.speaker, None, [], clause.start, clause.end)]


def _subject(r: Reading, body: str) -> tuple[Subject, tuple | None]:
    """Who acts in a clause: people, a group, the meeting, or no one named; with the clause's
    verb (`(trigger,)`) when it was read to find a subject before an adverb."""
    subject = role_group(body, parse_subject(body, r.registry), r.registry)
    read = None
    if subject.kind == "none":  # "陈灿军原原本本领学了…": an adverb the reader does not know
        read = (find_trigger(body, meeting_subject=False),)
        subject = subject_before_adverb(body, r.registry, read[0]) or subject
    subject = invited_subject(body, vote_not_subject(body, subject), r.registry)
    if pt.VERB_FIRST.match(body):
        subject = Subject("none", [], 0)  # "传达学习了习近平总书记…" names no one
    if subject.kind == "people" and body.startswith(("同志", "老师"), subject.end):
        subject.end += 2  # "委员X同志介绍…": the verb starts after the honorific
    return subject, read


def _without_verb(r: Reading, clause: Clause, skip: int, subject, people) -> None:
    body = clause.text[skip:]
    rest = body[subject.end :]
    if people and r.doc.ends_sentence(clause):
        r.idle = (clause.sentence, people)  # "X听取了汇报。同时…进行点评"
    if people and (pt.SPEAKERS_GO_ON.match(rest) or _new_act_later(r, clause, people)):
        r.carried = (clause.sentence, people)
        return
    if (
        unnamed_actors(subject, people)
        or (subject.kind == "meeting" and _meeting_acts_on(r, clause, rest))
    ) and not r.doc.ends_sentence(clause):
        r.carried = (clause.sentence, [])  # "7位党支部书记根据…，依次…述职": no names
        return
    _no_verb(r, clause, subject.kind, body, skip)


def _with_verb(r: Reading, clause: Clause, skip: int, subject, people, trigger) -> None:
    kind, match = trigger = as_step(trigger)
    body = clause.text[skip:]
    if subject.kind == "none" and r.carried:
        people, r.carried = r.carried[1], None
        s, _ = r.doc.sentences[clause.sentence]
        before = r.doc.text[s : clause.start]
        new_items = items_for(kind, match, people, clause, skip, subject.end, before=before)
        team_report(clause, new_items)
        _open_items(r, new_items, people)
        return
    people = actors(r, clause, subject, people, body) or joined_agent(
        r.group, clause, body, match.group()
    )
    if kind == "其他" and between_parties(body, match.group()):
        people, subject.kind = [], "roles"  # the parties are the pledge's (`documents`)
    if kind == "其他" and len(people) > 1:
        _add_members(r, people)  # "A、B、C为新党员佩戴党徽": one ceremony, not one item each
        people, subject.kind = [], "roles"
    if kind == "其他" and heard_report(r, clause, skip, subject.end + match.start(), own_step=True):
        return  # "会议听取了X作的工作报告": X's report
    action = _action(r, clause, subject.kind, kind, match, body, skip)
    if action == "vote":
        sentence_item(r, "表决", clause)  # a vote is reported across its whole sentence
    elif action == "same":
        _same_sentence(r, clause, skip, subject, trigger)
    elif action == "continue" or (subject.kind in ("people", "pronoun") and not people):
        _continue(r, clause)
    else:
        new_items = items_for(kind, match, people, clause, skip, subject.end)
        team_report(clause, new_items)
        _open_items(r, new_items, people)
        if people and pt.INVITED.search(body[: subject.end]):
            r.invited += new_items
        further = second_act(clause, skip + subject.end + match.end(), people, kind)
        if further:
            _open_items(r, further, [])


def _same_sentence(r: Reading, clause: Clause, skip: int, subject, trigger) -> None:
    """A verb without a subject in the sentence of the current item."""
    kind, match = trigger
    body = clause.text[skip:]
    current = r.group[-1]
    if own_act_after_passing_on(current, kind, body) or own_checks.told(
        r.doc.text, current, clause.sentence, body
    ):
        people = [Participant(current.speaker, None, [], clause.start, clause.end)]
        _open_items(r, items_for(kind, match, people, clause, skip, subject.end), [])
        return
    if second_account(r, clause, skip, subject.end, trigger):
        return  # "X报告了…工作，并通报了…情况": two accounts of X
    if kind in ("报告", "述职") and current.kind == "发言" and current.speaker:
        current.kind = kind  # "X汇报了…，并作…述职报告": one report
    elif current.kind == "发言" and current.speaker and for_the_team(clause):
        current.kind = "报告"  # "X发言，并代表支部汇报了…工作": one report
    _continue(r, clause, kind=kind, body=body)


def _add_members(r: Reading, people: list[Participant]) -> None:
    """People named in a group or a shared step attend; a unit read among them ("…宣传委员X
    带队一行赴…纪念馆" taken whole as a unit) is no one."""
    r.members += [p for p in people if p.name]


def _programme(r: Reading, clause: Clause) -> bool:
    programme = pt.PROGRAMME.search(clause.text)
    if programme:
        r.listed = programme_items(clause, programme)
        _open_items(r, r.listed, [])
    return bool(programme)


def _step_without_verb(r: Reading, clause: Clause) -> bool:
    """ "第二项议程为发展对象个人汇报": a numbered step no agenda verb reads is still an item."""
    step = numbered_step(r.doc, clause)
    if not step:
        return False
    text, listing = step
    subject = role_group(text, parse_subject(text, r.registry), r.registry)
    trigger = find_trigger(text[subject.end :], meeting_subject=subject.kind == "meeting")
    someone = subject.kind == "pronoun" or (subject.kind == "people" and not roles_only(subject))
    if trigger and (someone or trigger[0] == "表决"):
        return False  # someone's act, or a vote, read as any other clause
    if subject.whole:  # "第一阶段为参观校史馆": a place visited is no one who acts
        trigger = find_trigger(text, meeting_subject=False)
    item = step_item(step_kind(text, as_step(trigger)[0] if trigger else None), text, clause)
    if listing:
        r.listed.append(item)
    _open_items(r, [item], [])
    return True


def _new_act_later(r: Reading, clause: Clause, people: list[Participant]) -> bool:
    """ "X对…给予肯定，并…提出要求": someone other than the current speaker, whose verb comes
    in a later comma part of the sentence."""
    current = r.group[-1].speaker if r.group else None
    return not r.doc.ends_sentence(clause) and {p.name for p in people} != {current}


def _meeting_acts_on(r: Reading, clause: Clause, rest: str) -> bool:
    """ "会议总结回顾了…，并对…作出部署" told as a step; in the lead's paragraph the same words
    sum up the whole meeting, whose steps follow."""
    if not pt.MEETING_ACTS_ON.match(rest):
        return False
    if not pt.THE_MEETING.match(clause.text[strip_adverbials(clause.text) :]):
        return True  # "全体党员围绕…，…开展批评与自我批评": the members act, wherever it is told
    lead = next((c for c in r.doc.clauses if r.title and c.start <= r.title.start < c.end), None)
    return lead is None or lead.paragraph != clause.paragraph


def _no_verb(r: Reading, clause: Clause, subject: str, body: str, skip: int) -> None:
    if subject == "none" and pt.DISCUSSION.match(body) and _fresh(r, clause, skip):
        sentence_item(r, "其他", clause)  # "经支委会认真讨论，一致同意…"
    elif not (subject == "none" and heard_report(r, clause, skip, 0, own_step=False)):
        _continue(r, clause)


def _open_items(r: Reading, new_items: list[Item], people: list[Participant]) -> None:
    listed = retold_step(r.listed, r.told, new_items)
    if listed:  # the programme listed this step; the report now tells it
        listed.text_parts += new_items[0].text_parts
        r.group = [listed]
        return
    if not {i.kind for i in new_items} <= {i.kind for i in r.listed}:
        r.listed, r.told = [], set()  # an act the programme did not list: its telling is over
    if len(new_items) == 1:
        _told_after_invitation(r, new_items[0])
    last = r.items[-1] if r.items else None
    same = None
    if len(new_items) == 1:
        same = last if last and _same_act(r, last, new_items[0]) else _announced(r, new_items[0])
    if same:
        same.text_parts += new_items[0].text_parts  # "他就…作了详细报告": the report goes on
        same.title = same.title or new_items[0].title
        same.documents += [d for d in new_items[0].documents if d not in same.documents]
        same.end = max(same.end, new_items[0].end)
        r.group = [same]
        return
    if len(new_items) > 1:
        r.announced += [i for i in new_items if i.speaker]
    r.items.extend(new_items)
    r.group = new_items
    for item in new_items:
        r.last_speaker = item.speaker or r.last_speaker
    for p in people:
        if p.name:
            r.registry.add(p.name)


def _same_act(r: Reading, last: Item, new: Item) -> bool:
    """One act told on; two steps of the class of different sorts, led by one person ("X带领
    全体党员参观了…。X带领全体党员重温入党誓词"), or a study told on together, are two."""
    told = r.doc.text[new.start : new.end]
    return (
        same_act(last, new)
        and not other_steps.steps_apart(r.doc, last, new.kind, told)
        and not (new.kind == "发言" and own_checks.apart(r.doc.text, last, new))
    )


def _told_after_invitation(r: Reading, new: Item) -> None:
    """ "此次报告会邀请X作专题报告。…随后X为全体党员作题为…的报告": the invitation announced
    the act the report tells later, where it happened: one item, at the telling."""
    for item in r.invited:
        if item.speaker == new.speaker and item.lecture and lecturing(item, new):
            new.kind, new.lecture = "报告", True  # "X对…进行了解读": the lecture, told now
        if item.speaker == new.speaker and item.kind == new.kind and item in r.items:
            r.invited.remove(item)
            r.items.remove(item)
            new.title = new.title or item.title
            new.documents = item.documents + [d for d in new.documents if d not in item.documents]
            return


def _announced(r: Reading, new: Item) -> Item | None:
    """ "由A、B分别主讲。A以…为题…。B围绕…作了辅导": each act told after the sentence that
    announced them all is the act announced, once."""
    for item in r.announced:
        if item.speaker == new.speaker and lecturing(item, new):
            return item  # told before the lecture itself: it goes on, still announced
        if item.speaker == new.speaker and item.kind == new.kind:
            r.announced.remove(item)
            return item
    return None


def _speakers(r: Reading, clause: Clause, skip: int, subject) -> list[Participant]:
    if subject.kind == "pronoun" and clause.text[skip + 1 : skip + 2] == "们":
        return []  # "他们分享了…": the people of the act before go on
    if subject.kind == "pronoun" and (r.named or r.last_speaker):
        who = r.named or r.last_speaker
        return [Participant(who, None, [], clause.start, clause.start + 1)]
    whose = pt.WHOSE_ACT.match(clause.text[skip:])
    if whose and r.registry.is_known(whose.group("who")):
        r.named = whose.group("who")  # "周泛海的党课…，他…"
    listed = [] if subject.kind == "people" else turns_after_list(r, clause, skip, subject)
    if subject.kind != "people" and not listed:
        return []
    subject.kind = "people"  # "A，B，分别作交流发言": the list in the comma parts before
    people = listed or (comma_participants(r, clause, skip, subject) if r.pending else [])
    people = people or participants(subject, clause.start + skip, r.registry)
    people = people or by_title(r.mentions, subject, clause.start + skip)
    named = [full_name(p, r.mentions) for p in people if not crowd(p.name or p.org)]
    if people and not named:
        subject.kind = "roles"  # "师生们表示…", "入党积极分子向大会汇报…": no one named
    people = named
    label_after_list(subject, people)
    if len(people) == 1 and people[0].name:
        r.named = people[0].name
    for p in people:  # titles count even when the verb is not an agenda verb
        if p.name and p.titles:
            r.mentions.append(PersonRef(p.name, p.titles, p.start, p.end))
    return people


def _action(r: Reading, clause: Clause, subject: str, kind: str, match, body, skip) -> str:
    """What a clause with an agenda verb does: "item", "vote", "same", or "continue"."""
    if (
        pt.TEMPORAL_CLAUSE.fullmatch(body)
        or criticism_of_turns(r.group, clause.sentence, match.group())
        or names_the_elected(match)
    ):
        return "continue"  # "参观结束后，…": a time, not an item
    last = r.items[-1] if r.items else None
    if (
        subject == "meeting"
        and last
        and last.kind == kind
        and kind not in ("发言", "交流", "报告", "表决")  # "与会党员发表意见" after named speakers
        and clause.paragraph - last.paragraph <= 1
        and not pt.DOC.search(body)
        and not _after_next_step(r, clause)
        and not (kind == "其他" and another_sort(r.doc, last, match.group()))
    ):
        return "continue"  # "党员们依次参观了…" after the visit was led
    if subject == "none" and act_named_again.named_again(last, kind, body):
        return "continue"  # "点评既肯定了…", "报告指出…": the act named again as a noun
    if subject in ("none", "meeting", "roles") and kind == "表决":
        return "vote"
    if subject != "none":
        return "item"
    current = r.group[-1] if r.group else None
    # "…，并进行民主测评"; "随后，所有参会党员填写了《民主评议党员测评表》": a sentence's
    # ceremony or rating, whatever stands before its verb
    before = body[: match.start()]
    opens = opens_step(before, match.group())
    rating = pt.RATING.match(body, match.start()) and _opens_sentence(r, clause, skip)
    written = WRITTEN_ACCOUNT.fullmatch(match.group())  # "其余9名党总支提交了书面述职报告"
    ceremony = opens or rating or written
    if ceremony and not (current and current.kind == "其他"):
        return "item"  # "…，全体起立，奏唱《国际歌》": a ceremony is never part of a speech
    next_step = current and opens_next_step(current, clause.text[:skip], body, kind)
    if current and current.sentence == clause.sentence and current.kind == kind == "其他":
        # "接着进行党员民主评议，经过民主测评，评定出…": one step of the members, told on;
        # "参观了…，观看了…", "…敬献花篮，并…宣誓": a step of another sort told as done is
        # one of its own (not in a heading's list, "第二单元，瞻仰…，重温入党誓词")
        other = another_step(r.doc, current, body, match)
        return "item" if next_step or other else "continue"
    if current and current.sentence == clause.sentence and r.bare != clause.sentence:
        return "item" if next_step else "same"
    if current and own_checks.in_next_sentence(r.doc.text, current, clause.sentence, body):
        return "same"  # "X代表班子作对照检查…。随后带头开展自我剖析": one's own, told next
    # A clause opens an item at the start of a sentence, after 会上/随后 …, or in the lead
    # sentence after the meeting's name ("召开常委会，传达学习…精神").
    fresh = _fresh(r, clause, skip) or _after_title(r, clause)
    at_start = (
        match.start() == 0
        or modifier_before(body, match.start())
        or body[: match.start()] in ("还", "也", "又", "同时", "另外")  # "会上还传达了…"
        or body[: match.start()] in ("简要", "认真", "集中", "专题", "全面")  # "会上，简要通报了…"
        or (kind == "主持" and bool(CHAIR_WORDS.fullmatch(body[: match.start()])))
    )
    return "item" if at_start and fresh else "continue"


def _after_next_step(r: Reading, clause: Clause) -> bool:
    """ "随后，全体党员到校史馆参观学习": the next step opens the clause, alone or with the
    adverbials before it, not a comma part earlier in the sentence."""
    s, _ = r.doc.sentences[clause.sentence]
    before = r.doc.text[s : clause.start].rstrip("，") if clause.start - s < 40 else "…"
    adverbial = not before or strip_adverbials(before) == len(before)
    return adverbial and bool(
        NEXT_STEP.search(before + clause.text[: strip_adverbials(clause.text)])
    )


def _track_bare(r: Reading, clause: Clause, skip: int, subject: str) -> None:
    """ "会上，简要回顾了…，传达学习了…": after an opening adverbial the meeting's acts follow
    one another without a subject, each comma part an act of its own."""
    opened = r.doc.starts_sentence(clause) and skip > 0
    if subject == "none" and (opened or r.bare == clause.sentence):
        r.bare = clause.sentence
    else:
        r.bare = -1


def _fresh(r: Reading, clause: Clause, skip: int) -> bool:
    return r.bare == clause.sentence or _opens_sentence(r, clause, skip)


def _opens_sentence(r: Reading, clause: Clause, skip: int) -> bool:
    if skip > 0 or r.doc.starts_sentence(clause):
        return True
    # "随后，集体学习了…": the adverbial may be a comma part of its own
    s, _ = r.doc.sentences[clause.sentence]
    before = r.doc.text[s : clause.start].rstrip("，")
    return bool(before) and strip_leader(before) == len(before)


def _after_title(r: Reading, clause: Clause) -> bool:
    if not r.title or r.title.start < 0:
        return False
    s, e = r.doc.sentences[clause.sentence]
    return s <= r.title.start < e and clause.start > r.title.end


def _continue(r: Reading, clause: Clause, *, kind: str | None = None, body: str = "") -> None:
    """Add a clause without a new item to the text of the items before it."""
    for item in r.group:
        if item.kind == "表决" and item.sentence == clause.sentence:
            continue  # the vote already holds its whole sentence
        if kind == item.kind:
            for doc in pt.DOC.findall(body):
                if doc not in item.documents:
                    item.documents.append(doc)
        if item.kind not in ("交流", "书面交流"):
            item.text_parts.append((clause.sentence, clause.text))
        item.end = max(item.end, clause.end)
