"""Encoding rules: text decoded with the wrong encoding. (A file not in UTF-8 is ``read-problem``, in shared.py.)"""

from __future__ import annotations

from .. import patterns
from ..finding import Fix, Hit
from ..model import Span
from .base import check


# A UTF-8 lead byte read as Latin-1/cp1252 (Ã, Â, â, Å, …) followed by a continuation
# byte read the same way: cheap to test, and only lines that pass pay for ftfy.
_SUSPECT = patterns.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


@check("mojibake", gives=("repaired", "text"))
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
