"""What several reports share: the count by severity, and personal data masked on a source line."""

from __future__ import annotations

from ..finding import SEVERITIES


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
