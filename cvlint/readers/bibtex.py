"""BibTeX (``.bib``): the owner's publication list. Each entry becomes one publication line,
``Authors. "Title." Venue, Year. Note.``, composed from its fields with their places in the
file; TeX accents, ``\\textbf{Own Name}`` (the self-marker) and ``*``/``$^\\dagger$`` marks
are read as in LaTeX. Status words in odd places (``year = "in press"``, ``note = {under
review}``) stay in the line, where the claim reader finds them."""

from __future__ import annotations

import re
from typing import Optional

from .. import limits, patterns
from ..document import Document, ReadProblem, line_and_column, line_starts
from .compose import LineBuilder, Piece, joined
from .tex import tex_to_text

_ENTRY = patterns.compile(r"@\s*([A-Za-z]+)\s*([{(])")
_FIELD = patterns.compile(r"\s*([A-Za-z_][\w:.+-]*)\s*=\s*")
_BARE_WORD = patterns.compile(r"[\w:.+-]+")  # a value that is a number or a @string macro's name
_AND = patterns.compile(r"\s+and\s+")  # between two names of a BibTeX author list
_SKIP = {"comment", "preamble"}
_VENUE_FIELDS = ("booktitle", "journal", "_venue", "venue", "series", "publisher", "school", "institution", "howpublished")


class _Source:
    def __init__(self, text: str):
        self.text = text
        self.line_starts = line_starts(text)

    def where(self, offset: int) -> tuple[int, int]:
        return line_and_column(self.line_starts, offset)




def _value(text: str, i: int, macros: dict[str, str]) -> tuple[list[tuple[str, int]], int]:
    """A field's value from ``text[i]``: pieces of (text, offset) joined by ``#``; the offset
    just past the value."""
    pieces: list[tuple[str, int]] = []
    while i < len(text):
        while i < len(text) and text[i] in " \t\n":
            i += 1
        if i >= len(text):
            break
        c = text[i]
        if c == "{":
            depth, j = 0, i
            while j < len(text):
                if text[j] == "\\":
                    j += 2
                    continue
                depth += text[j] == "{"
                depth -= text[j] == "}"
                j += 1
                if depth == 0:
                    break
            pieces.append((text[i + 1:j - 1], i + 1))
            i = j
        elif c == '"':
            j, depth = i + 1, 0
            while j < len(text) and not (text[j] == '"' and depth == 0):
                if text[j] == "\\":
                    j += 1
                depth += text[j] == "{"
                depth -= text[j] == "}"
                j += 1
            pieces.append((text[i + 1:j], i + 1))
            i = j + 1
        else:
            m = _BARE_WORD.match(text, i)
            if not m:
                break
            word = m.group()
            pieces.append((macros.get(word.lower(), word), i))
            i = m.end()
        while i < len(text) and text[i] in " \t\n":
            i += 1
        if i < len(text) and text[i] == "#":
            i += 1
            continue
        break
    return pieces, i


def _parse(source: _Source, document: Document) -> list[tuple[str, int, dict[str, list[tuple[str, int]]]]]:
    text = source.text
    macros: dict[str, str] = {}
    entries = []
    position = 0
    while True:
        m = _ENTRY.search(text, position)
        if not m:
            break
        kind = m.group(1).lower()
        close = "}" if m.group(2) == "{" else ")"
        i = m.end()
        if kind in _SKIP:
            pieces, position = _value(text, m.end() - 1, macros) if m.group(2) == "{" else ([], m.end())
            continue
        fields: dict[str, list[tuple[str, int]]] = {}
        key = ""
        if kind != "string":
            key_end = text.find(",", i)
            if key_end < 0:
                row, col = source.where(m.start())
                document.problems.append(ReadProblem("malformed", f"@{kind} entry without a key and fields", row, col + 1))
                break
            key = text[i:key_end].strip()
            i = key_end + 1
        while True:
            f = _FIELD.match(text, i)
            if not f:
                break
            pieces, i = _value(text, f.end(), macros)
            fields[f.group(1).lower()] = pieces
            while i < len(text) and text[i] in " \t\n,":
                i += 1
        if kind == "string":
            for name, pieces in fields.items():
                value = "".join(p for p, _ in pieces)
                most = limits.current().bibtex_string_chars
                if len(value) > most:  # "s1 = s0 # s0", "s2 = s1 # s1"…: doubling would fill the memory
                    if not any(p.kind == "too-large" for p in document.problems):  # said once a file
                        row, col = source.where(m.start())
                        document.problems.append(ReadProblem(
                            "too-large", f"@string {name} expands past {most:,} characters (limits.bibtex-string-chars); cut there", row, col + 1))
                    value = value[:most]
                macros[name] = value
        else:
            entries.append((kind, m.start(), fields, key))
        end = text.find(close, i)
        position = max(i, end + 1 if end >= 0 and text[i:end].strip() == "" else i + 1)
    return entries


