"""An act told after another of the same speaker or unit, made from that item.

A team's check after the account (`team_checks`), the directions after a review
(`review_then_directions`), the crowd's discussion before its vote (`discussed_votes`) and the
vote after its turn (`crowd_votes`) are new acts: they keep the item's speaker, unit and
paragraph, never its title, documents or lecture; their honours, words and sentence differ.
"""

from dataclasses import replace

from .items import Item


def act_after(
    item: Item,
    kind: str,
    at: int,
    *,
    end: int | None = None,
    honours: list[str] | tuple = (),
    parts: list[tuple[int, str]] | tuple = (),
    sentence: int | None = None,
) -> Item:
    """The act of `kind` told from `at` (to `end`, else an empty span), in the item's sentence
    unless another is given."""
    return replace(
        item,
        kind=kind,
        honours=list(honours),
        title=None,
        documents=[],
        text_parts=list(parts),
        start=at,
        end=at if end is None else end,
        sentence=item.sentence if sentence is None else sentence,
        lecture=False,
    )
