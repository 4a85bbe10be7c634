from __future__ import annotations

from datetime import date
from pathlib import Path

from cvlint.engine import check_paths

AS_OF = date(2026, 11, 22)

def write_files(root: Path, files: dict[str, str], encodings: dict[str, str] | None = None) -> list[str]:
    paths = []
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if name.endswith(".pdf"):
            from .pdfgen import drawn_pdf, make_pdf

            if text.startswith("%operators\n"):  # one page drawn by the PDF operators that follow
                path.write_bytes(drawn_pdf(text[len("%operators\n"):].encode("latin-1")))
            else:  # a PDF fixture written as its text: pages split by form feeds
                path.write_bytes(make_pdf([page.strip("\n").split("\n") for page in text.split("\f")]))
            paths.append(str(path))
            continue
        path.write_bytes(text.encode((encodings or {}).get(name, "utf-8")))
        paths.append(str(path))
    return paths

def run(paths, rules, as_of=AS_OF, groups=()):
    return check_paths(paths, rules, as_of, list(groups))


def git(repo: Path, *args: str) -> str:
    import subprocess

    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout


def scratch_repo(folder: Path) -> Path:
    """An empty git repository with an author set, for tests that commit."""
    folder.mkdir(parents=True, exist_ok=True)
    git(folder, "init", "-q")
    git(folder, "config", "user.email", "test@example.org")
    git(folder, "config", "user.name", "test")
    return folder


def rule_file(check: str = "date-range-order", message: str = "A message.", params: str = "", code: str = "MY901",
              name: str = "my-rule") -> str:
    """A user's rule file (TOML) for tests of the catalogue's checks on rule files."""
    return (f'code = "{code}"\nname = "{name}"\ncategory = "dates"\nseverity = "warning"\ncheck = "{check}"\n'
            f'summary = "A summary."\nmessage = "{message}"\n{params}\n[docs]\nwhat = "w"\nwhy = "y"\nbad = "b"\ngood = "g"\n')
