"""Hypothesis strategies for hostile input, shared by every fuzz test.

`hostile_text()` is what a careless paste or an attacker might put in any text box;
`json_values()` is any JSON document; `meeting_record_mutations()` bends a valid
meeting-record/1 object one field at a time.
"""

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
    "attendees",
    "attendee_groups",
    "agenda",
    "documents",
    "pledges",
    "decisions",
    "status",
    "visibility",
    "source",
]


def meeting_record_mutations(record: dict) -> st.SearchStrategy[dict]:
    """The record with one to three top-level fields replaced by arbitrary JSON."""
    return st.dictionaries(
        st.sampled_from(RECORD_KEYS), json_values(max_leaves=8), min_size=1, max_size=3
    ).map(lambda changes: {**record, **changes})
