"""Records (``model.record``): dataclasses whose ``__init__`` is compiled once and kept between
runs. It must behave as the dataclass-generated one does: positional or keyword arguments,
defaults, a fresh value from each default factory, frozen records, Python's own errors."""

from __future__ import annotations

import dataclasses
from dataclasses import field
import typing
from typing import Optional

import pytest

from cvlint import cache
from cvlint.model import record


def make_classes():
    @record(eq=True, frozen=True)
    class Point:
        x: int
        y: int
        label: Optional[str] = None

    @record
    class Bag:
        name: str
        items: list = field(default_factory=list)

    return Point, Bag


Point, Bag = make_classes()


def test_positional_keyword_and_default_arguments():
    point = Point(1, 2)
    assert point == Point(x=1, y=2, label=None) == Point(1, y=2)
    assert (point.label, hash(point)) == (None, hash(Point(1, 2, None)))
    assert Point(1, 2, "a").label == "a"
    assert repr(point) == "Point(x=1, y=2, label=None)"


def test_each_record_gets_its_own_default_factory_value():
    first, second = Bag("a"), Bag("b")
    first.items.append(1)
    assert (first.items, second.items, Bag("c", [2]).items) == ([1], [], [2])


def test_frozen_records_stay_frozen_and_replace_and_asdict_work():
    point = Point(1, 2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 3
    assert dataclasses.replace(point, x=3) == Point(3, 2)
    assert dataclasses.asdict(Bag("a", [1])) == {"name": "a", "items": [1]}


@pytest.mark.parametrize("call, message", [
    (lambda: Point(), "missing 2 required positional arguments: 'x' and 'y'"),
    (lambda: Point(1, 2, "a", 4), "takes from 3 to 4 positional arguments but 5 were given"),
    (lambda: Point(1, 2, x=3), "got multiple values for argument 'x'"),
    (lambda: Point(1, 2, colour="red"), "got an unexpected keyword argument 'colour'"),
])
def test_wrong_arguments_are_pythons_own_type_errors(call, message):
    with pytest.raises(TypeError, match=message):
        call()


def test_initialisers_are_the_ones_dataclasses_generates_and_nothing_is_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("CVLINT_CACHE_DIR", str(tmp_path / "cache"))
    cache.clear()
    point_class, _ = make_classes()
    assert point_class(1, 2).y == 2 and point_class.__init__.__qualname__.endswith("Point.__init__")
    cache.save()
    assert not (tmp_path / "cache").exists()  # no initialiser was put in the cache
    cache.clear()


def test_line_builder_folds_white_space_keeps_column_gaps_and_maps_every_character():
    from cvlint.readers.compose import LineBuilder, Piece

    builder = LineBuilder(["\\cventry{2019}{ Engineer }", "x"])
    line = builder.line([Piece.at("  Research \t Engineer", 1, 10, bold=True), Piece.at("    Acme\n", 1, 40),
                         None, Piece.at(" ", 2, 0)])
    # leading space dropped; " \t " (three) is a column gap of three spaces; four spaces after a
    # word are a gap too; a trailing space and the newline are gone
    assert line.text == "Research   Engineer   Acme"
    assert line.cols == [*range(12, 20), 20, 22, 22, *range(23, 31), 40, 42, 42, *range(44, 48)]
    assert line.rows == [1] * len(line.text)
    assert line.bold == [(0, 19)]  # the whole first piece, its folded spaces included
    assert line.number == 1 and line.raw == "\\cventry{2019}{ Engineer }"
    assert builder.line([Piece.at("   ", 1, 0), None]) is None  # nothing but white space: no line


def test_a_piece_taken_whole_makes_the_line_folding_it_would(monkeypatch):
    """A piece with nothing to fold (words one space apart) is taken whole: on random pieces,
    bold or not, the line is the one folding them a word or a gap at a time makes."""
    import random

    from cvlint.readers import compose
    from cvlint.readers.compose import LineBuilder, Piece

    rng = random.Random(14)
    words = ["Engineer", "Acme,", "é", "中文", "2019", "–", "(Remote)", "a"]
    spaces = [" ", " ", " ", "  ", "   ", "\t", "\u00a0", "\n"]

    def piece():
        text = "".join(rng.choice(words) + rng.choice(spaces) for _ in range(rng.randint(0, 4)))
        text = text.strip() if rng.random() < 0.6 else text
        made = Piece.at(text, rng.randint(1, 3), rng.randint(0, 30), bold=rng.random() < 0.3)
        return None if rng.random() < 0.05 else made

    def built(pieces):
        line = LineBuilder(["x"] * 3).line(pieces)
        return line and (line.text, line.cols, line.rows, line.bold, line.number)

    cases = [[piece() for _ in range(rng.randint(1, 5))] for _ in range(3_000)]
    taken_whole = [built(pieces) for pieces in cases]
    monkeypatch.setattr(compose, "spaced_once", lambda text: False)  # every piece folded
    assert [built(pieces) for pieces in cases] == taken_whole
    assert sum(line is not None for line in taken_whole) > 2_000


def test_a_finished_profile_shares_its_empty_lists_and_refuses_changes(tmp_path):
    import pickle

    from cvlint.extract import extract
    from cvlint.model import finished
    from cvlint.model import NO_ITEMS
    from cvlint.readers import read_path

    cv = tmp_path / "cv.md"
    cv.write_text("# Mara Quist\n\nmara@quist.example.org\n\n## Experience\n\n* **Engineer**, Tidepool, 2019 - 2021\n",
                  encoding="utf-8")
    profile = finished(extract(read_path(str(cv))))
    entry = profile.entries[0]
    assert (entry.title.value, entry.org.value, str(entry.dates.start.year)) == ("Engineer", "Tidepool", "2019")
    assert profile.problems is NO_ITEMS and entry.claims is NO_ITEMS and entry.bullets is NO_ITEMS
    assert profile.lines is not NO_ITEMS and len(profile.lines) == 7
    with pytest.raises(TypeError):
        profile.problems.append("anything")  # would show in every profile
    assert pickle.loads(pickle.dumps(profile)).problems is NO_ITEMS  # the one of the receiving process


def test_a_finished_profile_keeps_its_lines_as_text_and_reads_them_the_same(tmp_path):
    import pickle

    from cvlint.extract import extract
    from cvlint.model import finished
    from cvlint.model import SourceLines
    from cvlint.readers import read_path

    cv = tmp_path / "cv.md"
    cv.write_text("# Mara Quist\n\nmara@quist.example.org\n\n## Experience\n\n* **Engineer**, Tidepool, 2019 - 2021\n",
                  encoding="utf-8")
    before = [(t.value, t.span) for t in extract(read_path(str(cv))).lines]
    profile = finished(extract(read_path(str(cv))))
    assert isinstance(profile.lines, SourceLines) and len(profile.lines) == 7
    assert [(t.value, t.span) for t in profile.lines] == before
    assert (profile.lines[-1].value, profile.lines[-1].span) == before[-1]
    assert [(t.value, t.span) for t in profile.lines[1:3]] == before[1:3]
    assert [(t.value, t.span) for t in pickle.loads(pickle.dumps(profile)).lines] == before
    with pytest.raises(TypeError):
        profile.lines.append("anything")


def test_every_record_has_a_docstring_and_its_init_made_ahead_of_time():
    """A record without a docstring makes ``dataclasses`` build one from its signature, which
    compiles tokenize's large pattern (~2 ms of every run); a record whose ``__init__`` is not in
    ``record_inits.py`` has it generated at every run (run scripts/make_record_inits.py)."""
    import importlib
    import inspect
    import pkgutil

    import cvlint
    from cvlint import model

    for module in pkgutil.walk_packages(cvlint.__path__, "cvlint."):
        importlib.import_module(module.name)
    assert [key for key in model.GENERATED_HERE if key.startswith("cvlint.")] == []
    for key, (fields, frozen) in model.RECORDS.items():
        if not key.startswith("cvlint."):
            continue  # a test's own record
        module, _, name = key.rpartition(".")
        klass = getattr(importlib.import_module(module), name)
        assert klass.__doc__ and not klass.__doc__.startswith(f"{name}("), key
        # the __init__ made ahead of time takes what dataclasses' would, with the same defaults
        params = list(inspect.signature(klass.__init__).parameters.values())[1:]
        assert [p.name for p in params] == [n for n, _ in fields], key
        for param, (field_name, kind) in zip(params, fields):
            found = klass.__dataclass_fields__[field_name]
            if kind == "default":
                assert param.default is found.default, key
            elif kind == "factory":
                assert repr(param.default) == "<factory>", key
            else:
                assert param.default is inspect.Parameter.empty, key


def test_records_keep_their_types_as_written():
    """``dataclasses`` is shown a record's fields with their types put aside (parsing each
    string annotation cost ~0.75 ms a run); the types as written are put back where
    ``fields()``, ``typing.get_type_hints`` and pydantic read them."""
    import importlib
    import pkgutil

    import cvlint
    from cvlint import model

    for module in pkgutil.walk_packages(cvlint.__path__, "cvlint."):
        importlib.import_module(module.name)
    checked = 0
    for key in model.RECORDS:
        module, _, name = key.rpartition(".")
        if not key.startswith("cvlint.") or "<locals>" in key:
            continue
        klass = getattr(importlib.import_module(module), name)
        written = klass.__annotations__
        assert all(isinstance(t, str) for t in written.values()), key
        assert {f.name: f.type for f in dataclasses.fields(klass)} == written, key
        assert set(typing.get_type_hints(klass, vars(importlib.import_module(module)))) == set(written), key
        checked += 1
    assert checked >= 40
    hints = typing.get_type_hints(model.Span)
    assert (hints["line"], hints["page"]) == (int, Optional[int])


def test_shared_equality_hash_and_freezing_behave_as_dataclasses_own():
    """A record with an ``__init__`` made ahead of time gets shared ``__eq__``, ``__hash__`` and
    frozen ``__setattr__``/``__delattr__`` instead of code dataclasses compiles: compared here
    with a dataclass of the same fields."""
    from cvlint.model import PartialDate, Span

    @dataclasses.dataclass(eq=True, frozen=True, slots=True)
    class Plain:
        path: str
        line: int
        column: int
        end_line: int
        end_column: int
        page: Optional[int] = None

    span, plain = Span("cv.md", 3, 1, 3, 9), Plain("cv.md", 3, 1, 3, 9)
    assert compiled_by_dataclasses(Span) == compiled_by_dataclasses(PartialDate) == set()
    assert (span == Span("cv.md", 3, 1, 3, 9), span == Span("cv.md", 3, 1, 3, 10), span == plain) == (True, False, False)
    assert hash(span) == hash(plain) and len({span, Span("cv.md", 3, 1, 3, 9)}) == 1
    for ours_change, their_change in ((lambda: setattr(span, "line", 4), lambda: setattr(plain, "line", 4)),
                                      (lambda: delattr(span, "line"), lambda: delattr(plain, "line"))):
        with pytest.raises(dataclasses.FrozenInstanceError) as ours:
            ours_change()
        with pytest.raises(dataclasses.FrozenInstanceError) as theirs:
            their_change()
        assert str(ours.value) == str(theirs.value)
    assert span.line == 3
    assert (Span.__dataclass_params__.eq, Span.__dataclass_params__.frozen) == (True, True)
    assert dataclasses.replace(span, line=4) == Span("cv.md", 4, 1, 3, 9)
    assert PartialDate(2020, 3) == PartialDate(2020, 3) != PartialDate(2020, 4)
    with pytest.raises(TypeError):
        hash(PartialDate(2020))  # eq, not frozen: unhashable, as dataclasses makes it
    assert (PartialDate.__dataclass_params__.eq, PartialDate.__dataclass_params__.frozen) == (True, False)


def compiled_by_dataclasses(klass) -> set:
    """The names of a class's methods whose code dataclasses compiled (their file is "<string>")."""
    return {name for name, value in vars(klass).items() if getattr(getattr(value, "__code__", None), "co_filename", "") == "<string>"}


def test_a_record_with_a_class_variable_is_left_to_dataclasses():
    @record
    class Counted:
        """A record with a class variable: not a field."""

        made: typing.ClassVar[int] = 0
        name: str = ""

    assert [f.name for f in dataclasses.fields(Counted)] == ["name"]


def test_a_record_made_ahead_of_time_sets_every_field_and_a_fresh_default():
    from cvlint.model import Person, Span

    span = Span("cv.md", 1, 2, 3, 4)
    assert (span.path, span.line, span.column, span.end_line, span.end_column, span.page) == ("cv.md", 1, 2, 3, 4, None)
    with pytest.raises(AttributeError):
        span.line = 5  # frozen
    first, second = Person(), Person()
    assert first.names == [] and first.names is not second.names  # a new list each time
