"""TeX markup to readable text with a column map, shared by the LaTeX and BibTeX readers:
accents to Unicode (``Se\\'{a}n``, ``{\\"u}``), dashes and ties, ``\\textbf{Own Name}`` kept
as bold (the self-marker of author lists), ``$^\\dagger$`` as a mark, other commands dropped
with their arguments' text kept."""

from __future__ import annotations

import unicodedata

from .. import patterns
from .inline import fold_whitespace

_ACCENTS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304", ".": "\u0307",
            "c": "\u0327", "v": "\u030c", "u": "\u0306", "H": "\u030b", "r": "\u030a", "k": "\u0328", "d": "\u0323",
            "b": "\u0331"}
_SYMBOLS = {"ss": "ß", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ",
            "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ", "dag": "†", "dagger": "†", "ddag": "‡", "ddagger": "‡",
            "textendash": "–", "textemdash": "—", "ldots": "…", "dots": "…", "textbullet": "•", "cdot": "·",
            "LaTeX": "LaTeX", "TeX": "TeX", "textasteriskcentered": "*", "ast": "*", "star": "*", "S": "§",
            "textregistered": "®", "copyright": "©", "textquoteright": "’", "textquoteleft": "‘", "textbar": "|",
            "euro": "€", "pounds": "£", "quad": " ", "qquad": " ", "newline": " ", "linebreak": " ", "par": " ",
            "hfill": " ", "hspace": "", "vspace": "", "item": "", "and": ",", "textbackslash": "\\"}
_ESCAPED = {"&": "&", "%": "%", "$": "$", "#": "#", "_": "_", "{": "{", "}": "}", " ": " ", ",": " ", ";": " ",
            ":": " ", "!": "", "\\": " ", "-": "", "/": "", "@": ""}
# commands followed by a length written without braces
_DIMENSIONED = {"vskip", "hskip", "kern", "vspace", "hspace", "hangindent", "hangafter", "parindent", "parskip",
                "baselineskip", "leftskip", "rightskip", "topsep", "itemsep", "raise", "lower", "moveleft", "moveright"}
_DIMENSION = patterns.compile(r"\s*=?\s*[-+]?\s*(?:\d+(?:\.\d*)?|\.\d+)\s*(?:true\s*)?(?:em|ex|pt|in|cm|mm|bp|pc|sp|dd|cc|mu)?"
                           r"(?:\s*(?:plus|minus)\s*[-+]?(?:\d+(?:\.\d*)?|\.\d+)\s*(?:em|ex|pt|fil+)?)*")
_LENGTH_ARGUMENT = patterns.compile(r"\{\s*[-+]?\s*(?:\d+(?:\.\d*)?|\.\d+)\s*(?:em|ex|pt|in|cm|mm|bp|pc|sp)\s*\}")
_BREAK_SPACE = patterns.compile(r"\*?(?:\s*\[\s*[-+]?\s*(?:(?:\d+(?:\.\d*)?|\.\d+)\s*(?:em|ex|pt|in|cm|mm|bp|pc|sp|dd|cc|mu)"
                                r"|(?:\d*\.?\d*\s*)?\\[a-zA-Z]+)\s*\])?")
# arguments after an environment's name that are layout: widths and column specifications
_ENVIRONMENT_ARGUMENTS = {"tabular": 1, "tabular*": 2, "tabularx": 2, "longtable": 1, "array": 1, "minipage": 1,
                          "multicols": 1, "wrapfigure": 2, "tabulary": 2}
_BOLD = {"textbf", "bf", "bfseries", "mathbf", "textbfit"}
_SKIP_FIRST_ARGUMENT = {"href", "hspace", "vspace", "includegraphics", "label", "ref", "cite", "color",
                        "textcolor", "fontsize", "setlength", "raisebox", "faIcon", "icon", "extracolsep",
                        "arraybackslash", "multicolumn", "colorbox", "fcolorbox", "parbox", "multirow"}
