"""Markdown CVs, including Jekyll/academicpages pages with YAML front matter."""

from __future__ import annotations

import re

from .. import patterns
from ..document import Document, Line
from .inline import clean_inline
from .text import NEVER_TEXT, drop_marks, plain_line

_ATX = patterns.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
_CLOSING_HASHES = patterns.compile(r"\s+#+\s*$")  # "## Education ##"
_SETEXT = patterns.compile(r"^ {0,3}(=+|-+)\s*$")
_RULE = patterns.compile(r"^ {0,3}([-*_])(?:\s*\1){2,}\s*$")
_BULLET = patterns.compile(r"^([ \t]*)([-*+•◦▪\x80-\x9f]|\d{1,3}[.)])[ \t]+")  # \x80-\x9f: see text.BULLET
_INNER_BULLET = patterns.compile(r"[-*+][ \t]+")
_FENCE = patterns.compile(r"^ {0,3}(```|~~~)")
_TABLE_SEPARATOR = patterns.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_HTML_BLOCK_START = patterns.compile(r"^\s*<(style|script)\b", re.I)
_FRONT_KEY = patterns.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")


def _indent_width(prefix: str) -> int:
    return sum(4 if c == "\t" else 1 for c in prefix)


def _meta_line(number: int, raw: str) -> Line:
    return Line(number, raw, "", [], kind="meta")


def parse_front_matter(lines: list[str]) -> tuple[int, dict[str, str]]:
    """Number of front-matter lines (0 if none) and its top-level scalar values."""
    if not lines or lines[0].strip() != "---":
        return 0, {}
    meta: dict[str, str] = {}
    for index in range(1, min(len(lines), 400)):
        stripped = lines[index].strip()
        if stripped in ("---", "..."):
            return index + 1, meta
        m = _FRONT_KEY.match(lines[index])
        if m and not lines[index][0].isspace():
            value = m.group(2).strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            meta[m.group(1).lower()] = value
    return 0, {}


_INDENTED_ITEM = 4  # spaces before a line that a text export set in under a label


def _under_a_label(lines: list[Line]) -> bool:
    """Whether the last line with text is a label ("Internal roles:") or an item set in under one."""
    last = next((line for line in reversed(lines) if line.text), None)
    if last is None or last.raw.lstrip().startswith("<"):  # an HTML page's own markup: not an exporter's
        return False
    return (last.kind == "text" and last.text.rstrip(" *_").endswith(":")
                                 or last.kind == "bullet" and last.depth == 1 and not last.raw.lstrip().startswith(("-", "*", "+")))


def _is_whole_text_block(raw_lines: list[str], index: int, fence: str, share: float = 0.5, min_lines: int = 10) -> bool:
    """A fenced block that is the CV itself: plain text (``` ```text ``` or no language), at
    least ``min_lines`` lines and ``share`` of the file's non-blank lines. Code samples stay out."""
    info = raw_lines[index].strip()[len(fence):].strip().lower()
    if info not in ("", "text", "txt", "plain", "plaintext"):
        return False
    inside = 0
    for raw in raw_lines[index + 1:]:
        if raw.strip().startswith(fence):
            break
        inside += bool(raw.strip())
    total = sum(1 for raw in raw_lines if raw.strip())
    return inside >= min_lines and inside >= share * total


def _without_comments(text: str) -> str:
    """``text`` with its HTML comments blanked (their line ends kept); one pass, so an unclosed
    ``<!--`` repeated costs nothing."""
    out, at = [], 0
    while True:
        start = text.find("<!--", at)
        if start < 0:
            break
        end = text.find("-->", start + 4)
        end = len(text) if end < 0 else end + 3
        out.append(text[at:start])
        out.append("\n" * text.count("\n", start, end))
        at = end
    out.append(text[at:])
    return "".join(out)


