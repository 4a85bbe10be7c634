"""Claims in a line of text: a status at a venue (``Submitted to NeurIPS 2024``) and an
authorship (``Joint first authorship (second place)``), in canonical form."""

from __future__ import annotations

import re
from typing import Callable, Optional

from .. import patterns
from ..model import Claim, Span
from ..tables import Tables

# an apostrophe, or one whose UTF-8 bytes were read as cp1252 (FASTâ€™25): a claim is read
# whole, so its message never quotes it cut at the broken character
_APOSTROPHE = "(?:['’`]|â€[™˜]|Â´)"
_YEAR_AFTER = patterns.compile(rf"\s?(?:{_APOSTROPHE}\s?(\d\d)\b|(\d{{4}})\b|(\d\d)\b)")
# a venue that is not in the table: an acronym (ATC, SoCC) or a capitalised name of up to 6 words
_VENUE_WORD = r"[A-Z](?:(?!â€)[\w&+.-])*"
_GENERIC_VENUE = patterns.compile(rf"(?:the\s+)?((?:{_VENUE_WORD})(?:\s+(?:of|on|for|and|in|&)?\s*{_VENUE_WORD}){{0,5}})")
_PLACE = patterns.compile(r"\(\s*(?:listed\s+|in\s+|at\s+)?(\w+)(?:\s+(?:place|position|in order|listed|author))?\s*\)", re.I)
_TRAILING_SHORT_YEAR = patterns.compile(rf"{_APOSTROPHE}\d\d$")  # "FAST'25": the year after a venue's name
_SHORT_YEAR = patterns.compile(rf"{_APOSTROPHE}(\d\d)\b")


def _read_venue(text: str, start: int, tables: Tables, known_only: bool = False) -> tuple[Optional[str], Optional[int], int]:
    """Venue and year named at ``text[start:]``; returns (canonical venue, year, end offset).
    With ``known_only``, only a venue of the table counts."""
    rest = text[start:]
    stripped = len(rest) - len(rest.lstrip(" :*_\"“"))
    position = start + stripped
    known = tables.venues.match(text, position)
    if known:
        venue = tables.venues.normalise(known.text)
        end = known.end
    elif known_only:
        return None, None, start
    else:
        m = _GENERIC_VENUE.match(text, position)
        if not m:
            return None, None, start
        raw = _TRAILING_SHORT_YEAR.sub("", m.group(1)).rstrip(".,")
        if len(raw) < 2:
            return None, None, start
        venue = tables.venues.normalise(raw)
        end = m.end(1)
    year = None
    m = _YEAR_AFTER.match(text, end)
    if m and m.group(1):
        year, end = 2000 + int(m.group(1)), m.end()
    elif m and m.group(2) and m.group(2).startswith(("19", "20")):
        year, end = int(m.group(2)), m.end()
    else:
        m = _SHORT_YEAR.search(text[position:end])
        if m:
            year = 2000 + int(m.group(1))
    return venue or None, year, end


def find_claims(text: str, span_of: Callable[[int, int], Span], tables: Tables) -> list[Claim]:
    claims: list[Claim] = []
    taken: list[tuple[int, int]] = []
    lowered = text.lower()
    for phrase in tables.status.candidates(lowered):
        value = phrase.value
        for m in phrase.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            venue, year, end = _read_venue(text, m.end(), tables, phrase.known_venue_only)
            if phrase.known_venue_only and venue is None:
                continue
            if value in ("accepted", "published") and venue is None:
                continue  # "accepted" alone says nothing checkable
            taken.append((m.start(), end))
            claims.append(Claim("status", text[m.start():end].strip(), span_of(m.start(), end), status=value, venue=venue, venue_year=year))
    for phrase in tables.authorship.candidates(lowered):
        value = phrase.value
        for m in phrase.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            end = m.end()
            authorship = value
            if value == "joint-first":
                place = _PLACE.match(text, end + (1 if text[end:end + 1] == " " else 0))
                if place and place.group(1).casefold() in tables.places:
                    authorship = f"joint-first@{tables.places[place.group(1).casefold()]}"
                    end = place.end()
            taken.append((m.start(), end))
            claims.append(Claim("authorship", text[m.start():end], span_of(m.start(), end), authorship=authorship))
    claims.sort(key=lambda c: (c.span.line, c.span.column))
    return claims


def find_venue(text: str, tables: Tables) -> Optional[tuple[int, int, str, Optional[int]]]:
    """The first known venue named anywhere in ``text``: (start, end, canonical, year)."""
    known = tables.venues.search(text)
    if not known:
        return None
    venue, year, end = _read_venue(text, known.start, tables)
    return known.start, end, venue or "", year
