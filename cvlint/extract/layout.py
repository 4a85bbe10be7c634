"""Stage 1: each line's layout features, computed once, and the document's rhythm.

A CV's spacing means different things in different files. In a Markdown CV a blank line ends
a paragraph; in a text export of a PDF there is a blank line after *every* line, so a blank
says nothing. ``document_rhythm`` learns which from the document itself, as OpenResume learns
its line gap. Two layout repairs happen here too, because they change what a line *is*:

- a section label that a PDF export put in front of the first line of its section
  (``Education **Harbour University**, …``) is split off into a line of its own;
- a heading broken over two lines (``Research`` / ``Experience``) is joined.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

import math
import re

from .. import patterns
from ..document import Line
from ..readers.inline import CELL_GAP
from ..readers.text import BULLET
from ..headings import section_kind
from .dates import date_goes_on, date_left_open, find_dates
from .types import LineInfo, Rhythm
from .words import starts_with_role

# the mark first, then what may not stand before it: a search skips to the marks at once
# a sentence's end, but not an abbreviation's: an initial, "et al.", a company's "Inc." or "Ltd."
_SENTENCE_END = patterns.compile(r"[.!?](?<![A-Z].)(?<!\b(?:al|vs|No|no|pp|Dr|Mr|Ms|Jr|Sr|St|Co).)(?<!\b(?:Inc|Ltd).)(?<!\bCorp.)"
                                 r"[\"”’)\]_*]*$")
_LETTER = patterns.compile(r"[^\W\d_]")
_ASCII_LOWER = patterns.compile(r"[a-z]")
_DATE_LEFTOVER = patterns.compile(r"\(\s*\)|\s[-–—|,:;]\s*$|^\s*[-–—|,:;]\s|\b(?:since|from|until)\s*$", re.I)
_UPDATED = patterns.compile(r"^(?:last\s+)?(?:updated|modified)\b", re.I)
_LEGEND = patterns.compile(r"^[*†‡§#]+\s*(?:=|:|denotes|indicates)?\s*(?:equal|joint|co-?first|shared|corresponding)", re.I)
_PAGE_NUMBER = patterns.compile(r"^(?:page\s+)?\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?$|^-\s*\d{1,3}\s*-$", re.I)


# formats whose blank lines always end a paragraph: a source, not an export
_SOURCE_FORMATS = {"latex", "bibtex", "jsonresume", "rendercv", "collection"}


def document_rhythm(lines: list[Line], min_content: int = 8, break_ratio: float = 0.8, fmt: str = "text") -> Rhythm:
    """Whether blank lines break paragraphs: not when nearly every content line is followed
    by one (``break_ratio`` of at least ``min_content`` lines) in a text or Markdown file (an
    export from a PDF); always in a LaTeX or data file, where a blank line is a paragraph's end."""
    content = followed = 0
    lengths = []
    for here, after in zip(lines, lines[1:] + [None]):
        if here.kind in ("blank", "meta", "rule") or not here.text:
            continue
        content += 1
        lengths.append(len(here.text))
        if after is not None and after.kind == "blank":
            followed += 1
    ratio = followed / content if content else 0.0
    spaced = content >= min_content and ratio >= break_ratio and fmt not in _SOURCE_FORMATS
    pdf = any(line.gap is not None for line in lines)
    return Rhythm(blank_is_break=not spaced, blank_ratio=ratio,
                  wrap_length=_wrap_length(lengths) if (spaced or pdf) else 0)


def _wrap_length(lengths: list[int], quantile: float = 0.9, share: float = 0.8) -> int:
    """Lines at least ``share`` of the ``quantile`` length filled the page's width: they
    were wrapped, so the next line may go on with the same sentence."""
    if len(lengths) < 5:
        return 0
    ordered = sorted(lengths)
    return max(int(ordered[int(quantile * (len(ordered) - 1))] * share), 40)


def line_infos(lines: list[Line], rhythm: Rhythm) -> list[LineInfo]:
    """The content lines of a document with their features, in order. Blank lines, rules and
    metadata are not returned; they show as ``break_before`` on the line after them."""
    running = running_lines(lines)
    infos: list[LineInfo] = []
    pending_break = True
    blank_run = 0
    page = None
    for line in lines:
        if line.kind in ("blank", "rule") or (not line.text and line.kind != "meta"):
            blank_run += 1
            if line.kind == "rule" or rhythm.blank_is_break or blank_run >= 2:
                pending_break = True
            continue
        if line.kind == "meta":
            continue
        blank_run = 0
        if line.gap is not None and line.gap >= rhythm.gap_break:
            pending_break = True
        page_top = line.page is not None and line.page != page
        page = line.page if line.page is not None else page
        for info in _split_margin_label(line):
            info.running = id(line) in running
            info.break_before = pending_break or info.margin
            info.page_top = page_top
            infos.append(info)
            pending_break = False
            page_top = False
    infos = _join_split_headings(infos)
    # section labels in capitals (EDUCATION, EXPERIENCE): a margin label in lower case names an entry
    rhythm.margin_caps = sum(1 for i in infos if i.margin and i.heading_kind and i.caps) >= 2
    return infos


