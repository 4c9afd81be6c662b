"""Hypothesis strategies for hostile input, shared by every fuzz test.

`hostile_text()` is what a careless paste or an attacker might put in any text box;
`json_values()` is any JSON document; `meeting_record_mutations()` bends a valid
meeting-record/1 object one field at a time.
"""

import json

from hypothesis import strategies as st

# Payloads worth trying on purpose rather than waiting for random text to find them.
NASTY = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\r\n\t\x0b\x0c",
    "\u202e\u200b\ufeff",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "{{ 7*7 }}{% debug %}",
    "'; DROP TABLE meetings_meeting; --",
    "%s%s%n",
    "../../../../etc/passwd",
    "０１２３",
    "2023-02-30",
    "9999-12-31",
    "0000-00-00",
    "-1",
    "1e309",
    "NaN",
    "99999999999999999999999",
    "鄭強、孫宏斌",
    "𠀀𪚥",
]

# Lone surrogates cannot be encoded into a request, so they are left out.
_characters = st.characters(exclude_categories=("Cs",))


def hostile_text(*, max_size: int = 200) -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(NASTY),
        st.text(_characters, max_size=max_size),
        st.text(st.characters(codec="ascii"), max_size=max_size),
        # Far longer than any field allows.
        st.integers(min_value=301, max_value=20_000).map(lambda n: "长" * n),
    )


def hostile_ids() -> st.SearchStrategy[str]:
    """Values for a field that expects the id of a row: unknown, negative, not a number."""
    return st.one_of(
        st.integers(min_value=-(2**63), max_value=2**64).map(str),
        hostile_text(max_size=20),
    )


json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False),
    hostile_text(max_size=50),
)


def json_values(*, max_leaves: int = 20) -> st.SearchStrategy:
    return st.recursive(
        json_scalars,
        lambda children: st.one_of(
            st.lists(children, max_size=4),
            st.dictionaries(hostile_text(max_size=12), children, max_size=4),
        ),
        max_leaves=max_leaves,
    )


RECORD_KEYS = [
    "format",
    "title",
    "kind",
    "date",
    "time",
    "venue",
    "host",
    "chairs",
    "recorder",
    "expected",
    "present",
    "attendees",
    "attendee_groups",
    "agenda",
    "documents",
    "pledges",
    "summary",
    "decisions",
    "archived",
    "retention",
    "file_number",
    "status",
    "visibility",
    "source",
]


def file_references() -> st.SearchStrategy:
    """A file as a record names it: well-formed, pointing outside the storage, or junk."""
    return st.one_of(
        st.none(),
        st.fixed_dictionaries(
            {
                "name": st.one_of(
                    hostile_text(max_size=40),
                    st.sampled_from(["../../etc/passwd", "/etc/passwd", "documents/x.pdf"]),
                ),
                "sha256": st.one_of(
                    st.text("0123456789abcdef", min_size=64, max_size=64), hostile_text(max_size=70)
                ),
            }
        ),
        json_values(max_leaves=3),
    )


def document_values() -> st.SearchStrategy:
    """A `documents` entry: a title or an object {title, issuer, number, file}."""
    return st.one_of(
        hostile_text(max_size=40),
        st.fixed_dictionaries(
            {
                "title": hostile_text(max_size=40),
                "issuer": st.one_of(st.none(), hostile_text(max_size=40)),
                "number": st.one_of(st.none(), hostile_text(max_size=40)),
                "file": file_references(),
            }
        ),
    )


def new_key_values() -> st.SearchStrategy[dict]:
    """Values of the keys added for a lossless backup, hostile and well-formed alike."""
    return st.fixed_dictionaries(
        {},
        optional={
            "summary": st.one_of(st.none(), hostile_text()),
            "present": st.one_of(
                st.none(), st.integers(-(2**40), 2**40), hostile_text(max_size=10)
            ),
            "archived": st.one_of(st.booleans(), json_scalars),
            "retention": st.one_of(st.sampled_from(["永久", "30年", "10年"]), json_scalars),
            "file_number": st.one_of(st.sampled_from(["DQ·2023-Y-0001"]), json_scalars),
            "documents": st.lists(document_values(), max_size=3),
        },
    )


# Raw text that JSON parsers accept but a record must not: a lone surrogate escape, a
# number of thousands of digits, NaN, a nesting bomb, a key given twice.
RAW_FRAGMENTS = [
    '"\\ud800"',
    '"a\\udfffb"',
    "9" * 5000,
    "-" + "1" * 400,
    "NaN",
    "-Infinity",
    "1e400",
    "[" * 3000 + "]" * 3000,
    '{"a": 1, "a": 2}',
]


def raw_import_files(record: dict) -> st.SearchStrategy[bytes]:
    """Bytes of an import file: the record with one value replaced by a raw fragment,
    invalid UTF-8 spliced in, or arbitrary bytes."""
    keys = st.sampled_from(RECORD_KEYS)

    def with_fragment(key: str, fragment: str) -> bytes:
        text = json.dumps({**record, key: "\x00PLACEHOLDER"}, ensure_ascii=False)
        return text.replace('"\\u0000PLACEHOLDER"', fragment).encode()

    def spliced(cut: int, junk: bytes) -> bytes:
        data = json.dumps(record, ensure_ascii=False).encode()
        return data[:cut] + junk + data[cut:]

    return st.one_of(
        st.builds(with_fragment, keys, st.sampled_from(RAW_FRAGMENTS)),
        st.builds(
            spliced, st.integers(0, 2000), st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80"])
        ),
        st.binary(max_size=300),
    )


def meeting_record_mutations(record: dict) -> st.SearchStrategy[dict]:
    """The record with one to three top-level fields replaced by arbitrary JSON."""
    return st.dictionaries(
        st.sampled_from(RECORD_KEYS), json_values(max_leaves=8), min_size=1, max_size=3
    ).map(lambda changes: {**record, **changes})
