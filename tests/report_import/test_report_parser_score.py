"""Score the report parser against hand-made records, field by field.

Reports: the seed and the shared examples (../shared relative to the repository), and our own
reports in tests/report_import/reports (other universities, kinds and phrasings; 13-41 reproduce
the patterns of the three field tests in docs/report-parser.md, in sentences of our own; 42-54 the
fourth round's agenda and chairs patterns, 60-69 its title, kind, date, venue and attendee
patterns, 70 the fifth round's agenda patterns, 75 and 85-89 the fifth and sixth rounds' field
patterns, 71-74 and 76-80 the sixth round's agenda patterns, 120-127 the seventh round's field
patterns, 130-137 the eighth round's field patterns, 140, 141, 143 and 144 its agenda patterns,
150-156 the ninth round's field patterns, 160-165 its agenda patterns, 170-179 the tenth round's
field conventions, 180-184 its agenda patterns (acts read by their class), 190-199 and 220-224
the eleventh and twelfth rounds' field patterns, 200, 201 and 240 their agenda patterns, 210-212
and 230 their attendee patterns, 250-253, 260 and 270 the thirteenth round's date, chair and
agenda patterns, 280-282 the fourteenth round's agenda patterns (the settled agenda kinds),
290-298 its kind and date patterns, 300-302 its attendee patterns, 310-312, 320-325 and 330
the fifteenth round's agenda, title/kind/documents and attendee patterns, 340-343 the sixteenth
round's other steps (films, signings, awards, oaths, visits, ratings, dues, songs), 345-348 its
exchange turns, 350-353 its leaders' addresses, 360-363 the seventeenth round's kind and host
conventions, 370-372 its attendee patterns, 380-383 and 390-392 its agenda patterns (one
person's several acts: a relay, a study, an explanation and one's own directions, a study led;
the team's 对照检查 after an account, named 介绍 accounts, the meeting's deliberation), 400-401
the eighteenth round's named people's acts (述职, 点评, 讲话; a relay, a study and an explanation of
two people), 410-411 its crowd's patterns (members' views after a visit or a film), 420-421 its
centre group under the school's committee (校 is the host's), 432-433 its attendee convention (the
writer's 我校/我院 dropped from a title), 440-441 the nineteenth round's agenda pattern (the chair's
opening: the order of business read out, the headcount told to the meeting), 460 and 462 its venue
of a meeting held by video conference (线上) and a document cited as the basis, 450 and
452-454 its attendee lists run across a part of units' heads, 463-466 the twentieth round's crowd
patterns (an anthem played and a closing song, the meeting's own study, a song an activity opens
in and an oath of all present, two sides' discussion and a leader affirming each branch), 470-473
its named people's acts (one's own check after the team's, the chair's speech after his own relay,
words of a predicate read as no subject; 472 keeps a miss: a noun 要求 that opens what is said),
477-480 its field patterns (a meeting held online in a chat group or as online study, works shown
or visited that are no documents, a numbered committee's inspection named with its body, a
preposition before a titled person, "向大家" after a guide), 484 and 486-488 its second fields
part's patterns (a members' review named 党员民主评议会议, a headline that names the party day
its body does not, the college's word before a name written after the verb, a committee's
members' meeting), 490-492 its turns of several people (leaders' views as turns of an open
exchange, listed turns told again, the chair's among them) and 493 a secretary's 述职 for the
committee outside a review, 500-503 its second part on named people's acts (a second account
in the sentence of the first, an account of the committee's check, a lesson given on the spot, a
report the meeting heard), 506-509 its third fields part's patterns (a chair named by a bare
post before the full title, a secretary with a dotted name lecturing after a visit, a rule
studied with its declared short name, a member named by membership), 522-524 its title part (a party committee
told with its name before the verb: a retired staff committee's centre group, the writer's
college committee's study, a sub-committee's centre group after the verb), 516-518 its part on
the meeting's own steps (papers adopted one vote each, the members named 全体同志, steps of two
sorts in one sentence, a study led 在X带领下), 538-540 its kinds part (a leader's directions in a
further sentence after one's own 点评: no subject, 他/她 or the name, then 指出/希望/提出…要求);
three-digit numbers sort after 89 and are read like the others).

The per-field scores and their mean are `report_import.scoring`'s, which `manage.py score_reports`
uses on field sets.
"""

