"""Checks: generic functions that look at one profile or one group of versions and yield
Hits. A rule in ``rules/`` binds a check to a code, a severity, parameters and a message.
A check knows nothing of file formats or of output.

One module per rule category, as in ``rules/<category>/`` (``checks/dates.py`` holds the checks
of ``rules/dates/``); a check that rules of several categories use is in ``shared.py``; what
they all use (the registry, the Context) in ``base.py``. ``cvlint explain CODE`` says where a
rule's check is."""

from __future__ import annotations

from . import authorship, contact, content, dates, encoding, integrity, privacy, shared, status  # noqa: F401  (registers)
from .base import ACCEPTED, CHECKS, Check, Context, check, gated_lines, version_name

__all__ = ["ACCEPTED", "CHECKS", "Check", "Context", "check", "gated_lines", "version_name"]
