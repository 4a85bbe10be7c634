"""Claims about the same work that differ between versions of one person's CV. Each
finding is placed in the newest version and names what the older ones say."""

from __future__ import annotations

from . import check, version_name
from ..finding import Hit, Related

ACCEPTED = ("accepted", "published")


def _first(entry, kind, require=None):
    for claim in entry.claims:
        if claim.kind == kind and (require is None or getattr(claim, require)):
            return claim
    return None


@check("venue-changed", scope="group", both_accepted=False)
def venue_changed(group, params, ctx):
    """The same work names a different venue in another version. With ``both_accepted``,
    only where both versions claim acceptance (a contradiction); without, the rest."""
    for cluster in group.clusters:
        _, newest = cluster[-1]
        new = _first(newest, "status", "venue")
        if not new:
            continue
        related = []
        for profile, entry in cluster[:-1]:
            old = _first(entry, "status", "venue")
            if not old or old.venue == new.venue:
                continue
            both = new.status in ACCEPTED and old.status in ACCEPTED
            if both == params["both_accepted"]:
                related.append(Related(old.span, f"{version_name(profile)} says '{old.text}'"))
        if related:
            yield Hit(new.span, {"entry": newest.label, "claim": new.text, "venue": new.venue,
                                 "others": "; ".join(r.message for r in related)}, related=related)


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
        new = _first(newest, "authorship")
        if not new:
            continue
        related = []
        for profile, entry in cluster[:-1]:
            old = _first(entry, "authorship")
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
            claim = _first(entry, "authorship")
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


@check("publication-year-changed", scope="group")
def publication_year_changed(group, params, ctx):
    """The same paper, accepted or published at the same venue in two versions, with a
    different year. Where the owner's .bib gives it, the .bib is the record: each other
    version that disagrees with it gets the finding; else the newest version does. A
    preprint's year and the venue's may differ; one venue's may not."""
    for cluster in group.clusters:
        dated = [(profile, entry, claim) for profile, entry in cluster
                 if entry.section == "publications" and entry.year and entry.dates
                 for claim in [_first(entry, "status", "venue")] if claim and claim.status in ACCEPTED]
        records = [item for item in dated if item[0].source.format == "bibtex"]
        if records:
            record_profile, record, record_claim = records[-1]
            for profile, entry, claim in dated:
                if profile.source.format != "bibtex" and claim.venue == record_claim.venue and entry.year != record.year:
                    related = [Related(record.dates.span, f"{version_name(record_profile)} says {record.year}")]
                    yield Hit(entry.dates.span, {"entry": entry.label, "venue": claim.venue, "year": entry.year,
                                                 "others": related[0].message}, related=related)
            continue
        if not dated or dated[-1][1] is not cluster[-1][1]:
            continue
        _, newest, new = dated[-1]
        related = [Related(entry.dates.span, f"{version_name(profile)} says {entry.year}")
                   for profile, entry, claim in dated[:-1] if claim.venue == new.venue and entry.year != newest.year]
        if related:
            yield Hit(newest.dates.span, {"entry": newest.label, "venue": new.venue, "year": newest.year,
                                          "others": "; ".join(r.message for r in related)}, related=related)


@check("publication-missing", scope="group")
def publication_missing(group, params, ctx):
    """A paper of the owner's .bib (the newest one, taken as the full list) that a version with
    a publications section does not list. Placed at that section's heading."""
    bibs = [p for p in group.profiles if p.source.format == "bibtex"]
    if not bibs:
        return
    bib = bibs[-1]
    listed_in: dict[int, set[int]] = {}  # id(bib entry) -> ids of the profiles that list it
    for cluster in group.clusters:
        for _, entry in cluster:
            listed_in.setdefault(id(entry), set()).update(id(profile) for profile, _ in cluster)
    for profile in group.profiles:
        heading = next((s.heading for s in profile.sections if s.kind == "publications"), None)
        if profile.source.format == "bibtex" or profile.source.collection or heading is None:  # a site's page is one paper
            continue
        for entry in bib.entries:
            if entry.section == "publications" and id(profile) not in listed_in.get(id(entry), set()):
                yield Hit(heading.span, {"entry": entry.title.value, "bib": version_name(bib), "line": entry.span.line},
                          related=[Related(entry.span, f"{version_name(bib)} lists it")])