def read_markdown(document: Document, raw_lines: list[str]) -> None:
    end_of_front, document.meta = parse_front_matter(raw_lines)
    lines: list[Line] = []
    fence = None
    plain_block = False
    html_block = None
    in_comment = False
    stack: list[int] = []  # indents of open list items
    for index, raw in enumerate(raw_lines):
        number = index + 1
        if index < end_of_front:
            lines.append(_meta_line(number, raw))
            continue
        if fence:
            if raw.strip().startswith(fence):
                fence = None
                lines.append(_meta_line(number, raw))
            elif plain_block:
                lines.append(plain_line(number, raw))
            else:
                lines.append(_meta_line(number, raw))
            continue
        if in_comment:
            if "-->" in raw:
                in_comment = False
            document.comment_lines.add(number)
            lines.append(_meta_line(number, raw))
            continue
        if html_block:
            if re.search(rf"</{html_block}\s*>", raw, re.I):
                html_block = None
            lines.append(_meta_line(number, raw))
            continue
        m = _FENCE.match(raw)
        if m:
            fence = m.group(1)
            plain_block = _is_whole_text_block(raw_lines, index, fence)
            lines.append(_meta_line(number, raw))
            continue
        m = _HTML_BLOCK_START.match(raw)
        if m:
            if not re.search(rf"</{m.group(1)}\s*>", raw, re.I):
                html_block = m.group(1)
            lines.append(_meta_line(number, raw))
            continue
        if raw.lstrip().startswith("<!--") and "-->" not in raw:
            in_comment = True
            document.comment_lines.add(number)
            lines.append(_meta_line(number, raw))
            continue

        if not raw.strip():
            lines.append(Line(number, raw, "", [], kind="blank"))
            continue

        m = _SETEXT.match(raw)
        if m and lines and lines[-1].kind == "text" and lines[-1].text and not lines[-1].depth:
            previous = lines[-1]
            previous.kind = "heading"
            previous.level = 1 if m.group(1)[0] == "=" else 2
            lines.append(_meta_line(number, raw))
            continue
        if _RULE.match(raw):
            lines.append(Line(number, raw, "", [], kind="rule"))
            continue
        if _TABLE_SEPARATOR.match(raw) and "|" in raw:
            lines.append(_meta_line(number, raw))
            continue

        m = _ATX.match(raw)
        if m:
            content_start = m.end()
            body = _CLOSING_HASHES.sub("", raw)
            text, cols, bold = clean_inline(body, content_start)
            lines.append(Line(number, raw, text, cols, kind="heading", level=len(m.group(1)), bold=bold))
            stack.clear()
            continue

        m = _BULLET.match(raw)
        if m:
            indent = _indent_width(m.group(1))
            while stack and stack[-1] >= indent:
                stack.pop()
            depth = len(stack)
            stack.append(indent)
            content_start = m.end()
            numbered = m.group(2)[0].isdigit()
            # "* * item": a bullet opened inside a bullet on the same line
            inner = _INNER_BULLET.match(raw, content_start)
            while inner:
                depth += 1
                content_start = inner.end()
                inner = _INNER_BULLET.match(raw, content_start)
            text, cols, bold = clean_inline(raw, content_start)
            lines.append(Line(number, raw, text, cols, kind="bullet", depth=depth, numbered=numbered, bold=bold))
            continue

        text, cols, bold = clean_inline(raw.replace("|", " "), 0) if raw.lstrip().startswith("|") else clean_inline(raw)
        indent = _indent_width(raw[: len(raw) - len(raw.lstrip())])
        if stack and indent > stack[-1]:
            # a continuation of the list item above
            lines.append(Line(number, raw, text, cols, kind="continuation", depth=lines[-1].depth if lines else 0, bold=bold))
            continue
        stack.clear()
        if text and indent >= _INDENTED_ITEM and not raw.lstrip().startswith("<") and _under_a_label(lines):
            # "Internal roles:" over lines set in by an exporter, no bullet drawn: its items
            lines.append(Line(number, raw, text, cols, kind="bullet", depth=1, bold=bold))
            continue
        lines.append(Line(number, raw, text, cols, kind="text" if text else "blank", bold=bold))
    if NEVER_TEXT.search(document.text):  # glyphs of no letter: an exporter's "�" for an icon, a font's private ones
        lines = [drop_marks(line, NEVER_TEXT) if NEVER_TEXT.search(line.raw) else line for line in lines]
    document.lines = lines
    if "style" in document.text:  # inline HTML styled not to show (comments aside: they are not rendered)
        from .hidden import html_hidden

        document.hidden = html_hidden(_without_comments(document.text))
