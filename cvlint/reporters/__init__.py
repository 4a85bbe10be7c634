"""Reporters turn findings into output. Machine formats never import rich."""

from __future__ import annotations

from .. import patterns
from ..finding import SEVERITIES

FORMATS = ("text", "json", "concise", "github", "sarif", "junit", "html")


def render(fmt: str, result, stream, rules, color: bool = False) -> None:
    """Write the report in ``fmt``; only the text report may import rich, and only for colour."""
    if fmt == "text":
        from .text import render as text

        text(result, stream, color=color)
    elif fmt == "sarif":
        from .sarif import render as sarif

        sarif(result, stream, rules)
    else:
        from importlib import import_module

        import_module(f"{__name__}.{fmt}").render(result, stream)


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


def summary(findings) -> dict:
    counts = {severity: 0 for severity in reversed(SEVERITIES)}
    for finding in findings:
        counts[finding.severity] += 1
    return counts


def sensitive_spans(findings) -> dict[tuple[str, int], list[tuple[int, int]]]:
    """(path, line) -> the columns of the personal data found there: what ``redact`` masks."""
    from collections import defaultdict

    spans = defaultdict(list)
    for finding in findings:
        if finding.sensitive:
            spans[(finding.span.path, finding.span.line)].append((finding.span.column, finding.span.end_column))
    return spans


def redact(line: str, spans) -> str:
    """Mask the characters of sensitive spans on a line (personal data is never printed), and
    any phone number on it: a source line is shown for its context, not its contact details."""
    from ..privacy import mask, phone_spans

    return mask(line, list(spans) + phone_spans(line))


def source_lines(result) -> dict[str, list[str]]:
    """Each file's lines as read, so no reporter opens a file a second time."""
    return {p.source.path: [line.value for line in p.lines] for p in result.profiles}


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
