"""A name read from where it stands rather than from the list of surnames.

"会议由支部书记代晖主持": 由 and 主持 bound the chair's span, and a title takes all of it but the
last two or three characters. Those are the chair's name even when its surname (代, 居) is left
out of the list because it starts too many words, or it holds a character a unit's name holds
(戴晓支): nothing can follow the name inside the span for that character to join.
"""

import re

from . import lexicon as lx
from . import nlp
from .names import CJK_ONLY, org_value
from .people import PersonRef, is_title

_HONORIFIC = re.compile(r"(?:同志|老师)$")


def titled_name_in_span(who: str, start: int, *, closed: bool = False) -> PersonRef | None:
    """The one person a bounded span holds: title, then a name the dictionary knows as no word.
    `closed`: an honorific or a post closed the span, so the name cannot run on: a unit may
    stand for the title ("硕8085支部竺晋同志") and a preposition's character may be in the name
    ("学生第二党支部徐向明同志")."""
    span = _HONORIFIC.sub("", who)
    if "、" in span:
        return None  # a list: the list reader's

    def heads(text: str) -> bool:
        return is_title(text) or bool(closed and org_value(text))

    for n in (3, 2):
        title, name = span[:-n], span[-n:]
        if len(title) < 2 or not heads(title) or heads(span[: -n + 1]):
            continue  # the title must end exactly where the name starts
        if not CJK_ONLY.fullmatch(name) or (
            not closed and any(ch in lx.NOT_IN_NAME for ch in name[:-1])
        ):
            return None
        if not (nlp.word_tag(name) or "nr").startswith("nr"):
            return None  # "由党委书记亲自主持": an adverb, no name
        end = start + len(title) + n
        return PersonRef(name, [title], start, end)
    return None
