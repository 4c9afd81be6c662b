"""The members' own acts, which no one speaker gives: their discussion and their rating.

Word patterns like those of `patterns.py`, which puts them among its agenda verbs (`TRIGGERS`).
"""

import re

# The members rate each other or the ones under review ("进行党员民主评议", "填写了《民主评议党员
# 测评表》"): their step (其他), never the words of the one who spoke before.
RATING = re.compile(
    r"(?:进行|开展)(?:了)?(?:支部|党员)?(?:民主|现场)评议(?!会|结果|意见|[^《》，。；]*》)"
    r"|(?:进行|开展|经过|经)(?:了)?(?:民主)?测评|填写(?:了)?[^，。；]{0,16}?(?:测评|评议|评价)表"
)
# "党员们围绕…展开了热烈讨论", "同志们进行热议", "大家各抒己见": the members speak in turn (发言);
# the meeting's own discussion ("会议就…进行了积极讨论", "经热烈讨论，确定…") is no one's speech.
MEMBERS_DISCUSSION = re.compile(
    r"展开(?:了)?(?:热烈|深入|积极|充分)?(?:的)?(?:讨论|研讨|交流)|(?:积极|热烈|踊跃)(?:地)?(?:讨论|交流)"
    r"|热议|各抒己见|畅所欲言"
)
