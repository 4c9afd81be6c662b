"""What a report tells beside the meeting's own acts: another body's meeting given as background
("全会审议通过了《决定》"), the writer's closing commentary ("通过此次会议，…"), and people named
only as a crowd ("师生们表示…"), none of which is an agenda item, a speaker or a paper read."""

import re

from .structure import Clause, Text

# "中国共产党第十九届中央委员会第四次全体会议在北京举行，全会听取…，审议通过了《…》",
# "党的十二大通过了新的《中国共产党章程》": a national body's meeting, told as background.
_NATIONAL_BODY = (
    r"(?:中国共产党|中共|党的)?(?:第?[一二三四五六七八九十]+届)?中央委员会"
    r"|(?:中国共产党|党的)第?[一二三四五六七八九十]+(?:次全国代表)?大(?!学|会堂)"
    r"|(?:中国共产党|中共|党的)?[一二三四五六七八九十]+届[一二三四五六七八九十]+中全会"
    r"|全国人大|全国人民代表大会"
)
OTHER_BODY = re.compile(
    rf"^(?:[^，。；]{{0,16}}，)?(?:{_NATIONAL_BODY})(?:[^，。；]{{0,16}}?(?:全体会议|全会))?"
    r"[^，。；]{0,24}?(?:举行|召开|闭幕|通过|审议|听取)"
)
# "全会审议通过的《决定》，对…作出了全面部署": the plenum the report named before, when the
# meeting itself is no plenum.
PLENUM_SUBJECT = re.compile(r"^(?:[^，。；]{0,16}，)?全会(?:审议|听取|通过|认为|强调|提出|指出)")
OWN_PLENUM = re.compile(r"全会|全体(?:[(（]扩大[)）])?会议|全委")  # "第五次全体(扩大)会议"
# "通过此次会议，…", "此次活动…，达到了预期效果": the writer sums the meeting up.
COMMENTARY = re.compile(
    r"^(?:通过(?:此次|本次|这次)|(?:此次|本次|这次)[^，。；]{0,16}?(?:的(?:召开|开展|举办)|顺利召开))"
)
# A crowd is no speaker: "师生们表示", "大家表示", "全体党员纷纷表示"; who is told only by a
# role ("入党积极分子向大会汇报") speaks unnamed.
CROWD = re.compile(
    r"^[\u4e00-\u9fff]{0,6}们$|^(?:大家|师生|全体[\u4e00-\u9fff]{0,6}|与会[\u4e00-\u9fff]{0,4})$"
)


# The patterns above read a sentence's first words only: a bound keeps a 200,000-character
# sentence of 16,000 clauses linear.
OPENING = 120


def beside_the_meeting(doc: Text, clause: Clause, title: str) -> bool:
    """A clause of a sentence that tells another body's meeting or the writer's comment."""
    s, e = doc.sentences[clause.sentence]
    return told_beside(doc.text[s : min(e, s + OPENING)].strip(), title)


def told_beside(opening: str, title: str, *, comment: bool = True) -> bool:
    """Whether a sentence, by its first words, tells another body's meeting (or a comment)."""
    if OTHER_BODY.match(opening) or (comment and COMMENTARY.match(opening)):
        return True
    return bool(PLENUM_SUBJECT.match(opening)) and not OWN_PLENUM.search(title)


# "支部书记向大会汇报…": a preposition before the meeting or the organisation is no surname.
NOT_A_NAME = re.compile(r"^[向对为给在由](?:大会|会议|党组织|组织|支部|全体|与会)")


def crowd(name: str | None) -> bool:
    return bool(name) and bool(CROWD.match(name) or NOT_A_NAME.match(name))
