"""Readers: a path in, a Document out. A reader never raises on bad input; it attaches a
ReadProblem to the Document instead, and the problem becomes a finding."""

from __future__ import annotations

import os
import re
import stat
from typing import Iterator, Optional

from .. import patterns
from ..document import Document, ReadProblem, line_and_column, line_starts
from .decode import decode

# Extensions read when a folder is walked. Files named explicitly are sniffed instead.
TEXT_EXTENSIONS = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".text": "text"}
DATA_EXTENSIONS = {".tex": "latex", ".xtx": "latex", ".bib": "bibtex", ".pdf": "pdf",
                   ".json": "jsonresume", ".yaml": "rendercv", ".yml": "rendercv"}
# format -> (module, function) of its reader, imported only when such a file is read
_DATA_READERS = {"jsonresume": (".resume", "read_json_resume"), "rendercv": (".resume", "read_rendercv"),
                 "bibtex": (".bibtex", "read_bibtex"), "latex": (".latex", "read_latex")}
_RENDERCV_ROOT = patterns.compile(rb"^cv:\s*$", re.M)
_ALFOLIO_ROOT = patterns.compile(rb"^- title:[^\n]*\n\s+type: *(?:map|time_table|list|nested_list)\b", re.M)  # al-folio's _data/cv.yml
_FRONT_MATTER_END = patterns.compile(r"^---\s*$", re.M)
SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", "_site", ".venv", "venv", "__pycache__",
             "vendor", ".bundle", ".jekyll-cache", ".sass-cache", ".tox", ".pytest_cache"}

_MARKDOWN_SIGNS = [
    patterns.compile(r"^#{1,6} \S", re.M),
    patterns.compile(r"^\S.*\n(=+|-+)\s*$", re.M),
    patterns.compile(r"\*\*[^*\n]+\*\*"),
    patterns.compile(r"\[[^\]\n]+\]\([^)\n]+\)"),
    patterns.compile(r"^\s*[*+-] \S", re.M),
]


# files a folder walk found but will not read, and why (a link out of the folder): read_path
# reports them as unreadable instead of reading them
_REFUSED: dict[str, str] = {}


def discover(paths: list[str], follow_links: bool = False) -> list[str]:
    """Expand folders into the CV files they hold; keep files as named. Sorted, no duplicates.
    Unless ``follow_links``, a walk follows no link out of the folder it walks (a pull request
    could link a CV to the runner's files): such a file is listed, and reported as not read."""
    found: list[str] = []
    for given in paths:
        if os.path.isdir(given):
            top = os.path.realpath(given)
            for root, dirs, files in os.walk(given, onerror=lambda error: _refuse_folder(error, found)):
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
                for name in sorted(files):
                    path = os.path.join(root, name)
                    if not follow_links and os.path.islink(path) and not _inside(os.path.realpath(path), top):
                        # not even opened to look at: listed by its name alone, and reported unread
                        if _is_cv_name(path):
                            _REFUSED[os.path.normpath(path)] = "a link to a file outside the folder being checked; not read"
                            found.append(path)
                        continue
                    if _is_cv_file(path):
                        found.append(path)
        else:
            found.append(given)
    seen: set[str] = set()
    unique = []
    for path in found:
        norm = os.path.normpath(path)
        if norm not in seen:
            seen.add(norm)
            unique.append(norm)
    return unique


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _refuse_folder(error: OSError, found: list[str]) -> None:
    """A sub-folder that cannot be listed: reported as a file that cannot be read."""
    if error.filename:
        path = os.path.normpath(error.filename)
        _REFUSED[path] = f"a folder that cannot be read: {error.strerror or error}"
        found.append(path)


def _is_cv_name(path: str) -> bool:
    """A CV by its name alone: a text or data extension (README and friends aside)."""
    name = os.path.basename(path).lower()
    suffix = os.path.splitext(name)[1]
    if suffix in TEXT_EXTENSIONS:
        return name not in ("readme.md", "license.md", "changelog.md", "readme.txt", "license.txt", "requirements.txt")
    return suffix in DATA_EXTENSIONS


