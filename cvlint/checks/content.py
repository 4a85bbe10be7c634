"""Content rules: what a version says that another contradicts (a role), or leaves out (a paper of the owner's .bib)."""

from __future__ import annotations

from ..finding import Hit, Related
from .base import check, role_of, version_name


_RANK_WORDS = frozenset("vice senior sr junior jr lead head chief principal staff assistant associate deputy co "
                        "acting interim executive".split())


def _rank_change(a: str, b: str) -> bool:
    """Two role titles that differ only by rank words: ``President`` / ``Vice President``."""
    from ..names import fold

    ta = [w for w in fold(a).replace("-", " ").replace(".", " ").split()]
    tb = [w for w in fold(b).replace("-", " ").replace(".", " ").split()]
    diff = set(ta) ^ set(tb)
    same = [w for w in ta if w not in _RANK_WORDS] == [w for w in tb if w not in _RANK_WORDS]
    return bool(diff) and same and diff <= _RANK_WORDS


@check("role-changed", scope="group", gives=("dates", "entry", "others", "role"))
def role_changed(group, params, ctx):
    """The same position, over the same dates, claims a different rank in another version
    (``President`` then ``Vice President``, ``Engineer`` then ``Senior Engineer``)."""
    for cluster in group.clusters:
        _, newest = cluster[-1]
        if not newest.dates or newest.section == "publications":
            continue
        related = []
        for profile, entry in cluster[:-1]:
            if entry.dates and entry.dates.start == newest.dates.start and entry.dates.end == newest.dates.end \
                    and entry.dates.open_end == newest.dates.open_end and _rank_change(role_of(entry), role_of(newest)):
                related.append(Related(entry.title.span, f"{version_name(profile)} says '{role_of(entry)}'"))
        if related:
            role = newest.role or newest.title
            yield Hit(role.span, {"entry": newest.label, "role": role.value, "dates": newest.dates.text,
                                  "others": "; ".join(r.message for r in related)}, related=related)


@check("publication-missing", scope="group", gives=("bib", "entry", "line"))
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
