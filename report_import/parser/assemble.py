"""The last pass: people, agenda and pledges as the record lists them, each with its span.

A person's titles are the first specific ones the report gives anywhere; a list label such as
校领导 only counts when nothing more specific was written.
"""

from . import cues, first_titles, later_posts
from . import patterns as pt
from .invited import rank_after, with_rank
from .items import Item
from .names import as_writ, person_name
from .people import Participant, PersonRef
from .presence import sits_in, whole_leadership
from .structure import Found


def titles_by_name(
    mentions: list[PersonRef], college: str = "学院", text: str = ""
) -> dict[str, list[str]]:
    best: dict[str, list[list[str]]] = {}
    label: dict[str, list[str]] = {}
    names = {ref.name for ref in mentions if ref.name}
    for ref in sorted(mentions, key=lambda r: r.start):
        titles = _with_rank_after(ref, text)
        if titles and ref.label:
            label.setdefault(ref.name, titles)
        elif titles:
            # "巡察组组长、校党委常委，副校长X": the posts before the comma are the first mention's too
            ahead = [] if ref.name in best else _before_comma(ref, text, names)
            best.setdefault(ref.name, []).append(ahead + titles)
    return {
        name: [
            _without_writers_unit(t, college)
            for t in later_posts.joined([_tidy(t) for t in best.get(name) or [label[name]]], names)
        ]
        for name in {**label, **best}
    }


def _before_comma(ref: PersonRef, text: str, names: set[str]) -> list[str]:
    at = text.rfind(ref.titles[0], ref.start, ref.end) if text else -1
    return later_posts.before_comma(text, at, names)


_WRITERS_SCHOOL = ("我校", "我院", "本校", "本院")


def _without_writers_unit(title: str, college: str) -> str:
    """ "我校党委书记" → 党委书记, "我院党总支书记" → 党总支书记: the golds of sets 18–22 drop the
    writer's own school or college from a title (S18/22, S20/21, S21/23); a hospital's 我院 stays
    医院, as the golds of sets 5 and 6 name it."""
    if title[:2] in _WRITERS_SCHOOL and college == "学院" and len(title) > 2:
        return title[2:]
    return as_writ(title, college)


def _with_rank_after(ref: PersonRef, text: str) -> list[str]:
    """ "文学院院长王本朝教授", "校长吴明红院士": an academic rank after the name is a title too
    (the golds of sets 18–20 keep it in 6 reports of 3 sets)."""
    at = text.rfind(ref.name, ref.start, ref.end) if text and ref.name else -1
    # the span may hold the rank already (an honorific the reader took in: "吴明红院士")
    return with_rank(ref.titles, rank_after(text, at + len(ref.name)) if at >= 0 else None)


def _tidy(titles: list[str]) -> list[str]:
    """Titles without the words of a clause the list reader let in."""
    tidy = []
    for title in titles:
        title = cues.TITLE_STRAY_LEAD.sub("", cues.TITLE_AFTER_END.sub("", title))
        title = cues.TITLE_DOUBLED_UNIT.sub(r"\1", cues.TITLE_LEAD_JUNK.sub("", title))
        if title and not (
            cues.TITLE_IS_CLAUSE.search(title)
            or cues.TITLE_UNIT_ALONE.search(title)
            or _membership(title)
        ):
            two = cues.TITLE_CONCURRENT.match(title) or cues.TITLE_TWO_POSTS.match(title)
            tidy.extend(two.group("before", "after") if two else [title])
    return tidy


def _membership(title: str) -> bool:
    return bool(cues.TITLE_IS_MEMBERSHIP.fullmatch(title))


