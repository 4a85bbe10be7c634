"""LaTeX CVs (``.tex``, ``.xtx``): moderncv (``\\cventry{years}{degree}{institution}{city}
{grade}{description}``, ``\\cvitem``), awesome-cv (``\\cventry{position}{organisation}
{location}{dates}{items}``, ``\\cvhonor``), Jake's/sb2nov (``\\resumeSubheading{org}{location}
{role}{dates}``, ``\\resumeItem``), and ``\\section`` + itemize in hand-made CVs.

Comments are blanked first, so commented-out blocks are never checked, and every character
of every line keeps its line and column in the ``.tex`` source."""

from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Optional

from .. import patterns
from ..document import Document, line_and_column, line_starts
from ..rule_files import builtin_rules_dir, load_toml
from .compose import LineBuilder, Piece, joined
from .tex import tex_to_text

_COMMENT = patterns.compile(r"(?<!\\)%.*")
_MACRO = patterns.compile(r"\\(section|subsection|subsubsection|cvsection|cvsubsection|cventry|cvitem|cvitemwithcomment|"
                    r"cvlistitem|cvhonor|resumeSubheading|resumeSubSubheading|resumeSubItem|resumeItem|resumeProjectHeading|"
                    r"item|name|cvname|firstname|familyname|author|chapter|part|namesection|runsubsection|descript|location|cvevent|entry"
                    r"|twentyitem|header|end)\b(\*?)")
_DURATION = patterns.compile(r"\W*\d+\s*(?:years?|months?|ans?|mois|años?|meses|jahre?|monate?)\W*", re.I)  # "6 mois"
_STARTS_WITH_A_YEAR = patterns.compile(r"\W*(?:[^\W\d_]{3,9}\.?\s+)?(?:19|20)\d\d(?!\d)")  # "2021--", "Sept. 2019 --"
_BEGIN_DOCUMENT = patterns.compile(r"\\begin\s*\{document\}")
_END_DOCUMENT = patterns.compile(r"\\end\s*\{document\}")
_IFFALSE = patterns.compile(r"\\iffalse\b.*?\\fi\b", re.S)
_NOT_NEWLINE = patterns.compile(r"[^\n]")
_LIST_EVENT = patterns.compile(r"\\(begin|end)\s*\{(?:itemize|enumerate|description|cvitems|resumeItems?)\}")
_MODERNCV = patterns.compile(r"\\documentclass(?:\[[^\]]*\])?\{moderncv\}|\\moderncvstyle")


def _blank_comments(text: str) -> str:
    """Comments and ``\\iffalse`` blocks as spaces: offsets stay, their text is gone."""
    text = "\n".join(_COMMENT.sub(lambda m: " " * len(m.group()), line) for line in text.split("\n"))
    return _IFFALSE.sub(lambda m: _NOT_NEWLINE.sub(" ", m.group()), text)


@lru_cache(maxsize=1)
def _open_words() -> frozenset[str]:
    """A range's open end in the languages read ("Present"), from ``rules/data/dates.toml``."""
    return frozenset(load_toml(os.path.join(builtin_rules_dir(), "data", "dates.toml"))["open"]["words"])


