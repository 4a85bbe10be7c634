"""Date rules: ranges that end before they start, dates that cannot be read or lie in the future,
and dates of one entry or paper that differ between versions or between fields."""

from __future__ import annotations

import re
from collections import Counter

from .. import patterns
from ..finding import Hit, Related
from ..model import PartialDate
from .base import ACCEPTED, check, first_claim, role_of, version_name



def _before(end: PartialDate, start: PartialDate) -> bool:
    """End strictly before start, compared at the precision both give."""
    if end.month and start.month:
        return (end.year, end.month) < (start.year, start.month)
    return end.year < start.year


@check("date-range-order", gives=("end", "range", "start"))
def date_range_order(profile, params, ctx):
    """A date range whose end is before its start."""
    for found in profile.dates:
        if found.is_range and found.end and _before(found.end, found.start):
            yield Hit(found.span, {"range": found.text, "start": found.start_text, "end": found.end_text})


@check("date-problem", gives=("date", "reason"))
def date_problem(profile, params, ctx):
    """A date that cannot be read: a month out of range, a misspelt month."""
    for problem in profile.date_problems:
        yield Hit(problem.span, {"date": problem.text, "reason": problem.reason})


_COMPLETED = patterns.compile(r"\b(graduated|completed|received|awarded|defended|earned|conferred|won)\b", re.I)


@check("date-in-future", gives=("as_of", "date", "why"), sections=["awards"], completion_words=True, publications=True)
def date_in_future(profile, params, ctx):
    """A date after the as-of date where only a past date makes sense: an award received, a
    degree completed, a paper published. Expected dates are fine."""
    limit = ctx.as_of_month
    seen = set()
    by_line: dict[int, list] = {}
    for found in profile.dates:
        by_line.setdefault(found.span.line, []).append(found)
    for entry in profile.entries:
        lines = {t.span.line: t.value for t in entry.lines}
        for found in (f for line in sorted(lines) for f in by_line.get(line, ())):
            if found.expected or found.span in seen:
                continue
            if found.is_range or found.start.ordinal() <= limit:
                continue
            text = lines[found.span.line]
            why = None
            if entry.section in params["sections"]:
                why = f"a date in {entry.heading or entry.section}"
            elif params["completion_words"] and _COMPLETED.search(text):
                why = f"'{_COMPLETED.search(text).group(1)}' with a future date"
            elif params["publications"] and entry.section == "publications" and entry.year == found.start.year and not any(
                    c.status in ("planned", "submitted", "revision", "accepted") for c in entry.claims):
                why = "a publication year"
            if why:
                seen.add(found.span)
                yield Hit(found.span, {"date": found.text, "why": why, "as_of": ctx.as_of.isoformat()})


@check("date-range-too-long", gives=("dates", "end", "years"), max_years=10)
def date_range_too_long(profile, params, ctx):
    """A range that ends in the future and spans more than ``max_years`` years (``2015-2028``
    for a degree): most likely a mistyped year."""
    for found in profile.dates:
        if not found.is_range or found.open_end or found.end is None:
            continue
        years = found.end.year - found.start.year
        if found.end.ordinal() > ctx.as_of_month and years > params["max_years"]:
            yield Hit(found.span, {"dates": found.text, "years": years, "end": found.end.year})


_NOT_FULL_TIME = ("part-time", "part time", "volunteer", "advisor", "adviser", "board", "freelance", "consultant",
                  "founder", "member", "fellow", "mentor", "reviewer", "editor", "ambassador", "contributor", "owner",
                  "tutor", "demonstrator", "teaching assistant", "student")


@check("entry-left-open", gives=("dates", "entry", "later", "later_dates"), min_gap_years=2)
def entry_left_open(profile, params, ctx):
    """A position still open ("present", or no end date) while a position that started
    ``min_gap_years`` or more later, at another organisation, is open too: the older one
    was most likely left without an end date. Only full-time-sounding roles count."""
    from ..extract.words import names_role
    from ..names import fold

    def open_job(entry) -> bool:
        role = fold(role_of(entry))
        return entry.section == "experience" and entry.dates is not None and entry.dates.is_range and entry.dates.open_end \
            and names_role(role) and not any(word in role for word in _NOT_FULL_TIME)

    jobs = [e for e in profile.entries if open_job(e)]
    for old in jobs:
        later = [e for e in jobs if e.dates.start.year - old.dates.start.year >= params["min_gap_years"]
                 and fold((e.org or e.title).value) != fold((old.org or old.title).value)]
        if later:
            newest = max(later, key=lambda e: e.dates.start.ordinal())
            yield Hit(old.dates.span, {"entry": old.label, "dates": old.dates.text, "later": newest.label,
                                       "later_dates": newest.dates.text},
                      related=[Related(newest.dates.span, f"'{newest.label}' is open too ({newest.dates.text})")])


@check("fact-mismatch", gives=("fact", "others", "source", "value"), fact="year")
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


@check("publication-year-changed", scope="group", gives=("entry", "others", "venue", "year"))
def publication_year_changed(group, params, ctx):
    """The same paper, accepted or published at the same venue in two versions, with a
    different year. Where the owner's .bib gives it, the .bib is the record: each other
    version that disagrees with it gets the finding; else the newest version does. A
    preprint's year and the venue's may differ; one venue's may not."""
    for cluster in group.clusters:
        dated = [(profile, entry, claim) for profile, entry in cluster
                 if entry.section == "publications" and entry.year and entry.dates
                 for claim in [first_claim(entry, "status", "venue")] if claim and claim.status in ACCEPTED]
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