def attendees(
    entries: list[tuple[PersonRef, str, str | None]],
    chairs: list[PersonRef],
    recorder: PersonRef | None,
    items: list[Item],
    titles: dict[str, list[str]],
    groups: list[tuple[str, str, int, int]] = (),
    members: list[Participant] = (),
    subjects: list[PersonRef] = (),
    text: str = "",
) -> list[Found]:
    """Everyone the report names at the meeting, once, attendance roles first.

    When the whole leadership attended as a group ("全体领导班子成员出席会议"), a leader named only
    as chair or speaker attended as 出席 too.
    """
    found: list[Found] = []
    seen: set[str] = set()
    attended = [n for n, r, _, _ in groups if r == "出席" and pt.LEADERSHIP_GROUP.search(n)]
    leaders = any(whole_leadership(n) for n in attended)
    # the chair, one of the leaders who attend as a group, attends as they do (settled in
    # session 15, decision 20: "校领导班子成员出席会议。会议由党委副书记X主持")
    chaired = {p.name for p in chairs} if attended else set()
    people = [(p.name, role, reason, p.start, p.end) for p, role, reason in entries]
    people.sort(key=lambda entry: entry[3])
    people += [(p.name, None, None, p.start, p.end) for p in chairs]
    people += [(p.name, None, None, p.start, p.end) for p in [recorder] if p]
    people += [(i.speaker, None, None, i.start, i.end) for i in items if i.speaker]
    people += [(p.name, None, None, p.start, p.end) for p in members]
    # "苏玉玲馆长领学…": a post read where the person acts, when no mention gave a title (tidied
    # like the others: "会议第四项由院长X综述…" gives 院长)
    given = {p.name: _tidy(p.titles) for p in members if p.titles}
    # "宣传委员尹红霞诵读…": a member of the branch's committee who acts in the telling, in a
    # verb the agenda does not list, is at the meeting (not so anyone titled who is named)
    people += [(p.name, None, None, p.start, p.end) for p in subjects if _committee_member(p)]
    everyone = {n for n, *_ in people if n}
    listed = []
    for name, role, reason, start, end in people:
        name = person_name(name)  # every reader's names pass one test of what a name can be
        if name is not None and name not in seen:
            seen.add(name)
            listed.append((name, role, reason, start, end, titles.get(name) or given.get(name, [])))
    written = first_titles.FirstTitles(
        text, everyone, [n for n, *_, named in listed if _bare_post(named) or not named]
    )
    for name, role, reason, start, end, named in listed:
        if _bare_post(named) and text:
            named = _tidy(written.fuller_than(named[0], name))
        if not named and text:
            # "校党委常委、副校长董圣鸿…" read by no reader, then "董圣鸿充分肯定…" by the agenda
            named = _tidy(written.at_first_mention(name))
        # a member of a body sent to guide or supervise sits in, also when the report says he
        # 出席 or 参加 (settled in session 13)
        if role in _PRESENT and sits_in(named):
            role = "列席"
        elif role is None:
            led = leaders or name in chaired
            role = "出席" if led and any(pt.LEADER_TITLE.search(t) for t in named) else "参加"
        entry = {"name": name, "titles": list(named), "role": role}
        if reason:
            entry["reason"] = reason
        found.append(Found(entry, start, end))
    return found


# "书记", "副院长", "部长": a post with no unit, which a fuller title elsewhere may name.
_BARE_POST_CHARS = 3


# The roles a supervisor's 列席 replaces: none written, or 出席 and 参加 (not 缺席).
_PRESENT = (None, "出席", "参加")


def _bare_post(titles: list[str]) -> bool:
    return len(titles) == 1 and len(titles[0]) <= _BARE_POST_CHARS


def _committee_member(ref: PersonRef) -> bool:
    return any(pt.BRANCH_COMMITTEE_POST.search(t) for t in ref.titles)


def attendee_groups(groups: list[tuple[str, str, int, int]]) -> list[Found]:
    found: list[Found] = []
    for name, role, start, end in groups:
        if all(f.value["name"] != name for f in found):
            found.append(Found({"name": name, "role": role}, start, end))
    return found


def agenda(items: list[Item], titles: dict[str, list[str]]) -> list[Found]:
    found = []
    for item in items:
        text = _join_parts(item.text_parts)
        # "积极分子向大会汇报": a speaker that is no person's name leaves the item unattributed
        speaker = person_name(item.speaker) if item.speaker else None
        entry = {
            "kind": item.kind,
            "speaker": speaker,
            "speaker_titles": list(titles.get(speaker, [])) if speaker else item.honours,
            "org": item.org,
            "title": item.title,
            "documents": item.documents,
            "text": _shorten(text) if text else None,
        }
        found.append(Found(entry, item.start, item.end))
    return found


def _join_parts(parts: list[tuple[int, str]]) -> str | None:
    """Clauses of one sentence joined by "，", sentences closed by "。"."""
    out, last = "", None
    for sentence, text in parts:
        text = text.strip("，。；：、 ")
        if not text:
            continue
        if out:
            out += "，" if sentence == last else _closing(out)
        out += text
        last = sentence
    return out + _closing(out) if out else None


def _closing(out: str) -> str:
    """ "她指出：“…。”": a quote closed after its own sentence's end closes the sentence."""
    return "" if out.endswith(("。”", "！”", "？”")) else "。"


def _shorten(text: str, limit: int = 160) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit]
    stop = max(cut.rfind("。"), cut.rfind("；"))
    return cut[: stop + 1] if stop > limit // 3 else cut.rstrip("，、；：") + "…"
