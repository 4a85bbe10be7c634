"""What a check reports (a Hit) and what the user sees (a Finding)."""

from __future__ import annotations

from dataclasses import field
from typing import Optional

from .model import Span, record

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
