"""Fields of one data file that state the same thing differently."""

from __future__ import annotations

from collections import Counter

from . import check
from ..finding import Hit, Related


@check("fact-mismatch", fact="year")
def fact_mismatch(profile, params, ctx):
    """Two fields of one file give different values for the same fact (a publication page
    whose ``date:``, ``citation:`` and file name disagree on the year). Reported at the
    field whose value fewest others share."""
    facts = [f for f in profile.facts if f.name == params["fact"]]
    if len({f.value for f in facts}) < 2:
        return
    counts = Counter(f.value for f in facts)
    placed = [f for f in facts if f.span is not None]
    if not placed:
        return
    anchor = min(placed, key=lambda f: counts[f.value])
    others = [f for f in facts if f is not anchor and f.value != anchor.value]
    related = [Related(f.span, f"{f.source} says {f.value}") for f in others if f.span is not None]
    yield Hit(anchor.span, {"fact": params["fact"], "value": anchor.value, "source": anchor.source,
                            "others": "; ".join(f"{f.source} says {f.value}" for f in others)}, related=related)
