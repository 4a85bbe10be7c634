"""Reporters turn findings into output. Machine formats never import rich."""

from __future__ import annotations

from ..finding import SEVERITIES


def summary(findings) -> dict:
    counts = {severity: 0 for severity in reversed(SEVERITIES)}
    for finding in findings:
        counts[finding.severity] += 1
    return counts


def redact(line: str, spans) -> str:
    """Mask the characters of sensitive spans on a line (personal data is never printed)."""
    chars = list(line)
    for start, end in spans:
        for i in range(max(start - 1, 0), min(end - 1, len(chars))):
            if not chars[i].isspace():
                chars[i] = "•"
    return "".join(chars)
