"""The structured profile extracted from one CV version.

Plain dataclasses on purpose: importing pydantic costs ~250 ms, more than the whole
budget of a pre-commit run. pydantic validates, serialises and describes these same
classes (``TypeAdapter(Profile)``) where that is wanted: ``cvlint parse`` and
``cvlint schema``.

Every extracted value keeps the span of source text it came from, so any finding can
point at the exact characters.
"""

from __future__ import annotations

from dataclasses import MISSING, Field, FrozenInstanceError, dataclass, field, fields
from operator import attrgetter
from typing import Optional


def _repr(self) -> str:
    return f"{type(self).__name__}({', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in fields(self))})"


def _reducer(klass):
    """Pickling as a call of the class with its fields in order (``--jobs`` sends every profile
    from a worker): a third of the time of pickle's default for slotted classes."""
    values = _values_of(klass)

    def reduce(self):
        return klass, values(self)

    return reduce


def _values_of(klass):
    """A function giving a record's field values in order, as a tuple."""
    names = tuple(klass.__dataclass_fields__)
    return attrgetter(*names) if len(names) > 1 else (lambda item: (getattr(item, names[0]),))


def _compare_and_freeze(klass, eq: bool, frozen: bool) -> None:
    """``__eq__``, ``__hash__`` and, frozen, ``__setattr__``/``__delattr__`` as dataclasses
    writes them — fields compared and hashed in order, a field never changed — but shared
    closures: dataclasses compiles each from source (~0.1 ms apiece, ~1 ms of every run)."""
    names = frozenset(klass.__dataclass_fields__)
    values = _values_of(klass)
    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return values(self) == values(other)
            return NotImplemented

        klass.__eq__ = __eq__
        klass.__hash__ = (lambda self: hash(values(self))) if frozen else None
    if frozen:
        def __setattr__(self, name, value):
            if type(self) is klass or name in names:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            super(klass, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is klass or name in names:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            super(klass, self).__delattr__(name)

        klass.__setattr__, klass.__delattr__ = __setattr__, __delattr__
    params = klass.__dataclass_params__  # what introspection reads: as asked
    params.eq, params.frozen = eq, frozen


# each record's key (module.qualname) -> the shape of its __init__ (see _init_shape); and the
# records whose __init__ dataclasses had to generate (no matching one in record_inits.py)
RECORDS: dict[str, tuple] = {}
GENERATED_HERE: list[str] = []


def _init_shape(klass, frozen: bool) -> tuple:
    """What a record's ``__init__`` is made of: each field in order with how it gets its value
    (``required``, ``default``, ``factory``), and whether the record is frozen."""
    shape = []
    for name in klass.__dict__.get("__annotations__", {}):
        value = klass.__dict__.get(name, MISSING)
        if isinstance(value, Field):
            kind = "factory" if value.default_factory is not MISSING else "default" if value.default is not MISSING else "required"
        else:
            kind = "required" if value is MISSING else "default"
        shape.append((name, kind))
    return tuple(shape), frozen


# With ``from __future__ import annotations`` every annotation is a string, and dataclasses
# parses each (a regular expression and a module lookup) to see whether it says ClassVar,
# InitVar or KW_ONLY: ~0.75 ms of every run for the ~40 records (measured).
# A record whose annotations say none of those is processed with the types put aside.
_SPECIAL_ANNOTATIONS = ("ClassVar", "InitVar", "KW_ONLY")


def record(cls=None, *, eq: bool = False, frozen: bool = False):
    """A dataclass whose ``__repr__`` is shared rather than generated, and whose equality is
    identity unless asked: generating those methods for ~35 classes cost ~15 ms of every run.
    ``fields``, ``replace``, ``asdict`` and pydantic see an ordinary dataclass. Its ``__init__``
    is the one ``scripts/make_record_inits.py`` wrote into ``record_inits.py`` ahead of time, as
    ``dataclasses`` would generate it (which took ~5 ms of every run), where that file has one
    of the record's shape; else ``dataclasses`` generates it."""

    def wrap(klass):
        key = f"{klass.__module__}.{klass.__qualname__}"
        shape = RECORDS[key] = _init_shape(klass, frozen)
        from . import record_inits

        made = record_inits.MAKERS.get(key)
        ahead = made is not None and made[0] == shape
        annotations = klass.__dict__.get("__annotations__", {})
        plain = all(isinstance(a, str) and not any(word in a for word in _SPECIAL_ANNOTATIONS) for a in annotations.values())
        if plain:  # see _SPECIAL_ANNOTATIONS: dataclasses is shown the fields with their types put aside
            klass.__annotations__ = dict.fromkeys(annotations, object)
        if ahead:  # an __init__ made ahead of time sets a frozen record's fields as dataclasses' does
            klass = dataclass(klass, init=False, eq=False, frozen=False, repr=False, slots=True)
            _compare_and_freeze(klass, eq, frozen)
        else:
            klass = dataclass(klass, eq=eq, frozen=frozen, repr=False, slots=True)
        if plain:  # the types as written, where typing.get_type_hints, pydantic and fields() read them
            klass.__annotations__ = annotations
            for name, found in klass.__dataclass_fields__.items():
                found.type = annotations[name]
        if ahead:
            found = klass.__dataclass_fields__
            init = made[1](**{f"_dflt_{name}": found[name].default_factory if kind == "factory" else found[name].default
                              for name, kind in shape[0] if kind != "required"})
            init.__qualname__ = f"{klass.__qualname__}.__init__"
            klass.__init__ = init
        else:
            GENERATED_HERE.append(key)
        klass.__repr__ = _repr
        klass.__reduce__ = _reducer(klass)
        return klass

    return wrap(cls) if cls is not None else wrap


def ordinal(n: int) -> str:
    """``1st``, ``2nd``, ``3rd``, ``4th``: a place as a message says it."""
    return {1: "1st", 2: "2nd", 3: "3rd"}.get(n, f"{n}th")


@record(eq=True, frozen=True)
class Span:
    """A range of source text. Lines and columns are 1-based; ``end_column`` is exclusive."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    page: Optional[int] = None  # in a PDF, the page the line is on (lines count across pages)


@record
class Text:
    """A piece of text as written, with where it was written."""

    value: str
    span: Span


@record(eq=True)
class PartialDate:
    """A date as precise as the CV gives it: a year, a month, or a season."""

    year: int
    month: Optional[int] = None
    season: Optional[str] = None

    def ordinal(self, end: bool = False) -> int:
        """Months since year 0; an imprecise date takes its first (or, as an end, last) month."""
        month = self.month or (12 if end else 1)
        return self.year * 12 + month - 1


@record
class DateRange:
    """``start – end`` as written. ``end`` is None for a single date; ``open_end`` means 'present'."""

    text: str
    span: Span
    start: PartialDate
    end: Optional[PartialDate] = None
    open_end: bool = False
    is_range: bool = False
    expected: bool = False  # "expected", "anticipated", "(exp.)": a future end is fine
    start_text: str = ""  # the two sides of a range as written
    end_text: str = ""


@record
class DateProblem:
    """A date-like string that cannot be read as a date (``13/2023``)."""

    text: str
    reason: str
    span: Span


@record
class Claim:
    """Something the CV claims about a piece of work: a status at a venue, or an authorship."""

    kind: str  # "status" | "authorship" | "venue" (a listed publication's venue, no status said)
    text: str
    span: Span
    status: Optional[str] = None  # planned | submitted | under-review | revision | accepted | published
    venue: Optional[str] = None  # canonical venue name (``FAST``), when one is named
    venue_year: Optional[int] = None
    authorship: Optional[str] = None  # canonical authorship (``first``, ``joint-first-2``)


@record
class Author:
    """One name in a publication's author list, and whether it is the CV's owner."""

    name: str
    is_self: bool = False
    equal_contribution: bool = False


@record
class Entry:
    """One item of a section: a job, a degree, a project, an award, a publication."""

    section: str  # section kind: education, experience, publications, awards, ...
    heading: str  # the section heading as written
    title: Text
    span: Span
    dates: Optional[DateRange] = None
    lines: list[Text] = field(default_factory=list)  # header lines and bullets, as read
    claims: list[Claim] = field(default_factory=list)
    authors: list[Author] = field(default_factory=list)
    authors_span: Optional[Span] = None
    year: Optional[int] = None  # for publications: the year given in the item
    header_lines: int = 1  # how many of ``lines`` name the entry (title, organisation, role)
    org: Optional[Text] = None  # the organisation, where the header names one
    role: Optional[Text] = None  # the position, degree or role held
    location: Optional[Text] = None
    bullets: list[Text] = field(default_factory=list)  # the entry's list items

    @property
    def label(self) -> str:
        """How a message names the entry: its title, and its organisation where it has one
        (``Research Assistant, Storage Systems Lab``)."""
        if self.org is not None and self.org.value not in self.title.value and self.title.value not in self.org.value:
            return f"{self.title.value}, {self.org.value}"
        return self.title.value

    @property
    def self_position(self) -> Optional[int]:
        for index, author in enumerate(self.authors, start=1):
            if author.is_self:
                return index
        return None

    @property
    def owner_place(self) -> Optional[str]:
        """The owner's place in the author list, as a message says it: ``2nd of 4``, with
        `` with an equal-contribution mark`` where the list marks them so."""
        position = self.self_position
        if position is None:
            return None
        mark = " with an equal-contribution mark" if self.authors[position - 1].equal_contribution else ""
        return f"{ordinal(position)} of {len(self.authors)}{mark}"


@record
class Section:
    """A section of a CV: its kind (education, publications…) and its heading as written."""

    kind: str
    heading: Text


@record
class Problem:
    """Why the file could not be read, or read only in part."""

    kind: str
    message: str
    span: Span


@record
class Person:
    """Who the CV is about: names, emails, phones and links as written."""

    names: list[Text] = field(default_factory=list)
    emails: list[Text] = field(default_factory=list)
    phones: list[Text] = field(default_factory=list)
    links: list[Text] = field(default_factory=list)


@record
class Source:
    """The file a profile was read from, its format and encoding, and when that version was written."""

    path: str
    format: str
    encoding: str = "utf-8"
    version_date: Optional[PartialDate] = None  # when this version was written, as far as it says
    collection: Optional[str] = None  # a site's page that is one entry of a collection, not a CV of its own
    shape: Optional[str] = None  # "landscape": a PDF whose pages are wider than tall (slides, a poster)


@record
class Fact:
    """A value a data file states in a field of its own (a publication page's ``date:``, the
    year in its ``citation:``, the date in its file name), where one field should agree
    with another."""

    name: str  # what it is: "year"
    value: str
    span: Optional[Span]  # None where it has no place in the text (the file's name)
    source: str  # which field says it, for messages: "date:", "citation:", "the file name"


@record
class Suppression:
    """A ``cvlint: disable-…`` comment: which rules it silences (none listed: all), and where."""

    scope: str  # "line" (its own line), "next-line" or "file"
    rules: list[str]
    span: Span


@record
class Hidden:
    """Text in the file that a reader of the page does not see, and how it is hidden."""

    text: str
    how: str
    span: Span


@record
class Profile:
    """Everything cvlint read from one CV file, each value with its source span."""

    source: Source
    person: Person = field(default_factory=Person)
    sections: list[Section] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    dates: list[DateRange] = field(default_factory=list)  # every date read, in any place
    date_problems: list[DateProblem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    lines: list[Text] = field(default_factory=list)  # the readable text, line by line
    comment_lines: frozenset[int] = frozenset()  # lines wholly a comment in the file (never shown)
    facts: list[Fact] = field(default_factory=list)
    suppressions: list[Suppression] = field(default_factory=list)
    hidden: list[Hidden] = field(default_factory=list)  # text a reader of the page does not see


class _Finished(list):
    """A list of a finished profile: nothing is added to it or taken from it any more; an
    attempt raises (a shared list changed would change every profile that holds it)."""

    __slots__ = ()

    def _refuse(self, *args, **kwargs):
        raise TypeError("a finished profile is not changed")

    append = extend = insert = remove = pop = clear = sort = reverse = _refuse
    __setitem__ = __delitem__ = __iadd__ = __imul__ = _refuse


class _NoItems(_Finished):
    """The one empty list every finished profile shares where it has nothing (a profile of a
    short CV holds a dozen empty lists; thousands of CVs hold them all to the end of a run)."""

    __slots__ = ()

    def __reduce__(self):
        return "NO_ITEMS"  # sent to another process, it is the one there


NO_ITEMS = _NoItems()


class SourceLines(_Finished):
    """A finished profile's lines, kept as their text alone: each line's ``Text`` and ``Span``
    are made when it is read (a report, a cross-version check), so a run over thousands of CVs
    does not hold two more objects for every line of every file. Reads like ``list[Text]``."""

    __slots__ = ("path", "pages")

    def __init__(self, values: list, path: str, pages: Optional[list]):
        super().__init__(values)
        self.path, self.pages = path, pages

    @classmethod
    def of(cls, lines: list, path: str) -> Optional["SourceLines"]:
        """``lines`` as SourceLines, if every one is its file's whole line n (else None)."""
        pages = [line.span.page for line in lines]
        for number, line in enumerate(lines, 1):
            span = line.span
            if (span.path, span.line, span.column, span.end_line, span.end_column) != (path, number, 1, number, len(line.value) + 1):
                return None
        return cls([line.value for line in lines], path, pages if any(p is not None for p in pages) else None)

    def _text(self, index: int, value: str) -> Text:
        page = self.pages[index] if self.pages else None
        return Text(value, Span(self.path, index + 1, 1, index + 1, len(value) + 1, page))

    def __iter__(self):
        for index, value in enumerate(list.__iter__(self)):
            yield self._text(index, value)

    def __getitem__(self, key):
        if isinstance(key, slice):
            return [self._text(i, list.__getitem__(self, i)) for i in range(*key.indices(len(self)))]
        return self._text(key if key >= 0 else len(self) + key, list.__getitem__(self, key))

    def __reduce__(self):
        return SourceLines, (list(list.__iter__(self)), self.path, self.pages)

    def values(self) -> list[str]:
        """The lines' text alone, no ``Text`` made."""
        return list(list.__iter__(self))


def line_values(lines) -> list[str]:
    """The text of each of a profile's lines (``SourceLines`` or a list of ``Text``)."""
    return lines.values() if isinstance(lines, SourceLines) else [line.value for line in lines]


def compact(record_object) -> None:
    """Share ``NO_ITEMS`` for every empty list field of a finished record and of the records
    with list fields it holds (no record of the model without lists holds one with lists):
    what a run keeps for each file until its report, made smaller."""
    lists, others = _shape(type(record_object))
    for name in lists:
        value = getattr(record_object, name)
        if not value:
            object.__setattr__(record_object, name, NO_ITEMS)
        elif _shape(type(value[0]))[0]:
            for item in value:
                compact(item)
    for name in others:
        value = getattr(record_object, name)
        if value is not None and _shape(type(value))[0]:
            compact(value)


_SHAPES: dict[type, tuple] = {}


def _shape(cls: type) -> tuple:
    """A record class's list fields and its other fields (both empty for a class that is no record)."""
    shape = _SHAPES.get(cls)
    if shape is None:
        found = getattr(cls, "__dataclass_fields__", {})
        lists = tuple(n for n, f in found.items() if f.default_factory is list)
        shape = _SHAPES[cls] = (lists, tuple(n for n in found if n not in lists))
    return shape


def finished(profile: Profile) -> Profile:
    """``profile`` as a run keeps it to the end: its empty lists shared (see ``compact``),
    its lines kept as text (``SourceLines``)."""
    compact(profile)
    if profile.lines:
        kept = SourceLines.of(profile.lines, profile.source.path)
        if kept is not None:
            profile.lines = kept
    return profile
