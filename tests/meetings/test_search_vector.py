"""The PostgreSQL index text of a document: every token and every pair of neighbours with
its positions, as PostgreSQL would keep them (at most 256 positions, none past 16383)."""

import re

from meetings.search.backends.postgres import MAX_POSITION, vector_literal
from meetings.search.documents import MeetingDocument

_LEXEME = re.compile(r"'((?:[^']|'')*)':(\S+)")


def lexemes(literal: str) -> dict[str, list[str]]:
    return {match[1].replace("''", "'"): match[2].split(",") for match in _LEXEME.finditer(literal)}


def document(*texts: tuple[str, str], names: tuple[str, ...] = ()) -> MeetingDocument:
    doc = MeetingDocument(1)
    for name in names:
        doc.add_name("A", name)
    for weight, text in texts:
        doc.add(weight, text)
    return doc


def test_each_token_and_each_pair_of_neighbours_gets_its_positions_segment_by_segment():
    literal = vector_literal(document(("B", "党建工作"), ("C", "党建"), names=("欧阳明远",)))

    # The name is one token at 1; two positions separate segments, so 党建工作 starts at 4.
    assert lexemes(literal) == {
        "欧阳明远": ["1A"],
        "党建": ["4B", "8C"],
        "工作": ["5B"],
        "党建 工作": ["5B"],
    }


def test_a_lexeme_keeps_its_first_256_positions_only():
    literal = vector_literal(document(("C", "党建，" * 300)))

    # Punctuation separates tokens, not segments: the 300 tokens take positions 1 to 300.
    assert lexemes(literal)["党建"] == [f"{n}C" for n in range(1, 257)]
    assert lexemes(literal)["党建 党建"] == [f"{n}C" for n in range(2, 258)]


def test_positions_stop_at_the_last_one_postgresql_stores():
    words = " ".join(f"w{n}" for n in range(MAX_POSITION + 10))

    found = lexemes(vector_literal(document(("D", words))))

    assert found["w0"] == ["1D"]
    assert found[f"w{MAX_POSITION - 2}"] == [f"{MAX_POSITION - 1}D"]
    assert found[f"w{MAX_POSITION - 1}"] == found[f"w{MAX_POSITION + 9}"] == [f"{MAX_POSITION}D"]
    assert found[f"w{MAX_POSITION + 8} w{MAX_POSITION + 9}"] == [f"{MAX_POSITION}D"]