_NOT_LETTERS = patterns.compile(r"[\W\d_]+")


def running_lines(lines: list[Line], edge: int = 2, min_pages: int = 2, share: float = 0.5) -> set[int]:
    """Ids of a PDF's running heads and feet: a line among the first or last ``edge`` of its
    page whose letters (page numbers and print dates aside) recur so on ``min_pages`` pages and
    on ``share`` of them (two entries at one employer may both open a page of a long CV)."""
    pages: dict[int, list[Line]] = {}
    for line in lines:
        if line.page is not None and line.text:
            pages.setdefault(line.page, []).append(line)
    if len(pages) < min_pages:
        return set()
    seen: dict[str, set[int]] = {}
    at_edges: list[tuple[str, Line]] = []
    for page, page_lines in pages.items():
        for line in page_lines[:edge] + page_lines[-edge:]:
            key = " ".join(_NOT_LETTERS.sub(" ", line.text).lower().split())
            if key:
                seen.setdefault(key, set()).add(page)
                at_edges.append((key, line))
    least = max(min_pages, math.ceil(share * len(pages)))
    return {id(line) for key, line in at_edges if len(seen[key]) >= least}


def describe(line: Line, start: int = 0, end: Optional[int] = None, rhythm: Optional[Rhythm] = None) -> LineInfo:
    """The features of ``line.text[start:end]``."""
    end = len(line.text) if end is None else end
    text = line.text[start:end]
    dates = tuple(f for f in find_dates(text) if f.date and not f.problem)
    rest = strip_found(text, dates)
    letters = () if _ASCII_LOWER.search(text) else _LETTER.findall(text)  # a lower-case letter: not in capitals
    bold = [(max(b, start) - start, min(e, end) - start) for b, e in line.bold if e > start and b < end]
    first_word = len(text.split(" ", 1)[0].rstrip(":,"))
    bold_start = any(b <= 0 and e >= min(first_word, len(text)) and e > 0 for b, e in bold)
    all_bold = bool(text.strip()) and sum(e - b for b, e in bold) >= len(text.strip(" :*")) - 1
    return LineInfo(
        line=line, text=text, start=start, dates=dates, rest=rest, words=len(rest.split()),
        bold_start=bold_start or all_bold, all_bold=all_bold,
        caps=bool(letters) and all(c.isupper() for c in letters) and len(letters) > 1,
        ends_sentence=bool(_SENTENCE_END.search(text.rstrip())),
        starts_lower=bool(text[:1].islower()),
        size=line.size or 1.0, margin=line.margin, heading_kind=section_kind(text) if len(text) <= 60 else None,
        page=line.page,
    )


def strip_found(text: str, dates) -> str:
    """``text`` without the given dates and the punctuation they leave behind."""
    if dates:  # one pass: cutting one date at a time copies a long line once a date
        pieces, position = [], 0
        for found in sorted(dates, key=lambda f: f.start):
            if found.start >= position:
                pieces.append(text[position:found.start])
                position = found.end
        pieces.append(text[position:])
        text = " ".join(pieces)
    if may_leave_leftovers(text):
        text = _DATE_LEFTOVER.sub(" ", text)
    return " ".join(text.split()).strip(" ,;:-–—|()")


_LEFTOVER_MARKS = "-–—|,:;"


def may_leave_leftovers(text: str, marks: str = _LEFTOVER_MARKS, last_letters: str = "eEmMlL") -> bool:
    """Whether ``_DATE_LEFTOVER`` can match ``text``: it holds a bracket, or starts or ends (spaces
    aside) with a mark, or ends with the last letter of since/from/until (no other character
    matches those letters ignoring case). A test of the ends, where the pattern's search tried
    its four alternatives at every position of every line (~4 µs a line)."""
    if "(" in text:
        return True
    stripped = text.strip()
    return bool(stripped) and (stripped[0] in marks or stripped[-1] in marks or stripped[-1] in last_letters)


def strip_dates(text: str) -> str:
    """``text`` without its dates: what names an entry once "2019 – 2021" is gone."""
    return strip_found(text, [f for f in find_dates(text) if f.is_range or f.date and (f.date.month or f.problem is None)])


def is_legend(text: str) -> bool:
    """``* equal contribution; † corresponding author``: what the marks in author lists mean."""
    return bool(_LEGEND.match(text.strip()))