class _LaTeX:
    def __init__(self, document: Document, text: str):
        self.text = text
        self.builder = LineBuilder(document.source_lines)
        self.line_starts = line_starts(text)
        # list environments, to give each \item its nesting depth
        self.list_events = [(m.start(), 1 if m.group(1) == "begin" else -1) for m in _LIST_EVENT.finditer(text)]
        self.moderncv = bool(_MODERNCV.search(text))
        self.names: list[Piece] = []
        self.user: dict[str, tuple[int, int, int]] = {}  # macros the file defines: see _definitions
        self.source = text  # the text with the set-up in it: where the definitions' bodies are read
        self.pattern = _MACRO
        self.expanding: list[str] = []
        self.item_label: list[Piece] = []  # \item[label]: read with the item's first line

    def define(self, definitions: dict[str, tuple[int, int, int]]) -> None:
        """Read the file's own macros too. The pattern is built from the file's text, so it
        is compiled with re directly: it holds names from the CV."""
        self.user = definitions
        if definitions:
            names = "|".join(sorted(definitions, key=len, reverse=True))
            self.pattern = re.compile(_MACRO.pattern.replace(r"\\(", rf"\\({names}|", 1))

    def where(self, offset: int) -> tuple[int, int]:
        return line_and_column(self.line_starts, offset)

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

    def header(self, parts: list[tuple[list[Piece], bool]], names: tuple = ()) -> None:
        """An entry's header line: its parts joined by commas, the title part bold. ``names``
        says which part is which field (``title``, ``org``, ``location``), where the template's
        macro says so."""
        for pieces, bold in parts:
            for piece in pieces if bold else ():
                piece.bold = [(0, len(piece.text))]
        self.builder.blank()
        named = [(name, _one(pieces)) for name, (pieces, _) in zip(names, parts) if name and pieces]
        self.builder.line(joined([pieces for pieces, _ in parts], ", "), role="header", named=named or None)

    def body(self, start: int, end: int, kind: str = "text") -> None:
        """Text between structure macros, line by line; ``\\item`` starts a bullet."""
        position = start
        next_kind = kind
        for m in self.pattern.finditer(self.text, start, end):
            if m.start() < position:
                continue  # inside the arguments of a macro read already
            next_kind = self.plain(position, m.start(), next_kind)
            position, next_kind = self.macro(m, end, next_kind)
        self.plain(position, end, next_kind)

    def depth(self, offset: int) -> int:
        return max(sum(step for at, step in self.list_events if at < offset) - 1, 0)

    def plain(self, start: int, end: int, kind: str) -> str:
        offset = start
        for part in self.text[start:end].split("\n"):
            offset += len(part) + 1
            if not part.strip():
                self.builder.blank()  # a blank line ends a paragraph in TeX too
                continue
            row, col = self.where(offset - len(part) - 1)
            plain, cols, bolds = tex_to_text(part, col)
            if plain.strip(" ,|"):
                depth = self.depth(offset - len(part) - 1) if kind != "text" else 0
                pieces = [Piece(plain, row, cols, bolds)]
                if kind == "bullet" and self.item_label:
                    pieces, self.item_label = joined([self.item_label, pieces], ", "), []
                self.builder.line(pieces, kind=kind, depth=depth)
                kind = "continuation" if kind == "bullet" else kind
        return kind

    def flush_item_label(self) -> None:
        """A description list's label with no text after it (the next item came first): a line."""
        if self.item_label:
            self.builder.line(self.item_label, kind="bullet", depth=self.depth(0))
            self.item_label = []

    def user_macro(self, m: re.Match, name: str, kind: str) -> tuple[int, str]:
        """A macro the file defines: without arguments, its body is read where it is used
        (``\\degreeTable``); with two or more at the start of a line, its arguments are an
        entry's header (``\\timeitem{2019}{Engineer}{Acme}``); else its text is read as text."""
        count, body_start, body_end = self.user[name]
        at = m.end()
        if count == 0:
            if name not in self.expanding and len(self.expanding) < _MAX_EXPANSION:
                self.expanding.append(name)
                shown, self.text = self.text, self.source  # the definition's body, which the set-up blanking hid
                try:
                    self.body(body_start, body_end, kind)
                finally:
                    self.text = shown
                    self.expanding.pop()
            return at, kind
        line_start = self.text.rfind("\n", 0, m.start()) + 1
        at_line_start = not self.text[line_start:m.start()].strip()
        if count >= 1 and at_line_start and _HEADING_BODY.search(self.source, body_start, body_end):
            # \newcommand{\marginhead}[1]{\marginpar{…#1}}: the file's own section heading
            args, after = self.arguments(at, count)
            if args:
                self.builder.blank()
                self.builder.line(self.pieces(*args[0]), kind="heading", level=2, role="heading")
                return after, "text"
        if count >= 2 and at_line_start:
            args, after = self.arguments(at, count)
            # an argument that holds a list (\item …) is the entry's body, read after its header
            listed = [a for a in args if _ITEM.search(self.text, *a)]
            parts = [self.pieces(*a) for a in args if a not in listed]
            parts = [p for p in parts if p]
            if parts:
                self.header([(parts[0], True)] + [(p, False) for p in parts[1:]])
                for start, end in listed:
                    self.body(start, end)
                return after, "text"
        return at, kind

    def macro(self, m: re.Match, limit: int, kind: str) -> tuple[int, str]:
        name = m.group(1)
        at = m.end()
        if name in self.user:
            return self.user_macro(m, name, kind)
        if name == "item":
            self.flush_item_label()
            while at < len(self.text) and self.text[at] in " [":  # \item[] or \item[label]
                if self.text[at] == "[":
                    close = self.text.find("]", at)
                    if close > at + 1:  # a description list's label: the item's first words, bold
                        self.item_label = self.pieces(at + 1, close, bold=True)
                    at = close + 1 if close > 0 else at + 1
                    break
                at += 1
            return at, "bullet"
        if name == "end":  # the end of a list: what follows is text again
            self.flush_item_label()
            args, after = self.arguments(at, 1)
            return (after, "text") if args else (at, kind)
        if name == "namesection":  # Deedy: \namesection{First}{Last}{contact}
            args, after = self.arguments(at, 3)
            for a in args[:2]:
                self.names += self.pieces(*a)
            if len(args) == 3:
                self.body(args[2][0], args[2][1], "text")
            return after, kind
        if name == "runsubsection":  # Deedy: an entry's organisation, as a sub-heading
            args, after = self.arguments(at, 1)
            if args:
                self.builder.blank()
                self.builder.line(self.pieces(*args[0]), kind="heading", level=3)
            return after, "text"
        if name in ("descript", "location"):  # Deedy: the role, and "dates | place", each on a line
            args, after = self.arguments(at, 1)
            if args:
                self.body(args[0][0], args[0][1], "text")
            return after, "text"
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
        if name == "header":  # Friggeri: \header{First}{Last}{subtitle}, the name set large in the page's band
            args, after = self.arguments(at, 3)
            if len(args) < 2:
                return at, kind
            for a in args[:2]:
                self.names += self.pieces(*a)
            if len(args) > 2:
                self.body(args[2][0], args[2][1], "text")
            return after, kind
        if name in ("firstname", "familyname", "cvname"):  # \cvname{First\\Last}: Twenty Seconds
            args, after = self.arguments(at, 1)
            for a in args:
                self.names += self.pieces(*a)
            return after, kind
        if name == "cventry":
            args, after = self.arguments(at, 6 if self.moderncv else 5)
            parts = [self.pieces(*a) for a in args]
            if self.moderncv and len(args) >= 3:  # {years}{degree}{institution}{city}{grade}{description}
                self.header([(parts[1], True), (parts[2], False)] + [(p, False) for p in parts[3:4]] + [(parts[0], False)],
                            ("title", "org", "location"))
                for a in args[4:]:
                    self.body(a[0], a[1], "continuation")
            elif len(args) >= 4:  # awesome-cv: {position}{organisation}{location}{dates}{items}
                self.header([(parts[0], True), (parts[1], False), (parts[2], False), (parts[3], False)],
                            ("title", "org", "location"))
                for a in args[4:]:
                    self.body(a[0], a[1], "continuation")
            return after, "text"
        if name == "cvevent":
            args, after = self.arguments(at, 4)
            parts = [self.pieces(*a) for a in args]
            if parts and _STARTS_WITH_A_YEAR.match(" ".join(p.text for p in parts[0])):
                # Simple Hipster CV: \cvevent{dates}{title}{organisation}{location}{description}{logo}
                args, after = self.arguments(at, 6)
                parts = [self.pieces(*a) for a in args]
                self.header([(p, i == 1) for i, p in enumerate(parts[:4])], (None, "title", "org", "location"))
                for a in args[4:5]:
                    self.body(a[0], a[1], "continuation")
            elif parts:  # Twenty Seconds, AltaCV: \cvevent{title}{organisation}{dates}{location}
                self.header([(parts[0], True)] + [(p, False) for p in parts[1:]], ("title", "org", None, "location"))
            return after, "text"
        if name == "twentyitem":
            # Twenty Seconds' original: \twentyitem{dates}{title}{location}{description}; the file's own
            # versions put the dates in two arguments or a duration beside them, and an organisation
            # before the place: {start}{end}{title}{organisation}{location}{description}
            args, after = self.arguments(at, 6)
            parts = [self.pieces(*a) for a in args]
            texts = [" ".join(p.text for p in part).strip() for part in parts]
            first = 1
            while first < len(parts) - 1 and (not texts[first] or _STARTS_WITH_A_YEAR.match(texts[first])
                                                or _DURATION.fullmatch(texts[first]) or texts[first].lower() in _open_words()):
                first += 1  # more of the dates ("Present"), or how long it lasted
            dates: list[Piece] = []
            for k, part in enumerate(parts[:first]):
                if part and not _DURATION.fullmatch(texts[k]):  # a start and an end: a range, its dash written or not
                    between = " " if dates and dates[-1].text.rstrip().endswith(("-", "–", "—")) else " – "
                    dates += ([Piece.supplied(between, part[0].row, part[0].cols[0])] if dates else []) + part
            if len(parts) > first:
                fields = ("title", "org", "location") if len(parts) - first >= 4 else ("title", "location")
                named = [(parts[first], True)] + [(p, False) for p in parts[first + 1:first + len(fields)]]
                self.header(named[:1] + [(dates, False)] + named[1:], (fields[0], None) + fields[1:])
                for a in args[first + len(fields):]:
                    self.body(a[0], a[1], "continuation")
            return after, "text"
        if name in ("resumeSubheading", "resumeSubSubheading", "resumeProjectHeading", "cvhonor", "entry"):
            args, after = self.arguments(at, 4)
            parts = [self.pieces(*a) for a in args]
            if parts:
                # Jake's \resumeSubheading{org}{location}{role}{dates}, or as many files use it
                # {role}{dates}{org}{location} (the year in the second argument says which); with
                # two arguments {title}{dates}
                names: tuple = ()
                if name == "resumeSubheading" and len(parts) == 4:
                    texts = [self.text[a[0]:a[1]] for a in args]
                    role_first = bool(_YEAR.search(texts[1])) and not _YEAR.search(texts[3])
                    names = ("title", None, "org", "location") if role_first else ("org", "location", "title")
                self.header([(parts[0], True)] + [(p, False) for p in parts[1:]], names)
            return after, "text"
        if name in ("cvitem", "cvitemwithcomment", "cvlistitem", "resumeItem", "resumeSubItem"):
            args, after = self.arguments(at, 3 if name == "cvitemwithcomment" else 2 if name != "cvlistitem" else 1)
            parts = [self.pieces(*a) for a in args if self.text[a[0]:a[1]].strip()]
            line = joined([parts[0], joined(parts[1:], ", ")], ": ") if parts else []  # "Label: text, comment"
            self.builder.line(line, kind="bullet" if name.startswith("resume") or name == "cvlistitem" else "text",
                              depth=1 if name.startswith("resume") else 0)
            return after, "text"
        return at, kind


