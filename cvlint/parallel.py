"""``--jobs``: files read, extracted and checked alone in worker processes.

Only the work of one file is done in a worker — reading it, extracting its profile, the
checks that look at one version. Grouping, the checks across versions, suppressions and the
report stay in the main process, on the profiles in the files' order, so the output is the
same, byte for byte, whatever the number of jobs. A worker that dies (a crash in the PDF
library) ends the run with an internal error, never a hang."""

from __future__ import annotations

from dataclasses import asdict

from . import limits

# a worker costs about as much to start (and its results to send back) as checking this many
# files: fewer files than this a job are checked here
MIN_FILES_PER_JOB = 24
MOST_FILES_PER_TASK = 32  # files a worker takes at once (fewer for small runs, so the workers share them out)

_state: tuple = ()


def worth(jobs: int, files: int) -> int:
    """The processes worth using for ``files`` files when ``jobs`` are allowed (1: none started)."""
    return max(1, min(jobs, files // MIN_FILES_PER_JOB))


def analyse(files: list[str], planned: list, rules: list, ctx, jobs: int) -> list:
    """``engine.analyse_one`` for each file, in order; the files ``planned`` says are refused
    are reported here, the others read by ``jobs`` workers."""
    import multiprocessing  # here, not at the top: a run of a few files starts no worker and needs neither
    from concurrent.futures import ProcessPoolExecutor

    from .engine import analyse_one

    to_read = [path for path, refusal in zip(files, planned) if refusal is None]
    methods = multiprocessing.get_all_start_methods()
    # fork: the workers start with what this process has loaded (tables, rules), at no cost
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    task = max(1, min(MOST_FILES_PER_TASK, len(to_read) // (jobs * 4)))
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_start,
                             initargs=(rules, ctx, asdict(limits.current()))) as pool:
        done = pool.map(_work, to_read, chunksize=task)
        return [analyse_one(path, refusal, rules, ctx) if refusal is not None else next(done)
                for path, refusal in zip(files, planned)]


def _start(rules: list, ctx, limit_values: dict) -> None:
    global _state
    limits.configure(**limit_values)
    _state = (rules, ctx)


def _work(path: str):
    from .engine import analyse_one

    rules, ctx = _state
    return analyse_one(path, None, rules, ctx)
