"""Records (``model.record``): dataclasses with one shared ``__init__`` that must behave as the
generated one does — positional or keyword arguments, defaults, factories, frozen, errors."""

from __future__ import annotations

import dataclasses

import pytest

from cvlint.model import Entry, Span, Text


def test_positional_keyword_and_default_arguments():
    span = Span("cv.md", 3, 1, 3, 9)
    assert span == Span(path="cv.md", line=3, column=1, end_line=3, end_column=9, page=None)
    assert (span.page, hash(span)) == (None, hash(Span("cv.md", 3, 1, 3, 9, page=None)))
    assert Span("cv.pdf", 1, 1, 1, 2, 4).page == 4


def test_each_record_gets_its_own_default_factory_value():
    title = Text("Intern", Span("cv.md", 1, 1, 1, 7))
    first, second = (Entry("experience", "Experience", title, title.span) for _ in range(2))
    first.lines.append(title)
    assert (first.lines, second.lines, second.claims) == ([title], [], [])


def test_frozen_records_stay_frozen_and_replace_works():
    span = Span("cv.md", 3, 1, 3, 9)
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.line = 4
    assert dataclasses.replace(span, line=4) == Span("cv.md", 4, 1, 3, 9)


@pytest.mark.parametrize("call, message", [
    (lambda: Span("cv.md", 3), "missing ['column', 'end_column', 'end_line']"),
    (lambda: Span("cv.md", 3, 1, 3, 9, 1, 2), "takes at most 6 arguments"),
    (lambda: Span("cv.md", 3, 1, 3, 9, path="x.md"), "unexpected or repeated ['path']"),
    (lambda: Span("cv.md", 3, 1, 3, 9, colour="red"), "unexpected or repeated ['colour']"),
])
def test_wrong_arguments_are_type_errors(call, message):
    with pytest.raises(TypeError, match=message.replace("[", r"\[").replace("]", r"\]")):
        call()
