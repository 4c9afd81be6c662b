"""A subject whose verb comes after an adverb of manner the subject reader does not know.

The subject reader (`people.parse_subject`) ends a name where a known follower starts (an
adverb, a preposition, an agenda verb of `lexicon.FOLLOWERS`). An adverb of manner outside that
list ("陈灿军原原本本领学了…", "乔梓集中领学…", "刘茹进一步解读了…") leaves the clause without a
subject, and the act without its speaker. The adverb is read here by its form — a reduplicated
idiom (AABB), a phrase ending in 地, a word the dictionary tags as an adverb — or as one of the
adverbs the verb table already admits before a study (`patterns.TRIGGERS`: 集中学习, 共同学习 …).
"""

import re

from . import nlp
from .people import Registry, Subject, parse_subject

# Where an adverb may start: within the first characters of a clause (titles and a name).
_REACH = 40
# "原原本本", "认认真真": a reduplicated idiom; "深入浅出地", "生动地": a phrase ending in 地;
# the adverbs the verb table admits before a study.
_ADVERB = re.compile(
    r"([\u4e00-\u9fff])\1([\u4e00-\u9fff])\2|[\u4e00-\u9fff]{2,4}地|集中|集体|共同|一起|深入|现场"
)
_ADVERB_TAGS = ("d", "ad")


def subject_before_adverb(body: str, registry: Registry, trigger) -> Subject | None:
    """The people a clause starts with when an adverb stands between them and the verb;
    `trigger`: the clause's first agenda verb, as the clause's reading finds it."""
    verb = trigger[1].start() if trigger else 0
    for at in range(2, min(verb, _REACH) - 1):  # the adverb ends where the verb starts
        if not _adverb(body[at:verb]):
            continue
        subject = parse_subject(body[:at] + body[verb : verb + _REACH], registry)
        if subject.end == at and _names_someone(subject):
            return Subject("people", subject.groups, at, text=body)
    return None


def _names_someone(subject: Subject) -> bool:
    """A person is named ("老党员一同重温入党誓词" is the members' own act, told on)."""
    return subject.kind == "people" and any(e[3] == "person" for g in subject.groups for e in g)


def _adverb(words: str) -> bool:
    if _ADVERB.fullmatch(words):
        return True
    # "进一步", "率先": what the dictionary tags as an adverb
    return len(words) in (2, 3) and (nlp.word_tag(words) or "").startswith(_ADVERB_TAGS)
