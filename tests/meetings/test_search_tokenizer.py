import logging
from pathlib import Path

import pytest
from django.conf import settings

from meetings.search import tokenizer
from meetings.search.tokenizer import add_words, segment, tokens
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


@pytest.mark.django_db
def test_a_known_person_is_segmented_as_one_word():
    PersonFactory(name="刘润祥")  # post_save teaches jieba the name

    assert segment("刘润祥作报告") == ["刘润祥", "作", "报告"]
    assert tokens("劉潤祥作報告") == ["刘润祥", "作", "报告"]


@pytest.mark.django_db
def test_an_organisation_name_becomes_vocabulary():
    OrganisationFactory(name="明向校区后勤保障部")
    assert tokenizer._tokenizer().FREQ["明向校区后勤保障部"] > 0


def test_names_stay_whole_while_other_long_words_are_split():
    add_words(["欧阳润东"], names=True)
    assert tokens("欧阳润东发言") == ["欧阳润东", "发言"]
    assert tokens("中华人民共和国") == ["中华", "人民", "共和", "国"]


def test_jieba_is_loaded_once_with_its_cache_in_the_configured_folder():
    assert tokenizer._tokenizer() is tokenizer._tokenizer()
    assert Path(tokenizer._tokenizer().tmp_dir) == Path(settings.JIEBA_CACHE_DIR)
    assert Path(settings.JIEBA_CACHE_DIR).is_dir()
    assert logging.getLogger("jieba").level == logging.WARNING
