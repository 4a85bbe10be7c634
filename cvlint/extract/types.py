"""The data types that pass between extraction stages.

    Document.lines ─► layout ─► LineInfo ─► roles ─► Tagged ─► entries ─► EntryDraft ─► fields ─► Entry

Each stage is a pure function of the one before; each keeps what decided it (``Tagged.scores``,
``Tagged.why``) so ``cvlint parse --explain`` can show a user why a line was read as it was.
The ``Profile`` the last stage fills lives in ``model.py``.
"""

from __future__ import annotations

from dataclasses import field
from typing import Optional

from ..document import Line
from ..model import record
from .dates import DateMatch


class Role:
    """What a line is in its CV (plain strings, so they print and compare simply)."""

    HEADING = "heading"  # opens a section: "Education", "Research Experience"
    HEADER = "header"  # part of an entry's header: title, organisation, role, dates, location
    DATES = "dates"  # a line that is a date or a date range and little else
    BULLET = "bullet"  # a list item under an entry
    BODY = "body"  # a paragraph line under an entry
    CONTINUATION = "continuation"  # the rest of the line above, wrapped
    NOISE = "noise"  # page numbers, rules, "Last updated"
    BLANK = "blank"

    HEADER_PARTS = (HEADER, DATES)
    DETAILS = (BULLET, BODY, CONTINUATION)


@record
class LineInfo:
    """Stage 1: one line's layout features, computed once. ``start`` is where this line's text
    begins in ``line.text`` (a margin label split off the front of a line leaves the rest)."""

    line: Line
    text: str
    start: int = 0
    dates: tuple = ()  # DateMatch, valid dates only, offsets into ``text``
    rest: str = ""  # the text without its dates and their separators
    words: int = 0
    bold_start: bool = False  # bold from the first character (at least a word)
    all_bold: bool = False
    caps: bool = False  # letters all upper case
    ends_sentence: bool = False
    starts_lower: bool = False
    break_before: bool = False  # a paragraph break (blank line or wide gap) precedes it
    long: bool = False  # as long as the document's wrapped lines: it may go on below
    size: float = 1.0  # font size relative to the body text (PDF), 1 elsewhere
    margin: bool = False  # a label in a PDF's left margin column
    page_top: bool = False  # first content line of a PDF page (after a page break)
    running: bool = False  # a running head or foot repeated on the pages of a PDF
    heading_kind: Optional[str] = None  # the section kind its words name, if any
    page: Optional[int] = None

    @property
    def kind(self) -> str:
        return self.line.kind

    def span(self, path: str, start: int = 0, end: Optional[int] = None):
        end = len(self.text) if end is None else end
        return self.line.span(path, self.start + start, self.start + end)


@record
class Rhythm:
    """What the document's spacing means: whether a blank line ends a paragraph or only a line
    (PDF exports put one after every line), and how long a wrapped line is."""

    blank_is_break: bool = True
    blank_ratio: float = 0.0  # content lines followed by a blank line / content lines
    wrap_length: int = 0  # lines at least this long may continue on the next line (0: none)
    gap_break: float = 0.4  # a PDF line with this much extra space above (in line heights) starts a paragraph
    margin_caps: bool = False  # the PDF's margin labels that name sections are in capitals


@record
class Tagged:
    """Stage 2: a line with its role, the score of every role considered and the features that
    decided the winner."""

    info: LineInfo
    role: str
    scores: dict = field(default_factory=dict)  # role -> score
    why: list = field(default_factory=list)  # (feature, weight) that counted for the chosen role
    given: bool = False  # the reader stated the role (structured formats)


@record
class SectionDraft:
    """Stage 3a: a section heading and the tagged lines under it."""

    kind: str
    heading: Optional[Tagged]
    lines: list = field(default_factory=list)


@record
class EntryDraft:
    """Stage 3b: one entry's header lines (one to four, any order) and its details."""

    section: SectionDraft
    header: list = field(default_factory=list)  # Tagged
    details: list = field(default_factory=list)  # Tagged
    publication: bool = False

    @property
    def lines(self) -> list:
        return self.header + self.details

    def has_dates(self) -> bool:
        return any(t.info.dates for t in self.header)




class Analysis:
    """Every stage's output for one document, kept for ``cvlint parse --explain``."""

    def __init__(self, rhythm: Rhythm, tagged: list[Tagged], sections: list[SectionDraft], drafts: list[EntryDraft]):
        self.rhythm, self.tagged, self.sections, self.drafts = rhythm, tagged, sections, drafts


__all__ = ["Role", "LineInfo", "Rhythm", "Tagged", "SectionDraft", "EntryDraft", "DateMatch", "Analysis"]