from pathlib import Path

import pytest

from report_import.parser import parse_report
from report_import.scoring import Case, folder_cases, overall_mean, score_case, score_table

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
OWN = Path(__file__).resolve().parent / "reports"


def _score_table(cases: list[Case]) -> float:
    reports = [score_case(case, parse_report) for case in cases]
    assert not [r.error for r in reports if r.error]
    print("\n" + score_table(reports))
    return overall_mean(reports)


def _shared_cases():
    if not SHARED.is_dir():
        pytest.skip(f"shared examples not found at {SHARED}")
    cases = []
    seed = SHARED / "seed" / "000_a2cb4460bf96d624.txt"
    seed_record = SHARED / "examples" / "records" / "seed-meeting.json"
    if seed.exists() and seed_record.exists():
        cases.append(Case("seed", seed, seed_record))
    cases += folder_cases(SHARED / "examples" / "reports")
    if not cases:
        pytest.skip(f"no reports with records under {SHARED}")
    return cases


# Floors just below the scores measured when they were set (1.000 over the shared examples;
# 0.9968 over 35 own reports, December 2026; 0.9981 over 58 after the fourth round's two parts;
# 0.9981 over 59 after the fifth round's fields part; 0.9983 over 65 after the sixth round's
# fields part; 0.9964 over 74 after its agenda part; 0.9943 over 82 after the seventh round's
# fields part, whose reports 122 and 126 carry agenda misses of the agenda's modules — a vote
# told as 以无记名投票方式推荐, and 一是…四是 items in one sentence; 0.9953 over 88 after the
# seventh round's agenda part, which reads 122's vote; 0.9940 over 96 after the eighth round's
# fields part, whose reports 132 and 133 carry agenda misses of the agenda's modules — members'
# self-assessment in turn not read, and candidates' accounts filed as 发言 with the third one
# missed); 0.9942 over 100 after the eighth round's agenda part, reports 140, 141, 143 and 144
# added and 73's gold given the two votes four field sets file — main's parser of that moment:
# 0.9936 over the same 100); 0.9920 over 107 after the ninth round's fields part, whose reports
# 150, 151, 153, 154, 155 and 156 carry agenda misses of the agenda's modules (a commentary 表示
# read as a speech, 汇报 filed as 发言, a relay split in two, 讲述 not read) — main's parser of
# that moment: 0.9864 over the same 107: a change that costs any report a field fails here;
# 0.9934 over 113 with the agenda part too (reports 160-165 added, 16's gold without the
# documentary watched: films are no documents, as five field sets' conventions say); 0.9941
# over 118 after the tenth round's agenda part (reports 180-184 added; main's parser of that
# moment: 0.9919 over the same 118); 0.9936 over 128 after its fields part (reports 170-179;
# 171 and 176 carry agenda misses of the agenda's modules — a purpose clause's 传达学习 read as
# an item, 批评和自我批评 read as a second item — and 177 a convener's title before 召集 not read; main's parser of that moment: 0.9858 over the same 128), so the floor
# stays 0.993; 0.9940 over 150 after session 9's eleventh and twelfth rounds (190-201,
# 210-212, 220-224, 230, 240 added; 195 carries an agenda miss, a nomination decided by the
# meeting not read as an item); 0.9945 over 156 after the thirteenth round (250-253, 260, 270);
# 0.9963 over 171 after session 10's fourteenth round (280-282, 290-298, 300-302 added; 26 own
# golds' agenda kinds moved to the settled table), so the floor rises to 0.995; 0.9965 over
# 181 after the fifteenth round (310-312, 320-325, 330 added); 0.9966 over 185 after the
# sixteenth round's other steps (340-343 added; 08, 43 and 80's golds give a led visit or film
# 其他, as the settled table does — main's parser of that moment: 0.9953 over the same 185);
# 0.9966 over 189 after its exchange turns (345-348 added); 0.9967 over 193 after its leaders'
# addresses (350-353 added, each 1.000; main's parser of that moment: 0.9966 over its 189,
# 0.9961 over the same 193); 0.9959 over 203 after the seventeenth round's agenda part on the
# members' items (390-392 added; 15 own golds give the team's 对照检查 a 发言 of its own, as the
# settled table does — main's parser of that moment: 0.9961 over its 200, 0.9925 over the same
# 203); 0.9960 over 207 after its part on one person's several acts (380-383 added, each 1.000;
# main's parser of that moment: 0.9959 over its 203, 0.9955 over the same 207); 0.9960 over 209
# after the eighteenth round's part on named people's acts (400-401 added as guards, each
# 1.000) and its part on the crowd's and the members' items (410-411 added); 432-433 added by
# its attendee part and 420-421 by its fields part, each 1.000; 0.9959 over 217 after the
# nineteenth round's fields part (460 and 462 added; 460's agenda 0.50; main's parser of that
# moment: 0.9949 over the same 217); 440-441 added by its agenda part (the chair's opening as
# 主持) and 450, 452-454 by its attendee part: 0.9960 over 223 at the end of session 11;
# 0.9961 over 227 after the twentieth round's crowd part (463-466 added, each 1.000; main's
# parser of that moment: 0.9956 over the same 227, none of the 223 earlier reports moved);
# 0.9952 over 227 after its fields part (477-480 added: 0.944, 1.000, 0.944, 0.896 — their
# agenda, not that part's field, and 480's docent named without an honorific); 0.9953 over
# 231 with both parts merged; 0.9954 over 235 with its named people's part (470-473 added: 1.000,
# 1.000, 0.963, 1.000; 479 rose to 1.000; no other own report moved); 0.9951 over 235 after the
# twentieth round's second fields part alone (484 and 486-488 added: 0.944, 1.000, 1.000, 1.000
# — 484's agenda reads 0.50; main's parser of that moment: 0.9936 over the same 235, none of the
# 231 earlier reports moved; 485 was withdrawn, see docs/report-parser.md); 0.9953 over 239
# with both merged; 0.9953 over 235 after its part on the turns of several people alone
# (490-493 added, each 1.000; main's parser of that moment: 0.9950 over the same 235, none of the
# 231 earlier reports moved); 0.9953 over 243 with all merged; 0.9955 over 239 after its second
# part on named people's acts alone (500-503 added, each 1.000; main's parser of that moment:
# 0.978, 0.978, 0.867, 0.963 on them, 0.9946 over the same 239; no other own report moved);
# 0.9954 over 247 with all merged; 0.9953 over 243 after two conventions settled in session 12
# alone (76's crowd round 交流, 182's units alone no titles; main's parser over the amended
# golds: 0.9951); 0.9954 over 247 with all merged; 0.9950 over 243 after its third fields part
# alone (506-509 added: 0.978, 0.944, 1.000, 1.000 — 506's and 507's agenda read 0.80 and 0.50:
# a crowd's criticism round, a visit and an oath not read as items; 509 was written after 507
# read 0.944; none of the 239 earlier reports moved); 0.9952 over 251 with all merged; 0.9955
# over 250 after its title part alone (522-524 added, each 1.000; main's parser of that moment:
# 0.889 on each; none of the 247 earlier reports moved); 0.9952 over 254 with all merged;
# 0.9955 over 250 after its part on the meeting's own steps alone (516-518 added, each 1.000;
# main's parser of that moment: 0.963, 0.952, 0.926 on them; no other own report moved);
# 0.9953 over 257 with all merged; 0.9952 over 254 after A兼B settled in session 12 alone (26's
# and 27's golds amended: posts joined by 兼 are two titles; main's parser over the amended golds:
# 0.9951, 26 and 27 0.986; none other moved); 0.9953 over 257 with all merged; 0.9953 over 260
# after its kinds part alone (538-540 added, each 1.000; main's parser of that moment: 0.984,
# 0.984, 1.000 on them; no other own report moved); 0.9953 over 260 with all merged.
# The shared examples score 1.000; their 06 files a 中心组's 研讨发言 as 发言, which the settled
# agenda table follows (an exchange is 交流, a turn in a study's discussion 发言).
SHARED_FLOOR = 0.995
OWN_FLOOR = 0.995


def test_score_on_shared_examples():
    overall = _score_table(_shared_cases())
    assert overall >= SHARED_FLOOR


def test_score_on_own_reports():
    cases = folder_cases(OWN)
    assert len(cases) >= 260, f"reports missing in {OWN}"
    overall = _score_table(cases)
    assert overall >= OWN_FLOOR
