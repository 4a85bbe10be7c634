"""Benchmark: wall time of `cvlint check` on one Markdown CV (median of N runs, each a new
process, as a pre-commit hook runs it) and on 1,000 CVs in one run.

    python scripts/bench.py [--runs 15]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ONE_CV = ROOT / "samples" / "clean" / "omar-haddad" / "resume.md"


def wall(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    options = parser.parse_args()
    cvlint = [sys.executable, "-m", "cvlint", "check", "--as-of", "2026-11-22"]

    python_alone = statistics.median(wall([sys.executable, "-c", "pass"]) for _ in range(options.runs))
    one = sorted(wall(cvlint + [str(ONE_CV)]) for _ in range(options.runs))
    print(f"python startup alone:        median {python_alone * 1000:6.0f} ms")
    print(f"one Markdown CV:             median {statistics.median(one) * 1000:6.0f} ms  "
          f"(min {one[0] * 1000:.0f}, max {one[-1] * 1000:.0f}, {options.runs} runs)")

    sources = sorted(p for p in (ROOT / "samples").rglob("*") if p.suffix in (".md", ".txt") and p.name != "README.md")
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(1000):
            source = sources[i % len(sources)]
            target = Path(tmp) / f"person{i:04d}" / source.name
            target.parent.mkdir()
            # a different person each time: real repos hold one person, not 250 copies of one
            text = source.read_bytes().decode("utf-8", "replace")
            for name in ("Yizhen Yao", "YAO Yizhen", "Ana Lima", "Omar Haddad", "yzhenyao", "vzhenyao", "ana.lima", "omar.haddad"):
                text = text.replace(name, f"{name} {i:04d}" if " " in name else f"{name}{i:04d}")
            target.write_text(text, encoding="utf-8")
        many = wall(cvlint + ["--exit-zero", tmp])
    print(f"1,000 CVs in one run:        {many:6.2f} s")


if __name__ == "__main__":
    main()