def _one(pieces: list[Piece]) -> Optional[Piece]:
    """One piece standing for a field spread over pieces (a field over several source lines)."""
    if not pieces:
        return None
    return pieces[0] if len(pieces) == 1 else Piece(" ".join(p.text for p in pieces), pieces[0].row, pieces[0].cols)


_DEFINITION = patterns.compile(r"\\(?:re)?(?:newcommand|providecommand)\*?\s*\{?\\([A-Za-z]+)\}?\s*(?:\[(\d)\])?\s*(?:\[[^\]]*\])?\s*\{"
                            r"|\\def\s*\\([A-Za-z]+)((?:#\d)*)\s*\{")
_ITEM = patterns.compile(r"\\item\b")
_YEAR = patterns.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_HEADING_BODY = patterns.compile(r"\\(?:marginpar|section|cvsection|chapter)\b")
_MAX_EXPANSION = 3  # macros inside macros inside macros: deeper is not a CV's layout


def _definitions(text: str, known: set[str]) -> dict[str, tuple[int, int, int]]:
    """Macros the file defines itself: name -> (number of arguments, body start, body end).
    Template macros cvlint reads by name keep their reading."""
    found = {}
    for m in _DEFINITION.finditer(text):
        name = m.group(1) or m.group(3)
        count = int(m.group(2) or 0) if m.group(1) else len((m.group(4) or "")) // 2
        start = m.end() - 1
        end = _brace_end(text, start)
        if name and name not in known and end > start:
            found[name] = (count, start + 1, end - 1)
    return found


