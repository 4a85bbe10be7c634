"""Every rule's own cases, read from its file in rules/: the exact findings of that rule
(path and line) that must fire, and none where none must."""

from __future__ import annotations

import os
from datetime import date

import pytest

from cvlint.rule_files import builtin_rules_dir, load_toml
from cvlint.registry import load_rules, read_rule_file, rule_files

from .helpers import AS_OF, run, write_files

CASES = [pytest.param(rule, case, id=f"{rule.code}-{rule.name}: {case['name']}")
         for rule in load_rules(with_cases=True) for case in rule.cases]


@pytest.mark.parametrize(("rule", "case"), CASES)
def test_rule_case(rule, case, tmp_path):
    paths = write_files(tmp_path, case["files"], case.get("encodings"))
    as_of = date.fromisoformat(case["as_of"]) if "as_of" in case else AS_OF
    result = run(paths, [rule], as_of)
    found = sorted(f"{f.span.path[len(str(tmp_path)) + 1:]}:{f.span.line}" for f in result.findings)
    assert found == sorted(case["expect"])


def test_every_rule_has_cases_that_fire_and_cases_that_do_not():
    for rule in load_rules(with_cases=True):
        assert any(case["expect"] for case in rule.cases), f"{rule.code} has no case that must fire"
        assert any(not case["expect"] for case in rule.cases), f"{rule.code} has no case that must not fire"


def test_every_rule_is_documented():
    for rule in load_rules():
        for part in ("what", "why", "bad", "good"):
            assert rule.docs.get(part, "").strip(), f"{rule.code} has no docs.{part}"


def test_every_check_is_used_by_a_rule():
    from cvlint.checks import CHECKS

    used = {rule.check for rule in load_rules()}
    assert used == set(CHECKS)


@pytest.mark.parametrize("path", rule_files(builtin_rules_dir()), ids=os.path.basename)
def test_cases_come_last_so_a_run_can_skip_them(path):
    """A normal run parses a rule file only up to its first [[cases]]; nothing may follow them."""
    full = load_toml(path)
    full.pop("cases", None)
    assert read_rule_file(path, with_cases=False) == full