def _is_cv_file(path: str) -> bool:
    """Worth reading when a folder is walked? JSON and YAML only if they look like a JSON
    Resume or a RenderCV file (a repo holds package.json and _config.yml too)."""
    name = os.path.basename(path).lower()
    suffix = os.path.splitext(name)[1]
    if suffix in TEXT_EXTENSIONS:
        return name not in ("readme.md", "license.md", "changelog.md", "readme.txt", "license.txt", "requirements.txt")
    kind = DATA_EXTENSIONS.get(suffix)
    if kind in ("jsonresume", "rendercv"):
        if not os.path.isfile(path):
            return True  # a pipe is not opened to look (it would wait): it is listed, and reported unread
        try:
            with open(path, "rb") as handle:
                head = handle.read(65536)
        except OSError:
            return True  # named in the walk but unreadable: report it
        if kind == "jsonresume":
            return b'"basics"' in head or (b'"work"' in head and b'"education"' in head)
        return bool(_RENDERCV_ROOT.search(head) or _ALFOLIO_ROOT.search(head))
    return kind is not None


def sniff_format(path: str, text: str) -> str:
    suffix = os.path.splitext(path)[1].lower()
    if TEXT_EXTENSIONS.get(suffix) == "markdown":
        return "markdown"
    if text.startswith("---\n") and _FRONT_MATTER_END.search(text[4:]):
        return "markdown"  # front matter: a Jekyll page, whatever its name
    head = text[:20000]
    signs = sum(1 for sign in _MARKDOWN_SIGNS if sign.search(head))
    return "markdown" if signs >= 2 else "text"


# <!-- cvlint: disable-next-line CV101 -->, % cvlint: disable-line CV101, # cvlint: disable-file
_DIRECTIVE = patterns.compile(r"(?:<!--|%|#|//)[ \t]*cvlint:[ \t]*(disable-next-line|disable-line|disable-file)\b([^\n]*?)[ \t]*(?:-->|$)", re.M)
_REASON = patterns.compile(r"\s(?:--|—)\s")  # "CV101 -- why": what follows is the reason, no rule
_RULE_SEPARATOR = patterns.compile(r"[\s,]+")


def _directives(document: Document) -> None:
    """The suppression comments of a text file, wherever its format allows a comment."""
    if "cvlint:" not in document.text:
        return
    starts = line_starts(document.text)
    for m in _DIRECTIVE.finditer(document.text):
        row, col = line_and_column(starts, m.start())
        named = _REASON.split(m.group(2) + " ", maxsplit=1)[0]
        rules = [r for r in _RULE_SEPARATOR.split(named) if r]
        document.directives.append((m.group(1)[len("disable-"):], rules, row, col, col + len(m.group())))


def read_revision(path: str, revision: str, data: bytes) -> Document:
    """A file as committed at ``revision`` (a commit's short name, a branch): read as its own
    name says (``cv.tex`` is LaTeX; ``cv.tex@abc1234`` would name no format), and named
    ``cv.tex@abc1234`` in what is found in it."""
    document = read_bytes(path, data)
    document.path = f"{path}@{revision}"
    return document


