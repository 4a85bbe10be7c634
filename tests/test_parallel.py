"""``--jobs N``: the same output, byte for byte and in the same order, whatever N; workers only
when there are files enough to pay for them; a worker that dies ends the run with exit 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cvlint import parallel
from cvlint.cli import cli, main

ROOT = Path(__file__).resolve().parent.parent
AS_OF = ["--as-of", "2026-11-22", "--no-config"]


def _check(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["check", *args, *AS_OF], catch_exceptions=False)
    return result.exit_code, result.output


@pytest.fixture
def small_jobs(monkeypatch):
    """Workers even for the few files of samples/."""
    monkeypatch.setattr(parallel, "MIN_FILES_PER_JOB", 2)
    started = []
    real = parallel.analyse
    monkeypatch.setattr(parallel, "analyse", lambda files, planned, work, rules, ctx, jobs, done=None:
                        started.append(jobs) or real(files, planned, work, rules, ctx, jobs, done))
    return started


@pytest.mark.parametrize("fmt", ["text", "json", "sarif"])
def test_the_output_is_the_same_for_any_number_of_jobs(monkeypatch, small_jobs, fmt):
    monkeypatch.chdir(ROOT)
    one = _check("samples", "--format", fmt, "--jobs", "1")
    assert small_jobs == []  # one job: no worker started
    two = _check("samples", "--format", fmt, "--jobs", "2")
    three = _check("samples", "--format", fmt, "--jobs", "3")
    assert small_jobs == [2, 3]
    assert one == two == three
    assert one[0] == 1 and one[1]


def test_files_refused_before_reading_are_reported_in_their_place(monkeypatch, small_jobs, tmp_path):
    for i in range(6):
        (tmp_path / f"cv{i}.md").write_text(f"# Person {i}\n\np{i}@example.org\n\n## Experience\n\n"
                                            f"* **Engineer**, Company {i}, 2021 - 2019\n", encoding="utf-8")
    os.mkfifo(tmp_path / "cv2b.md")  # not a regular file: never opened, reported
    (tmp_path / ".cvlint.toml").write_text("[limits]\nrun-bytes = 300\n", encoding="utf-8")
    runs = [CliRunner().invoke(cli, ["check", str(tmp_path), "--format", "json", "--as-of", "2026-11-22",
                                     "--config", str(tmp_path / ".cvlint.toml"), "--jobs", jobs])
            for jobs in ("1", "2")]
    assert runs[0].output == runs[1].output
    findings = [(Path(f["path"]).name, f["code"]) for f in json.loads(runs[0].output)["findings"]]
    assert ("cv2b.md", "CV001") in findings and ("cv0.md", "CV101") in findings
    assert ("cv5.md", "CV001") in findings  # past the run's byte limit: reported, not read
    assert small_jobs == [2]


def _die(paths):
    os._exit(9)


def test_a_worker_that_dies_ends_the_run_with_exit_2(monkeypatch, small_jobs, tmp_path, capsys):
    for i in range(4):
        (tmp_path / f"cv{i}.md").write_text(f"# Person {i}\n", encoding="utf-8")
    monkeypatch.setattr(parallel, "_work", _die)  # as a crash in a library would
    monkeypatch.setattr(sys, "argv", ["cvlint", "check", str(tmp_path), "--jobs", "2", *AS_OF])
    with pytest.raises(SystemExit) as stop:
        main()
    assert stop.value.code == 2
    assert capsys.readouterr().err.startswith("cvlint: internal error: BrokenProcessPool: ")


def test_a_worker_that_dies_leaves_one_line_on_standard_error(tmp_path):
    """What the user sees is cvlint's error alone: on CPython 3.10 and 3.11 the pool's thread
    also printed its own traceback (raised on a task this process had withdrawn)."""
    for i in range(6):
        (tmp_path / f"cv{i}.md").write_text(f"# Person {i}\n", encoding="utf-8")
    code = ("import os, sys\nimport cvlint.parallel as p\np.MIN_FILES_PER_JOB = 2\n"
            "def die(paths):\n    os._exit(9)  # as a crash in a library would\n"
            "p._work = die\nfrom cvlint.__main__ import main\nmain()\n")
    for _ in range(3):  # the withdrawn tasks and the worker's death race: a few runs
        done = subprocess.run([sys.executable, "-c", code, "check", str(tmp_path), "--jobs", "2", *AS_OF],
                              capture_output=True, text=True, cwd=ROOT, timeout=60)
        assert done.returncode == 2
        # one line; the pool words it as the death and the next task race ("… while the future
        # was running or pending", or "… the process pool is not usable anymore")
        (line,) = done.stderr.splitlines()
        assert line.startswith("cvlint: internal error: BrokenProcessPool: A ") and "terminated abruptly" in line


def test_workers_only_for_files_enough():
    assert parallel.worth(8, 1) == 1
    assert parallel.worth(8, parallel.MIN_FILES_PER_JOB * 2) == 2
    assert parallel.worth(2, 10_000) == 2
    assert parallel.worth(1, 10_000) == 1


def test_the_threads_that_feed_the_workers_get_their_turn_soon_while_workers_run(monkeypatch):
    """While the workers run, this process's own work holds the interpreter 0.5 ms at a time,
    not Python's 5 ms (a worker stood idle waiting for its next task); before and after, and
    when a file's work fails, the interval is the one there was."""
    from cvlint.engine import analyse_one

    seen = []

    def work(path, refusal, rules, ctx):
        seen.append(sys.getswitchinterval())
        if path.endswith("fails.md"):
            raise RuntimeError("a file's work failed")
        return analyse_one(path, refusal, rules, ctx)

    from datetime import date

    from cvlint.engine import Context, _tables
    from cvlint.registry import load_rules

    samples = sorted(str(p) for p in (ROOT / "samples").rglob("*.md"))[:8]
    ctx = Context(as_of=date(2026, 11, 22), tables=_tables(None), rules=load_rules())
    before = sys.getswitchinterval()
    sys.setswitchinterval(0.005)
    try:
        out = parallel.analyse(samples, [None] * len(samples), work, ctx.rules, ctx, 2)
        assert len(out) == len(samples) and seen and set(seen) == {parallel.SWITCH_SECONDS}
        assert sys.getswitchinterval() == 0.005
        with pytest.raises(RuntimeError):
            parallel.analyse(samples + ["fails.md"], [None] * (len(samples) + 1), work, ctx.rules, ctx, 2)
        assert sys.getswitchinterval() == 0.005
    finally:
        sys.setswitchinterval(before)


