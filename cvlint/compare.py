"""``cvlint compare``: one person's versions side by side, a reviewer's view.

For each person with two or more versions, oldest first: one row per entry aligned across the
versions (as the cross-version rules align them, entries only some versions have included),
one cell per version with what that version says of the entry — its dates, its status and
venue, the owner's authorship claim and place in the author list — and, in each cell, which of
those changed since the previous version that lists the entry. Then the findings about that
person. The comparison is data (records below); ``reporters.comparison`` draws it."""

from __future__ import annotations

from dataclasses import field
from typing import Optional

from .finding import Finding
from .group import Group, align
from .model import Entry, PartialDate, Profile, record

FACTS = ("dates", "status", "venue", "authorship", "place")


@record
class Version:
    """One version of the CV: its file and when it was written, as far as it says."""

    path: str
    format: str
    written: str = ""  # "2025-03", "2024", or "" when the version gives no date


@record
class Cell:
    """What one version says of one entry; ``changed`` names the facts it states otherwise than
    the last version before it that states them (a fact a version leaves unsaid is no change)."""

    line: int  # where the entry is, in that version
    dates: str = ""
    status: str = ""
    venue: str = ""
    authorship: str = ""
    place: str = ""  # the owner's place in the author list: "2nd of 4"
    changed: list[str] = field(default_factory=list)


@record
class Row:
    """One entry across the versions: ``cells[i]`` is what version ``i`` says, None where it
    does not list the entry. ``change`` sums the row up: dropped (a later version lists the
    section without it), added (an earlier one does), changed (a fact said otherwise), same."""

    section: str
    title: str
    cells: list[Optional[Cell]]
    change: str


@record
class Person:
    """One person's versions, the rows of their entries, and the findings about them."""

    name: str
    versions: list[Version]
    rows: list[Row]
    findings: list[Finding] = field(default_factory=list)


def describe(entry: Entry) -> Cell:
    """The facts a reviewer compares, as the version states them."""
    cell = Cell(line=entry.title.span.line, dates=entry.dates.text if entry.dates else (str(entry.year) if entry.year else ""))
    for claim in entry.claims:
        if claim.kind == "status" and not cell.status:
            cell.status = claim.status or ""
        if claim.venue and not cell.venue:
            cell.venue = claim.venue + (f" {claim.venue_year}" if claim.venue_year else "")
        if claim.kind == "authorship" and not cell.authorship:
            cell.authorship = claim.authorship or ""
    cell.place = entry.owner_place or ""
    return cell


def _comparable(cell: Cell, entry: Entry) -> dict[str, object]:
    """Each fact as it is compared (None: not stated): dates as the months or years they name,
    not as written ("09/2021 – 06/2025" and "Sep. 2021 – Jun. 2025" say the same)."""
    dates = None
    if entry.dates is not None:
        found = entry.dates
        dates = (found.start, None if found.open_end else found.end, found.open_end)
    elif entry.year:
        dates = (PartialDate(entry.year), None, False)
    venue = next(((c.venue, c.venue_year) for c in entry.claims if c.venue), None)
    return {"dates": dates, "venue": venue,
            **{fact: getattr(cell, fact) or None for fact in FACTS if fact not in ("dates", "venue")}}


def _same(fact: str, old, new) -> bool:
    if fact == "venue":  # the same venue, and the same year where both give one
        return old[0] == new[0] and (old[1] is None or new[1] is None or old[1] == new[1])
    if fact != "dates":
        return old == new
    # a date given to the month in one version and to the year in another: the same year will do
    return all(_same_point(a, b) for a, b in zip(old[:2], new[:2])) and old[2] == new[2]


def _same_point(a: Optional[PartialDate], b: Optional[PartialDate]) -> bool:
    if a is None or b is None:
        return a is b
    return a.year == b.year and (a.month is None or b.month is None or a.month == b.month)


def _written(profile: Profile) -> str:
    when = profile.source.version_date
    if when is None:
        return ""
    return f"{when.year}-{when.month:02d}" if when.month else str(when.year)


def compare_group(group: Group, findings: list[Finding]) -> Person:
    """The rows of one person's versions (``group.profiles``, oldest first)."""
    profiles = group.profiles
    index = {id(profile): i for i, profile in enumerate(profiles)}
    rows = []
    # the sections each version lists in full: a .bib lists publications only, a site's page
    # of one paper lists that paper (it leaves out nothing)
    covers = [set() if p.source.collection else {e.section for e in p.entries} for p in profiles]
    for cluster in group.rows or align(profiles, keep_single=True):
        cells: list[Optional[Cell]] = [None] * len(profiles)
        entries: list[Optional[Entry]] = [None] * len(profiles)
        for profile, entry in cluster:
            cells[index[id(profile)]] = describe(entry)
            entries[index[id(profile)]] = entry
        stated: dict[str, object] = {}  # each fact as the last version that states it states it
        for cell, entry in zip(cells, entries):
            if cell is None:
                continue
            facts = _comparable(cell, entry)
            cell.changed = [fact for fact in FACTS if facts[fact] is not None and fact in stated
                            and not _same(fact, stated[fact], facts[fact])]
            stated.update({fact: value for fact, value in facts.items() if value is not None})
        newest = cluster[-1][1]
        rows.append(Row(newest.section, newest.label, cells, _change(cells, [newest.section in c for c in covers])))
    sections = _section_order(profiles)

    def place(row: Row) -> tuple:
        # by section, as the newest version orders them; in one, as the newest version that lists the entry has it
        latest = max(i for i, cell in enumerate(row.cells) if cell is not None)
        return sections.get(row.section, len(sections)), -latest, row.cells[latest].line

    rows.sort(key=place)
    paths = {profile.source.path for profile in profiles}
    name = next((n.value for p in reversed(profiles) for n in p.person.names), "")
    return Person(name, [Version(p.source.path, p.source.format, _written(p)) for p in profiles], rows,
                  [f for f in findings if f.span.path in paths])


def _section_order(profiles: list[Profile]) -> dict[str, int]:
    """Section kinds in the order of the newest version, then those only older ones have."""
    order: dict[str, int] = {}
    for profile in reversed(profiles):
        for entry in profile.entries:
            order.setdefault(entry.section, len(order))
    return order


def _change(cells: list[Optional[Cell]], covering: list[bool]) -> str:
    """dropped: a version after the entry's first one lists its section without it; added: one
    before does; else changed or same."""
    present = [i for i, cell in enumerate(cells) if cell is not None]
    if any(covering[i] and cells[i] is None for i in range(present[0] + 1, len(cells))):
        return "dropped"
    if any(covering[i] for i in range(present[0])):
        return "added"
    return "changed" if any(c is not None and c.changed for c in cells) else "same"


def compare(groups: list[Group], findings: list[Finding]) -> list[Person]:
    """Every person with two or more versions."""
    return [compare_group(group, findings) for group in groups if len(group.profiles) >= 2]
