"""Privacy rules: personal data that does not belong in a public CV. The value found is marked sensitive: no output prints it."""

from __future__ import annotations

from .. import patterns
from ..finding import Hit
from ..model import Span
from .base import check, gated_lines


_DIGIT = patterns.compile(r"\d")
# a date given to the day: 14-03-1996, 1996-03-14, 14 March 1996, March 14, 1996
_DAY_PRECISION = patterns.compile(r"^\d{1,2}[./-]\d{1,2}[./-]\d{4}$|^\d{4}[./-]\d{1,2}[./-]\d{1,2}$|^\d{1,2}(?:st|nd|rd|th)?[\s./-]+[A-Za-z]"
                               r"|^[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}$")


@check("personal-data", gives=("kind", "label"), heading_birth_dates=True, min_age=14, max_age=90)
def personal_data(profile, params, ctx):
    """Personal data that does not belong in a public CV, found by its label; and, with
    ``heading_birth_dates``, a full date with no label in the CV's heading (above its first
    section) that is ``min_age`` to ``max_age`` years old: a birth date set beside the
    nationality or the address. The value is marked sensitive so no output prints it."""
    labelled = set()
    for line, kinds in gated_lines(profile, ctx.tables.personal_data):
        if not _DIGIT.search(line.value):  # every kind's value has digits (rules/data/personal-data.toml)
            continue
        for kind in kinds:
            for m in kind.finditer(line.value):
                n = line.span.line
                value_start = m.start("value") + len(m.group("value")) - len(m.group("value").lstrip(" :：#*_|"))
                span = Span(line.span.path, n, value_start + 1, n, m.end("value") + 1, line.span.page)
                labelled.add(n)
                yield Hit(span, {"kind": kind.name, "label": m.group("label").strip()}, sensitive=True)
    if params["heading_birth_dates"] and profile.sections:
        first_section = profile.sections[0].heading.span.line
        for found in profile.dates:
            if found.span.line >= first_section or found.span.line in labelled or found.is_range:
                continue
            age = ctx.as_of.year - found.start.year
            if found.start.month and _DAY_PRECISION.search(found.text) and params["min_age"] <= age <= params["max_age"]:
                yield Hit(found.span, {"kind": "date of birth", "label": "a date with no label in the CV's heading"},
                          sensitive=True)
