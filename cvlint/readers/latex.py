"""LaTeX CVs (``.tex``, ``.xtx``): moderncv (``\\cventry{years}{degree}{institution}{city}
{grade}{description}``, ``\\cvitem``), awesome-cv (``\\cventry{position}{organisation}
{location}{dates}{items}``, ``\\cvhonor``), Jake's/sb2nov (``\\resumeSubheading{org}{location}
{role}{dates}``, ``\\resumeItem``), and ``\\section`` + itemize in hand-made CVs.

Comments are blanked first, so commented-out blocks are never checked, and every character
of every line keeps its line and column in the ``.tex`` source."""

from __future__ import annotations

import re

from .. import regex
from ..document import Document, LineBuilder, Piece, joined
from .tex import tex_to_text

_COMMENT = regex.compile(r"(?<!\\)%.*")
_MACRO = regex.compile(r"\\(section|subsection|subsubsection|cvsection|cvsubsection|cventry|cvitem|cvitemwithcomment|"
                    r"cvlistitem|cvhonor|resumeSubheading|resumeSubSubheading|resumeSubItem|resumeItem|resumeProjectHeading|"
                    r"item|name|firstname|familyname|author|chapter|part)\b(\*?)")
_BEGIN_DOCUMENT = regex.compile(r"\\begin\s*\{document\}")
_END_DOCUMENT = regex.compile(r"\\end\s*\{document\}")
_IFFALSE = regex.compile(r"\\iffalse\b.*?\\fi\b", re.S)


def _blank_comments(text: str) -> str:
    """Comments and ``\\iffalse`` blocks as spaces: offsets stay, their text is gone."""
    text = "\n".join(_COMMENT.sub(lambda m: " " * len(m.group()), line) for line in text.split("\n"))
    return _IFFALSE.sub(lambda m: regex.compile(r"[^\n]").sub(" ", m.group()), text)


