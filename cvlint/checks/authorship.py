"""Authorship rules: the owner's claimed or listed place among a paper's authors, across versions."""

from __future__ import annotations

from ..finding import Hit, Related
from .base import check, first_claim, version_name


def _authorship_differs(a: str, b: str) -> bool:
    base_a, _, place_a = a.partition("@")
    base_b, _, place_b = b.partition("@")
    if base_a != base_b:
        return True
    return bool(place_a and place_b and place_a != place_b)


@check("authorship-claim-changed", scope="group")
def authorship_claim_changed(group, params, ctx):
    """The same work claims a different authorship in another version (``joint first
    (second place)`` vs ``first``)."""
    for cluster in group.clusters:
        _, newest = cluster[-1]
        new = first_claim(newest, "authorship")
        if not new:
            continue
        related = []
        for profile, entry in cluster[:-1]:
            old = first_claim(entry, "authorship")
            if old and _authorship_differs(old.authorship, new.authorship):
                related.append(Related(old.span, f"{version_name(profile)} says '{old.text}'"))
        if related:
            yield Hit(new.span, {"entry": newest.label, "claim": new.text,
                                 "others": "; ".join(r.message for r in related)}, related=related)


def _self_description(entry) -> str:
    return entry.owner_place


@check("author-position-changed", scope="group")
def author_position_changed(group, params, ctx):
    """The owner's place in the same paper's author list, or their equal-contribution mark,
    differs between versions."""
    for cluster in group.clusters:
        _, newest = cluster[-1]
        if len(newest.authors) < 2 or not newest.self_position or not newest.authors_span:
            continue
        new_self = newest.authors[newest.self_position - 1]
        related = []
        for profile, entry in cluster[:-1]:
            if len(entry.authors) < 2 or not entry.self_position or not entry.authors_span:
                continue
            old_self = entry.authors[entry.self_position - 1]
            if entry.self_position != newest.self_position or old_self.equal_contribution != new_self.equal_contribution:
                related.append(Related(entry.authors_span, f"{version_name(profile)} lists them {_self_description(entry)}"))
        if related:
            yield Hit(newest.authors_span, {"entry": newest.label, "position": _self_description(newest),
                                            "others": "; ".join(r.message for r in related)}, related=related)


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


@check("authorship-claim-contradicted", scope="group")
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
            related = [Related(e.authors_span, f"{version_name(p)} lists them {_self_description(e)}")
                       for p, e in against if e is not entry]
            yield Hit(claim.span, {"entry": entry.label, "claim": claim.text,
                                   "others": "; ".join(f"{version_name(p)} lists them {_self_description(e)}" for p, e in against)},
                      related=related)