# \fcolorbox{frame}{background}{text}: two colours; \multirow{rows}{width}{text},
# \multicolumn{columns}{alignment}{text}; \fontsize{size}{skip}
_SKIP_SECOND_ARGUMENT = {"fcolorbox", "multirow", "multicolumn", "fontsize"}
_DROP_ARGUMENTS = {"hspace", "vspace", "includegraphics", "label", "ref", "cite", "color", "fontsize", "setlength",
                   "faIcon", "icon", "phantom", "footnote", "thanks", "begin", "end", "usepackage", "documentclass",
                   "newcommand", "renewcommand", "def", "addtolength", "titleformat", "pagestyle", "setcounter",
                   "geometry", "definecolor", "input", "include", "bibliographystyle", "bibliography",
                   "extracolsep", "addtolength", "titlespacing", "titleformat", "newenvironment", "columnratio"}


# characters that mean nothing to TeX here ("-", "'" and "`" only in pairs, "^" and "_" only in math)
_PLAIN = patterns.compile(r"[^\\{}$~&\-`'^_]+")


def _word(text: str, i: int) -> int:
    j = i
    while j < len(text) and text[j].isalpha():
        j += 1
    return j


def _group_end(text: str, i: int) -> int:
    """Index just past the brace group that opens at ``text[i] == '{'``."""
    depth = 0
    for j in range(i, len(text)):
        if text[j] == "\\":
            continue
        if text[j] == "{" and (j == 0 or text[j - 1] != "\\"):
            depth += 1
        elif text[j] == "}" and (j == 0 or text[j - 1] != "\\"):
            depth -= 1
            if depth == 0:
                return j + 1
    return len(text)