# the names of a table's columns in a CV ("EXAMINATION  UNIVERSITY  INSTITUTE  YEAR  CPI/%")
_COLUMN_NAMES = frozenset("""degree examination exam course program programme qualification institute institution
university college school board year years duration cpi cgpa gpa percentage marks grade score result remarks
""".split())


_NOT_A_WORD = patterns.compile(r"[^\w ]+")  # "CPI/%" is a column's name: "CPI"
# a field's label at a line's start: "Keywords:", "Thesis:", "Tools & Languages:"
LABEL_START = patterns.compile(r"[A-Z][\w&/ -]{0,24}:")


def is_table_header(text: str, min_cells: int = 3, min_named: int = 2) -> bool:
    """``EXAMINATION   UNIVERSITY   INSTITUTE   YEAR   CPI/%``: a table's row of column names
    (``min_cells`` cells or more, ``min_named`` of them known column names, no digit), no
    entry's part."""
    cells = text.split(CELL_GAP)
    if len(cells) < min_cells or any(ch.isdigit() for ch in text):
        return False
    words = [_NOT_A_WORD.sub("", cell).lower().split() for cell in cells]
    return all(len(w) <= 2 for w in words) and sum(1 for w in words if w and w[0] in _COLUMN_NAMES) >= min_named


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(text.strip()))


def is_updated_note(text: str) -> bool:
    return bool(_UPDATED.match(text.strip("*_ ")))


# -- layout repairs -------------------------------------------------------------------------

def join_wrapped_date_cells(lines: list[Line]) -> list[Line]:
    """``Software Engineer   September 2022 -`` over ``Amazon Robotics   Present``: a date in
    a narrow column beside the text (a PDF's, a plain-text layout's) wrapped onto the next
    line. Where a line's last cell is a date cut short (see ``date_left_open``) and the next
    line's last cell goes on with one (``date_goes_on``), that cell joins the line above; so
    on while the date is still cut. The same for a date column at the left, a line's first
    cell (``De 02/2015`` over ``à 09/2022``). The lines are new ones; ``lines`` is not changed."""
    if not any(CELL_GAP in line.text for line in lines):
        return lines  # no line of two cells (most Markdown, JSON, LaTeX): nothing to join
    out = None
    for i in range(len(lines) - 1):
        here = lines[i] if out is None else out[i]
        start = _last_cell(here.text)
        if start is None or not date_left_open(here.text[start:]):
            continue
        below = i + 1  # the next line with its cell; lines whose cell moved up are passed over
        while below < len(lines):
            after = lines[below] if out is None else out[below]
            cell = _last_cell(after.text)
            if after.page != here.page or cell is None or not date_goes_on(after.text[cell:], here.text[start:]):
                break
            out = out or list(lines)
            here, out[below] = _move_last_cell(here, after, cell)
            out[i] = here
            if not date_left_open(here.text[start:]):
                break
            below += 1
    current = lines if out is None else out
    for i in range(len(current) - 1):  # a date column at the left: "De 02/2015   Chercheur…" over "à 09/2022   • …"
        here, after = current[i], current[i + 1]
        end, cell = _first_cell(here.text), _first_cell(after.text)
        if end is None or cell is None or after.page != here.page or not date_left_open(here.text[:end[0]]) \
                or not date_goes_on(after.text[:cell[0]], here.text[:end[0]]):
            continue
        out = out or list(lines)
        out[i], out[i + 1] = _move_first_cell(here, end[0], after, cell)
        current = out
    return lines if out is None else out


def _first_cell(text: str) -> Optional[tuple[int, int]]:
    """Where the first of a line's two or more cells ends, and where the second starts."""
    gap = text.find(CELL_GAP)
    if gap <= 0 or not text[gap:].strip():
        return None
    start = gap + len(CELL_GAP)
    while text[start] == " ":
        start += 1
    return gap, start


def _move_first_cell(here: Line, at: int, after: Line, cell: tuple[int, int]) -> tuple[Line, Line]:
    """``after``'s first cell put at the end of ``here``'s (at ``at``), a space between them;
    ``after`` keeps the rest."""
    end, rest = cell
    kind, numbered = after.kind, after.numbered
    marker = BULLET.match(after.text[rest:]) if after.kind == "text" else None
    if marker:  # what stood beside the date is a bullet: as a reader marks one, without its mark
        kind, numbered, rest = "bullet", marker.group(2)[0] in "0123456789[", rest + marker.end()
    return _with_cell(here, at, after, 0, end), _part(after, rest, len(after.text), kind=kind, numbered=numbered)


