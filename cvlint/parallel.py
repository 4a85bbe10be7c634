"""``--jobs``: files read, extracted and checked alone in worker processes.

Only the work of one file is done in a worker — reading it, extracting its profile, the
checks that look at one version. Grouping, the checks across versions, suppressions and the
report stay in the main process, on the profiles in the files' order, so the output is the
same, byte for byte, whatever the number of jobs. A worker that dies (a crash in the PDF
library) ends the run with an internal error, never a hang."""

from __future__ import annotations

import sys
import threading
from dataclasses import asdict

from . import limits

# a worker costs about as much to start (and its results to send back) as checking this many
# files: fewer files than this a job are checked here
MIN_FILES_PER_JOB = 24
MOST_FILES_PER_TASK = 8  # files a task holds: few, so the tasks this process and the workers take even out
# how long this process's own work holds the interpreter before the threads that feed the
# workers their tasks and take their results may run (Python's default: 5 ms). Each task a
# worker finishes waits for those threads two or three times: at 5 ms, a worker stood idle
# ~0.25 s of a 2.5 s run of 1,000 files (measured); at 0.5 ms, ~0.17 s — what is left is its
# own pickling of the results
SWITCH_SECONDS = 0.0005

_state: tuple = ()


def worth(jobs: int, files: int) -> int:
    """The processes worth using for ``files`` files when ``jobs`` are allowed (1: none started)."""
    return max(1, min(jobs, files // MIN_FILES_PER_JOB))


def analyse(files: list[str], planned: list, analyse_one, rules: list, ctx, jobs: int, done=None) -> list:
    """``analyse_one(path, refusal, rules, ctx)`` (the engine's work on one file) for each file,
    in order; the files ``planned`` says are refused are reported here, the others read by this
    process and ``jobs - 1`` workers."""
    import multiprocessing  # here, not at the top: a run of a few files starts no worker and needs neither
    from concurrent.futures import ProcessPoolExecutor

    to_read = [path for path, refusal in zip(files, planned) if refusal is None]
    methods = multiprocessing.get_all_start_methods()
    # fork: the workers start with what this process has loaded (tables, rules), at no cost
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    tasks = [to_read[k:k + size] for k, size in _tasks(len(to_read), jobs)]
    # this process is one of the jobs: the workers take the tasks from the first, this process
    # takes them from the last (a task no worker has started is withdrawn and done here), until
    # they meet; so the work evens out however the files' sizes fall, and no result of this
    # process's share is pickled
    switch, hook = sys.getswitchinterval(), threading.excepthook
    sys.setswitchinterval(min(switch, SWITCH_SECONDS))
    if sys.version_info < (3, 12):
        threading.excepthook = _without_cancelled_future_error(hook)
    try:
        with ProcessPoolExecutor(jobs - 1, mp_context=context, initializer=_start,
                                 initargs=(analyse_one, rules, ctx, asdict(limits.current()))) as pool:
            sent = [pool.submit(_work, paths) for paths in tasks]
            here: dict[int, list] = {}
            for k in range(len(tasks) - 1, -1, -1):
                if not sent[k].cancel():
                    break  # a worker has it: every earlier task is taken too
                here[k] = [analyse_one(p, None, rules, ctx) for p in tasks[k]]
            results = []
            for k, paths in enumerate(tasks):
                results += here[k] if k in here else sent[k].result()
                for path in paths if done else ():
                    done(path)
    finally:  # (the pool's threads have ended: shutting it down waited for them)
        sys.setswitchinterval(switch)
        threading.excepthook = hook
    read = iter(results)
    return [analyse_one(path, refusal, rules, ctx) if refusal is not None else next(read)
            for path, refusal in zip(files, planned)]


def _without_cancelled_future_error(hook):
    """``hook`` but for one error of CPython 3.10 and 3.11 (3.12 ignores it): when a worker dies,
    the pool's thread gives each pending task the error, and raises on a task this process had
    withdrawn (cancelled); a thread's traceback was printed before cvlint's own internal error.
    (Withdrawn tasks are the last ones: every task a worker holds has its error first.)"""
    from concurrent.futures import InvalidStateError

    def quiet(args):
        if not isinstance(args.exc_value, InvalidStateError):
            hook(args)

    return quiet


def _tasks(files: int, jobs: int, most: int = MOST_FILES_PER_TASK, files_a_step: int = 8) -> list[tuple[int, int]]:
    """Where each task starts among ``files`` files, and how many it holds. The workers and this
    process meet near the file ``files * (jobs - 1) / jobs``; when they do, the tasks already
    handed to a worker (a running one and the one or two queued behind it) are waited for, so
    the tasks there hold one file, one more for each ``files_a_step`` files further away, up
    to ``most`` (and a quarter of a job's share at most: a small run still gets several)."""
    most = max(1, min(most, files // (jobs * 4)))
    meeting = files * (jobs - 1) / jobs
    found, start = [], 0
    while start < files:
        size = max(1, min(most, int(abs(start - meeting) // files_a_step) + 1, files - start))
        found.append((start, size))
        start += size
    return found


def _start(analyse_one, rules: list, ctx, limit_values: dict) -> None:
    global _state
    limits.configure(**limit_values)
    _state = (analyse_one, rules, ctx)


def _work(paths: list[str]) -> list:
    analyse_one, rules, ctx = _state
    return [analyse_one(path, None, rules, ctx) for path in paths]
