"""Rewrite the reviewed role views of the extraction fixtures (tests/extraction/*.roles) after
a change to a heuristic. Review the diff before committing it: it is the change in how cvlint
reads each layout.

    python scripts/update_extraction_fixtures.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cvlint.extract import analyse  # noqa: E402
from cvlint.extract.explain import explain  # noqa: E402
from cvlint.readers import read_path  # noqa: E402


def main() -> None:
    for path in sorted((ROOT / "tests" / "extraction").iterdir()):
        if path.suffix in (".txt", ".md", ".tex"):
            view = explain(analyse(read_path(str(path))))
            target = path.with_name(path.name + ".roles")
            changed = not target.exists() or target.read_text(encoding="utf-8") != view
            target.write_text(view, encoding="utf-8")
            print(f"{'updated' if changed else 'same   '} {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
