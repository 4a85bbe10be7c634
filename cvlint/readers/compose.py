"""Reader tools: composing readable lines from pieces of a data file (JSON Resume, RenderCV,
BibTeX, LaTeX macro arguments, a site page's front matter), each character keeping its source
row and column, so that a finding points at the field, not at the composed line."""

from __future__ import annotations

from typing import Optional

from .. import patterns
from ..document import Line
from .inline import clean_inline, spaced_once

_TOKEN = patterns.compile(r"\s+|\S+")


class Piece:
    """Text taken from one place of a data file: ``cols[i]`` is the 0-based column on source
    line ``row`` of ``text[i]``; ``bold`` are ranges of ``text`` the source marks bold."""

    __slots__ = ("text", "row", "cols", "bold")

    def __init__(self, text: str, row: int, cols: list[int], bold: list[tuple[int, int]] = ()):
        self.text, self.row, self.cols, self.bold = text, row, cols, list(bold)

    @classmethod
    def at(cls, text: str, row: int, col: int, bold: bool = False) -> "Piece":
        """Text written as such from ``col`` on."""
        return cls(text, row, list(range(col, col + len(text))), [(0, len(text))] if bold and text else [])

    @classmethod
    def supplied(cls, text: str, row: int, col: int) -> "Piece":
        """Text cvlint supplies (a separator, "present" for a missing end date), placed at
        the field it stands for."""
        return cls(text, row, [col] * len(text))

    @classmethod
    def markdown(cls, text: str, row: int, col: int) -> "Piece":
        """A field that may hold Markdown emphasis (RenderCV, academicpages): ``**Name**``."""
        plain, cols, bold = clean_inline(text)
        return cls(plain, row, [col + c for c in cols], bold)


def joined(parts, separator: str) -> list[Piece]:
    """Pieces (or runs of pieces) in order, ``separator`` between each two that are not empty,
    placed at the start of the part it precedes. Empty parts (None, []) are left out."""
    out: list[Piece] = []
    for part in parts:
        run = [p for p in (part if isinstance(part, list) else [part]) if p is not None and p.text]
        if not run:
            continue
        if out:
            out.append(Piece.supplied(separator, run[0].row, run[0].cols[0] if run[0].cols else 0))
        out.extend(run)
    return out


class LineBuilder:
    """Composes readable lines from pieces of a data file (JSON, YAML, BibTeX, LaTeX macro
    arguments), so that findings point at the field, not at the composed line."""

    def __init__(self, source_lines: list[str]):
        self.source_lines = source_lines
        self.lines: list[Line] = []

    def line(self, pieces: list[Optional[Piece]], kind: str = "text", **options) -> Optional[Line]:
        """One line from ``pieces``: white space folds to one space, as in the other readers, but
        a run of three or more after a word is a column gap (a LaTeX table's ``&``) and stays
        three spaces; every character keeps its source row and column. Built a word or a gap
        at a time (slices), not a character at a time."""
        text, cols, rows, bold = "", [], [], []
        for piece in pieces:
            if piece is None:
                continue
            source, piece_cols, row = piece.text, piece.cols, piece.row
            if spaced_once(source):  # nothing to fold: taken whole
                bold.extend((len(text) + b, len(text) + e) for b, e in piece.bold if e > b)
                text += source
                cols.extend(piece_cols[:len(source)])
                rows.extend([row] * len(source))
                continue
            at: Optional[list[int]] = [] if piece.bold else None  # where each offset of the piece lands in ``text``
            for m in _TOKEN.finditer(source):
                a, b = m.span()
                if not source[a].isspace():
                    if at is not None:
                        at.extend(range(len(text), len(text) + b - a))
                    text += m.group()
                    cols.extend(piece_cols[a:b])
                    rows.extend([row] * (b - a))
                    continue
                if at is not None:
                    at.append(len(text))
                if text and text[-1] != " ":
                    text += " "
                    cols.append(piece_cols[a])
                    rows.append(row)
                if b - a >= 2 and at is not None:
                    at.append(len(text))
                if b - a >= 3:
                    if at is not None:
                        at.append(len(text))
                    if text.endswith(" ") and not text.endswith("  "):
                        text += "  "
                        cols.extend([piece_cols[a + 2]] * 2)
                        rows.extend([row] * 2)
                    if at is not None:
                        at.extend([len(text)] * (b - a - 3))
            if at is not None:
                at.append(len(text))
                bold.extend((at[b], at[e]) for b, e in piece.bold if at[e] > at[b])
        kept = len(text.rstrip(" "))
        if kept < len(text):
            text, cols, rows = text[:kept], cols[:kept], rows[:kept]
        if not text:
            return None
        number = rows[0]
        raw = self.source_lines[number - 1] if 0 < number <= len(self.source_lines) else ""
        named = options.pop("named", None)
        made = Line(number, raw, text, cols, kind=kind, bold=[(b, min(e, len(text))) for b, e in bold if b < len(text)],
                    rows=rows, **options)
        if named:
            made.fields = _locate_fields(text, named)
        self.lines.append(made)
        return made

    def blank(self) -> None:
        if self.lines and self.lines[-1].kind != "blank":
            self.lines.append(Line(self.lines[-1].number, "", "", [], kind="blank"))


def _locate_fields(text: str, named: list) -> dict:
    """Where each named piece ended up in a composed line: (field, piece) in order."""
    found, position = {}, 0
    for name, piece in named:
        if piece is None or not piece.text:
            continue
        start = text.find(" ".join(piece.text.split()), position)
        if start >= 0:
            end = start + len(" ".join(piece.text.split()))
            found[name] = (start, end)
            position = end
    return found
