"""The fuzzing suite's long profile, run before a release: every test of tests/test_fuzz.py
(one per reader, random bytes, mutated samples) for ``--examples`` examples, in chunks with
fresh random seeds, so a long run reports as it goes and a failure stops only its own test.

    python scripts/fuzz.py --examples 100000 --chunk 5000

Prints one line per chunk (test, examples so far, seconds, result) and a summary table."""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ["test_random_bytes", "test_mutated_samples"] + [
    f"test_documents_built_from_the_formats_pieces[{name}]"
    for name in ("markdown_cv", "latex_cv", "bibtex_file", "json_resume", "rendercv_file", "alfolio_file", "text_export", "pdf_cv")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=100_000, help="examples a test (default 100,000)")
    parser.add_argument("--chunk", type=int, default=5_000, help="examples a pytest run (default 5,000)")
    parser.add_argument("-k", dest="only", default="", help="only the tests whose id contains one of these (comma-separated)")
    args = parser.parse_args()
    env = dict(os.environ, CVLINT_FUZZ="long", CVLINT_FUZZ_EXAMPLES=str(args.chunk))
    summary = []
    for test in (t for t in TESTS if any(part in t for part in args.only.split(","))):
        done, seconds, failed = 0, 0.0, False
        while done < args.examples and not failed:
            seed = random.SystemRandom().randrange(2**32)
            started = time.monotonic()
            run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--hypothesis-seed={seed}",
                                  f"tests/test_fuzz.py::{test}"], cwd=ROOT, env=env, capture_output=True, text=True)
            seconds += time.monotonic() - started
            failed = run.returncode != 0
            done += args.chunk
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print(f"{test}: {done:,} examples, {seconds:.0f} s, peak {peak:.0f} MiB, {'FAILED seed=' + str(seed) if failed else 'ok'}",
                  flush=True)
            if failed:
                print(run.stdout[-4000:], flush=True)
        summary.append((test, done, seconds, failed))
    print("\ntest | examples | seconds | result")
    for test, done, seconds, failed in summary:
        print(f"{test} | {done:,} | {seconds:.0f} | {'FAILED' if failed else 'ok'}")
    return 1 if any(f for *_, f in summary) else 0


if __name__ == "__main__":
    sys.exit(main())
