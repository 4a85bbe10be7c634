"""Patterns kept compiled between runs: rebuilt from the cache without parsing, identical to
``re.compile``, and never wrong when the cache is damaged or off."""

from __future__ import annotations

import re
from pathlib import Path
from re import _parser

import pytest

from cvlint import cache, regex

from .helpers import run

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture
def new_process(tmp_path, monkeypatch):
    """An empty cache folder; call the fixture's result to forget what this process compiled."""
    monkeypatch.setenv("CVLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(regex, "_compiled", {})
    cache.clear()

    def restart():
        cache.save()
        cache.clear()
        regex._compiled.clear()
        re.purge()  # re's own in-process cache too

    yield restart
    cache.clear()


def test_a_pattern_compiled_in_an_earlier_run_is_not_parsed_again(new_process, monkeypatch):
    first = regex.compile(r"(?P<month>\d{1,2})/(?P<year>\d{4})", re.I)
    new_process()

    def no_parsing(*args, **kwargs):
        raise AssertionError("parsed again")

    monkeypatch.setattr(_parser, "parse", no_parsing)
    again = regex.compile(r"(?P<month>\d{1,2})/(?P<year>\d{4})", re.I)
    assert again is not first
    assert again == first  # same flags and program
    assert again.groupindex == {"month": 1, "year": 2}
    assert again.fullmatch("09/2023").group("year") == "2023"


def test_a_damaged_cache_entry_falls_back_to_re_compile(new_process):
    regex.compile(r"a+b")
    new_process()
    key = next(k for k in cache._entries() if k.endswith(":0:a+b"))
    cache._entries()[key] = (0, [999999, 1, 2], 0, {}, ())  # opcodes the engine rejects
    assert regex.compile(r"a+b") == re.compile(r"a+b")


def test_with_the_cache_off_patterns_still_compile_and_nothing_is_written(new_process, monkeypatch, tmp_path):
    monkeypatch.setenv("CVLINT_NO_CACHE", "1")
    cache.clear()
    assert regex.compile(r"\bx\b").search("a x b").start() == 2
    cache.save()
    assert not (tmp_path / "cache").exists()


def test_every_pattern_cvlint_compiles_is_rebuilt_identical_to_re_compile(rules, tmp_path, monkeypatch):
    run([str(SAMPLES)], rules)
    used = list(regex._compiled)  # everything this process compiled: at import and during runs
    assert len(used) > 50
    monkeypatch.setenv("CVLINT_CACHE_DIR", str(tmp_path / "cache"))
    cache.clear()
    for pattern, flags in used:
        regex._compile_and_keep(pattern, flags)
    cache.save()
    cache.clear()
    for pattern, flags in used:
        assert regex._from_cache(pattern, flags) == re.compile(pattern, flags), pattern
    cache.clear()
