from __future__ import annotations

from ..finding import Hit, Related
from .base import check, version_name

PENDING = ("planned", "submitted", "revision")


def status_rank(tables, status: str) -> int:
    return tables.status.rank(status)


@check("status-stale", gives=("claim", "why"), max_age_months=12)
def status_stale(profile, params, ctx):
    """A pending status ("submitted to", "under review at") that time has overtaken: the
    venue's year has passed, or the entry ended long ago — judged at the date the version was
    written, where it says one (a 2024 application saying "submitted" in 2024 is not stale),
    else at the run's as-of date."""
    # what was stale when the version was written is stale now too: the message stays "is past"
    month = ctx.as_of_month
    when = profile.source.version_date
    if when is not None:
        month = min(month, when.ordinal(end=True))
    year = month // 12
    for entry in profile.entries:
        pending = [c for c in entry.claims if c.kind == "status" and c.status in PENDING]
        # one paper's statuses at one venue ("under review at ICML 2024; submitted to ICML 2024")
        # are one claim: the most advanced is the one reported
        best = {}
        for claim in pending:
            key = (claim.venue, claim.venue_year)
            if key not in best or status_rank(ctx.tables, claim.status) > status_rank(ctx.tables, best[key].status):
                best[key] = claim
        for claim in pending:
            if claim.venue and best[(claim.venue, claim.venue_year)] is not claim:
                continue
            if claim.venue_year and claim.venue_year < year:
                yield Hit(claim.span, {"claim": claim.text, "why": f"{claim.venue_year} is past"})
                continue
            if claim.venue_year is None and entry.dates and entry.dates.is_range and entry.dates.end and not entry.dates.open_end:
                age = month - entry.dates.end.ordinal(end=True)
                if age > params["max_age_months"]:
                    yield Hit(claim.span, {"claim": claim.text, "why": f"the work ended {entry.dates.end.year}"})


@check("status-regressed", scope="group", gives=("claim", "entry", "old", "old_path"))
def status_regressed(group, params, ctx):
    """A newer version gives an earlier status than an older one at the same venue
    (accepted before, under review now), or, for a publication, an earlier status with no
    venue named ("In preparation" after "Accepted to X"). Moving forward is normal and not
    reported."""
    accepted = status_rank(ctx.tables, "accepted")
    for cluster in group.clusters:
        for (older_profile, older), (_, newer) in zip(cluster, cluster[1:]):
            new_claims = [c for c in newer.claims if c.kind == "status"]
            best_new = max((status_rank(ctx.tables, c.status) for c in new_claims), default=-1)
            for new_claim in new_claims:
                for old_claim in (c for c in older.claims if c.kind == "status"):
                    old_rank = status_rank(ctx.tables, old_claim.status)
                    if new_claim.venue:
                        comparable = new_claim.venue == old_claim.venue
                    else:
                        # "Accepted to X" then "In preparation": a paper's status with no venue named
                        # goes back from an acceptance, or from any status of the same paper
                        comparable = newer.section == "publications" and best_new < old_rank and (
                            old_rank >= accepted or not old_claim.venue)
                    if comparable and status_rank(ctx.tables, new_claim.status) < old_rank:
                        yield Hit(new_claim.span, {"entry": newer.label, "claim": new_claim.text, "old": old_claim.text,
                                                   "old_path": version_name(older_profile)},
                                  related=[Related(old_claim.span, f"{version_name(older_profile)} says '{old_claim.text}'")])
