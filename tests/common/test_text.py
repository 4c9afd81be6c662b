from common.text import fold, strip_invisible


def test_folding_ignores_invisible_characters():
    assert fold("鄭\u200b強\ufeff") == fold("郑强") == "郑强"
    assert strip_invisible("第一\u202e党支部\u2062") == "第一党支部"


def test_strip_invisible_keeps_visible_text_whitespace_and_nul():
    text = "郑强 校党委书记\n第二行\t\x00"
    assert strip_invisible(text) == text
