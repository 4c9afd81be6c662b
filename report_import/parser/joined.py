"""A meeting named only after 参加/进行/组织, when no convening verb named one.

"…来到X参加Y学院某党支部组织生活会", "进行了一次特别的组织生活会", "组织中心组学习会议",
"组织全体党员参加“…”主题宣讲会": the dated sentence ends in the meeting's name, told after the
last of these verbs; a unit before it is the host's, a measure and a description ("一次特别的")
are not the name's.
"""

import re

from . import lexicon as lx

_VERB = re.compile(r"参加|进行|组织(?!生活会)")  # not the 组织 of 组织生活会
# the name runs to the clause's end; a quoted theme may hold commas
_NAME_TO_END = re.compile(
    r"(?:了)?(?:一(?:场|次)(?:[^，。；“”的]{1,6}的)?)?(?P<title>(?:“[^”。\n]{1,80}”|[^，。；\n“”]){2,80})$"
)


def named_after_verb(text: str) -> re.Match | None:
    """The name after the last 参加/进行/组织 of text, when it ends in a meeting's noun."""
    for verb in reversed(list(_VERB.finditer(text))):
        m = _NAME_TO_END.match(text, verb.end())
        if m and lx.MEETING_NOUN_RE.search(m.group("title")):
            return m
    return None
