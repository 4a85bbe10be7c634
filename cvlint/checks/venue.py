"""Venue rules: the same work at another venue in another version."""

from __future__ import annotations

from ..finding import Hit, Related
from .base import ACCEPTED, check, first_claim, version_name


@check("venue-changed", scope="group", both_accepted=False)
def venue_changed(group, params, ctx):
    """The same work names a different venue in another version. With ``both_accepted``,
    only where both versions claim acceptance (a contradiction); without, the rest."""
    for cluster in group.clusters:
        _, newest = cluster[-1]
        new = first_claim(newest, "status", "venue")
        if not new:
            continue
        related = []
        for profile, entry in cluster[:-1]:
            old = first_claim(entry, "status", "venue")
            if not old or old.venue == new.venue:
                continue
            both = new.status in ACCEPTED and old.status in ACCEPTED
            if both == params["both_accepted"]:
                related.append(Related(old.span, f"{version_name(profile)} says '{old.text}'"))
        if related:
            yield Hit(new.span, {"entry": newest.label, "claim": new.text, "venue": new.venue,
                                 "others": "; ".join(r.message for r in related)}, related=related)
