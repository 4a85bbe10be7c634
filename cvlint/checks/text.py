from __future__ import annotations


from .. import patterns
from . import check, lowered_text
from ..finding import Fix, Hit
from ..model import Span

# a date given to the day: 14-03-1996, 1996-03-14, 14 March 1996, March 14, 1996
_DAY_PRECISION = patterns.compile(r"^\d{1,2}[./-]\d{1,2}[./-]\d{4}$|^\d{4}[./-]\d{1,2}[./-]\d{1,2}$|^\d{1,2}(?:st|nd|rd|th)?[\s./-]+[A-Za-z]"
                               r"|^[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}$")

# A UTF-8 lead byte read as Latin-1/cp1252 (Ã, Â, â, Å, …) followed by a continuation
# byte read the same way: cheap to test, and only lines that pass pay for ftfy.
_SUSPECT = patterns.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


@check("mojibake")
def mojibake(profile, params, ctx):
    """Text decoded with the wrong encoding (``FASTâ€™25`` for ``FAST’25``), with the repair."""
    for line in profile.lines:
        if not _SUSPECT.search(line.value):
            continue
        import ftfy  # ~70 ms to import: only for lines that look broken

        fixed = ftfy.fix_encoding(line.value)
        if fixed == line.value:
            continue
        start = 0
        while start < min(len(fixed), len(line.value)) and fixed[start] == line.value[start]:
            start += 1
        end_raw, end_fixed = len(line.value), len(fixed)
        while end_raw > start and end_fixed > start and fixed[end_fixed - 1] == line.value[end_raw - 1]:
            end_raw -= 1
            end_fixed -= 1
        n = line.span.line
        span = Span(line.span.path, n, start + 1, n, end_raw + 1, line.span.page)
        broken, repaired = line.value[start:end_raw], fixed[start:end_fixed]
        shown_broken = broken if len(broken) <= 40 else broken[:37] + "…"
        shown_repaired = repaired if len(repaired) <= 40 else repaired[:37] + "…"
        yield Hit(span, {"text": shown_broken, "repaired": shown_repaired}, fix=Fix(repaired, span))


@check("personal-data", heading_birth_dates=True, min_age=14, max_age=90)
def personal_data(profile, params, ctx):
    """Personal data that does not belong in a public CV, found by its label; and, with
    ``heading_birth_dates``, a full date with no label in the CV's heading (above its first
    section) that is ``min_age`` to ``max_age`` years old: a birth date set beside the
    nationality or the address. The value is marked sensitive so no output prints it."""
    labelled = set()
    table = ctx.tables.personal_data.within(lowered_text(profile))
    for line in profile.lines:
        lowered = line.value.lower()
        for kind in table.candidates(lowered):
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
