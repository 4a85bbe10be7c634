"""The ``cvlint`` command: the console script and ``python -m cvlint``.

A run is short and keeps nearly everything it makes until it ends, so the garbage collector's
work is wasted: during start-up it walks every imported object again and again, and at exit it
walks them once more. Here collections are made rare and the one at exit skipped (frozen
objects are not examined): that was ~25 ms of a ~150 ms one-CV run. mypy tunes its collector
the same way. Only the command does this; importing cvlint as a library changes nothing."""

import atexit
import gc


def main() -> None:
    gc.set_threshold(100_000, 50, 50)
    atexit.register(gc.freeze)
    from .cli import main as run

    run()


if __name__ == "__main__":
    main()
