"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request
(``::error file=…,line=…::message``). Chosen by default when ``GITHUB_ACTIONS`` is set."""

from __future__ import annotations

from ..finding import relative_path, shown

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(result, stream) -> None:
    for f in result.findings:
        s = f.span
        where = [f"file={_property(relative_path(s.path))}", f"line={s.line}", f"col={s.column}"]
        if s.end_line == s.line:
            where.append(f"endColumn={s.end_column}")
        else:
            where.append(f"endLine={s.end_line}")
        title = _property(f"{f.code} {f.name}")
        message = shown(f.message)  # escaped first: only the line breaks added here are real ones
        if f.related:
            message += "\n" + "\n".join(f"also: {relative_path(r.span.path)}:{r.span.line}: {shown(r.message)}" for r in f.related)
        stream.write(f"::{LEVELS[f.severity]} {','.join(where)},title={title}::{_data(message)}\n")