def read_bytes(path: str, data: bytes) -> Document:
    if data[:5] == b"%PDF-" or (os.path.splitext(path)[1].lower() == ".pdf" and data):
        from .pdf import read_pdf

        document = Document(path=path, format="pdf", encoding="pdf")
        if data[:5] != b"%PDF-":
            document.problems.append(ReadProblem("malformed", "named .pdf but is not a PDF file"))
            return document
        read_pdf(document, data)
        return document
    text, encoding, problems = decode(data)
    document = Document(path=path, format="text", encoding=encoding, problems=problems)
    if text is None:
        return document
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    document.text = text
    _directives(document)  # before a reader blanks comments (LaTeX)
    kind = DATA_EXTENSIONS.get(os.path.splitext(path)[1].lower())
    if kind is None and text.lstrip().startswith("{") and '"basics"' in text[:65536]:
        kind = "jsonresume"  # a JSON Resume under another name
    if kind in _DATA_READERS:
        from importlib import import_module

        module, function = _DATA_READERS[kind]
        document.format = kind
        getattr(import_module(module, __name__), function)(document)
        return document
    document.format = sniff_format(path, text)
    raw_lines = text.split("\n")
    if raw_lines and raw_lines[-1] == "":
        raw_lines.pop()
    if document.format == "markdown":
        from .markdown import read_markdown

        read_markdown(document, raw_lines)
        if document.meta:  # a Jekyll page: the site's _config.yml names its owner
            from .collection import is_collection_item, read_collection_item, site_owner

            owner = site_owner(os.path.dirname(os.path.abspath(path)))
            if owner:
                document.meta["owner"] = owner
            if is_collection_item(path, document.meta):
                read_collection_item(document)
    else:
        from .text import read_text

        read_text(document, raw_lines)
    return document


def read_paths(paths: list[str]) -> Iterator[Document]:
    """The files in order, each read as ``read_path`` reads it, until together they pass the
    run's byte limit: the files after it are reported, not read (a folder of thousands of
    large files would otherwise fill the memory with their text)."""
    for path, refusal in zip(paths, refusals(paths)):
        yield refusal or read_path(path)


def refusals(paths: list[str]) -> list[Optional[Document]]:
    """For each path, the document that reports it not read — refused by the walk, or past the
    run's byte limit — or None where it is to be read. Decided before any file is read, so
    files read in parallel are refused exactly as files read one by one."""
    from .. import limits

    budget, spent, out = limits.current().run_bytes, 0, []
    for path in paths:
        refused = _REFUSED.get(os.path.normpath(path))
        if refused:
            out.append(Document(path=path, format="unknown", problems=[ReadProblem("unreadable", refused)]))
            continue
        try:
            size = os.stat(path).st_size
        except OSError:
            size = 0  # read_path says why
        if spent and spent + size > budget:
            out.append(Document(path=path, format="unknown", problems=[ReadProblem(
                "too-large", f"not read: the files before it came to {limits.show_bytes(spent)} and this one would pass "
                             f"{limits.show_bytes(budget)} (limits.run-bytes)")]))
            continue
        spent += size
        out.append(None)
    return out


def read_path(path: str) -> Document:
    from .. import limits

    pdf = os.path.splitext(path)[1].lower() == ".pdf"
    limit = limits.current().pdf_bytes if pdf else limits.current().file_bytes
    refused = _REFUSED.get(os.path.normpath(path))
    if refused:
        return Document(path=path, format="unknown", problems=[ReadProblem("unreadable", refused)])
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):  # a pipe, a socket, a device: reading could wait for ever
            return Document(path=path, format="unknown", problems=[ReadProblem("unreadable", "not a regular file; not read")])
        with open(path, "rb") as handle:
            # as much as the file holds, up to the limit and one byte past it (read(limit + 1)
            # alone makes a buffer of the whole limit, 5 MiB, for every file)
            want = min(os.fstat(handle.fileno()).st_size, limit) + 1
            data = handle.read(want)
            if len(data) == want and want <= limit:  # the file grew since it was measured
                data += handle.read(limit + 1 - want)
    except IsADirectoryError:
        return Document(path=path, format="unknown", problems=[ReadProblem("unreadable", "is a directory")])
    except FileNotFoundError:
        return Document(path=path, format="unknown", problems=[ReadProblem("unreadable", "no such file")])
    except OSError as error:
        return Document(path=path, format="unknown", problems=[ReadProblem("unreadable", error.strerror or str(error))])
    if len(data) > limit:
        size = os.path.getsize(path) if os.path.exists(path) else len(data)
        return Document(path=path, format="unknown", problems=[ReadProblem(
            "too-large", f"file is {limits.show_bytes(size)}; cvlint reads {'PDFs' if pdf else 'files'} up to {limits.show_bytes(limit)} "
            f"(limits.{'pdf' if pdf else 'file'}-bytes)")])
    return read_bytes(path, data)