def _with_cell(here: Line, at: int, other: Line, start: int, end: int) -> Line:
    """``here`` with ``other.text[start:end]`` put in at ``at``, a space before it; each
    character keeps the source line and column it was read from, and bold stays bold."""
    here_rows = here.rows or [here.number] * len(here.text)
    other_rows = other.rows or [other.number] * len(other.text)
    size = end - start + 1
    return replace(here, text=f"{here.text[:at]} {other.text[start:end]}{here.text[at:]}",
                   cols=here.cols[:at] + [here.cols[at - 1] + 1] + other.cols[start:end] + here.cols[at:],
                   rows=here_rows[:at] + [here_rows[at - 1]] + other_rows[start:end] + here_rows[at:],
                   bold=[(b + size if b >= at else b, e + size if e > at else e) for b, e in here.bold]
                   + [(max(b, start) - start + at + 1, min(e, end) - start + at + 1)
                      for b, e in other.bold if b < end and e > start])


def _part(line: Line, start: int, end: int, **changes) -> Line:
    """``line.text[start:end]`` as a line of its own, its characters where they were read."""
    return replace(line, text=line.text[start:end], cols=line.cols[start:end], rows=line.rows[start:end] if line.rows else None,
                   bold=[(max(b - start, 0), min(e, end) - start) for b, e in line.bold if e > start and b < end], **changes)


def _last_cell(text: str) -> Optional[int]:
    """Where the last of a line's two or more cells starts (None: one cell)."""
    gap = text.rfind(CELL_GAP)
    if gap <= 0:
        return None
    start = gap + len(CELL_GAP)
    while start < len(text) and text[start] == " ":
        start += 1
    return start if start < len(text) and text[:gap].strip() else None


def _move_last_cell(here: Line, after: Line, start: int) -> tuple[Line, Line]:
    """``after``'s last cell (from ``start``) at the end of ``here``, a space between them."""
    return _with_cell(here, len(here.text), after, start, len(after.text)), _part(after, 0, len(after.text[:start].rstrip()))


def _split_margin_label(line: Line, max_label_words: int = 3) -> list[LineInfo]:
    """``Education **Harbour University**, …``: a PDF's left-margin section label that a
    text export wrote at the start of its section's first line. Split when the first one to
    three words name a section and the rest starts bold or is itself a heading."""
    info = describe(line)
    if line.kind not in ("text", "heading") or info.heading_kind or line.margin or line.rows is not None or info.all_bold:
        return [info]
    words = line.text.split(" ")
    for count in range(1, min(max_label_words, len(words) - 1) + 1):
        label = " ".join(words[:count])
        if not label[:1].isupper() or not section_kind(label):
            continue
        rest_start = len(label) + 1
        rest = describe(line, rest_start)
        if (rest.bold_start and not _bold_at(line, 0)) or rest.heading_kind or (
                _is_title_phrase(rest.text) and not starts_with_role(rest.text)):
            head = describe(line, 0, len(label))
            head.margin = True
            rest.margin = False
            return [head, rest]
    return [info]


def _bold_at(line: Line, offset: int) -> bool:
    return any(b <= offset < e for b, e in line.bold)


def _is_title_phrase(text: str, max_words: int = 4) -> bool:
    """``Journals & Proceedings``: a short run of capitalised words, a sub-heading."""
    words = text.split()
    if words and words[0].lower() in ("&", "and", "of", "in", "for"):
        return False  # "Papers & Posters": the heading goes on
    return 0 < len(words) <= max_words and all(w[:1].isupper() or w in ("&", "and", "of", "in") for w in words) \
        and not find_dates(text)


def _join_split_headings(infos: list[LineInfo], max_words: int = 3) -> list[LineInfo]:
    """``Research`` / ``Experience`` on two lines (a narrow margin column): one heading when
    the two together name a section and the second alone adds a word to the first."""
    out: list[LineInfo] = []
    skip = False
    for here, after in zip(infos, infos[1:] + [None]):
        if skip:
            skip = False
            continue
        if after is not None and _splits_heading(here, after, max_words):
            joined = here.text + " " + after.text
            here.text = joined
            here.rest = joined
            here.words = len(joined.split())
            here.heading_kind = section_kind(joined)
            here.margin = here.margin or after.margin
            skip = True
        out.append(here)
    return out


def _splits_heading(here: LineInfo, after: LineInfo, max_words: int) -> bool:
    if here.dates or after.dates or here.line.kind not in ("text", "heading") or after.line.kind not in ("text", "heading"):
        return False
    if len(here.text.split()) > max_words or len(after.text.split()) > 2 or here.ends_sentence:
        return False
    if not (here.text[:1].isupper() and after.text[:1].isupper()):
        return False
    joined = section_kind(here.text + " " + after.text)
    if not joined:
        return False
    # "Research" / "Interests": the pair names a section the first word alone does not, or
    # the second word is a heading's tail ("Professional" / "Experience")
    return joined != here.heading_kind or after.heading_kind is None or after.text.lower() in ("experience", "interests", "history")
