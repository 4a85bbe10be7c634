"""The package's layers (issue #17): imports run one way, down this table, and never in a
circle. Read from the source (every import, at module level or inside a function), so the
layering cannot rot unseen. A module may import its own layer and the layers below it."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "cvlint"

# lowest first; a module belongs to the first entry that names it or a package holding it
LAYERS = [
    ("base", ["cvlint", "cvlint.patterns", "cvlint.cache", "cvlint.limits", "cvlint.rule_files", "cvlint.output",
              "cvlint.privacy", "cvlint.names", "cvlint.headings", "cvlint.programs", "cvlint.record_inits", "cvlint.model", "cvlint.document", "cvlint.finding", "cvlint.tables",
              "cvlint.git"]),
    ("readers", ["cvlint.readers"]),
    ("extract", ["cvlint.extract"]),
    ("group", ["cvlint.group", "cvlint.compare"]),
    ("checks", ["cvlint.checks", "cvlint.registry"]),
    ("filters", ["cvlint.filters"]),
    ("reporters", ["cvlint.reporters"]),
    # what runs the layers below for a command: the run itself, history, settings, fixes, the CLI
    ("commands", ["cvlint.engine", "cvlint.parallel", "cvlint.against", "cvlint.history", "cvlint.config",
                  "cvlint.fixes", "cvlint.cli", "cvlint.cli_support", "cvlint.commands", "cvlint.__main__"]),
]


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports() -> dict[str, set[str]]:
    """Each module of the package, and the package modules it imports."""
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
                for alias in node.names:  # "from . import contact" imports a module, not a name
                    found.add(f"{target}.{alias.name}" if f"{target}.{alias.name}" in modules else target)
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("cvlint"):
                found.add(node.module)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name.startswith("cvlint"))
        graph[name] = found - {name}
    return graph


def layer_of(module: str) -> int:
    for rank, (_, members) in enumerate(LAYERS):
        if any(module == m or module.startswith(m + ".") for m in members if m != "cvlint") or module == "cvlint":
            return rank
    raise AssertionError(f"{module} is in no layer of tests/test_layers.py: add it where it belongs")


def test_every_import_runs_down_the_layers():
    upward = sorted(f"{module} ({LAYERS[layer_of(module)][0]}) imports {target} ({LAYERS[layer_of(target)][0]})"
                    for module, targets in imports().items() for target in targets
                    if layer_of(target) > layer_of(module))
    assert upward == []


def test_no_import_circle():
    graph = imports()
    circles, state = [], {}

    def visit(module, path):
        state[module] = "open"
        for target in sorted(graph.get(module, ())):
            if state.get(target) == "open":
                circles.append(" -> ".join(path[path.index(target):] + [target]))
            elif target not in state:
                visit(target, path + [target])
        state[module] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert circles == []


def test_the_extraction_package_is_the_pipeline_in_order():
    source = (PACKAGE / "extract" / "__init__.py").read_text(encoding="utf-8")
    assert len(source.splitlines()) < 80


def test_each_rules_check_is_in_its_categorys_module():
    """checks/<category>.py holds the checks of rules/<category>/; shared.py those that rules of
    several categories use; a filter's check (suppression-unused) is in filters/."""
    from cvlint.checks import CHECKS
    from cvlint.registry import load_rules

    misplaced = []
    for rule in load_rules():
        where = CHECKS[rule.check].where.split(":")[0]
        users = {r.category for r in load_rules() if r.check == rule.check}
        expected = ("cvlint/filters/suppress.py",) if CHECKS[rule.check].scope == "filter" else \
            (f"cvlint/checks/{rule.category}.py",) if len(users) == 1 else ("cvlint/checks/shared.py",)
        if where not in expected:
            misplaced.append(f"{rule.code} {rule.check}: {where}, not {expected[0]}")
    assert misplaced == []
    assert (PACKAGE / "filters" / "suppress.py").is_file()


def test_explain_says_where_the_rules_check_is():
    import subprocess
    import sys

    shown = subprocess.run([sys.executable, "-m", "cvlint", "explain", "CV101"], capture_output=True, text=True).stdout
    line = next(line for line in shown.splitlines() if "Check:" in line)
    where = line.split("(")[-1].rstrip(")")
    path, number = where.split(":")
    source = (PACKAGE.parent / path).read_text(encoding="utf-8").splitlines()
    assert path == "cvlint/checks/dates.py" and source[int(number) - 1].startswith('@check("date-range-order"')


def test_every_package_is_installed():
    """pyproject.toml lists the packages ``pip install .`` ships: a new folder left out of it
    works from a checkout and fails once installed."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib

    listed = set(tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    folders = {module_name(p.parent / "__init__.py") for p in PACKAGE.rglob("__init__.py")}
    assert folders <= listed, sorted(folders - listed)
