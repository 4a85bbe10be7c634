"""The cache (parsed TOML, patterns, record initialisers): used when a file is unchanged,
refreshed when it changes, and never a reason to fail."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys

import pytest

from cvlint import cache, rule_files

from .helpers import rule_file


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CVLINT_CACHE_DIR", str(tmp_path / "cache"))
    cache.clear()
    yield tmp_path / "cache"
    cache.clear()


def test_unchanged_file_is_read_from_the_cache_of_an_earlier_run(tmp_path, fresh_cache, monkeypatch):
    path = tmp_path / "rule.toml"
    path.write_text('code = "CV999"\n[[cases]]\nname = "x"\n')
    assert rule_files.load_toml(path, until="[[cases]]") == {"code": "CV999"}
    cache.save()
    cache.clear()  # as if a new process

    def no_parsing(text):
        raise AssertionError("parsed again")

    monkeypatch.setattr(rule_files, "parse_toml", no_parsing)
    assert rule_files.load_toml(path, until="[[cases]]") == {"code": "CV999"}


def test_changed_file_is_parsed_again(tmp_path, fresh_cache):
    path = tmp_path / "rule.toml"
    path.write_text('code = "CV999"\n')
    assert rule_files.load_toml(path) == {"code": "CV999"}
    path.write_text('code = "CV9999"\n')
    assert rule_files.load_toml(path) == {"code": "CV9999"}


def test_unwritable_cache_folder_is_not_an_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("CVLINT_CACHE_DIR", str(blocker))  # a file where the folder should be
    cache.clear()
    path = tmp_path / "rule.toml"
    path.write_text('code = "CV999"\n')
    assert rule_files.load_toml(path) == {"code": "CV999"}
    cache.save()
    cache.clear()


def test_a_cache_holding_something_else_is_not_an_error(tmp_path):
    """Entries of the wrong shape, or a file that is not marshal at all: the run is the same."""
    sample = os.path.join(os.path.dirname(__file__), "..", "samples", "clean", "omar-haddad", "resume.md")
    command = [sys.executable, "-m", "cvlint", "check", "--as-of", "2026-11-22", "--format", "json", sample]
    env = dict(os.environ, CVLINT_CACHE_DIR=str(tmp_path))
    expected = subprocess.run(command, capture_output=True, text=True, env=env)  # fills the cache
    (path,) = (tmp_path / "cvlint").iterdir()
    entries = marshal.loads(path.read_bytes())
    assert {key.split(":")[0] for key in entries} == {"toml", "gates"}  # parsed TOML and table gates: no code, no patterns
    path.write_bytes(marshal.dumps({key: (1, 2) for key in entries}))
    again = subprocess.run(command, capture_output=True, text=True, env=env)
    assert (again.returncode, again.stdout, again.stderr) == (expected.returncode, expected.stdout, expected.stderr)
    path.write_bytes(b"\x00 not marshal at all")
    again = subprocess.run(command, capture_output=True, text=True, env=env)
    assert (again.returncode, again.stdout, again.stderr) == (expected.returncode, expected.stdout, expected.stderr)


def test_docs_rules_md_is_generated_from_the_catalogue():
    from pathlib import Path

    from click.testing import CliRunner

    from cvlint.cli import cli

    page = Path(__file__).resolve().parent.parent / "docs" / "rules.md"
    generated = CliRunner().invoke(cli, ["rules", "--format", "markdown"]).output
    assert page.read_text(encoding="utf-8") == generated, "run: cvlint rules --format markdown > docs/rules.md"
    assert generated.count("\n## CV") == len(CliRunner().invoke(cli, ["rules", "--format", "json"]).output.split('"code"')) - 1


@pytest.mark.parametrize("check, message, params, error", [
    # a placeholder the check does not give: refused when the rule loads, naming the file
    ("date-in-future", "{{when}} is in the future", "", "message names {when}, which its check does not give; "
                                                      "it gives {as_of}, {date}, {why}"),
    ("date-in-future", "{{}} is in the future", "", "message uses a positional placeholder {}"),
    ("date-in-future", "{{why is in the future", "", "message is not a valid template"),
    # a parameter of the wrong type, or not one of the values it may take
    ("date-range-too-long", "{{dates}}", "[params]\nmax_years = \"10\"\n", "parameter max_years = '10' must be a whole number"),
    ("date-in-future", "{{why}}", "[params]\nsections = [\"awards\", 3]\n", "parameter sections = ['awards', 3] must be a list of strings"),
    ("date-in-future", "{{why}}", "[params]\ncompletion_words = 1\n", "parameter completion_words = 1 must be true or false"),
    ("claim-changed", "{{entry}}", "[params]\nclaim = \"title\"\n",
     "parameter claim = 'title' must be one of 'venue', 'authorship', 'author-position', 'dates'"),
    # what a generic check gives depends on its parameters
    ("claim-changed", "{{entry}} {{position}}", "[params]\nclaim = \"venue\"\n",
     "message names {position}, which its check does not give; it gives {entry}, {claim}, {venue}, {others}"),
    ("date-in-future", "{{why}}", "[params]\nmax_years = 3\n", "check 'date-in-future' has no parameter 'max_years' "
                                                              "(its parameters: completion_words, publications, sections)"),
])
def test_a_rule_file_is_refused_when_it_loads_naming_the_file(tmp_path, check, message, params, error):

    folder = tmp_path / "my-rules" / "dates"
    folder.mkdir(parents=True)
    (folder / "award.toml").write_text(rule_file(check, message.replace("{{", "{").replace("}}", "}"), params))
    done = subprocess.run([sys.executable, "-m", "cvlint", "rules", "--rules", "my-rules"], capture_output=True, text=True,
                          cwd=tmp_path)
    assert done.returncode == 2
    assert f"Error: my-rules/dates/award.toml: {error}" in done.stderr, done.stderr


def test_each_check_declares_the_values_its_hits_give():
    """``gives`` is the list of values a check's Hits carry: read from the check's own source, so
    the load-time message check cannot drift from what the check reports."""
    import ast
    import inspect

    from cvlint.checks import CHECKS

    for name, check in CHECKS.items():
        if check.func is None:
            continue
        tree = ast.parse(inspect.getsource(check.func).lstrip())
        keys = {k.value for node in ast.walk(tree) if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Hit"
                and len(node.args) > 1 and isinstance(node.args[1], ast.Dict) for k in node.args[1].keys if k is not None}
        if callable(check.gives):  # claim-changed: its own values and those of each claim it reads
            from cvlint.checks.shared import ASPECTS

            assert {v for claim in ASPECTS for v in check.values({"claim": claim})} == keys | {
                v for _, _, values in ASPECTS.values() for v in values}, name
        else:
            assert set(check.gives) == keys, name
