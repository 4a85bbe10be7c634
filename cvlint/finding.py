"""What a check reports (a Hit) and what the user sees (a Finding)."""

from __future__ import annotations

from dataclasses import field
from typing import Optional

from . import patterns
from .model import Span, line_values, record

SEVERITIES = ("info", "warning", "error")


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity)


@record
class Related:
    """Where another version says something about the same thing."""

    span: Span
    message: str


@record
class Fix:
    """Text that repairs a finding, and where it goes."""

    replacement: str
    span: Span


@record
class Hit:
    """A check's report: where, the values for the rule's message, and what else to show."""

    span: Span
    params: dict = field(default_factory=dict)
    related: list[Related] = field(default_factory=list)
    fix: Optional[Fix] = None
    sensitive: bool = False  # the span holds personal data: never print it


@record
class Finding:
    """A rule's finding as the user sees it."""

    code: str
    name: str
    category: str
    severity: str
    message: str
    span: Span
    related: list[Related] = field(default_factory=list)
    fix: Optional[Fix] = None
    sensitive: bool = False

    def sort_key(self) -> tuple:
        return (self.span.path, self.span.line, self.span.column, self.code)


# A finding's identity and the source text it is about: what the baseline, --against and the
# reports all key findings by.

def _escape(ch: str) -> str:
    code = ord(ch)
    if ch == "\n":
        return "\\n"
    if ch == "\r":
        return "\\r"
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that is not UTF-8, as Python keeps it
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


# control characters (a CV or a file name can hold an escape sequence that clears a terminal, or a
# newline that starts a line "::warning::" a CI runner obeys), bidirectional overrides (text
# shown in another order than it is), and the stand-ins for bytes of a file name not in UTF-8
_UNSAFE = patterns.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def shown(text: str) -> str:
    """``text`` safe to print: every control character, bidirectional override and undecodable
    byte written as an escape (``\\x1b``, ``\\n``), everything else as it is."""
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(lambda m: _escape(m.group()), text)


def source_lines(result) -> dict[str, list[str]]:
    """The lines as read of each file a finding points into, so no reporter opens a file a
    second time (and a report of a few findings over thousands of files reads a few)."""
    wanted = {f.span.path for f in result.findings} | {r.span.path for f in result.findings for r in f.related}
    return {p.source.path: line_values(p.lines) for p in result.profiles if p.source.path in wanted}


def fingerprints(result, rename: dict[str, str] | None = None) -> list[str]:
    """A stable identity for each finding (parallel to ``result.findings``): its rule, file and
    the text it is about, not its line number, so that it survives edits above it. Personal
    data is never part of it (a hash of a birth date is easily reversed); its message is."""
    import hashlib

    sources = source_lines(result)
    seen: dict[str, int] = {}
    out = []
    for finding in result.findings:
        span = finding.span
        text = "" if finding.sensitive else " ".join(text_at(sources.get(span.path, []), span).split())
        text = text or finding.message
        path = (rename or {}).get(span.path, span.path)  # a file at another revision, keyed as the file
        base = "\0".join((finding.code, relative_path(path), text))
        seen[base] = seen.get(base, 0) + 1  # the same text twice in a file: two findings
        out.append(hashlib.sha256(f"{base}\0{seen[base]}".encode()).hexdigest()[:32])
    return out


def text_at(lines: list[str], span) -> str:
    """The source text a span covers (to its line's end if it runs on); the whole line if
    the span is empty; "" outside the file."""
    if not (0 < span.line <= len(lines)):
        return ""
    line = lines[span.line - 1]
    text = line[span.column - 1:span.end_column - 1] if span.end_line == span.line else line[span.column - 1:]
    return text.strip() or line.strip()


def relative_path(path: str) -> str:
    """A path relative to the current folder, with forward slashes (absolute if outside it)."""
    import os

    absolute = os.path.abspath(path)
    try:
        relative = os.path.relpath(absolute)
    except ValueError:  # another drive on Windows
        return shown(absolute.replace(os.sep, "/"))
    return shown((absolute if relative.startswith("..") else relative).replace(os.sep, "/"))
