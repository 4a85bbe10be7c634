from __future__ import annotations

import re

from .. import regex
from . import check
from ..finding import Hit, Related
from ..group import version_key
from ..model import PartialDate



def _before(end: PartialDate, start: PartialDate) -> bool:
    """End strictly before start, compared at the precision both give."""
    if end.month and start.month:
        return (end.year, end.month) < (start.year, start.month)
    return end.year < start.year


@check("date-range-order")
def date_range_order(profile, params, ctx):
    """A date range whose end is before its start."""
    for found in profile.dates:
        if found.is_range and found.end and _before(found.end, found.start):
            yield Hit(found.span, {"range": found.text, "start": found.start_text, "end": found.end_text})


@check("date-problem")
def date_problem(profile, params, ctx):
    """A date that cannot be read: a month out of range, a misspelt month."""
    for problem in profile.date_problems:
        yield Hit(problem.span, {"date": problem.text, "reason": problem.reason})


_COMPLETED = regex.compile(r"\b(graduated|completed|received|awarded|defended|earned|conferred|won)\b", re.I)


@check("date-in-future", sections=["awards"], completion_words=True, publications=True)
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


def _outside(single, span) -> bool:
    """A single date entirely outside a range (an open end reaches to any date)."""
    if span.open_end or span.end is None:
        return single.start.ordinal(end=True) < span.start.ordinal()
    return single.start.ordinal(end=True) < span.start.ordinal() or single.start.ordinal() > span.end.ordinal(end=True)


@check("entry-dates-changed", scope="group")
def entry_dates_changed(group, params, ctx):
    """The same entry gives different dates in different versions. An end that was still in
    the future when a version was written (expected) may change; a start may not."""
    for cluster in group.clusters:
        newest_profile, newest = cluster[-1]
        if not newest.dates or newest.section == "publications":
            continue
        related = []
        for profile, entry in cluster[:-1]:
            if not entry.dates:
                continue
            a, b = entry.dates, newest.dates
            if a.is_range != b.is_range:
                # "2019" beside "2014 – 2019": a year that falls inside the range (the graduation, the
                # start) says the same; one outside it ("2023" beside "2020 – 2022") does not
                if _outside(a if not a.is_range else b, b if not a.is_range else a):
                    related.append(Related(a.span, f"{profile.source.path} says '{a.text}'"))
                continue
            changed = (a.start.year != b.start.year or a.start.month and b.start.month and a.start.month != b.start.month)
            if not changed and a.end and b.end and not a.expected and not b.expected:
                written = version_key(profile, ctx.as_of)[0]
                if a.end.ordinal(end=True) <= written:  # the older version already called it over
                    changed = a.end.year != b.end.year or bool(a.end.month and b.end.month and a.end.month != b.end.month)
            if changed:
                related.append(Related(a.span, f"{profile.source.path} says '{a.text}'"))
        if related:
            yield Hit(newest.dates.span, {"entry": newest.label, "dates": newest.dates.text,
                                          "others": "; ".join(r.message for r in related)}, related=related)
