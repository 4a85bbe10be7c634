"""Document to Profile: sections, entries with their dates and claims, publications with
their author lists, and the person's names and emails. Format-agnostic: it sees only
``Line`` objects."""

from __future__ import annotations

import os
import re
from typing import Optional

from .. import regex
from ..document import Document, Line, Run
from ..model import (Author, Claim, DateProblem, DateRange, Entry, Fact, Problem, Profile, Section,
                     Source, Span, Suppression, Text)
from ..tables import Tables, load_tables
from .claims import find_claims, find_venue
from .dates import EXPECTED_RE, find_dates
from .sections import section_kind

_EMAIL = regex.compile(r"(?<![\w.+-])[\w.+'%-]+@[\w-]+(?:[.,][\w-]+)*(?![\w@])")
_UPDATED = regex.compile(r"(?:last\s+)?updated(?:\s+(?:on|in))?\s*:?\s*", re.I)
_NAME_WORD = regex.compile(r"^[A-ZÀ-ÞĀ-Ž][\w'’.-]*$|^[A-ZÀ-Þ]{2,}$")
_PUBLICATION_NUMBER = regex.compile(r"^\s*(?:\[\s*[A-Z]?\d{1,3}\s*\]|[A-Z]?\d{1,3}\.)\s*")
_CV_TITLE = regex.compile(r"^(?:curriculum vitae|cv|resume|résumé)\s*[-–—:|]\s*|\s*[-–—:|]\s*(?:curriculum vitae|cv|resume|résumé)$", re.I)
_QUOTED = regex.compile(r"[\"“]([^\"”]{8,})[\"”]")
_SELF_MARK = "*†‡§¹²³"
# a year standing alone: "2024." and "(2024)" count, "2024.01" and "10.1145/2024" do not
_YEAR_IN_TEXT = regex.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?!\d|[/.-]\d)")


def _is_heading(line: Line, current_level: int, fmt: str) -> Optional[str]:
    """The section kind a line opens, or None if it is not a section heading."""
    if line.kind not in ("heading", "text"):
        return None
    kind = section_kind(line.text)
    if kind:
        return kind
    if line.kind == "heading" and (current_level == 0 or line.level <= current_level):
        return "other"
    if fmt == "text" and line.text.isupper() and len(line.text.split()) <= 5 and not regex.compile(r"[\d@]").search(line.text) and len(line.text) > 3:
        return "other"
    return None


def looks_like_name(text: str) -> bool:
    words = text.replace(",", " ").split()
    if not 2 <= len(words) <= 5 or len(text) > 60:
        return False
    if regex.compile(r"[\d@/:|]").search(text) or section_kind(text):
        return False
    return all(_NAME_WORD.match(w) for w in words)


def strip_dates(text: str) -> str:
    for found in reversed(find_dates(text)):
        if found.is_range or found.date and (found.date.month or found.problem is None):
            text = text[: found.start] + text[found.end:]
    text = regex.compile(r"\(\s*\)|\s[-–—|,:;]\s*$|^\s*[-–—|,:;]\s").sub(" ", text)
    return " ".join(text.split()).strip(" ,;:-–—|")


_INITIALS = regex.compile(r"(?:[A-Z]\.?[\s-]?)+(?:\s?[*†‡]+)?")


class _Joined:
    """Two pieces of an author list read as one name (a surname and its initials)."""

    def __init__(self, start: int, end: int, text: str):
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def group(self) -> str:
        return self._text[self._start:self._end]


