"""A list of speakers spread over comma parts: "A学院党委，称号、B党支部，…分别作交流".

The list may close before the comma part that holds the adverb of turns and the verb
("教师党员代表A，学生党员代表B，分别作交流发言"): the settled table gives each one named an
item of their own, in order. A list of counted groups ("三个教工支部和四个学生党支部，分别从…")
names no one: its act stays the unnamed one it was.
"""

import re

from .people import Participant, parse_subject, participants

# The comma part after the list opens with an adverb of turns.
_TURNS = re.compile(r"(?:分别|依次|先后|逐一|轮流)")
_COUNTED = re.compile(r"[一二两三四五六七八九十几\d](?:个|位|名)")


def comma_participants(r, clause, skip: int, subject) -> list[Participant]:
    """The people of a subject list spread over the comma parts pending before this one."""
    start = r.pending[0].start
    listed = r.doc.text[start : clause.start + skip + subject.end].rstrip("，")
    whole = parse_subject(listed, r.registry)
    if whole.kind != "people":
        return []
    return participants(whole, start, r.registry)


def turns_after_list(r, clause, skip: int, subject) -> list[Participant]:
    """ "A，B，分别作交流发言": the list before the comma part whose turns it tells."""
    if not r.pending or not _TURNS.match(clause.text, skip):
        return []
    listed = r.doc.text[r.pending[0].start : clause.start]
    if _COUNTED.search(listed):
        return []
    return comma_participants(r, clause, skip, subject)
