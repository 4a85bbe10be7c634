"""Records (``model.record``): dataclasses with one shared ``__init__`` that must behave as the
generated one does — positional or keyword arguments, defaults, factories, frozen, errors."""

from __future__ import annotations

import dataclasses
from dataclasses import field
from typing import Optional

import pytest

from cvlint.model import record


@record(eq=True, frozen=True)
class Point:
    x: int
    y: int
    label: Optional[str] = None


@record
class Bag:
    name: str
    items: list = field(default_factory=list)


def test_positional_keyword_and_default_arguments():
    point = Point(1, 2)
    assert point == Point(x=1, y=2, label=None) == Point(1, y=2)
    assert (point.label, hash(point)) == (None, hash(Point(1, 2, None)))
    assert Point(1, 2, "a").label == "a"
    assert repr(point) == "Point(x=1, y=2, label=None)"


def test_each_record_gets_its_own_default_factory_value():
    first, second = Bag("a"), Bag("b")
    first.items.append(1)
    assert (first.items, second.items) == ([1], [])


def test_frozen_records_stay_frozen_and_replace_works():
    point = Point(1, 2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 3
    assert dataclasses.replace(point, x=3) == Point(3, 2)
    assert dataclasses.asdict(Bag("a", [1])) == {"name": "a", "items": [1]}


@pytest.mark.parametrize("call, message", [
    (lambda: Point(), r"missing \['x', 'y'\]"),
    (lambda: Point(1, 2, "a", 4), "takes at most 3 arguments"),
    (lambda: Point(1, 2, x=3), r"unexpected or repeated \['x'\]"),
    (lambda: Point(1, 2, colour="red"), r"unexpected or repeated \['colour'\]"),
])
def test_wrong_arguments_are_type_errors(call, message):
    with pytest.raises(TypeError, match=message):
        call()