def tex_to_text(text: str, col: int = 0) -> tuple[str, list[int], list[tuple[int, int]]]:
    """Readable text of TeX markup, the 0-based column of each character (``col`` is where
    ``text`` starts), and the ranges that were bold."""
    if _PLAIN.fullmatch(text):  # no markup at all (most pieces of a CV's lines)
        return fold_whitespace(text, list(range(col, col + len(text))), keep_gaps=True)
    out: list[str] = []
    cols: list[int] = []
    bold: list[tuple[int, int]] = []
    groups: list[tuple[str, int]] = []  # ("bold" | "", start in out) for each open brace
    math = False
    i = 0

    def emit(chars: str, at: int) -> None:
        for ch in chars:
            out.append(ch)
            cols.append(col + at)

    while i < len(text):
        plain = _PLAIN.match(text, i)  # most of a line is plain text: taken a run at a time
        if plain:
            out.extend(plain.group())
            cols.extend(range(col + i, col + plain.end()))
            i = plain.end()
            continue
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            if nxt in _ACCENTS and not (nxt.isalpha() and i + 2 < len(text) and text[i + 2].isalpha()):
                j = i + 2
                while j < len(text) and text[j] == " " and nxt.isalpha():
                    j += 1
                if j < len(text) and text[j] == "{":
                    end = _group_end(text, j)
                    base = text[j + 1:end - 1].strip()
                    base = _SYMBOLS.get(base.lstrip("\\"), base) if base.startswith("\\") else base
                    j = end
                elif j < len(text) and text[j] == "\\":
                    k = _word(text, j + 1)
                    base, j = _SYMBOLS.get(text[j + 1:k], text[j + 1:k]), k
                else:
                    base, j = (text[j], j + 1) if j < len(text) else ("", j)
                if base:
                    emit(unicodedata.normalize("NFC", base[0] + _ACCENTS[nxt]) + base[1:], i)
                i = j
                continue
            if not nxt.isalpha():
                emit(_ESCAPED.get(nxt, nxt), i)
                i += 2
                if nxt == "\\":  # a line break: its star and its extra space ("\\[2pt]", "\\*[-1ex]") are layout
                    space = _BREAK_SPACE.match(text, i)
                    i = space.end() if space else i
                continue
            end = _word(text, i + 1)
            name = text[i + 1:end]
            j = end
            if name in _BOLD:
                while j < len(text) and text[j] == " ":
                    j += 1
                if j < len(text) and text[j] == "{" and name != "bfseries" and name != "bf":
                    groups.append(("bold", len(out)))
                    i = j + 1
                    continue
                if groups:  # {\bf Name}: the rest of this group is bold
                    groups[-1] = ("bold", len(out))
                i = j
                continue
            if name in _DROP_ARGUMENTS or name in _SKIP_FIRST_ARGUMENT:
                while j < len(text) and text[j] in "*[ ":
                    if text[j] == "[":
                        j = text.find("]", j) + 1 or len(text)
                    else:
                        j += 1
                if j < len(text) and text[j] == "{":
                    j = _group_end(text, j)
                    if name in _SKIP_SECOND_ARGUMENT and j < len(text) and text[j] == "{":
                        j = _group_end(text, j)
                if name in _DROP_ARGUMENTS:
                    if name == "columnratio" and text.startswith("[", j):  # paracol: \columnratio{0.23}[0.75]
                        j = text.find("]", j) + 1 or len(text)
                    while j < len(text) and text[j] == "{" and name in ("textcolor", "raisebox", "setlength", "addtolength"):
                        j = _group_end(text, j)
                    if name == "begin":  # \begin{tabular*}{width}{spec}, \begin{itemize}[options]: layout, not text
                        env = text[i + len(name) + 1:j].strip("{}* ")
                        for _ in range(_ENVIRONMENT_ARGUMENTS.get(env.rstrip("*") + ("*" if "*" in text[i:j] else ""), 0)):
                            while j < len(text) and text[j] in " [":
                                j = (text.find("]", j) + 1 or len(text)) if text[j] == "[" else j + 1
                            if j < len(text) and text[j] == "{":
                                j = _group_end(text, j)
                        while j < len(text) and text[j] == "[":
                            j = text.find("]", j) + 1 or len(text)
                    elif name in ("setlength", "addtolength") and j < len(text) and text[j] == "\\":
                        j = _group_end(text, _word(text, j + 1)) if _word(text, j + 1) < len(text) and text[_word(text, j + 1)] == "{" else _word(text, j + 1)
                i = j
                continue
            if name in _DIMENSIONED or (j < len(text) and text[j:j + 1] == "=" or text[j:j + 2] == " ="):
                # \vskip -0.23em, \hangindent=1 true cm: a length, set or skipped, is layout
                dimension = _DIMENSION.match(text, j)
                if dimension and dimension.end() > j:
                    i = dimension.end()
                    continue
            if name in _SYMBOLS:
                emit(_SYMBOLS[name], i)
            while j < len(text) and text[j] == "[":  # optional arguments say nothing readable
                j = text.find("]", j) + 1 or len(text)
            if j < len(text) and text[j] == " " and name in _SYMBOLS and _SYMBOLS[name]:
                j += 1  # "\ss a" is "ßa"; the space ends the command
            while j < len(text) and text[j] == "{" and (length := _LENGTH_ARGUMENT.match(text, j)):
                j = length.end()  # a macro of the file's own with a length ("\myvspace{0.4em}"): layout
            i = j
            continue
        if c == "{":
            groups.append(("", len(out)))
            i += 1
            continue
        if c == "}":
            if groups:
                kind, start = groups.pop()
                if kind == "bold" and len(out) > start:
                    bold.append((start, len(out)))
            i += 1
            if i < len(text) and text[i] == "{" and out and out[-1] not in " ,":
                emit(", ", i - 1)  # \macro{a}{b}: the arguments are separate parts
            continue
        if c == "$":
            math = not math
            i += 1
            continue
        if math and c in "^_":
            i += 1
            continue
        if c == "~":
            emit(" ", i)
        elif c == "&":  # a table cell ends: a column gap, as in a PDF
            emit("   ", i)
        elif text.startswith("---", i):
            emit("—", i)
            i += 3
            continue
        elif text.startswith("--", i):
            emit("–", i)
            i += 2
            continue
        elif text.startswith("``", i) or text.startswith("''", i):
            emit("“" if c == "`" else "”", i)
            i += 2
            continue
        else:
            emit(c, i)
        i += 1
    for kind, start in groups:  # unclosed groups at the end of a piece
        if kind == "bold" and len(out) > start:
            bold.append((start, len(out)))
    return fold_whitespace("".join(out), cols, sorted(bold), keep_gaps=True)