def _brace_end(text: str, i: int) -> int:
    depth = 0
    for j in range(i, len(text)):
        c = text[j]
        if c == "\\":
            continue
        if c == "{" and text[j - 1:j] != "\\":
            depth += 1
        elif c == "}" and text[j - 1:j] != "\\":
            depth -= 1
            if depth == 0:
                return j + 1
    return i


_SETUP = patterns.compile(r"\\(?:(?:re)?newcommand|providecommand|newenvironment|renewenvironment|def|setmainfont|setsansfont"
                       r"|setmonofont|setromanfont|newfontfamily|newfontface|defaultfontfeatures|fontspec|setlength|addtolength|pagestyle|thispagestyle"
                       r"|geometry|hypersetup|usepackage|definecolor|colorlet|titleformat|titlespacing|renewcommand\*?)\b\*?")


def _blank_setup(text: str) -> str:
    """Definitions and layout set-up written in the document's body (``\\newcommand{\\x}[1]{…}``,
    ``\\setmainfont[Numbers=OldStyle,…]{Minion Pro}``) as spaces, whole, over as many lines as
    they take: they are no part of what the CV says. Offsets stay."""
    out = list(text)
    for m in _SETUP.finditer(text):
        end = m.end()
        if text.startswith("\\def", m.start()):  # \def\name#1#2{body}
            while end < len(text) and text[end] not in "{\n":
                end += 1
        for _ in range(6):  # the command's name, options and arguments: [..] and {..} groups
            while end < len(text) and text[end] in " \t":
                end += 1
            if end < len(text) and text[end] == "[":
                close = _bracket_end(text, end)
                if close <= end:
                    break
                end = close
            elif end < len(text) and text[end] == "{":
                close = _brace_end(text, end)
                if close <= end:
                    break
                end = close
            elif end < len(text) and text[end] == "\\" and m.group().startswith(("\\newcommand", "\\renewcommand", "\\provide",
                                                                                "\\setlength", "\\newfontf")):
                end = _word_end(text, end + 1)  # \newcommand\name{…}
            else:
                break
        for i in range(m.start(), end):
            if out[i] != "\n":
                out[i] = " "
    return "".join(out)


