"""Stage 4: an entry's fields from its header lines — dates, title, organisation, role,
location — and its claims.

Header lines are cut into parts at the separators CVs use (``—``, `` | ``, ``, ``, a run of
dashes, a right-aligned column) once their dates are masked out. Each part is scored as a
role, an organisation and a location by small named features; the best-scoring part fills
each field, and the scores are kept for ``cvlint parse --explain``.
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from .. import patterns
from ..model import Claim, DateRange, Entry, Span, Text
from ..tables import Tables
from .claims import find_claims
from .dates import EXPECTED_RE, EXPECTED_WORDS
from .types import EntryDraft, LineInfo, Role
from .words import names_a_place as is_place, names_organisation, names_role

# (?=…): the characters a separator can start with, tried first (most characters start none)
_SEPARATORS = patterns.compile(r"(?=[\s\-.,_()])(?:\s+[—–|/⋄◆♦•·∙]\s+|\s+-{1,3}\s+|\s*-{4,}\s*|\s*\.{4,}\s*|\s*_{4,}\s*|\s{3,}|,\s+|\s+@\s+|\s+at\s+|\s*\(|\)\s*)")

_COMPANY_SUFFIX = patterns.compile(r"(?:inc|ltd|llc|corp|co|plc|gmbh|ag|s\.?a|s\.?l|b\.?v|pty|sarl|sas|spa)\.?", re.I)


class Part:
    """A piece of a header line between separators, and where it is."""

    __slots__ = ("text", "info", "start", "end", "bold", "scores")

    def __init__(self, text: str, info: LineInfo, start: int, end: int, bold: bool):
        self.text, self.info, self.start, self.end, self.bold = text, info, start, end, bold
        self.scores: dict[str, int] = {}


# a field's label written before its value ("Date: 2013 – 2020   Location: Barcelona, Spain"),
# in the languages read: the label names no part of the entry
FIELD_LABEL = patterns.compile(r"(?<!\w)(?:dates?|period[eo]?|période|duration|location|place|city|where|when|fechas?|lugar"
                               r"|lieu|ort|datum|zeitraum|luogo|data|local)\s*:\s*", re.I)


_EXPECTED_BEFORE = patterns.compile(rf"\b(?:{EXPECTED_WORDS})[:\s]*$", re.I)
_EXPECTED_AFTER = patterns.compile(rf"\s*\((?:{EXPECTED_WORDS})\)", re.I)


def header_parts(info: LineInfo) -> list[Part]:
    """The parts of a header line once its dates are masked out."""
    masked = list(info.text)
    for found in info.dates:
        start, end = found.start, found.end
        before = _EXPECTED_BEFORE.search(info.text, 0, start)  # "Expected May 2026": the word is the date's
        after = _EXPECTED_AFTER.match(info.text, end)  # "2016 (expected)"
        start, end = before.start() if before else start, after.end() if after else end
        masked[start:end] = " " * (end - start)
    text = "".join(masked)
    bold = [(b - info.start, e - info.start) for b, e in info.line.bold]
    parts, position = [], 0
    # the end of a bold lead ("**Cloudline Inc.** Remote") separates as a comma would
    cuts = [(m.start(), m.end()) for m in _SEPARATORS.finditer(text)]
    cuts += [(e, e) for b, e in bold if 0 < e < len(text) and text[e:e + 1] == " " and not any(s <= e <= t for s, t in cuts)]
    for m in sorted(cuts) + [None]:
        end = m[0] if m else len(text)
        piece = text[position:end]
        label = FIELD_LABEL.match(piece.lstrip(" ,;*_|-–—("))
        if label:  # "Location: Barcelona": the value alone; "Date:" (its date masked): nothing
            piece = " " * (len(piece) - len(piece.lstrip(" ,;*_|-–—(")) + label.end()) + piece.lstrip(" ,;*_|-–—(")[label.end():]
        stripped = piece.strip(" ,;:*_|-–—()")
        if stripped and any(c.isalnum() for c in stripped):
            start = position + piece.find(stripped)
            is_bold = any(b <= start and e >= start + len(stripped) for b, e in bold)
            if parts and _COMPANY_SUFFIX.fullmatch(stripped):  # "Foo Software, Inc.": one organisation
                last = parts[-1]
                parts[-1] = Part(info.text[last.start:start + len(stripped)], info, last.start, start + len(stripped), last.bold)
            else:
                parts.append(Part(stripped, info, start, start + len(stripped), is_bold))
        position = m[1] if m else len(text)
    return _places_joined(parts, info)


def _places_joined(parts: list[Part], info: LineInfo) -> list[Part]:
    """``London, UK`` and ``Evanston, Illinois US``: a comma inside a place name is no field
    break. Two neighbouring parts that read as one place (and name no role or organisation)
    become one part."""
    out: list[Part] = []
    for part in parts:
        if out:
            last = out[-1]
            between = info.text[last.end:part.start]
            joined = info.text[last.start:part.end]
            if between.strip() == "," and is_place(joined) and not names_role(joined) \
                    and not names_organisation(joined) and len(joined.split()) <= 5:
                out[-1] = Part(joined, info, last.start, part.end, last.bold and part.bold)
                continue
        out.append(part)
    return out


# -- features of a part ----------------------------------------------------------------

def names_a_role(p: Part) -> bool:
    return names_role(p.text)


def names_an_organisation(p: Part) -> bool:
    return names_organisation(p.text)


def names_a_place(p: Part) -> bool:
    return is_place(p.text)


def is_bold(p: Part) -> bool:
    return p.bold


def alone_on_a_bold_line(p: Part) -> bool:
    """``**Northwind**`` on a line of its own above the role: a name set apart, the organisation's."""
    return p.start == 0 and p.end >= len(p.info.text.rstrip(" :,")) and p.info.all_bold


