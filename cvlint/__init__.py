"""cvlint: a consistency and audit linter for CVs."""

__version__ = "0.1.0"
# where the project lives: its documentation (docs/rules.md) is linked from SARIF and `cvlint explain`
HOME = "https://github.com/cvlint-audit/cvlint"
