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
    assert entries and all(key.startswith(("toml:", "gates:")) for key in entries)
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


# --- programs made ahead of time (cvlint/programs/, issue #14) --------------------------------

def _programs_module(version: str) -> Path:
    return ROOT / "cvlint" / "programs" / f"cp{version}.py"


def test_every_stored_program_is_what_re_compile_makes():
    from cvlint import programs

    table = programs.table()
    assert table, f"no programs for Python {sys.version_info[0]}.{sys.version_info[1]}: run scripts/make_pattern_programs.py"
    for pattern, flags in table:
        made, expected = programs.compiled(pattern, flags), re.compile(pattern, flags)
        assert (made, made.groups, made.groupindex) == (expected, expected.groups, expected.groupindex), pattern


def test_the_table_is_current_and_a_run_compiles_nothing_by_re():
    """The table holds exactly the patterns cvlint declares (a pattern changed without making the
    table again fails here), and checking every sample compiles none by ``re``: the day the fast
    path stops working on this Python, this fails. (Each in a new process: nothing declared by
    another test counts.)"""
    import json

    from cvlint import programs

    listed = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_pattern_programs.py"), "--list"],
                            capture_output=True, text=True, check=True, cwd=ROOT).stdout
    wanted = {(text.encode("latin-1") if is_bytes else text, flags) for text, is_bytes, flags in json.loads(listed)}
    assert set(programs.table()) == wanted, "run scripts/make_pattern_programs.py"
    code = ("import sys, io, contextlib; from cvlint import patterns; from cvlint.cli import main\n"
            "sys.argv = ['cvlint', 'check', '--no-config', '--jobs', '1', 'samples']\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    try:\n        main()\n    except SystemExit:\n        pass\n"
            "print(len(patterns._declared), patterns.compiled_by_re)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    declared, by_re = done.stdout.split(" ", 1)
    assert int(declared) > 100 and by_re.strip() == "[]", done.stdout + done.stderr


@pytest.mark.parametrize("version", ["310", "311", "312", "313"])
def test_the_programs_of_each_supported_python_are_what_its_re_makes(version):
    """Each supported Python checks its own table with its own ``re`` (no cvlint needed there)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from make_pattern_programs import find_python
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    python = find_python((3, int(version[1:])))
    if not python:
        pytest.skip(f"no Python 3.{version[1:]} on this machine")
    code = ("import importlib.util, re, sys, _sre\n"
            "spec = importlib.util.spec_from_file_location('t', sys.argv[1]); t = importlib.util.module_from_spec(spec)\n"
            "spec.loader.exec_module(t)\n"
            "assert (t.FORMAT, t.MAGIC, t.CODESIZE, t.BYTEORDER) == (2, _sre.MAGIC, _sre.CODESIZE, sys.byteorder)\n"
            "from binascii import a2b_base64\n"
            "for (p, f), (ff, code, g, gi, ig) in t.PROGRAMS.items():\n"
            "    words = memoryview(a2b_base64(code)).cast('I' if _sre.CODESIZE == 4 else 'H').tolist()\n"
            "    made, expected = _sre.compile(p, ff, words, g, gi, ig), re.compile(p, f)\n"
            "    assert (made, made.groups, made.groupindex) == (expected, expected.groups, expected.groupindex), p\n"
            "print(len(t.PROGRAMS))")
    done = subprocess.run([python, "-c", code, str(_programs_module(version))], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 200


def test_every_pattern_of_the_code_is_named_at_module_level():
    """Issue #14: a pattern is declared once, with a name, where a reader sees it — and where
    ``scripts/make_pattern_programs.py`` finds it — not compiled inside a function. Only what
    is built from data at run time (a table's patterns, a file's macro names) is compiled there."""
    import ast

    built_from_data = {("tables.py", "finditer")}  # GatedPattern: a table's pattern, compiled on first use
    found = []
    for path in sorted((ROOT / "cvlint").rglob("*.py")):
        if "programs" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in (n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))):
            for call in (n for n in ast.walk(function) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)):
                owner = call.func.value
                literal = bool(call.args) and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, (str, bytes))
                if isinstance(owner, ast.Name) and (owner.id == "patterns" and call.func.attr == "compile" or owner.id == "re" and literal):
                    name = getattr(function, "name", "<lambda>")
                    if (path.name, name) not in built_from_data:
                        found.append(f"{path.relative_to(ROOT)}:{call.lineno} in {name}")
    assert found == []