class _LaTeX:
    def __init__(self, document: Document, text: str):
        self.text = text
        self.builder = LineBuilder(document.source_lines)
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        # list environments, to give each \item its nesting depth
        self.list_events = [(m.start(), 1 if m.group(1) == "begin" else -1) for m in regex.compile(
            r"\\(begin|end)\s*\{(?:itemize|enumerate|description|cvitems|resumeItems?)\}").finditer(text)]
        self.moderncv = bool(regex.compile(r"\\documentclass(?:\[[^\]]*\])?\{moderncv\}|\\moderncvstyle").search(text))
        self.names: list[Piece] = []

    def where(self, offset: int) -> tuple[int, int]:
        import bisect

        row = bisect.bisect_right(self.line_starts, offset)
        return row, offset - self.line_starts[row - 1]

    def arguments(self, i: int, count: int) -> tuple[list[tuple[int, int]], int]:
        """Up to ``count`` brace arguments from ``i`` (optional ``[...]`` skipped): their
        (start, end) offsets inside the braces, and the offset after the last."""
        found = []
        while len(found) < count:
            j = i
            while j < len(self.text) and self.text[j] in " \t\n":
                j += 1
            if j < len(self.text) and self.text[j] == "[":
                close = self.text.find("]", j)
                i = close + 1 if close > 0 else j + 1
                continue
            if j >= len(self.text) or self.text[j] != "{":
                break
            depth, k = 0, j
            while k < len(self.text):
                c = self.text[k]
                if c == "\\":
                    k += 2
                    continue
                depth += c == "{"
                depth -= c == "}"
                k += 1
                if depth == 0:
                    break
            found.append((j + 1, k - 1))
            i = k
        return found, i

    def pieces(self, start: int, end: int, bold: bool = False) -> list[Piece]:
        """The readable text of ``text[start:end]``, one piece per source line."""
        out = []
        offset = start
        for part in self.text[start:end].split("\n"):
            row, col = self.where(offset)
            plain, cols, bolds = tex_to_text(part, col)
            if plain:
                out.append(Piece(plain, row, cols, [(0, len(plain))] if bold else bolds))
            offset += len(part) + 1
        return out

    def header(self, parts: list[tuple[list[Piece], bool]]) -> None:
        """An entry's header line: its parts joined by commas, the title part bold."""
        for pieces, bold in parts:
            for piece in pieces if bold else ():
                piece.bold = [(0, len(piece.text))]
        self.builder.blank()
        self.builder.line(joined([pieces for pieces, _ in parts], ", "))

    def body(self, start: int, end: int, kind: str = "text") -> None:
        """Text between structure macros, line by line; ``\\item`` starts a bullet."""
        position = start
        next_kind = kind
        for m in _MACRO.finditer(self.text, start, end):
            next_kind = self.plain(position, m.start(), next_kind)
            position, next_kind = self.macro(m, end, next_kind)
        self.plain(position, end, next_kind)

    def depth(self, offset: int) -> int:
        return max(sum(step for at, step in self.list_events if at < offset) - 1, 0)

    def plain(self, start: int, end: int, kind: str) -> str:
        offset = start
        for part in self.text[start:end].split("\n"):
            row, col = self.where(offset)
            plain, cols, bolds = tex_to_text(part, col)
            offset += len(part) + 1
            if plain.strip(" ,|"):
                depth = self.depth(offset - len(part) - 1) if kind != "text" else 0
                self.builder.line([Piece(plain, row, cols, bolds)], kind=kind, depth=depth)
                kind = "continuation" if kind == "bullet" else kind
        return kind

    def macro(self, m: re.Match, limit: int, kind: str) -> tuple[int, str]:
        name = m.group(1)
        at = m.end()
        if name == "item":
            return at, "bullet"
        if name in ("section", "cvsection", "chapter", "part", "subsection", "subsubsection", "cvsubsection"):
            args, after = self.arguments(at, 1)
            if args:
                self.builder.blank()
                level = 3 if name.startswith("sub") else 2
                self.builder.line(self.pieces(*args[0]), kind="heading", level=level)
            return after, "text"
        if name in ("name", "author"):
            args, after = self.arguments(at, 2)
            for a in args:
                self.names += self.pieces(*a)
            return after, kind
        if name in ("firstname", "familyname"):
            args, after = self.arguments(at, 1)
            for a in args:
                self.names += self.pieces(*a)
            return after, kind
        if name == "cventry":
            args, after = self.arguments(at, 6 if self.moderncv else 5)
            parts = [self.pieces(*a) for a in args]
            if self.moderncv and len(args) >= 3:  # {years}{degree}{institution}{city}{grade}{description}
                self.header([(parts[1], True), (parts[2], False)] + [(p, False) for p in parts[3:4]] + [(parts[0], False)])
                for a in args[4:]:
                    self.body(a[0], a[1], "continuation")
            elif len(args) >= 4:  # awesome-cv: {position}{organisation}{location}{dates}{items}
                self.header([(parts[0], True), (parts[1], False), (parts[2], False), (parts[3], False)])
                for a in args[4:]:
                    self.body(a[0], a[1], "continuation")
            return after, "text"
        if name in ("resumeSubheading", "resumeSubSubheading", "resumeProjectHeading", "cvhonor"):
            args, after = self.arguments(at, 4)
            parts = [self.pieces(*a) for a in args]
            if parts:
                self.header([(parts[0], True)] + [(p, False) for p in parts[1:]])
            return after, "text"
        if name in ("cvitem", "cvitemwithcomment", "cvlistitem", "resumeItem", "resumeSubItem"):
            args, after = self.arguments(at, 3 if name == "cvitemwithcomment" else 2 if name != "cvlistitem" else 1)
            parts = [self.pieces(*a) for a in args if self.text[a[0]:a[1]].strip()]
            line = joined([parts[0], joined(parts[1:], ", ")], ": ") if parts else []  # "Label: text, comment"
            self.builder.line(line, kind="bullet" if name.startswith("resume") or name == "cvlistitem" else "text",
                              depth=1 if name.startswith("resume") else 0)
            return after, "text"
        return at, kind


def read_latex(document: Document) -> None:
    text = _blank_comments(document.text)
    document.text = text  # what is checked, shown and searched: comments are not part of the CV
    reader = _LaTeX(document, text)
    begin = _BEGIN_DOCUMENT.search(text)
    end = _END_DOCUMENT.search(text, begin.end() if begin else 0)
    if begin:
        # the preamble says who (\name{}{}); the body is the CV
        for m in _MACRO.finditer(text, 0, begin.start()):
            if m.group(1) in ("name", "firstname", "familyname", "author"):
                reader.macro(m, begin.start(), "text")
    start_body = begin.end() if begin else 0
    names = list(reader.names)
    reader.body(start_body, end.start() if end else len(text))
    names = names or reader.names
    if names:
        reader.builder.line(joined(names, " "), kind="heading", level=1)
        reader.builder.lines.insert(0, reader.builder.lines.pop())
    document.lines = reader.builder.lines
