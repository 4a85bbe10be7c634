"""What every check module uses: the registry of checks (``check``), the Context a check is
given, and how a message names a version."""

from __future__ import annotations

from dataclasses import field
from datetime import date
from typing import Any, Callable, Iterable, Iterator, Optional

from ..finding import Hit
from ..model import record
from ..tables import Tables


@record
class Context:
    """What every check may know besides its target: today, the tables, the run."""

    as_of: date
    tables: Tables
    rules: list = field(default_factory=list)  # the rules of this run

    @property
    def as_of_month(self) -> int:
        return self.as_of.year * 12 + self.as_of.month - 1


@record
class Check:
    """A registered check: its function, whether it looks at one version or a group, its parameters."""

    name: str
    # "profile": one version at a time; "group": the versions of one person; "filter": done by
    # a filter once the others have run (cvlint/filters), declared here so a rule can name it
    scope: str
    func: Optional[Callable[..., Iterable[Hit]]]
    defaults: dict
    doc: str
    source: str = ""  # where a filter's check is written (a check function's place is its own)
    gives: Any = ()  # the values its Hits carry for a message, or a function of the parameters that returns them
    choices: dict = field(default_factory=dict)  # parameter -> the values it may take

    def values(self, params: dict) -> tuple:
        """The values a message of a rule with ``params`` may name."""
        return tuple(self.gives(params) if callable(self.gives) else self.gives)

    @property
    def where(self) -> str:
        """The file and line the check is written at, from the package's folder (``cvlint/checks/dates.py:20``)."""
        if self.func is None:
            return self.source
        import os

        code = self.func.__code__
        package = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(code.co_filename))))
        return f"{os.path.relpath(code.co_filename, package).replace(os.sep, '/')}:{code.co_firstlineno}"


CHECKS: dict[str, Check] = {}

ACCEPTED = ("accepted", "published")  # the statuses that say a venue took the paper


def version_name(profile) -> str:
    """How a message names a version: its file, and when it was written where it says
    (``samples/cv-2025.txt (03/2025)``), so a reviewer reads which CV said what, and when."""
    when = profile.source.version_date
    if when is None:
        return profile.source.path
    return f"{profile.source.path} ({when.month:02d}/{when.year})" if when.month else f"{profile.source.path} ({when.year})"


# the last profile asked for, its lines' text lower-cased and where each line starts in it (None
# where lower case changed a length): the checks of one version run one after another
_LOWERED: list = [None, None]


def _lowered_lines(profile) -> Optional[tuple[str, list[int]]]:
    if _LOWERED[0] is not profile:
        values = [line.value for line in profile.lines]
        joined = "\n".join(values)
        lowered = joined.lower()
        starts, at = [], 0
        for value in values:
            starts.append(at)
            at += len(value) + 1
        # a character whose lower case is longer ("İ") would shift every offset after it
        _LOWERED[:] = [profile, (lowered, starts) if len(lowered) == len(joined) else None]
    return _LOWERED[1]


def gated_lines(profile, table) -> Iterator[tuple[Any, list]]:
    """The lines of a version worth trying a pattern table on, each with the patterns to try,
    in order — found by looking for each of the table's gates once through the version's text
    (``PatternSet.by_line``), not in every line."""
    located = _lowered_lines(profile)
    holders = table.by_line(*located) if located is not None else None
    if holders is None:  # every line is worth trying, or the offsets cannot be trusted
        for line in profile.lines:
            found = table.candidates(line.value.lower())
            if found:
                yield line, found
        return
    lines = profile.lines
    for index, found in holders.items():
        yield lines[index], found


def check(name: str, scope: str = "profile", gives=(), choices: Optional[dict] = None, **defaults):
    """Register a check under ``name``: ``gives`` are the values its Hits carry for the rule's
    message (or, where they depend on its parameters, a function of them); ``defaults`` its
    parameters, each of the type of its default; ``choices`` the values a parameter may take."""

    def register(func):
        CHECKS[name] = Check(name, scope, func, defaults, (func.__doc__ or "").strip(), gives=gives, choices=choices or {})
        return func

    return register


CHECKS["suppression-unused"] = Check(
    "suppression-unused", "filter", None, {},
    "A ``cvlint: disable-…`` comment that silenced no finding in this run; reported by the suppression filter, "
    "and only when every rule it names was run.", source="cvlint/filters/suppress.py", gives=("rules", "scope"))


def first_claim(entry, kind, require=None):
    for claim in entry.claims:
        if claim.kind == kind and (require is None or getattr(claim, require)):
            return claim
    return None


def role_of(entry) -> str:
    """The role an entry names (``Research Intern``), else its title."""
    return (entry.role or entry.title).value
