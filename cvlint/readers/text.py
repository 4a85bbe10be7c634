"""Plain text, as extracted from a PDF: headings and titles on their own lines, icon glyphs
before contact details, bullets drawn with any of several characters."""

from __future__ import annotations

import re

from .. import patterns
from ..document import Document, Line
from .inline import fold_whitespace

# a list mark: a bullet glyph, a number, or a C1 control character (never text: what a font
# without a Unicode map gives its bullet, "\x88 B.S. in …")
BULLET = patterns.compile(r"^(\s*)([-•*◦▪▸►‣·○●■□➢➤✓\x80-\x9f]|\d{1,3}[.)]|\[\d{1,3}\])\s+")
# Glyphs that icon fonts leave in extracted text before an email, phone or link (the private
# use area: Font Awesome's, IcoMoon's and other icon fonts' glyphs), and a C1 control character
# or a replacement character standing alone (a font's unmapped bullet, "2026   \x88 Duke, Lab
# Meeting"; an exporter's mark for such a glyph, "� +45 5269 3528")
_PRIVATE_USE, _LONE_MARK = r"\ue000-\uf8ff", r"(?<!\S)[\x80-\x9f\ufffd](?!\S)"
ICONS = patterns.compile(rf"[\u2600-\u27bf\U0001F300-\U0001FAFF{_PRIVATE_USE}\u25a0-\u25ff]\ufe0f?|{_LONE_MARK}")
# of those, the ones that are never text (a Markdown file keeps its emoji; a C1 character inside
# a word is mojibake's, "Ã\x81lvaro", and stays for the encoding rules)
NEVER_TEXT = patterns.compile(rf"[{_PRIVATE_USE}]|{_LONE_MARK}")
_RULE = patterns.compile(r"^\s*([-=_*~])\1{3,}\s*$")
_LINKEDIN_ICON = patterns.compile(r"(?:(?<=\s)|^)in(?=\s+(?:linkedin\.com|www\.linkedin))", re.I)


def plain_line(number: int, raw: str) -> Line:
    """One line of a plain-text CV: a list item if it starts with a bullet glyph or a number,
    icon glyphs blanked, white space folded; ``indent`` keeps how far it was indented."""
    if not raw.strip():
        return Line(number, raw, "", [], kind="blank")
    if _RULE.match(raw):
        return Line(number, raw, "", [], kind="rule")
    kind, depth, numbered, start = "text", 0, False, 0
    m = BULLET.match(raw)
    if m:
        kind, start = "bullet", m.end()
        depth = 1 if len(m.group(1).expandtabs()) >= 2 else 0
        numbered = m.group(2)[0] in "0123456789["
    chars, cols = [], []
    masked = _LINKEDIN_ICON.sub("  ", ICONS.sub(lambda g: " " * len(g.group()), raw))
    for col in range(start, len(raw)):
        if masked[col] != raw[col]:
            continue  # an icon glyph: left out, so it opens no column gap
        chars.append(raw[col])
        cols.append(col)
    text, cols, _ = fold_whitespace("".join(chars), cols, keep_gaps=True)
    indent = len(raw.expandtabs()) - len(raw.expandtabs().lstrip())
    return Line(number, raw, text, cols, kind=kind if text else "blank", depth=depth, numbered=numbered, indent=indent)


def drop_marks(line: Line, marks: re.Pattern) -> Line:
    """``line`` without the characters of its text that come from ``marks`` in its raw text
    (icon glyphs: "\ue608 ABOUT", "Python ▪ Rust"), each with the space after it, nor the
    spaces then left at its ends; its columns and bold ranges kept. A line left with no text is
    blank."""
    drop: set[int] = set()
    for m in marks.finditer(line.raw):
        drop.update(range(m.start(), m.end() + (m.end() < len(line.raw) and line.raw[m.end()] == " ")))
    keep = [i for i, col in enumerate(line.cols) if col not in drop]
    while keep and line.text[keep[0]] == " ":
        keep.pop(0)
    while keep and line.text[keep[-1]] == " ":
        keep.pop()
    if len(keep) == len(line.text):
        return line
    position = {i: k for k, i in enumerate(keep)}
    bold = []
    for b, e in line.bold:
        inside = [position[i] for i in range(b, e) if i in position]
        if inside:
            bold.append((inside[0], inside[-1] + 1))
    line.text, line.cols, line.bold = "".join(line.text[i] for i in keep), [line.cols[i] for i in keep], bold
    if not line.text:
        line.kind = "blank"
    return line


def read_text(document: Document, raw_lines: list[str]) -> None:
    document.lines = [plain_line(index + 1, raw) for index, raw in enumerate(raw_lines)]
