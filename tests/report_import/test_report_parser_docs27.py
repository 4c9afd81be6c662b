"""The twenty-seventh round's part on the documents (docs/report-parser.md, "Twenty-seventh round,
documents"): a film watched is no document where the report names it again without the verb, and a
TV series or the school song named in 《》 is a work shown or sung, as the conventions' documents row
says. Every sentence here is our own, with invented names.
"""

from report_import.parser import parse_report

LEAD = (
    "2026年4月9日下午，机械学院教工党支部在工程楼203会议室开展主题党日活动，"
    "支部书记韩立舟主持活动。\n\n"
)


def test_a_film_named_again_without_the_verb_is_no_document():
    r = parse_report(
        LEAD + "全体党员观看了电影《山河作证》。《山河作证》讲述了一支勘探队扎根边疆的故事。"
    )
    assert r["documents"] == []


def test_a_film_named_first_and_watched_later_is_no_document():
    r = parse_report(LEAD + "《山河作证》以一支勘探队为原型。全体党员观看了《山河作证》。")
    assert r["documents"] == []


def test_a_tv_series_cited_in_a_lecture_is_no_document():
    r = parse_report(LEAD + "韩立舟结合电视剧《星火长征路》中的情节讲授党课。")
    assert r["documents"] == []


def test_the_school_song_is_no_document():
    r = parse_report(LEAD + "最后，韩立舟为大家播放了校歌《逐梦远方》的视频。")
    assert r["documents"] == []


# Guards: a paper studied stays one, beside a film or under the same name as a film elsewhere.


def test_a_paper_studied_beside_a_film_stays():
    r = parse_report(
        LEAD + "全体党员观看了电影《山河作证》。随后，韩立舟领学了《关于加强师德师风建设的意见》。"
    )
    assert r["documents"] == ["关于加强师德师风建设的意见"]


def test_a_paper_read_and_explained_stays():
    r = parse_report(LEAD + "韩立舟领学了《关于加强师德师风建设的意见》，并作了解读。")
    assert r["documents"] == ["关于加强师德师风建设的意见"]
