"""The headline's convening unit, for a lead sentence that reads no subject.

"生命科技学院教工支部召开支部党员大会" over a body whose lead reads "根据学校党委《…》生命
科技学院教工支部召开…" (no comma after the circumstance) or "…，学部党总支于…，在…举行了…": the
unit the headline names before its verb (召开/举行/开展 …) convenes, and stands in for the page's
most-named university, which `host.read_host` would otherwise guess.
"""

import re
from dataclasses import replace

from .lead import Lead, headline_lines
from .structure import Clause, Text

# a headline's theme or column before its subject: "追忆…——X党支部开展…", "【学生党建】X…",
# "全覆盖 双提升 |X与Y开展…"
_THEME = re.compile(r"^[^，。；]{0,60}(?:——|—|】|\||｜)")


def headline_clauses(doc: Text, lead: Lead) -> list[Clause]:
    """The clauses of the page's headline lines (no full stop, no date) before the lead sentence."""
    if not lead.clauses:
        return []
    # the headline lines are the first sentences, so their count says which they are
    count = len(headline_lines(doc, min(lead.clauses[0].sentence, 4)))
    return [_after_theme(c) for c in doc.clauses if c.sentence < count]


def _after_theme(clause: Clause) -> Clause:
    theme = _THEME.match(clause.text)
    if not theme or theme.end() == len(clause.text):
        return clause
    return replace(clause, start=clause.start + theme.end(), text=clause.text[theme.end() :])