class _Extractor:
    def __init__(self, document: Document, tables: Tables):
        self.doc = document
        self.tables = tables
        self.path = document.path
        self.profile = Profile(source=Source(path=document.path, format=document.format, encoding=document.encoding))

    def span_of(self, line: Line):
        return lambda start, end: line.span(self.path, start, end)

    # -- whole text ------------------------------------------------------------------

    def read_lines(self) -> None:
        pages = self.doc.pages
        for number, raw in enumerate(self.doc.source_lines, 1):
            page = pages[number - 1] if pages and number <= len(pages) else None
            self.profile.lines.append(Text(raw, Span(self.path, number, 1, number, len(raw) + 1, page)))

    def read_suppressions(self) -> None:
        for scope, rules, row, start, end in self.doc.directives:
            self.profile.suppressions.append(Suppression(scope, rules, Span(self.path, row, start + 1, row, end + 1)))

    def read_facts(self) -> None:
        for name, value, line, start, end, source in self.doc.facts:
            span = line.span(self.path, start, end) if line else None
            self.profile.facts.append(Fact(name, value, span, source))

    def read_dates(self) -> None:
        for line in self.doc.lines:
            if not line.text or line.kind == "meta":
                continue
            expected = bool(EXPECTED_RE.search(line.text))
            for found in find_dates(line.text):
                span = line.span(self.path, found.start, found.end)
                if found.problem:
                    self.profile.date_problems.append(DateProblem(found.text, found.problem, span))
                    continue
                self.profile.dates.append(DateRange(found.text, span, found.date, found.end_date, found.open_end, found.is_range, expected,
                                                      found.start_text, found.end_text))

    def read_person(self) -> None:
        person = self.profile.person
        meta = self.doc.meta
        name = " ".join(v for v in (meta.get("name"), meta.get("surname")) if v) or meta.get("author", "")
        if name and not name.startswith(("{", "[")):
            front = next((l for l in self.doc.lines if l.raw.lstrip().lower().startswith(("name:", "author:"))), None)
            if front:
                person.names.append(Text(name, Span(self.path, front.number, 1, front.number, len(front.raw) + 1)))
        if not person.names and meta.get("owner"):  # named by the site's _config.yml, not by this file
            person.names.append(Text(meta["owner"], Span(self.path, 1, 1, 1, 1)))
        for line in self.doc.lines[:40]:
            if line.kind in ("heading", "text") and line.text:
                candidate = _CV_TITLE.sub("", line.text)
                candidate = candidate.strip("*_ ")
                if looks_like_name(candidate):
                    start = line.text.find(candidate)
                    person.names.append(Text(candidate, line.span(self.path, start, start + len(candidate))))
                break
        for source in self.profile.lines:
            seen = set()
            for m in _EMAIL.finditer(source.value):
                value = m.group().rstrip(".,;")
                if value in seen or value.startswith("@") or "." not in value.split("@")[-1].replace(",", "."):
                    continue
                seen.add(value)
                n = source.span.line
                person.emails.append(Text(value, Span(self.path, n, m.start() + 1, n, m.start() + len(value) + 1, source.span.page)))
        for line in self.doc.lines:
            m = _UPDATED.search(line.text) if line.text else None
            if m and self.profile.source.version_date is None:
                dates = find_dates(line.text[m.end():m.end() + 30])
                if dates and dates[0].date:
                    self.profile.source.version_date = dates[0].end_date or dates[0].date
        if self.profile.source.version_date is None and meta.get("last-updated"):
            dates = find_dates(meta["last-updated"])
            if dates and dates[0].date:
                self.profile.source.version_date = dates[0].date
        if self.profile.source.version_date is None:
            stem = regex.compile(r"_|(?<=[^\d])-|-(?=[^\d])").sub(" ", os.path.splitext(os.path.basename(self.path))[0])
            dates = find_dates(stem)
            if dates and dates[-1].date and dates[-1].date.year >= 1990:
                self.profile.source.version_date = dates[-1].end_date or dates[-1].date

    # -- sections and entries ------------------------------------------------------

    def read_sections(self) -> None:
        kind, heading, level = "header", "", 0
        body: list[Line] = []
        seen_name = False
        for line in self.doc.lines:
            if line.kind in ("meta",):
                continue
            opened = _is_heading(line, level, self.doc.format)
            if opened == "other" and not seen_name and line.level <= 1 and looks_like_name(line.text):
                opened, seen_name = None, True  # the CV's title: the owner's name
            if opened:
                self._read_entries(kind, heading, body)
                kind, heading, level = opened, line.text, line.level if line.kind == "heading" else max(level, 1)
                self.profile.sections.append(Section(kind, Text(line.text, line.span(self.path))))
                body = []
                continue
            if not (line.text and _UPDATED.match(line.text)):  # "Last updated: …" is no entry
                body.append(line)
        self._read_entries(kind, heading, body)

    def _read_entries(self, kind: str, heading: str, body: list[Line]) -> None:
        if kind in ("header", "skills", "contact", "references", "research", "appendix") or not body:
            return
        content = [l for l in body if l.kind not in ("blank", "rule")]
        if not content:
            return
        if kind == "publications":
            groups = self._publication_groups(body)
        elif content[0].kind == "bullet":
            groups = self._list_groups(body)
        else:
            groups = self._header_groups(body)
        for group in groups:
            if group:
                entry = self._entry(kind, heading, group)
                if entry:
                    self.profile.entries.append(entry)

    @staticmethod
    def _list_groups(body: list[Line]) -> list[list[Line]]:
        groups: list[list[Line]] = []
        base = min(l.depth for l in body if l.kind == "bullet")
        for line in body:
            if line.kind in ("blank", "rule"):
                continue
            if line.kind == "bullet" and line.depth == base or not groups:
                groups.append([line])
            else:
                groups[-1].append(line)
        return groups

    @staticmethod
    def _header_groups(body: list[Line]) -> list[list[Line]]:
        groups: list[list[Line]] = []
        current: list[Line] = []
        has_dates = False
        after_blank = False
        for line in body:
            if line.kind in ("blank", "rule"):
                after_blank = bool(current)
                continue
            is_detail = line.kind in ("bullet", "continuation")
            line_has_range = any(f.is_range or f.date for f in find_dates(line.text)) if not is_detail else False
            new = False
            if current and not is_detail:
                last = current[-1]
                if last.kind in ("bullet", "continuation"):
                    new = True
                elif after_blank:
                    new = True
                elif has_dates and line_has_range:
                    new = True
            if new:
                groups.append(current)
                current, has_dates = [], False
            current.append(line)
            has_dates = has_dates or line_has_range
            after_blank = False
        if current:
            groups.append(current)
        return groups

    @staticmethod
    def _publication_groups(body: list[Line]) -> list[list[Line]]:
        groups: list[list[Line]] = []
        current: list[Line] = []
        for line in body:
            if line.kind in ("blank", "rule"):
                if current:
                    groups.append(current)
                    current = []
                continue
            if line.kind == "heading" or (line.kind == "text" and line.level == 0 and regex.compile(r"(?:19|20)\d\d|[A-Z][\w ]{0,40}:?").fullmatch(line.text) and not current):
                continue  # a year or a sub-heading between items
            starts_item = (line.kind == "bullet" and line.depth == 0) or bool(_PUBLICATION_NUMBER.match(line.text))
            if starts_item and current:
                groups.append(current)
                current = []
            current.append(line)
        if current:
            groups.append(current)
        return groups

    def _entry(self, kind: str, heading: str, group: list[Line]) -> Optional[Entry]:
        first = group[0]
        header = [l for l in group if l.kind not in ("bullet", "continuation")] or [first]
        if first.kind == "bullet" and kind != "publications":
            header = [first]
        texts = [Text(l.text, l.span(self.path)) for l in group]
        span = group[0].span(self.path)
        last = group[-1].span(self.path)
        span = Span(self.path, span.line, span.column, last.end_line, last.end_column)

        dates: Optional[DateRange] = None
        for line in header + [l for l in group if l not in header]:
            for found in find_dates(line.text):
                if found.problem or not found.date:
                    continue
                if found.is_range or dates is None:
                    expected = bool(EXPECTED_RE.search(line.text))
                    candidate = DateRange(found.text, line.span(self.path, found.start, found.end), found.date, found.end_date,
                                          found.open_end, found.is_range, expected, found.start_text, found.end_text)
                    if dates is None or (candidate.is_range and not dates.is_range):
                        dates = candidate
                if found.is_range:
                    break
            if dates is not None and dates.is_range:
                break

        claims = []
        for line in group:
            claims.extend(find_claims(line.text, self.span_of(line), self.tables))

        if kind == "publications":
            return self._publication(heading, group, texts, span, dates, claims)

        title_line = next((l for l in header if strip_dates(l.text)), header[0])
        title = strip_dates(title_line.text) or title_line.text
        if title_line.bold and title_line.bold[0][0] == 0:  # "**Org** City": the bold part names it
            title = title_line.text[: title_line.bold[0][1]].strip() or title
        start = max(title_line.text.find(title), 0)
        header_count = len(header)
        if first.kind == "bullet" and len(group) > 1 and len(group[1].text.split()) <= 8 and not any(
                c.span.line == group[1].number for c in claims):
            header_count = 2  # "* Research Intern, 2025" over "  * NVIDIA Research": the organisation
        return Entry(kind, heading, Text(title, title_line.span(self.path, start, start + len(title))), span, dates,
                     texts, claims, header_lines=min(header_count, 3))

    # -- publications --------------------------------------------------------------

    def _publication(self, heading, group, texts, span, dates, claims) -> Optional[Entry]:
        run = Run(self.path)
        for line in group:
            run.add(line)
        text = run.text
        number = _PUBLICATION_NUMBER.match(text)
        offset = number.end() if number else 0
        if len(text) - offset < 15:
            return None

        title_start, title_end = None, None
        quoted = _QUOTED.search(text, offset)
        authors_end = None
        if quoted:
            title_start, title_end = quoted.start(1), quoted.end(1)
            authors_end = quoted.start()
        else:
            # Authors. (Year). Title. Venue.  or  Authors. Title. Venue.
            sentences = [m for m in regex.compile(r"[^.?!]+(?:[.?!](?=\s|$)|$)").finditer(text[offset:])]
            pieces = [(offset + m.start(), offset + m.end()) for m in sentences if m.group().strip()]
            merged: list[list[int]] = []
            for start, end in pieces:
                piece = text[start:end].strip()
                # initials ("J. Smith") end a "sentence" too early: glue short pieces to the previous
                if merged and (len(piece) <= 3 or regex.compile(r"[A-Z]\.?|\(?\d{4}\)?\.?").fullmatch(piece) or regex.compile(r"\b[A-Z]\.$").search(text[merged[-1][0]:merged[-1][1]].strip())):
                    merged[-1][1] = end
                else:
                    merged.append([start, end])
            if len(merged) >= 2 and self._authorish(text[merged[0][0]:merged[0][1]]):
                authors_end = merged[0][1]
                title_start, title_end = merged[1]
            elif merged:
                title_start, title_end = merged[0]
        if title_start is None:
            return None
        raw_title = text[title_start:title_end]
        title = regex.compile(r"^\W*\(?(?:19|20)\d\d\)?[.,]?\s*").sub("", raw_title).strip(" .,\"“”*_")
        if not title:
            return None
        title_offset = title_start + raw_title.find(title)
        title_text = Text(title, run.span(title_offset, title_offset + len(title)))

        authors, authors_span = [], None
        if authors_end:
            authors, authors_span = self._authors(run, offset, authors_end)

        after = text[title_end:]
        if not any(c.kind == "status" for c in claims):
            venue = find_venue(after, self.tables)
            if venue:
                start, end, name, year = venue
                status_words = regex.compile(r"\b(preprint|arxiv|in preparation|working paper)\b", re.I).search(after)
                if not status_words:
                    claims.append(self._claim_at(run, title_end + start, title_end + end, name, year))
        year = None
        years = _YEAR_IN_TEXT.findall(after) or _YEAR_IN_TEXT.findall(text[offset:title_start])
        if years:
            year = int(years[0])
        entry = Entry("publications", heading, title_text, span, dates, texts, claims, authors, authors_span, year)
        return entry

    @staticmethod
    def _claim_at(run: Run, start: int, end: int, venue: str, year) -> Claim:
        return Claim("status", run.text[start:end], run.span(start, end), status="published", venue=venue, venue_year=year)

    @staticmethod
    def _authorish(text: str) -> bool:
        names = [n for n in regex.compile(r",|\band\b|&|;").split(text) if n.strip()]
        return len(names) >= 2 or bool(regex.compile(r"[*†‡]").search(text)) or bool(regex.compile(r"\s*[A-Z][\w'-]+,?\s+[A-Z][\w.'-]*\.?\s*").fullmatch(text))

    def _authors(self, run: Run, start: int, end: int):
        text = run.text
        authors: list[Author] = []
        segment = text[start:end].rstrip(" .:")
        year = regex.compile(r"[\s,]*\(?(?:19|20)\d\d[a-z]?\)?$").search(segment)  # APA: "Zhang, W. (2025)."
        if year and year.start() > 0:
            segment = segment[:year.start()].rstrip(" .,:")
        pieces = [p for p in regex.compile(r"[^,;&]+").finditer(segment.replace(" and ", " , ")) if p.group().strip()]
        # "Zhang, W., & Tanaka, M.": a surname, then its initials, is one author
        if len(pieces) >= 2 and all(_INITIALS.fullmatch(p.group().strip()) for p in pieces[1::2]) \
                and not any(_INITIALS.fullmatch(p.group().strip()) for p in pieces[0::2]) and len(pieces) % 2 == 0:
            pieces = [_Joined(a.start(), b.end(), segment) for a, b in zip(pieces[0::2], pieces[1::2])]
        for m in pieces:
            raw = m.group().strip()
            if not raw or raw.lower() in ("and", "et al", "et al."):
                continue
            name_start = start + m.start() + (len(m.group()) - len(m.group().lstrip()))
            name_end = name_start + len(raw)
            marks = regex.compile(rf"[{_SELF_MARK}]+$").search(raw)
            equal = bool(marks and any(c in "*†‡" for c in marks.group()))
            name = raw[: marks.start()].strip() if marks else raw
            if not name:
                if authors:  # a mark that stood apart from its name ("Zhang *")
                    authors[-1].equal_contribution = authors[-1].equal_contribution or equal
                continue
            bold = any(b_start < name_end and name_start < b_end for b_start, b_end in run.bold)
            authors.append(Author(name.strip("*_ "), is_self=bold, equal_contribution=equal))
        return authors, run.span(start, end)


def extract(document: Document, tables: Optional[Tables] = None) -> Profile:
    extractor = _Extractor(document, tables or load_tables())
    for problem in document.problems:
        extractor.profile.problems.append(Problem(problem.kind, problem.message, Span(
            document.path, problem.line, problem.column, problem.line, problem.column)))
    extractor.read_lines()
    extractor.read_facts()
    extractor.read_suppressions()
    if document.lines:
        extractor.read_dates()
        extractor.read_person()
        extractor.read_sections()
    return extractor.profile


__all__ = ["extract", "looks_like_name", "section_kind", "strip_dates"]