def all_caps(p: Part) -> bool:
    letters = [c for c in p.text if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


PART_FEATURES: list[tuple[Callable[[Part], bool], dict[str, int]]] = [
    (names_a_role, {"role": 3, "org": -1, "location": -3}),
    (names_an_organisation, {"org": 3, "role": -1, "location": -2}),
    (names_a_place, {"location": 3, "org": -1, "role": -2}),
    (is_bold, {"org": 1, "role": 1}),
    (alone_on_a_bold_line, {"org": 3}),
    (all_caps, {"org": 1}),
]
FIELD_MINIMUM = {"role": 3, "org": 2, "location": 3}


def score_part(part: Part) -> dict[str, int]:
    scores = {"role": 0, "org": 0, "location": 0}
    for feature, weights in PART_FEATURES:
        if feature(part):
            for name, weight in weights.items():
                scores[name] += weight
    part.scores = scores
    return scores


def choose_fields(header: list[LineInfo]) -> tuple[dict[str, Part], list[Part]]:
    """The best part for role, organisation and location (each at most once, a part at most
    one field), and every part considered."""
    parts = [p for info in header for p in header_parts(info)]
    for p in parts:
        score_part(p)
    chosen: dict[str, Part] = {}
    for name in sorted(FIELD_MINIMUM, key=lambda n: -max((p.scores[n] for p in parts), default=0)):
        best = max((p for p in parts if p not in chosen.values()), key=lambda p: p.scores[name], default=None)
        if best is not None and best.scores[name] >= FIELD_MINIMUM[name]:
            chosen[name] = best
    if "role" in chosen and "org" not in chosen:
        # "Research Intern, Acme": beside a role, the first other part that is no place is the organisation
        other = next((p for p in parts if p not in chosen.values() and not names_a_place(p) and not names_a_role(p)
                      and p.text[:1].isupper()), None)
        if other is not None:
            chosen["org"] = other
    return chosen, parts


# -- dates and claims ------------------------------------------------------------------

def entry_dates(draft: EntryDraft, path: str) -> Optional[DateRange]:
    """The entry's dates: the first range in its header, else its first date there, else in
    its details."""
    best: Optional[DateRange] = None
    for group in ([t.info for t in draft.header], [t.info for t in draft.details]):
        for info in group:
            if is_date_list(info):
                continue  # "Honour Roll (2020, 2019, 2018)": several dates, none of them the entry's
            for found in info.dates:
                if best is None or (found.is_range and not best.is_range):
                    expected = bool(EXPECTED_RE.search(info.text))
                    best = DateRange(found.text, info.span(path, found.start, found.end), found.date, found.end_date,
                                     found.open_end, found.is_range, expected, found.start_text, found.end_text)
                if best.is_range:
                    return best
        if best is not None:
            return best
    return best


def is_date_list(info: LineInfo, min_dates: int = 3) -> bool:
    """A line listing ``min_dates`` or more separate dates and no range."""
    return len(info.dates) >= min_dates and not any(f.is_range for f in info.dates)


def line_claims(infos: list[LineInfo], path: str, tables: Tables) -> list[Claim]:
    claims: list[Claim] = []
    for info in infos:
        claims.extend(find_claims(info.text, lambda s, e, i=info: i.span(path, s, e), tables))
    return claims


def build_entry(draft: EntryDraft, path: str, tables: Tables) -> Optional[Entry]:
    """A job, degree, project or award from its draft."""
    header = [t.info for t in draft.header]
    details = [t for t in draft.details]
    chosen, parts = stated_fields(header) or choose_fields(header)
    title_part = chosen.get("role") or _lead_of_dated_line(header, parts) or next(iter(parts), None)
    first = header[0]
    if title_part is None:
        title = Text(first.text, first.span(path))
    else:
        title = Text(title_part.text, title_part.info.span(path, title_part.start, title_part.end))
    texts = [Text(info.text, info.span(path)) for info in header] + [Text(t.info.text, t.info.span(path)) for t in details]
    span = _span_over(path, [t.info for t in draft.lines])
    entry = Entry(draft.section.kind, draft.section.heading.info.text if draft.section.heading else "", title, span,
                  entry_dates(draft, path), texts, line_claims([t.info for t in draft.lines], path, tables),
                  header_lines=len(header))
    for name in ("org", "role", "location"):
        part = chosen.get(name)
        if part is not None:  # the role that titles the entry is one Text, not two alike
            setattr(entry, name, title if part is title_part else Text(part.text, part.info.span(path, part.start, part.end)))
    # the bullets are some of the entry's lines: the same Texts (a run keeps thousands of entries)
    entry.bullets = [text for text, t in zip(texts[len(header):], details) if t.role == Role.BULLET]
    return entry


def stated_fields(header: list[LineInfo]) -> Optional[tuple[dict[str, Part], list[Part]]]:
    """The fields a structured format states for its header line (JSON Resume's ``position``,
    ``company``, ``location``): kept as they are, not scored."""
    for info in header:
        if info.line.fields and info.start == 0:
            parts = {name: Part(info.text[s:e], info, s, e, False) for name, (s, e) in info.line.fields.items()}
            chosen = {"role" if name == "title" else name: part for name, part in parts.items() if name != "area"}
            return chosen, list(parts.values())
    return None


def _lead_of_dated_line(header: list[LineInfo], parts: list[Part]) -> Optional[Part]:
    """``ACME CORP  Paris`` over ``Data Analyst  2019 – 2021``: with no role word to go by, the
    first part of a dated line below the first header line names the entry."""
    dated = next((info for info in header[1:] if info.dates), None)
    return next((p for p in parts if p.info is dated), None) if dated is not None else None


def _span_over(path: str, infos: list[LineInfo]) -> Span:
    first = infos[0].span(path)
    if len(infos) == 1:
        return first
    last = infos[-1].span(path)
    return Span(path, first.line, first.column, last.end_line, last.end_column, first.page)
