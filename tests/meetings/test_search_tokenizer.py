import logging
import time
from pathlib import Path

import pytest
from django.conf import settings

from meetings.search import query_terms, tokenizer
from meetings.search.tokenizer import name_tokens, tokens
from tests.factories import OrganisationFactory, PersonFactory


def test_traditional_and_simplified_give_the_same_tokens():
    assert tokens("黨建工作責任書") == tokens("党建工作责任书") != []


def test_pinyin_glosses_of_garbled_reports_are_dropped():
    assert tokens("明向校區(qū)學生活動中心") == tokens("明向校区学生活动中心")
    assert "校区" in tokens("明向校區(qū)學生活動中心")


def test_a_phrase_gives_the_same_tokens_inside_a_longer_text():
    # jieba cuts 党建工作会议 and 工作会议 differently; the split keeps the phrase intact.
    inside = tokens("召开2022年度党建工作会议。")
    phrase = tokens("工作会议")
    assert phrase == ["工作", "会议"]
    assert any(inside[i : i + 2] == phrase for i in range(len(inside)))


def test_punctuation_and_spaces_are_not_tokens():
    assert tokens("，。“”（）《》  \n\t!?-") == []
    assert tokens("") == tokens(None) == []


def test_fts_syntax_is_lowered_to_plain_words():
    assert tokens('"AND" (NEAR) *x* -y: z') == ["and", "near", "x", "y", "z"]


def test_huge_text_is_cut_not_refused():
    assert 0 < len(tokens("党建" * 500_000)) <= tokenizer._MAX_TEXT


def test_a_persons_name_is_one_token_whatever_jieba_knows():
    assert name_tokens("欧阳明远") == ["欧阳明远"]
    assert name_tokens("劉潤祥") == ["刘润祥"]
    assert name_tokens(" ") == []
    assert tokens("中华人民共和国") == ["中华", "人民", "共和", "国"]


@pytest.mark.django_db
def test_saving_people_and_units_teaches_jieba_nothing():
    # A vocabulary learnt per process made workers segment differently (issue 15).
    before = dict(tokenizer._tokenizer().FREQ)
    PersonFactory(name="司马青禾")
    OrganisationFactory(name="明向校区后勤保障部")
    assert before == tokenizer._tokenizer().FREQ


def test_a_query_term_matches_as_its_phrase_or_as_one_whole_word():
    assert query_terms("欧阳明远") == [[["欧阳", "明", "远"], ["欧阳明远"]]]
    assert query_terms("王伟") == [[["王伟"]]]
    assert query_terms("党建-工作") == [[tokens("党建-工作")]]


def test_tokenising_an_unpunctuated_text_is_linear_in_its_length():
    # A rare character jieba must guess at: its cost grew with the square of the run.
    short, long = "龘" * 12_000, "龘" * 120_000
    tokens(short[:200])  # warm the dictionary
    started = time.perf_counter()
    tokens(short)
    short_time = time.perf_counter() - started
    started = time.perf_counter()
    assert len(tokens(long)) >= 120_000 // tokenizer.MAX_CLAUSE
    long_time = time.perf_counter() - started
    assert long_time < 20 * short_time + 0.5
    assert long_time < 10


def test_jieba_is_loaded_once_with_its_cache_in_the_configured_folder():
    assert tokenizer._tokenizer() is tokenizer._tokenizer()
    assert Path(tokenizer._tokenizer().tmp_dir) == Path(settings.JIEBA_CACHE_DIR)
    assert Path(settings.JIEBA_CACHE_DIR).is_dir()
    assert logging.getLogger("jieba").level == logging.WARNING
