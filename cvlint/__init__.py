"""cvlint: a consistency and audit linter for CVs."""

__version__ = "0.1.0"
