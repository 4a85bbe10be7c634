"""The terminal report: findings grouped by file, each with its source line and the span
marked, then a summary. The layout is built once as styled segments; rich paints them
only when colour is wanted (a terminal, no NO_COLOR), so pipes and hooks never import it."""

from __future__ import annotations

from collections import defaultdict

from ..finding import shown, source_lines
from .common import redact, sensitive_spans, summary

STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan", "path": "bold", "code": "bold",
          "caret": "bold red", "dim": "dim", "related": "blue"}


def source_window(raw: str, start: int, end: int, room: int, lead: int = 10) -> tuple[str, int, int]:
    """The part of a source line that fits in ``room`` columns and shows the marked span
    (columns ``start``..``end``, 1-based, end exclusive), with "…" where it is cut; returns it
    and the span's columns in it. A span past the room is shown from ``lead`` columns before it
    (less if its end would not fit)."""
    if len(raw) <= room:
        return raw, start, end
    if end - 1 <= room - 1:  # the span is in the line's first columns
        return raw[: room - 1] + "…", start, end
    tail = len(raw) - (room - 1)
    if start - 1 >= tail:  # ... or in its last ones
        return "…" + raw[tail:], start - tail + 1, end - tail + 1
    offset = min(max(0, start - 1 - lead), start - 1)
    if end - 1 > offset + room - 2:
        offset = min(end - 1 - (room - 2), start - 1)
    return "…" + raw[offset: offset + room - 2] + "…", start - offset + 1, end - offset + 1


def build(result, width: int | None = None) -> list[list[tuple[str, str]]]:
    """Report lines, each a list of (text, style) segments; a source line fits ``width`` columns
    (160 when not given)."""
    out: list[list[tuple[str, str]]] = []
    by_path = defaultdict(list)
    for finding in result.findings:
        by_path[finding.span.path].append(finding)
    # the lines as read: no file is opened a second time
    sources = source_lines(result)
    sensitive = sensitive_spans(result.findings)
    for path, findings in by_path.items():
        out.append([(shown(path), "path")])
        for f in findings:
            s = f.span
            where = f"  {s.line}:{s.column}" + (f" (page {s.page})" if s.page else "")
            out.append([(where, "dim"), ("  ", ""), (f.severity, f.severity), ("  ", ""),
                        (f.code, "code"), (f" {f.name}", "dim"), ("  ", ""), (shown(f.message), "")])
            source = sources.get(path, [])
            if 0 < s.line <= len(source) and source[s.line - 1].strip():
                raw = redact(source[s.line - 1], sensitive.get((path, s.line), [])).expandtabs(1)
                # escapes widen what they stand for: the caret moves with them
                start = len(shown(raw[: s.column - 1])) + 1
                end = s.end_column if s.end_line == s.line else len(raw) + 1
                end = len(shown(raw[: end - 1])) + 1
                raw = shown(raw)
                gutter = f"{s.line:>6} │ "
                visible, start, end = source_window(raw, start, end, max(20, width - len(gutter)) if width else 160)
                out.append([(gutter, "dim"), (visible, "")])
                marked = max(1, min(end, len(visible) + 1) - start)
                if start <= len(visible):
                    out.append([(" " * len(gutter) + " " * (start - 1), ""), ("^" * marked, "caret")])
            for related in f.related:
                r = related.span
                page = f" (page {r.page})" if r.page else ""
                out.append([("    also: ", "dim"), (f"{shown(r.path)}:{r.line}:{r.column}{page}", "related"),
                            (f"  {shown(related.message)}", "dim")])
        out.append([])
    counts = summary(result.findings)
    files = len(result.files)
    if result.findings:
        parts = ", ".join(f"{n} {sev}{'s' if n != 1 else ''}" for sev, n in counts.items() if n)
        out.append([(f"Found {len(result.findings)} problem{'s' if len(result.findings) != 1 else ''} ({parts}) in {files} file{'s' if files != 1 else ''}.", "path")])
    else:
        out.append([(f"All clean: {files} file{'s' if files != 1 else ''} checked, no problems.", "path")])
    return out


def render(result, stream, color: bool, width: int | None = None) -> None:
    """Plain text when not in colour (pipes, CI logs: one line a finding, for grep). In colour (a
    terminal), at the terminal's width: a finding's line wraps between words, its continuation
    indented; a source line is cut with "…" around the span it marks, never wrapped (the caret
    must stay under its text)."""
    if not color:
        lines = build(result)
        stream.write("\n".join("".join(text for text, _ in line) for line in lines) + "\n")
        return
    from rich.console import Console
    from rich.text import Text

    console = Console(file=stream, force_terminal=True, highlight=False, width=width)
    for line in build(result, console.width):
        text = Text(no_wrap=True, overflow="ellipsis")
        for segment, style in line:
            text.append(segment, style=STYLES.get(style, style) or None)
        if line and line[0][1] == "path":  # a file's path is never cut: a long one folds
            console.print(text, no_wrap=False, overflow="fold")
            continue
        if not _is_finding(line):
            console.print(text, no_wrap=True, overflow="ellipsis", crop=True)
            continue
        indent = 6
        wrapped = text.wrap(console, max(20, console.width - indent), no_wrap=False, overflow="fold")
        for k, piece in enumerate(wrapped):
            piece.rstrip()  # the space a line was broken at
            console.print(Text(" " * indent) + piece if k else piece, no_wrap=True, crop=True)


def _is_finding(line) -> bool:
    """A finding's own line (``  12:3  warning  CV701 …``) or a line naming another version."""
    first = line[0][0] if line else ""
    return first.startswith("    also: ") or (bool(line) and line[0][1] == "dim" and "│" not in first and ":" in first)