def _pieces(source: _Source, value: list[tuple[str, int]]) -> list[Piece]:
    out = []
    for text, offset in value:
        row, col = source.where(offset)
        # a value over several lines: keep each line's own columns
        for k, part in enumerate(text.split("\n")):
            plain, cols, bold = tex_to_text(part, col if k == 0 else 0)
            if plain:
                out.append(Piece(plain, row + k, cols, bold))
            if k == 0:
                col = 0
    return out


def _authors(source: _Source, value: list[tuple[str, int]]) -> list[Piece]:
    """``Li, Ming and Wei Zhang`` as ``Ming Li, Wei Zhang``, each name keeping its place."""
    names: list[Piece] = []
    for text, offset in value:
        flat = text.replace("\n", " ")
        bounds = [0] + [x for m in _AND.finditer(flat) for x in (m.start(), m.end())] + [len(flat)]
        for begin, end in zip(bounds[::2], bounds[1::2]):
            name = flat[begin:end]
            if not name.strip():
                continue
            start = offset + begin
            if "," in name.replace("\\,", ""):
                last, _, first = name.partition(",")
                first_start = start + len(last) + 1
                parts = [(first, first_start), (" ", None), (last, start)]
            else:
                parts = [(name, start)]
            piece_text, cols, bold = "", [], []
            marks, mark_cols = "", []
            for part, at in parts:
                if at is None:
                    piece_text += " "
                    cols.append(cols[-1] if cols else 0)
                    continue
                row, col = source.where(at)
                plain, part_cols, part_bold = tex_to_text(part, col)
                while plain and plain[-1] in "*†‡" and at != start:  # "Zhang, Wei$^*$": the mark ends the name
                    marks, mark_cols = plain[-1] + marks, [part_cols[-1]] + mark_cols
                    plain = plain[:-1].rstrip()
                    part_cols = part_cols[:len(plain)]
                bold += [(b + len(piece_text), e + len(piece_text)) for b, e in part_bold]
                piece_text += plain
                cols += part_cols
            piece_text, cols = piece_text + marks, cols + mark_cols
            piece_text = piece_text.strip()
            if piece_text:
                row, _ = source.where(start)
                names.append(Piece(piece_text, row, cols[:len(piece_text)], bold))
    return names


_DOI_PREFIX = patterns.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.I)


def read_bibtex(document: Document) -> None:
    source = _Source(document.text)
    entries = _parse(source, document)
    builder = LineBuilder(document.source_lines)
    if not entries:
        if not document.problems:
            document.problems.append(ReadProblem("malformed", "no BibTeX entries found"))
        return
    first_row, _ = source.where(entries[0][1])
    builder.line([Piece.supplied("Publications", first_row, 0)], kind="heading", level=2)
    for kind, start, fields, key in entries:
        title = _pieces(source, fields.get("title", []))
        if not title:
            continue
        authors = _authors(source, fields.get("author", []))
        pieces: list[Optional[Piece]] = joined(authors, ", ")
        anchor = title[0]
        if authors:
            pieces.append(Piece.supplied(". ", anchor.row, anchor.cols[0]))
        pieces += [Piece.supplied('"', anchor.row, anchor.cols[0]), *title, Piece.supplied('."', title[-1].row, title[-1].cols[-1])]
        venue = next((_pieces(source, fields[f]) for f in _VENUE_FIELDS if fields.get(f)), [])
        tail = joined([venue, _pieces(source, fields.get("year", [])), _pieces(source, fields.get("note", []))], ", ")
        if tail:
            pieces += [Piece.supplied(" ", tail[0].row, tail[0].cols[0]), *tail]
        pieces.append(Piece.supplied(".", anchor.row, anchor.cols[-1]))
        builder.blank()
        builder.line(pieces, kind="bullet", numbered=True)
        line = builder.lines[-1]  # the entry's line: where a finding about its key or DOI points
        doi = _DOI_PREFIX.sub("", "".join(p for p, _ in fields.get("doi", [])).strip()).lower()
        for name, value in (("bibtex key", key), ("doi", doi)):
            if value:
                document.facts.append((name, value, line, 0, len(line.text), f"the {name}" if name == "doi" else "the key"))
    document.lines = builder.lines
