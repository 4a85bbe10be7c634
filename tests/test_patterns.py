"""What is kept between runs: parsed TOML only, checked on the way in. A cache that is damaged,
of the wrong shape or written by someone else (a CI cache restored from another branch) is
rebuilt; it never runs code, never changes what a pattern matches, never changes an exit code."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cvlint import cache, patterns

from .helpers import run

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("CVLINT_CACHE_DIR", str(folder))
    cache.clear()
    yield folder
    cache.clear()


def test_a_pattern_is_compiled_once_per_process_and_is_re_compiles():
    first = patterns.compile(r"(?P<month>\d{1,2})/(?P<year>\d{4})", re.I)
    assert patterns.compile(r"(?P<month>\d{1,2})/(?P<year>\d{4})", re.I) is first
    assert first == re.compile(r"(?P<month>\d{1,2})/(?P<year>\d{4})", re.I)


def _cvlint_check(cwd, cache_folder, *args):
    env = dict(os.environ, CVLINT_CACHE_DIR=str(cache_folder))
    env.pop("CVLINT_NO_CACHE", None)
    return subprocess.run([sys.executable, "-m", "cvlint", "check", "--as-of", "2026-11-22", "--format", "concise", *args],
                          capture_output=True, text=True, cwd=cwd, env=env)


def test_the_cache_holds_data_only(tmp_path):
    folder = tmp_path / "cache"
    done = _cvlint_check(ROOT, folder, "samples/yao/cv.md")
    assert done.returncode == 1
    (path,) = folder.rglob("*.marshal")
    entries = marshal.loads(path.read_bytes())
    assert entries and all(key.startswith("toml:") for key in entries)
    assert all(cache._is_data(value) for value in entries.values())


@pytest.mark.parametrize("payload", [
    b"not marshal at all",
    marshal.dumps([1, 2, 3]),
    marshal.dumps({"toml::x": (1, 2, compile("import os; os.system('touch pwned')", "<evil>", "exec"))}),
    "code",  # every entry of a real cache turned into code objects
    "shapes",  # every entry of a real cache turned into the wrong shape
])
def test_a_damaged_or_planted_cache_is_rebuilt_and_changes_nothing(tmp_path, payload):
    folder = tmp_path / "cache"
    clean = _cvlint_check(ROOT, folder, "samples/yao/cv.md")
    (path,) = folder.rglob("*.marshal")
    if payload == "code":
        entries = marshal.loads(path.read_bytes())
        evil = compile("open('pwned', 'w').write('x')", "<evil>", "exec")
        payload = marshal.dumps({key: (value[0], value[1], evil) for key, value in entries.items()})
    elif payload == "shapes":
        entries = marshal.loads(path.read_bytes())
        payload = marshal.dumps({key: (value[0], value[1], ["not", "a", "table"]) for key, value in entries.items()})
    path.write_bytes(payload)
    again = _cvlint_check(tmp_path, folder, str(ROOT / "samples/yao/cv.md"))
    assert (again.returncode, again.stderr) == (clean.returncode, "")
    assert again.stdout.replace(str(ROOT) + "/", "") == clean.stdout
    assert not (tmp_path / "pwned").exists() and not (ROOT / "pwned").exists()


def test_with_the_cache_off_nothing_is_written(tmp_path, monkeypatch, rules):
    monkeypatch.setenv("CVLINT_NO_CACHE", "1")
    monkeypatch.setenv("CVLINT_CACHE_DIR", str(tmp_path / "cache"))
    cache.clear()
    run([str(SAMPLES / "yao" / "cv.md")], rules)
    cache.save()
    assert not (tmp_path / "cache").exists()
    cache.clear()
