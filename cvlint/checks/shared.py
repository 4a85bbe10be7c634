"""Checks that rules of several categories use: a file read only in part or not at all
(content: unreadable, empty; encoding: not UTF-8); the same entry claiming something else in
another version (venue, authorship, dates)."""

from __future__ import annotations

from typing import Any, Optional

from .. import patterns
from ..finding import Hit, Related
from ..group import dated_alike, version_key
from ..model import Span, record
from .base import ACCEPTED, check, first_claim, version_name


@check("read-problem", gives=("kind", "problem"), kinds=[])
def read_problem(profile, params, ctx):
    """The file could not be read, or only in part (binary, too large, wrong encoding)."""
    for problem in profile.problems:
        if problem.kind in params["kinds"]:
            yield Hit(problem.span, {"problem": problem.message, "kind": problem.kind})


@record
class Said:
    """What one version says about one aspect of an entry, for ``claim-changed``: where it says
    it, how another version's message quotes it ("says 'Accepted to AAAI 2024'"), and the values
    the rule's message may name."""

    value: Any  # the claim, the entry or the date range read
    span: Span
    quoted: str
    values: dict


def _venue(entry, newest: bool) -> Optional[Said]:
    claim = first_claim(entry, "status", "venue")
    return claim and Said(claim, claim.span, f"says '{claim.text}'", {"claim": claim.text, "venue": claim.venue})


def _venue_differs(new, old, profile, params, ctx) -> bool:
    """Another venue; with ``both_accepted``, only where both versions claim acceptance (a
    contradiction), without it only where one does not (a changed target)."""
    both = new.status in ACCEPTED and old.status in ACCEPTED
    return old.venue != new.venue and both == params["both_accepted"]


def _authorship(entry, newest: bool) -> Optional[Said]:
    claim = first_claim(entry, "authorship")
    return claim and Said(claim, claim.span, f"says '{claim.text}'", {"claim": claim.text})


def _authorship_differs(new, old, profile, params, ctx) -> bool:
    """``joint first (second place)`` vs ``first``; a place given in one version only is no change."""
    base_new, _, place_new = new.authorship.partition("@")
    base_old, _, place_old = old.authorship.partition("@")
    return base_new != base_old or bool(place_new and place_old and place_new != place_old)


def _author_position(entry, newest: bool) -> Optional[Said]:
    if len(entry.authors) < 2 or not entry.self_position or not entry.authors_span:
        return None
    return Said(entry, entry.authors_span, f"lists them {entry.owner_place}", {"position": entry.owner_place})


def _author_position_differs(new, old, profile, params, ctx) -> bool:
    """The owner's place in the author list, or their equal-contribution mark."""
    new_self, old_self = new.authors[new.self_position - 1], old.authors[old.self_position - 1]
    return old.self_position != new.self_position or old_self.equal_contribution != new_self.equal_contribution


def _dates(entry, newest: bool) -> Optional[Said]:
    if not entry.dates or (newest and entry.section == "publications"):  # a paper's year: publication-year-changed
        return None
    return Said(entry.dates, entry.dates.span, f"says '{entry.dates.text}'", {"dates": entry.dates.text})


def _outside(single, span) -> bool:
    """A single date that does not say what a range says: a year outside it, or a month that is
    neither its first nor its last (``11/2017`` for ``Oct. 2017 - Dec. 2017``). A year inside
    the range (the graduation year of a degree) says the same. An open end reaches any date."""
    if single.start.month:
        ends = [span.start] + ([span.end] if span.end is not None and not span.open_end else [])
        return not any(d.year == single.start.year and d.month in (None, single.start.month) for d in ends)
    if span.open_end or span.end is None:
        return single.start.ordinal(end=True) < span.start.ordinal()
    return single.start.ordinal(end=True) < span.start.ordinal() or single.start.ordinal() > span.end.ordinal(end=True)


_NAME_WORD = patterns.compile(r"[^\W\d_]{4,}")


def _dated_elsewhere(newest_profile, newest, old_entry) -> bool:
    """The older version's date is still in the newest one, on another entry of the section
    that shares a word of its name: the items were regrouped ("2016: Hashcode, UKIEPC" where an
    older one listed "October 2016: UKIEPC"; a prize won each year), not redated."""
    return any(other is not newest and other.section == old_entry.section and dated_alike(other, old_entry)
               and _names_within(old_entry, other) for other in newest_profile.entries)


def _names_within(a, b) -> bool:
    """One entry's name words (of four letters or more) all among the other's words (its name
    and first line): ``UKIEPC`` within ``2016: Google Hashcode, UKIEPC``."""
    def words(entry, text: str) -> set[str]:
        return set(_NAME_WORD.findall(text.lower()))

    a_name, b_name = words(a, a.label), words(b, b.label)
    a_all = a_name | words(a, a.lines[0].value if a.lines else "")
    b_all = b_name | words(b, b.lines[0].value if b.lines else "")
    return bool(a_name) and a_name <= b_all or bool(b_name) and b_name <= a_all


def _dates_differ(new, old, profile, params, ctx) -> bool:
    """A start that moved; an end that moved after the older version had already called it over
    (an end still in the future when a version was written may change)."""
    a, b = old, new
    if a.is_range != b.is_range:
        # "2019" beside "2014 – 2019": a year that falls inside the range (the graduation, the
        # start) says the same; one outside it ("2023" beside "2020 – 2022") does not
        return _outside(a if not a.is_range else b, b if not a.is_range else a)
    changed = (a.start.year != b.start.year or a.start.month and b.start.month and a.start.month != b.start.month)
    if not changed and a.end and b.end and not a.expected and not b.expected:
        written = version_key(profile, ctx.as_of)[0]
        if a.end.ordinal(end=True) <= written:  # the older version already called it over
            changed = a.end.year != b.end.year or bool(a.end.month and b.end.month and a.end.month != b.end.month)
    return bool(changed)


# claim -> (what a version says, whether an older version's differs from the newest's, the values it gives)
ASPECTS = {
    "venue": (_venue, _venue_differs, ("claim", "venue")),
    "authorship": (_authorship, _authorship_differs, ("claim",)),
    "author-position": (_author_position, _author_position_differs, ("position",)),
    "dates": (_dates, _dates_differ, ("dates",)),
}


@check("claim-changed", scope="group", choices={"claim": tuple(ASPECTS)},
       gives=lambda params: ("entry", *ASPECTS[params["claim"]][2], "others"), claim="venue", both_accepted=False)
def claim_changed(group, params, ctx):
    """The same entry says something else about one ``claim`` in an older version: its venue
    (``both_accepted``: both versions claim acceptance), the owner's authorship claim, the
    owner's place in its author list, its dates. Placed on the newest version, naming what each
    older one says."""
    read, differs, _ = ASPECTS[params["claim"]]
    for cluster in group.clusters:
        _, newest = cluster[-1]
        new = read(newest, True)
        if new is None:
            continue
        related = []
        for profile, entry in cluster[:-1]:
            old = read(entry, False)
            if old is not None and differs(new.value, old.value, profile, params, ctx) \
                    and not (params["claim"] == "dates" and _dated_elsewhere(cluster[-1][0], newest, entry)):
                related.append(Related(old.span, f"{version_name(profile)} {old.quoted}"))
        if related:
            yield Hit(new.span, {"entry": newest.label, **new.values, "others": "; ".join(r.message for r in related)},
                      related=related)
