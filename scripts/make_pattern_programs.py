"""Make cvlint/programs/cp3NN.py: the program of every regular expression cvlint declares,
for each supported Python found on this machine (see cvlint/programs/__init__.py).

    python scripts/make_pattern_programs.py [--python python3.10 python3.11 ...]

Run it after changing a pattern or a phrase table; tests/test_patterns.py fails until then.
The patterns are gathered with this Python and a checkout of cvlint (every module imported,
every phrase table declared, every sample checked); each Python then makes and checks the
programs with its own ``re`` alone (no cvlint, no dependencies needed there)."""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "cvlint" / "programs"

# run by each Python with the patterns on standard input: makes, checks and prints the module
MAKE = r'''
import json, re, sys, _sre
from binascii import a2b_base64
sys.path.insert(0, sys.argv[1])
import importlib.util
spec = importlib.util.spec_from_file_location("programs", sys.argv[2])
programs = importlib.util.module_from_spec(spec); spec.loader.exec_module(programs)
found = {}
for text, is_bytes, flags in json.load(sys.stdin):
    pattern = text.encode("latin-1") if is_bytes else text
    made = programs.program(pattern, flags)
    final_flags, code, groups, groupindex, indexgroup = made
    rebuilt = _sre.compile(pattern, final_flags, memoryview(a2b_base64(code)).cast("I" if _sre.CODESIZE == 4 else "H").tolist(),
                           groups, groupindex, indexgroup)
    expected = re.compile(pattern, flags)
    assert rebuilt == expected and rebuilt.groupindex == expected.groupindex and rebuilt.groups == expected.groups, pattern
    found[(pattern, flags)] = made
version = "%d.%d" % sys.version_info[:2]
print('"""The programs of cvlint\'s regular expressions for Python %s (made by scripts/make_pattern_programs.py)."""' % version)
print("# fmt: off")
print("FORMAT = %r" % programs.FORMAT)
print("MAGIC = %r" % _sre.MAGIC)
print("CODESIZE = %r" % _sre.CODESIZE)
print("BYTEORDER = %r" % sys.byteorder)
print("PROGRAMS = {")
for key in sorted(found, key=lambda k: (isinstance(k[0], bytes), k[0] if isinstance(k[0], str) else k[0].decode("latin-1"), k[1])):
    print("    %r: %r," % (key, found[key]))
print("}")
'''


def declared_patterns() -> list[tuple[str, bool, int]]:
    """Every (pattern, flags) cvlint compiles through ``patterns.compile``: its modules', its
    phrase tables', and those the samples make it compile."""
    import pkgutil

    import cvlint
    from cvlint import patterns
    from cvlint.tables import GatedPattern, load_tables

    for module in pkgutil.walk_packages(cvlint.__path__, "cvlint."):
        if not module.name.startswith("cvlint.programs"):
            __import__(module.name)
    tables = load_tables()
    for field in dataclasses.fields(tables):
        value = getattr(tables, field.name)
        for entry in getattr(value, "entries", None) or ():
            if isinstance(entry, GatedPattern):
                patterns.compile(entry.pattern, re.I)
    from cvlint.cli import main

    for folder in ("samples", "tests/extraction"):
        sys.argv = ["cvlint", "check", "--no-config", "--exit-zero", "--jobs", "1", str(ROOT / folder)]
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            try:
                main()
            except SystemExit:
                pass
    return sorted({(p.decode("latin-1") if isinstance(p, bytes) else p, isinstance(p, bytes), f) for p, f in patterns._declared})


def python_version(python: str) -> str:
    """"311" for a Python 3.11, "" for a command that does not run."""
    try:
        done = subprocess.run([python, "-c", "import sys; print('%d%d' % sys.version_info[:2])"], capture_output=True, text=True)
    except OSError:
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


def find_python(version: tuple[int, int]) -> str:
    """A Python of ``version`` that runs: on PATH, or one pyenv installed (its shims may not run)."""
    import glob
    import os

    name = f"python{version[0]}.{version[1]}"
    candidates = [shutil.which(name) or ""] + sorted(glob.glob(os.path.expanduser(f"~/.pyenv/versions/{version[0]}.{version[1]}.*/bin/{name}")))
    return next((c for c in candidates if c and python_version(c) == f"{version[0]}{version[1]}"), "")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--python", nargs="*", help="the Pythons to make programs for (default: python3.10 … 3.13 on PATH)")
    parser.add_argument("--list", action="store_true", help="print the patterns as JSON, make nothing (for the tests)")
    options = parser.parse_args()
    if options.list:
        print(json.dumps(declared_patterns()))
        return
    from cvlint.programs import SUPPORTED

    pythons = options.python or [p for p in (find_python(version) for version in SUPPORTED) if p]
    wanted = json.dumps(declared_patterns())
    for python in pythons:
        version = python_version(python)
        done = subprocess.run([python, "-c", MAKE, str(ROOT), str(OUT / "__init__.py")], input=wanted, capture_output=True,
                              text=True)
        if done.returncode != 0:
            sys.exit(f"{python}: {done.stderr.strip().splitlines()[-1]}")
        (OUT / f"cp{version}.py").write_text(done.stdout, encoding="utf-8")
        print(f"cvlint/programs/cp{version}.py: {done.stdout.count(chr(10)) - 7} programs ({python})")


if __name__ == "__main__":
    main()