def _bracket_end(text: str, i: int) -> int:
    depth = 0
    for j in range(i, min(len(text), i + 2000)):
        if text[j] == "[":
            depth += 1
        elif text[j] == "]":
            depth -= 1
            if depth == 0:
                return j + 1
    return i


def _word_end(text: str, i: int) -> int:
    while i < len(text) and text[i].isalpha():
        i += 1
    return i


def read_latex(document: Document) -> None:
    source = _blank_comments(document.text)
    document.text = source  # what is checked, shown and searched: comments are not part of the CV
    text = _blank_setup(source)
    reader = _LaTeX(document, text)
    reader.source = source
    begin = _BEGIN_DOCUMENT.search(source)
    known = set(_MACRO.pattern.split("(", 1)[1].split(")", 1)[0].split("|"))
    reader.define(_definitions(source, known))
    end = _END_DOCUMENT.search(text, begin.end() if begin else 0)
    if begin:
        # the preamble says who (\name{}{}); the body is the CV
        for m in _MACRO.finditer(text, 0, begin.start()):
            if m.group(1) in ("name", "firstname", "familyname", "author", "cvname"):
                reader.macro(m, begin.start(), "text")
    start_body = begin.end() if begin else 0
    names = list(reader.names)
    reader.body(start_body, end.start() if end else len(text))
    reader.flush_item_label()
    names = names or reader.names
    if names:
        reader.builder.line(joined(names, " "), kind="heading", level=1)
        reader.builder.lines.insert(0, reader.builder.lines.pop())
    document.lines = reader.builder.lines
    from .hidden import latex_hidden

    document.hidden = latex_hidden(source)
