"""What a reader may read, inflate, expand or hold: one table, with the values the README's
"Limits and safety" section gives, changed by the ``[limits]`` table of the settings.

A CV is a few pages; each limit is far above any real one and far below what would stall a
run or fill the memory. Past a limit the file is reported (CV001, a read problem saying which
limit and its value) and what lies beyond is not read; nothing is silently dropped."""

from __future__ import annotations

from dataclasses import fields, replace

from .model import record

MiB = 1024 * 1024


@record(eq=True, frozen=True)
class Limits:
    """The limits of one run (each a setting of ``[limits]``)."""

    file_bytes: int = 5 * MiB  # a text, LaTeX, Markdown, BibTeX, JSON or YAML file
    pdf_bytes: int = 50 * MiB  # a PDF's images make it large; its text stays small
    pdf_inflated_bytes: int = 128 * MiB  # what a PDF's compressed streams (not its images) inflate to, together
    pdf_chars: int = 2_000_000  # characters read from one PDF; the pages past them are not read
    bibtex_string_chars: int = 10_000  # what one @string macro may expand to
    markup_line_chars: int = 20_000  # longer lines are read as plain text, their inline markup left as it is
    yaml_nodes: int = 200_000  # values in a YAML/JSON file once aliases are followed (a "billion laughs")
    run_bytes: int = 1024 * MiB  # bytes of all the files one run reads; the files past them are reported, not read


# the setting names, as the settings file spells them
SETTINGS = {f.name.replace("_", "-"): f.name for f in fields(Limits)}

_active = Limits()


def current() -> Limits:
    return _active


def configure(**values: int) -> Limits:
    """Set the limits for this run (from the settings); names as in ``Limits``."""
    global _active
    _active = replace(Limits(), **values)
    return _active


def show_bytes(count: float) -> str:
    """``5 MiB``, ``1.2 MiB``, ``1,000 bytes``: a size as a limit's message gives it."""
    if count < MiB:
        return f"{int(count):,} bytes"
    return f"{count / MiB:.1f}".removesuffix(".0") + " MiB"
