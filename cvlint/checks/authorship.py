"""Authorship rules: the owner's claimed or listed place among a paper's authors, across versions."""

from __future__ import annotations

from ..finding import Hit, Related
from .base import check, first_claim, version_name


def _claim_fits(authorship: str, entry) -> bool:
    """Does an authorship claim agree with the author list of ``entry``?"""
    position, count = entry.self_position, len(entry.authors)
    marked = entry.authors[position - 1].equal_contribution
    base, _, place = authorship.partition("@")
    if base == "first":
        return position == 1
    if base == "joint-first":
        if place:
            return position == int(place)
        return position == 1 or marked
    if base == "last":
        return position == count
    if base == "sole":
        return count == 1
    return {"second": 2, "third": 3}.get(base, position) == position


@check("authorship-claim-contradicted", scope="group", gives=("claim", "entry", "others"))
def authorship_claim_contradicted(group, params, ctx):
    """An authorship claim (``First author``) that an author list of the same paper, in this
    version or another (a ``.bib``, the site), does not bear out: the owner is listed third."""
    clusters = [c for c in group.clusters]
    clustered = {id(e) for c in clusters for _, e in c}
    clusters += [[(p, e)] for p in group.profiles for e in p.entries if id(e) not in clustered]
    for cluster in clusters:
        lists = [(p, e) for p, e in cluster if len(e.authors) >= 2 and e.self_position and e.authors_span]
        if not lists:
            continue
        for profile, entry in cluster:
            claim = first_claim(entry, "authorship")
            if not claim:
                continue
            against = [(p, e) for p, e in lists if not _claim_fits(claim.authorship, e)]
            if not against:
                continue
            related = [Related(e.authors_span, f"{version_name(p)} lists them {e.owner_place}")
                       for p, e in against if e is not entry]
            yield Hit(claim.span, {"entry": entry.label, "claim": claim.text,
                                   "others": "; ".join(f"{version_name(p)} lists them {e.owner_place}" for p, e in against)},
                      related=related)
