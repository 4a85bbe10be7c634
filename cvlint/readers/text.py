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
# use area: Font Awesome's, IcoMoon's and other icon fonts' glyphs), and C1 control characters
# (never text: a font's unmapped bullet, "2026   \x88 Duke, Lab Meeting")
ICONS = patterns.compile(r"[\u2600-\u27bf\U0001F300-\U0001FAFF\ue000-\uf8ff\u25a0-\u25ff\x80-\x9f]\ufe0f?")
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


def read_text(document: Document, raw_lines: list[str]) -> None:
    document.lines = [plain_line(index + 1, raw) for index, raw in enumerate(raw_lines)]
