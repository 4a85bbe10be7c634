"""Writing what cvlint makes (a report, a baseline): whole or not at all, with the permissions
any new file gets (not the private 0600 of a temporary file), never over a file it reads."""

from __future__ import annotations

import os
from typing import Callable, TextIO


class OutputError(Exception):
    """Why a file cannot be written; the command shows it as a usage error."""


def write_atomically(path: str, write: Callable[[TextIO], None], prefix: str = ".cvlint-", mode: int | None = None,
                     binary: bool = False) -> None:
    """Write the file through ``write(stream)`` beside it, then rename it into place: with the
    permissions any new file gets, or ``mode`` (a fixed file keeps its own); ``binary`` for bytes."""
    import tempfile

    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise OutputError(f"{path}: the folder {folder} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=prefix)
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}") from None
    try:
        with (os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="\n")) as stream:
            write(stream)
        if mode is None:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as error:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise OutputError(f"cannot write {path}: {error.strerror or error}") from None
