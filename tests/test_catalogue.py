"""The cache (parsed TOML, patterns, record initialisers): used when a file is unchanged,
refreshed when it changes, and never a reason to fail."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys

import pytest

from cvlint import cache, catalogue


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CVLINT_CACHE_DIR", str(tmp_path / "cache"))
    cache.clear()
    yield tmp_path / "cache"
    cache.clear()


def test_unchanged_file_is_read_from_the_cache_of_an_earlier_run(tmp_path, fresh_cache, monkeypatch):
    path = tmp_path / "rule.toml"
    path.write_text('code = "CV999"\n[[cases]]\nname = "x"\n')
    assert catalogue.load_toml(path, until="[[cases]]") == {"code": "CV999"}
    cache.save()
    cache.clear()  # as if a new process

    def no_parsing(text):
        raise AssertionError("parsed again")

    monkeypatch.setattr(catalogue, "parse_toml", no_parsing)
    assert catalogue.load_toml(path, until="[[cases]]") == {"code": "CV999"}


def test_changed_file_is_parsed_again(tmp_path, fresh_cache):
    path = tmp_path / "rule.toml"
    path.write_text('code = "CV999"\n')
    assert catalogue.load_toml(path) == {"code": "CV999"}
    path.write_text('code = "CV9999"\n')
    assert catalogue.load_toml(path) == {"code": "CV9999"}


def test_unwritable_cache_folder_is_not_an_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("CVLINT_CACHE_DIR", str(blocker))  # a file where the folder should be
    cache.clear()
    path = tmp_path / "rule.toml"
    path.write_text('code = "CV999"\n')
    assert catalogue.load_toml(path) == {"code": "CV999"}
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
    assert {key.split(":")[0] for key in entries} == {"toml"}  # parsed TOML only: no code, no patterns
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
