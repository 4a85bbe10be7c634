"""What a reader hands to extraction: the text of one file as lines of plain text,
each able to map a character back to its column in the source.

A reader knows the format (Markdown markup, a PDF's layout); everything after it sees
only ``Line`` objects: the line's readable text, what kind of line it is, and which
characters were bold.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import field
from typing import Optional

from .model import Span, record


def line_starts(text: str) -> list[int]:
    """Where each line of ``text`` starts: 0, and after each newline (a bisect of these gives
    the line of an offset)."""
    starts = [0]
    at = text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


def line_and_column(starts: list[int], offset: int) -> tuple[int, int]:
    """The 1-based line and 0-based column of ``offset`` in a text whose ``line_starts`` are ``starts``."""
    row = bisect_right(starts, offset)
    return row, offset - starts[row - 1]


@record
class ReadProblem:
    """Why a file could not be read, or read only in part. Becomes a finding."""

    kind: str  # unreadable | binary | too-large | empty | not-utf8 | malformed
    message: str
    line: int = 1
    column: int = 1


@record
class Line:
    """One readable line of a document, able to map each character back to the source."""

    number: int  # 1-based line number in the source
    raw: str  # the line as in the file (decoded, without the line end)
    text: str  # readable text: markup removed, whitespace folded
    cols: list[int]  # cols[i] = 0-based column in ``raw`` of ``text[i]``
    kind: str = "text"  # text | blank | heading | bullet | rule | meta
    level: int = 0  # heading level (1 = top)
    depth: int = 0  # bullet nesting depth (0 = top level)
    numbered: bool = False  # a numbered list item (``1.``, ``[3]``)
    bold: list[tuple[int, int]] = field(default_factory=list)  # ranges of ``text`` that were bold
    # Lines a reader composes from a data file's fields (JSON, YAML, BibTeX, LaTeX macro
    # arguments) take their characters from several source lines: rows[i] is the line of text[i].
    rows: Optional[list[int]] = None
    page: Optional[int] = None  # the page of a PDF this line is on
    # layout a PDF reader measures (other readers leave the defaults)
    size: float = 0.0  # font size relative to the document's body text; 0 = not measured
    gap: Optional[float] = None  # blank space above the line, in body line heights beyond the usual
    margin: bool = False  # the line is a label in the page's left margin column
    indent: int = 0  # columns of white space before a plain-text line
    # what a structured format (JSON Resume, RenderCV, BibTeX, a LaTeX template's macro) says
    # the line is, and which of its ranges hold which field: kept, not guessed again
    role: Optional[str] = None  # heading | header | bullet | body
    fields: Optional[dict] = None  # "title" | "org" | "location" -> (start, end) in ``text``

    def span(self, path: str, start: int = 0, end: Optional[int] = None) -> Span:
        """The source span of ``text[start:end]``."""
        if not self.text:
            return Span(path, self.number, 1, self.number, len(self.raw) + 1, self.page)
        end = len(self.text) if end is None else end
        start = min(max(start, 0), len(self.text) - 1)
        end = min(max(end, start + 1), len(self.text))
        first, last = (self.rows[start], self.rows[end - 1]) if self.rows else (self.number, self.number)
        return Span(path, first, self.cols[start] + 1, last, self.cols[end - 1] + 2, self.page)


@record
class HiddenText:
    """Text the file holds but a reader of the page does not see (white on white, 1-point type,
    off the page, invisible render mode, under a filled shape), and how it is hidden. Kept out
    of ``lines``: extraction reads what a reader sees."""

    text: str
    how: str  # "white on white", "1.0 pt", "invisible (render mode 3)", "off the page", "under a filled shape"…
    line: int  # the visible line nearest to it, for a location
    page: Optional[int] = None


@record
class Document:
    """What a reader hands to extraction: a file's lines and what went wrong reading it."""

    path: str
    format: str  # text | markdown
    text: str = ""
    encoding: str = "utf-8"
    lines: list[Line] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)  # front matter scalars
    problems: list[ReadProblem] = field(default_factory=list)
    pages: Optional[list[int]] = None  # a PDF's page of each line of ``text``
    # values that one field of a data file states and another should agree with:
    # (name, value, line the value is on, start, end in line.text, which field says it)
    facts: list[tuple[str, str, Optional[Line], int, int, str]] = field(default_factory=list)
    # "cvlint: disable-…" comments in the format's own comment syntax: (scope, rules, line, start, end)
    directives: list[tuple[str, list[str], int, int, int]] = field(default_factory=list)
    hidden: list[HiddenText] = field(default_factory=list)  # text a reader of the page does not see
    comment_lines: set[int] = field(default_factory=set)  # lines wholly inside a comment of the format's syntax
    collection: Optional[str] = None  # a site's page that is one entry of a collection (publications, talks…)

    @property
    def readable(self) -> bool:
        return bool(self.lines)

    @property
    def source_lines(self) -> list[str]:
        """The lines of the text as the file holds it (for a PDF: as extracted)."""
        lines = self.text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        return lines


class TextRun:
    """Text joined from pieces of several lines (a multi-line entry or publication),
    able to map any offset back to a source span."""

    def __init__(self, path: str):
        self.path = path
        self.text = ""
        self._pieces: list[tuple[int, Line, int]] = []  # (offset in run, line, offset in line.text)
        self.bold: list[tuple[int, int]] = []

    def add(self, line: Line, start: int = 0) -> None:
        piece = line.text[start:]
        if not piece:
            return
        if self.text.endswith("\u00ad"):  # a word hyphenated over the line end: joined, no space
            self.text = self.text[:-1]
        elif self.text:
            self.text += " "
        offset = len(self.text)
        self._pieces.append((offset, line, start))
        self.text += piece
        for b_start, b_end in line.bold:
            if b_end > start:
                self.bold.append((offset + max(b_start, start) - start, offset + b_end - start))

    def _locate(self, offset: int) -> tuple[Line, int]:
        chosen = self._pieces[0]
        for piece in self._pieces:
            if piece[0] <= offset:
                chosen = piece
            else:
                break
        run_offset, line, line_start = chosen
        return line, min(line_start + offset - run_offset, max(len(line.text) - 1, 0))

    def span(self, start: int = 0, end: Optional[int] = None) -> Span:
        end = len(self.text) if end is None else end
        first_line, first_col = self._locate(start)
        last_line, last_col = self._locate(max(end - 1, start))
        first = first_line.span(self.path, first_col, first_col + 1)
        last = last_line.span(self.path, last_col, last_col + 1)
        return Span(self.path, first.line, first.column, last.end_line, last.end_column, first.page)

    @property
    def lines(self) -> list[Line]:
        return [line for _, line, _ in self._pieces]