@pytest.mark.parametrize("files, jobs", [(1000, 2), (1000, 4), (60, 2), (48, 2), (7, 3)])
def test_tasks_cover_the_files_in_order_and_are_smallest_where_the_processes_meet(files, jobs):
    """Where this process and the workers meet, a worker's queued tasks are waited for: the
    tasks there hold one file (measured on 1,000 mix CVs: the wait 0.052 s → 0.013 s a run)."""
    tasks = parallel._tasks(files, jobs)
    assert [start for start, _ in tasks] == [sum(size for _, size in tasks[:k]) for k in range(len(tasks))]
    assert sum(size for _, size in tasks) == files
    most = max(1, min(parallel.MOST_FILES_PER_TASK, files // (jobs * 4)))
    assert all(1 <= size <= most for _, size in tasks)
    meeting = files * (jobs - 1) / jobs
    near = [size for start, size in tasks if abs(start - meeting) < 8]
    assert near and set(near) == {1}
    if files >= 1000:
        assert tasks[0][1] == tasks[-2][1] == most  # far from it, as large as allowed (the last: what is left)


@pytest.mark.parametrize("jobs", [1, 2])
def test_progress_is_told_of_every_file_once_in_order(monkeypatch, small_jobs, jobs):
    from datetime import date

    from cvlint.engine import Options, analyse_files, discover_files
    from cvlint.registry import load_rules

    monkeypatch.chdir(ROOT)
    seen = []
    options = Options(jobs=jobs, progress=seen.append)
    files = discover_files(["samples"], options)
    analyse_files(files, [r for r in load_rules() if not r.opt_in], date(2026, 11, 22), options)
    assert seen == files
