"""One line per finding, ``path:line:col: severity CODE message``, for editors and grep."""

from __future__ import annotations

from ..finding import shown
from .common import summary


def render(result, stream) -> None:
    for f in result.findings:
        s = f.span
        stream.write(f"{shown(s.path)}:{s.line}:{s.column}: {f.severity} {f.code} {shown(f.message)}\n")
    counts = summary(result.findings)
    if result.findings:
        stream.write(f"Found {len(result.findings)} problem(s): " + ", ".join(f"{n} {k}" for k, n in counts.items() if n) + ".\n")
