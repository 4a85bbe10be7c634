"""Benchmark: every figure of the README's performance table, each as a ratio measured side by
side in one run — one-file start-up against yamllint, a PDF against PDFium's own text
extraction, 20 against 200 versions of one CV, 200 against 2,000 CVs of the corpus mix (one
job, then two jobs against one), 500 against 5,000 people sharing a domain (time and peak
memory) — and the 1,000-revision history.

    python scripts/bench.py [--runs 15] [--versions] [--corpus] [--people]

Run it with the Python of a virtual environment where cvlint is installed (``pip install .``),
as users run it: byte-code compiled, no editable-install hooks.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.pdfgen import make_pdf  # noqa: E402  (a minimal PDF writer, also used by the tests)
ONE_CV = ROOT / "samples" / "clean" / "omar-haddad" / "resume.md"


def wall(args: list[str]) -> float:
    start = time.perf_counter()
    # from a neutral folder, so "-m cvlint" is the installed package, not this checkout's sources
    subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, cwd=tempfile.gettempdir())
    return time.perf_counter() - start


def twenty_pages() -> list[list[str]]:
    """A long academic CV: 20 pages of entries, publications and talks, 50 lines a page."""
    pages = []
    for page in range(20):
        lines = ["Publications" if page % 2 else "Experience"]
        for k in range(49):
            n = page * 49 + k
            if page % 2:
                lines.append(f"[{n}] Wei Zhang, Mei Tanaka. \"Paper number {n} on storage.\" In FAST {2000 + n % 25}.")
            else:
                lines.append(f"• Research role {n}, Lab {n % 7}, 09/{2000 + n % 20} – 06/{2001 + n % 20}")
        pages.append(lines)
    return pages


def make_history(folder: Path, every_commit_changes_a_claim: bool) -> None:
    """A git repo whose cv.md has 1,000 revisions (made with one git fast-import)."""
    subprocess.run(["git", "init", "-q", "-b", "main", str(folder)], check=True)
    base = (ROOT / "samples" / "yao" / "cv.md").read_text(encoding="utf-8")
    stream = []
    for i in range(1000):
        if every_commit_changes_a_claim:
            text = base.replace("EuroSys'25", ["OSDI'25", "EuroSys'25", "ATC'25"][i % 3])
        else:  # mostly edits the cross-version rules do not read; a venue change every 50 commits
            text = base.replace("Last updated: October 2026", f"Last updated: revision {i}")
            text = text.replace("EuroSys'25", "OSDI'25") if i % 50 == 25 else text
        data, message = text.encode(), f"revision {i}".encode()
        stream += [b"commit refs/heads/main\n", b"mark :%d\n" % (i + 1),
                   b"committer bench <bench@example.org> %d +0000\n" % (1700000000 + i * 3600),
                   b"data %d\n%s\n" % (len(message), message), *([b"from :%d\n" % i] if i else []),
                   b"M 100644 inline cv.md\ndata %d\n%s\n" % (len(data), data)]
    subprocess.run(["git", "fast-import", "--quiet"], cwd=folder, input=b"".join(stream), check=True)
    subprocess.run(["git", "checkout", "-q", "main"], cwd=folder, check=True)


def side_by_side(cvlint: list[str], other: list[str], runs: int) -> None:
    """The same work for this cvlint and another build, runs interleaved (so both see the same
    machine load), and the ratio of the medians: the way to compare builds on a noisy machine."""
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "cv-20-pages.pdf"
        pdf.write_bytes(make_pdf(twenty_pages()))
        for label, target, count in (("one Markdown CV", str(ONE_CV), runs), ("20-page PDF CV", str(pdf), max(5, runs // 3))):
            ours, theirs = [], []
            for _ in range(count):
                ours.append(wall(cvlint + ["--exit-zero", target]))
                theirs.append(wall(other + ["--exit-zero", target]))
            a, b = statistics.median(ours), statistics.median(theirs)
            print(f"{label:28} this {a * 1000:6.0f} ms, other {b * 1000:6.0f} ms, ratio {a / b:.2f} "
                  f"(medians of {count} interleaved runs)")


def make_people(folder: Path, count: int) -> None:
    """``count`` one-person CVs that share an e-mail domain and a family-name pattern."""
    for i in range(count):
        target = folder / f"p{i}" / "cv.md"
        target.parent.mkdir(parents=True)
        target.write_text(f"# Person {i}\n\nperson{i}@example.org\n\n## Experience\n\n"
                          f"* **Engineer**, Company {i}, 2019 - 2021\n", encoding="utf-8")


def people_scaling(cvlint: list[str]) -> None:
    """Time per file at 500 and at 5,000 one-person CVs sharing an e-mail domain, and peak
    memory: linear when the ratios are near 1 (time) and well under 10 (memory)."""
    per_file, peaks = {}, {}
    for count in (500, 5000):
        with tempfile.TemporaryDirectory() as tmp:
            make_people(Path(tmp), count)
            seconds, peaks[count] = _run_with_memory(cvlint + ["--exit-zero", "--jobs", "1", tmp])
            per_file[count] = seconds / count
        print(f"{count:5} one-person CVs, 1 job: {per_file[count] * 1000:6.2f} ms a file, peak {peaks[count]:5.0f} MB")
    print(f"per-file time, 5,000 / 500:   {per_file[5000] / per_file[500]:.2f}; peak memory {peaks[5000] / peaks[500]:.2f}")


def make_versions(folder: Path, count: int) -> list[str]:
    """``count`` versions of one person's CV, as a reviewer's pile or a CV's history holds
    them: each adds a bullet and, now and then, an entry, a publication or a reworded line."""
    base = (ROOT / "samples" / "yao" / "cv.md").read_text(encoding="utf-8")
    paths = []
    for i in range(count):
        extra = "".join(f"\n## Project {k}\n* **Prototype {k} of a tiered cache**, Lab {k % 7}, 20{10 + k % 15}\n"
                        for k in range(i // 10))
        text = base.replace("Built a log-structured", f"Built (revision {i}) a log-structured") + extra
        if i % 5 == 0:
            text = text.replace("Cloudline Inc.", "Cloudline, Inc.")
        path = folder / f"cv-{i:03d}.md"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


CORPUS = ROOT.parent / "shared" / "corpus"


def _letters(k: int) -> str:
    out = ""
    while True:
        out, k = "abcdefghijklmnopqrstuvwxyz"[k % 26] + out, k // 26
        if not k:
            return out


def make_corpus_mix(folder: Path, count: int, cvlint: list[str]) -> None:
    """``count`` CVs of as many people: the Markdown, JSON, YAML and LaTeX CVs of
    ../shared/corpus in turn, each copy made another person: the last word of each of its
    owner's names, as cvlint reads them, wherever it is written, given another first letter
    ("John Q. Public", "John Q. Bublic": two people, where a suffix left "John Q. Publica" and
    "John Q. Publicb" one by their initial), and each e-mail address a number (other digits:
    two accounts, where "kjhealya@" and "kjhealyb@" read as one address and its typo). Files of
    one person in the corpus stay one person."""
    import json

    sources = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".md", ".json", ".yaml", ".tex") and p.parent.name != "history")
    parsed = json.loads(subprocess.run(cvlint[:cvlint.index("check")] + ["parse", *map(str, sources)], capture_output=True, text=True,
                                       check=True).stdout)
    owners = [([n["value"] for n in p["person"]["names"]], [e["value"] for e in p["person"]["emails"]]) for p in parsed]
    for i in range(count):
        source, (names, emails) = sources[i % len(sources)], owners[i % len(sources)]
        text = source.read_text(encoding="utf-8", errors="replace")
        copy = i // len(sources)
        tag = _letters(copy)
        for email in emails:
            local, _, domain = email.partition("@")
            text = text.replace(email, f"{local}{copy:03d}@{domain}")
        for last in dict.fromkeys(name.split()[-1] for name in names if name.split()):
            renamed = tag.capitalize() + last[1:]
            text = re.sub(rf"(?<!\w){re.escape(last)}(?!\w)", lambda m: renamed, text)
        target = folder / f"{i:05d}" / source.name
        target.parent.mkdir(parents=True)
        target.write_text(text, encoding="utf-8")


def _run_with_memory(args: list[str]) -> tuple[float, float]:
    """Wall time and peak memory (MB) of one run, in a child of its own so its peak is its own."""
    code = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
            "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
            "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=tempfile.gettempdir())
    seconds, peak_kb = done.stdout.split()
    return float(seconds), int(peak_kb) / 1024


def corpus_scaling(cvlint: list[str]) -> None:
    """Per-file time at 200 and 2,000 distinct CVs of the corpus mix, one job: the steady rate
    a core checks real CVs at; then 1,000 of them with two jobs against one."""
    if not CORPUS.is_dir():
        print("corpus mix: ../shared/corpus is not here; skipped")
        return
    per_file = {}
    with tempfile.TemporaryDirectory() as tmp:
        make_corpus_mix(Path(tmp), 2000, cvlint)
        folders = sorted(Path(tmp).iterdir())
        for count in (200, 2000):
            paths = [str(f) for f in folders[:count]]
            seconds, peak = _run_with_memory(cvlint + ["--exit-zero", "--jobs", "1", *paths])
            per_file[count] = seconds / count
            print(f"{count:5} corpus-mix CVs, 1 job:  {seconds:6.2f} s, {per_file[count] * 1000:6.2f} ms a file "
                  f"({1 / per_file[count]:5.0f} CVs/s), peak {peak:5.0f} MB")
        print(f"per-file time, 2,000 / 200:   {per_file[2000] / per_file[200]:.2f}")
        paths = [str(f) for f in folders[:1000]]
        one, two, halves = [], [], []
        for _ in range(5):  # the two shared cores' load moves a single pair by a few hundredths
            one.append(wall(cvlint + ["--exit-zero", "--jobs", "1", *paths]))
            two.append(wall(cvlint + ["--exit-zero", "--jobs", "2", *paths]))
            halves.append(side_by_side_halves(cvlint + ["--exit-zero", "--jobs", "1"], paths))
        a, b, floor = statistics.median(one), statistics.median(two), statistics.median(halves)
        print(f"1,000 corpus-mix CVs:         1 job {a:5.2f} s, 2 jobs {b:5.2f} s, ratio {b / a:.2f}; "
              f"the machine's floor {floor / a:.2f} (two one-job runs on the halves, side by side)")


def side_by_side_halves(command: list[str], paths: list[str]) -> float:
    """Wall time of two independent runs of ``command``, each on half of ``paths``, started
    together: what two cores give with nothing shared (no worker, no pickling, each run
    grouping its own half) — the least ``--jobs 2`` could take on this machine as loaded now."""
    half = len(paths) // 2
    start = time.perf_counter()
    runs = [subprocess.Popen(command + part, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tempfile.gettempdir())
            for part in (paths[:half], paths[half:])]
    for run in runs:
        run.wait()
    return time.perf_counter() - start


def versions_scaling(cvlint: list[str]) -> None:
    """Time per version at 20 and at 200 versions of one CV, grouped as one person."""
    per_version = {}
    for count in (20, 200):
        with tempfile.TemporaryDirectory() as tmp:
            paths = make_versions(Path(tmp), count)
            seconds = wall(cvlint + ["--exit-zero", "--group", ",".join(paths), tmp])
        per_version[count] = seconds / count
        print(f"{count:4} versions of one CV:      {seconds:6.2f} s, {per_version[count] * 1000:6.1f} ms a version")
    print(f"per-version time, 200 / 20:   {per_version[200] / per_version[20]:.2f}")


def interleaved(first: list[str], second: list[str], runs: int) -> tuple[float, float]:
    """Medians of ``runs`` interleaved runs of two commands (both see the same machine load)."""
    a, b = [], []
    for _ in range(runs):
        a.append(wall(first))
        b.append(wall(second))
    return statistics.median(a), statistics.median(b)


def startup_against_yamllint(cvlint: list[str], runs: int) -> None:
    """One-file start-up beside the linter a pre-commit hook would run instead: yamllint, on a
    YAML file of the same size as the CV."""
    yamllint = Path(sys.executable).parent / "yamllint"
    if not yamllint.exists():
        print("one file ÷ yamllint:          skipped (pip install yamllint beside cvlint to measure it)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        size = ONE_CV.stat().st_size
        lines = [f"- line {i}: {'x' * 40}" for i in range(size // 50 + 1)]
        same_size = Path(tmp) / "same-size.yaml"
        same_size.write_text("---\n" + "\n".join(lines)[: size - 5] + "\n", encoding="utf-8")
        ours, theirs = interleaved(cvlint + ["--exit-zero", str(ONE_CV)], [str(yamllint), str(same_size)], runs)
    print(f"one Markdown CV:              {ours * 1000:6.0f} ms; yamllint on the same size of YAML "
          f"{theirs * 1000:6.0f} ms; ratio {ours / theirs:.2f}")


RAW_PDFIUM = """import sys, pypdfium2
document = pypdfium2.PdfDocument(sys.argv[1])
text = [page.get_textpage().get_text_range() for page in document]
"""


def pdf_against_pdfium(cvlint: list[str], runs: int) -> None:
    """A PDF check beside PDFium's own text extraction of the same file (a new process each)."""
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "cv-20-pages.pdf"
        pdf.write_bytes(make_pdf(twenty_pages()))
        ours, raw = interleaved(cvlint + ["--exit-zero", str(pdf)], [sys.executable, "-c", RAW_PDFIUM, str(pdf)],
                                max(5, runs // 3))
    print(f"20-page PDF CV:               {ours * 1000:6.0f} ms; PDFium's text extraction alone "
          f"{raw * 1000:6.0f} ms; ratio {ours / raw:.2f}")


def make_five_page_versions(folder: Path, count: int) -> list[str]:
    """``count`` versions of a five-page academic CV (250 entry lines), each a year newer:
    an entry added, a paper's status moving on, a date corrected."""
    paths = []
    for v in range(count):
        lines = ["# Mara Quist", "", "mara@quist.example.org", "", f"Last updated: March {2015 + v}", "", "## Experience", ""]
        lines += [f"* **Research role {n}**, Lab {n % 7}, 09/{2000 + n % 20} – 06/{2001 + n % 20 + (v > 5 and n % 9 == 0)}"
                  for n in range(120 + v)]
        lines += ["", "## Publications", ""]
        lines += [f"* M. Quist, J. Berg. \"Paper number {n} on storage.\" "
                  f"{'Accepted to' if n < 10 * v else 'Submitted to'} FAST {2015 + (n % 10)}." for n in range(120)]
        path = folder / f"cv-{2015 + v}.md"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def compare_speed(cvlint: list[str]) -> None:
    """``cvlint compare`` on 10 versions of a five-page CV: the reviewer's view, new process."""
    command = cvlint[:cvlint.index("check")] + ["compare", "--as-of", "2026-11-22", "--width", "120"]
    with tempfile.TemporaryDirectory() as tmp:
        paths = make_five_page_versions(Path(tmp), 10)
        seconds = statistics.median(wall(command + ["--group", ",".join(paths), *paths]) for _ in range(3))
    print(f"compare, 10 versions of a 5-page CV: {seconds:5.2f} s (median of 3)")


def histories() -> None:
    history = [sys.executable, "-m", "cvlint", "history", "--as-of", "2026-11-22", "--exit-zero"]
    for worst in (False, True):
        with tempfile.TemporaryDirectory() as tmp:
            make_history(Path(tmp), worst)
            seconds = wall(history + [str(Path(tmp) / "cv.md")])
        label = "every commit changes a claim" if worst else "typical edits"
        print(f"history, 1,000 revisions ({label}): {seconds:6.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--against", metavar="CVLINT", help="another build's cvlint executable: compare side by side only")
    parser.add_argument("--people", action="store_true", help="only the scaling in the number of people (500 and 5,000)")
    parser.add_argument("--versions", action="store_true", help="only the scaling in the versions of one CV (20 and 200)")
    parser.add_argument("--corpus", action="store_true", help="only the corpus mix: 200 and 2,000 CVs, one job and two")
    parser.add_argument("--compare", action="store_true", help="only cvlint compare on 10 versions of a 5-page CV")
    options = parser.parse_args()
    # the console script, as a pre-commit hook runs it ("python -m cvlint" adds ~20 ms of runpy)
    script = Path(sys.executable).parent / "cvlint"
    cvlint = [str(script) if script.exists() else sys.executable, *([] if script.exists() else ["-m", "cvlint"]),
              "check", "--as-of", "2026-11-22"]
    if options.against:
        side_by_side(cvlint, [options.against, "check", "--as-of", "2026-11-22"], options.runs)
        return
    only = [name for name in ("people", "versions", "corpus", "compare") if getattr(options, name)]
    if only:
        for name in only:
            {"people": people_scaling, "versions": versions_scaling, "corpus": corpus_scaling,
             "compare": compare_speed}[name](cvlint)
        return

    python_alone = statistics.median(wall([sys.executable, "-c", "pass"]) for _ in range(options.runs))
    print(f"python start-up alone:        {python_alone * 1000:6.0f} ms")
    startup_against_yamllint(cvlint, options.runs)
    pdf_against_pdfium(cvlint, options.runs)
    versions_scaling(cvlint)
    corpus_scaling(cvlint)
    people_scaling(cvlint)
    compare_speed(cvlint)
    histories()


if __name__ == "__main__":
    main()
