"""Make cvlint/record_inits.py: each record's ``__init__`` written out as ``dataclasses`` would
generate it, so a run does not generate them (see ``model.record``).

    python scripts/make_record_inits.py

Run it after adding a record or changing a record's fields; tests/test_model.py fails until
then (a record whose shape has no ``__init__`` here still works: dataclasses makes it)."""

from __future__ import annotations

import pkgutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "cvlint" / "record_inits.py"


def maker(key: str, shape: tuple) -> list[str]:
    fields, frozen = shape
    defaults = [f"_dflt_{name}" for name, kind in fields if kind != "required"]
    params = []
    for name, kind in fields:
        params.append(name if kind == "required" else f"{name}=_FACTORY" if kind == "factory" else f"{name}=_dflt_{name}")
    lines = [f"def {_function_name(key)}({', '.join(defaults)}):", f"    def __init__(self, {', '.join(params)}):"]
    for name, kind in fields:
        value = f"_dflt_{name}() if {name} is _FACTORY else {name}" if kind == "factory" else name
        lines.append(f"        _set(self, {name!r}, {value})" if frozen else f"        self.{name} = {value}")
    if not fields:
        lines.append("        pass")
    lines.append("    return __init__")
    return lines


def _function_name(key: str) -> str:
    return "_" + key.replace(".", "_")


def main() -> None:
    import cvlint
    from cvlint import model

    for module in pkgutil.walk_packages(cvlint.__path__, "cvlint."):
        if not module.name.startswith("cvlint.programs"):
            __import__(module.name)
    out = ['"""Each record\'s ``__init__``, as ``dataclasses`` generates it (made by scripts/make_record_inits.py;',
           'see ``model.record``). A record\'s shape — its fields, how each gets its value, frozen or not —',
           'keys its maker: one whose shape changed is made by ``dataclasses`` until this file is made again."""',
           "", "# fmt: off", "", "_set = object.__setattr__", "", "",
           "class _Factory:", '    """A field with a default factory was not given (shown as dataclasses shows it)."""', "",
           "    def __repr__(self):", '        return "<factory>"', "", "", "_FACTORY = _Factory()", ""]
    records = sorted(key for key in model.RECORDS if key.startswith("cvlint."))
    for key in records:
        out += ["", *maker(key, model.RECORDS[key]), ""]
    out += ["", "MAKERS = {"]
    out += [f"    {key!r}: ({model.RECORDS[key]!r}, {_function_name(key)})," for key in records]
    out += ["}", ""]
    OUT.write_text("\n".join(out), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(records)} records")


if __name__ == "__main__":
    main()
