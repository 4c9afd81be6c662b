"""The PostgreSQL index vector of a document: every token and every pair of neighbours with
its positions, as PostgreSQL would keep them (at most 256 positions, none past 16383, each
once), in tsvector's binary form — which PostgreSQL reads as it reads the same text."""

import pytest
from django.db import connection

from meetings.search.backends.postgres import MAX_POSITION, vector_binary
from meetings.search.documents import MeetingDocument
from tests.factories import MeetingFactory


def lexemes(vector: bytes) -> dict[str, list[str]]:
    """The binary tsvector decoded: each lexeme's positions as `1A`, `9B`, …"""
    found, at = {}, 4
    for _ in range(int.from_bytes(vector[:4], "big")):
        end = vector.index(b"\0", at)
        lexeme, count, at = (
            vector[at:end].decode(),
            int.from_bytes(vector[end + 1 : end + 3]),
            end + 3,
        )
        values = [int.from_bytes(vector[at + 2 * n : at + 2 * n + 2]) for n in range(count)]
        found[lexeme] = [f"{value & 0x3FFF}{'DCBA'[value >> 14]}" for value in values]
        at += 2 * count
    assert at == len(vector)
    return found


def plain_text_form(doc: MeetingDocument) -> str:
    """The document as tsvector text, every occurrence listed (`'党建':4B,8C …`), leaving it
    to PostgreSQL to drop repeated positions and keep 256: the oracle of the binary form."""
    found: dict[str, list[str]] = {}
    position = 1
    for weight, segments in doc.fields.items():
        for segment in segments:
            labels = [f"{min(position + n, MAX_POSITION)}{weight}" for n in range(len(segment))]
            for lexeme, label in zip(
                [*segment, *(f"{a} {b}" for a, b in zip(segment, segment[1:], strict=False))],
                labels + labels[1:],
                strict=True,
            ):
                found.setdefault(lexeme, []).append(label)
            position = min(position + len(segment) + 2, MAX_POSITION)
    return " ".join(f"'{lexeme}':{','.join(labels[:256])}" for lexeme, labels in found.items())


def document(*texts: tuple[str, str], names: tuple[str, ...] = ()) -> MeetingDocument:
    doc = MeetingDocument(1)
    for name in names:
        doc.add_name("A", name)
    for weight, text in texts:
        doc.add(weight, text)
    return doc


def test_each_token_and_each_pair_of_neighbours_gets_its_positions_segment_by_segment():
    vector = vector_binary(document(("B", "党建工作"), ("C", "党建"), names=("欧阳明远",)))

    # The name is one token at 1; two positions separate segments, so 党建工作 starts at 4.
    assert lexemes(vector) == {
        "欧阳明远": ["1A"],
        "党建": ["4B", "8C"],
        "工作": ["5B"],
        "党建 工作": ["5B"],
    }


def test_a_lexeme_keeps_its_first_256_positions_only():
    vector = vector_binary(document(("C", "党建，" * 300)))

    # Punctuation separates tokens, not segments: the 300 tokens take positions 1 to 300.
    assert lexemes(vector)["党建"] == [f"{n}C" for n in range(1, 257)]
    assert lexemes(vector)["党建 党建"] == [f"{n}C" for n in range(2, 258)]


def test_positions_stop_at_the_last_one_postgresql_stores():
    words = " ".join(f"w{n}" for n in range(MAX_POSITION + 10))

    found = lexemes(vector_binary(document(("D", words))))

    assert found["w0"] == ["1D"]
    assert found[f"w{MAX_POSITION - 2}"] == [f"{MAX_POSITION - 1}D"]
    assert found[f"w{MAX_POSITION - 1}"] == found[f"w{MAX_POSITION + 9}"] == [f"{MAX_POSITION}D"]
    assert found[f"w{MAX_POSITION + 8} w{MAX_POSITION + 9}"] == [f"{MAX_POSITION}D"]


def test_a_position_past_the_last_is_kept_once_with_its_first_and_highest_weight():
    words = " ".join(f"w{n}" for n in range(MAX_POSITION + 10))

    found = lexemes(vector_binary(document(("C", words + " 党建 党建"), ("D", "党建"))))

    assert found["党建"] == [f"{MAX_POSITION}C"]
    assert found["党建 党建"] == [f"{MAX_POSITION}C"]


@pytest.mark.django_db
def test_postgresql_stores_the_binary_vector_as_it_reads_the_same_vector_written_as_text():
    if connection.vendor != "postgresql":
        pytest.skip("the vector is PostgreSQL's")
    from meetings.search.backends import postgres

    words = " ".join(f"w{n}" for n in range(MAX_POSITION + 10))
    doc = document(
        ("B", "党建工作"),
        ("C", "党建，" * 300),
        ("C", words + " 支部 支部"),
        ("D", "支部"),
        names=("欧阳明远",),
    )
    doc.meeting_id = MeetingFactory().pk
    postgres.replace([doc])

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT vector = %s::tsvector FROM search_searchentry WHERE meeting_id = %s",
            [plain_text_form(doc), doc.meeting_id],
        )
        assert cursor.fetchone() == (True,)


@pytest.mark.django_db
def test_postgresql_stores_a_vector_uncompressed_even_when_it_would_compress():
    if connection.vendor != "postgresql":
        pytest.skip("the vector is PostgreSQL's")
    from meetings.search.backends import postgres

    # Lexemes alike but for a number: pglz would shrink these, but the archive's vectors
    # never shrank, and trying cost every write.
    doc = document(*(("C", f"compressibleword{n}padding") for n in range(200)))
    doc.meeting_id = MeetingFactory().pk
    postgres.replace([doc])

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_column_compression(vector), pg_column_size(vector) FROM search_searchentry"
            " WHERE meeting_id = %s",
            [doc.meeting_id],
        )
        compression, size = cursor.fetchone()
    assert compression is None
    assert size > 2000  # out of line, where PostgreSQL would have compressed it


@pytest.mark.django_db
def test_an_import_stores_the_vectors_encoded_ahead_as_those_of_its_meetings_read_back(
    seed_record,
):
    if connection.vendor != "postgresql":
        pytest.skip("the vector is PostgreSQL's")
    from meetings.search.documents import meeting_documents
    from meetings.services import meeting_records_import

    (meeting,) = meeting_records_import(records=seed_record)

    (doc,) = meeting_documents([meeting.pk])
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT vector = %s::tsvector FROM search_searchentry WHERE meeting_id = %s",
            [plain_text_form(doc), meeting.pk],
        )
        assert cursor.fetchone() == (True,)


def test_documents_are_encoded_ahead_as_the_index_writes_them():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite's index encodes nothing ahead")
    from meetings.search.indexing import search_documents_encode

    docs = [document(("B", "党建工作")), document(("C", "支部"))]
    search_documents_encode(docs)
    assert [d.encoded for d in docs] == [vector_binary(d) for d in docs]

    broken = MeetingDocument(1, {"A": [None], "B": [], "C": [], "D": []})
    with pytest.raises(TypeError):
        search_documents_encode([broken])
