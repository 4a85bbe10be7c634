"""``cvlint compare`` drawn: a terminal table that fits the terminal's width (versions split
over several tables rather than squeezed: a cell wraps between words, never inside one), a
Markdown table, or JSON (its JSON Schema: ``cvlint schema compare``)."""

from __future__ import annotations

import json
from dataclasses import asdict

from ..finding import shown
from .. import __version__
from ..compare import FACTS, Cell, Person
from ..model import ordinal
from .json import finding_dict

CHANGED = "*"  # marks a fact a version states differently from the one before it
ABSENT = "—"
ENTRY_WIDTH = 28  # the entry column
MIN_VERSION_WIDTH = 19  # a version column: room for "09/2023 – Present" and "submitted · EuroSys" on one line


def cell_lines(cell: Cell | None) -> list[tuple[str, bool]]:
    """A cell's lines, each with whether its fact changed."""
    if cell is None:
        return [(ABSENT, False)]
    lines = []
    for fact in FACTS:
        value = getattr(cell, fact)
        if fact == "venue" and cell.status:
            continue  # said with the status: "submitted · FAST 2025"
        if fact == "status" and value:
            value = f"{value} · {cell.venue}" if cell.venue else value
            changed = "status" in cell.changed or "venue" in cell.changed
        else:
            changed = fact in cell.changed
        if fact == "authorship" and value:
            value = _authorship(value)
        if fact == "place" and value:
            value = f"listed {value}"
        if value:
            lines.append((shown(value), changed))
    return lines or [("listed", False)]


def _authorship(value: str) -> str:
    """``joint-first@2`` as a reader says it."""
    if value.startswith("joint-first@"):
        return f"joint first ({ordinal(int(value.split('@')[1]))} place)"
    return value.replace("-", " ") + " author"


def version_header(person: Person, index: int) -> str:
    """A column's name: the version's number, and when it was written."""
    version = person.versions[index]
    return f"v{index + 1}" + (f" {version.written}" if version.written else "")


def version_list(person: Person) -> list[str]:
    """The versions by number, each with its file: the key to the table's columns."""
    return [f"v{i + 1}  {shown(v.path)}" + (f"  (written {v.written})" if v.written else "  (undated)")
            for i, v in enumerate(person.versions)]


def render_text(people: list[Person], stream, width: int, color: bool) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=stream, width=width, color_system="auto" if color else None, highlight=False,
                      force_terminal=color, no_color=not color, soft_wrap=False)
    if not people:
        console.print("No person with two or more versions among these files.")
        return
    per_table = max(1, (width - ENTRY_WIDTH - 4) // (MIN_VERSION_WIDTH + 3))
    for person in people:
        console.print(Text(f"{shown(person.name) or 'One person'}: {len(person.versions)} versions, oldest first", style="bold"))
        for line in version_list(person):
            console.print(Text(line))
        for first in range(0, len(person.versions), per_table):
            shown_versions = range(first, min(first + per_table, len(person.versions)))
            table = Table(show_lines=True, expand=False)
            table.add_column("entry", width=ENTRY_WIDTH, overflow="fold")
            for index in shown_versions:
                table.add_column(version_header(person, index), min_width=MIN_VERSION_WIDTH, overflow="fold")
            for row in person.rows:
                entry = Text(f"{row.section}: {shown(row.title)}")
                if row.change != "same":
                    entry.append(f"\n({row.change})", style="yellow" if row.change == "changed" else "cyan")
                cells = []
                for index in shown_versions:
                    text = Text()
                    for k, (line, changed) in enumerate(cell_lines(row.cells[index])):
                        if k:
                            text.append("\n")
                        text.append(f"{CHANGED} {line}" if changed else line, style="bold yellow" if changed else "")
                    cells.append(text)
                table.add_row(entry, *cells)
            console.print(table)
        console.print(f"{CHANGED} said otherwise than in the version before that lists the entry; {ABSENT} not listed")
        _findings_text(person, console)


def _findings_text(person: Person, console) -> None:
    from rich.text import Text

    if not person.findings:
        console.print("No findings about this person.\n")
        return
    console.print(Text(f"Findings about this person ({len(person.findings)}):", style="bold"))
    for finding in person.findings:
        s = finding.span
        console.print(Text(f"  {shown(s.path)}:{s.line}:{s.column}  {finding.severity}  {finding.code} "
                           f"{finding.name}  {shown(finding.message)}"))
    console.print()


def _markdown_cell(cell: Cell | None) -> str:
    lines = [f"**{line}**" if changed else line for line, changed in cell_lines(cell)]
    return "<br>".join(line.replace("|", "\\|") for line in lines)


def render_markdown(people: list[Person], stream) -> None:
    if not people:
        stream.write("No person with two or more versions among these files.\n")
        return
    for person in people:
        stream.write(f"## {shown(person.name) or 'One person'}: {len(person.versions)} versions, oldest first\n\n")
        stream.write("".join(f"- {line.replace('  ', ' ', 1)}\n" for line in version_list(person)) + "\n")
        headers = ["entry"] + [version_header(person, i).replace("|", "\\|") for i in range(len(person.versions))]
        stream.write("| " + " | ".join(headers) + " |\n")
        stream.write("|" + "---|" * len(headers) + "\n")
        for row in person.rows:
            entry = f"{row.section}: {shown(row.title)}" + ("" if row.change == "same" else f" ({row.change})")
            stream.write("| " + " | ".join([entry.replace("|", "\\|")] + [_markdown_cell(c) for c in row.cells]) + " |\n")
        stream.write(f"\n**Bold**: said otherwise than in the version before that lists the entry; {ABSENT}: not listed.\n\n")
        if person.findings:
            stream.write("Findings about this person:\n\n")
            for finding in person.findings:
                s = finding.span
                stream.write(f"- `{shown(s.path)}:{s.line}` {finding.severity} {finding.code} {finding.name}: "
                             f"{shown(finding.message)}\n")
            stream.write("\n")


def as_json(people: list[Person]) -> dict:
    return {"version": __version__, "people": [
        {"name": shown(person.name),
         "versions": [asdict(v) | {"path": shown(v.path)} for v in person.versions],
         "rows": [{"section": row.section, "title": shown(row.title), "change": row.change,
                   "cells": [None if c is None else asdict(c) for c in row.cells]} for row in person.rows],
         "findings": [finding_dict(f) for f in person.findings]}
        for person in people]}


def render_json(people: list[Person], stream) -> None:
    json.dump(as_json(people), stream, indent=2, ensure_ascii=False)
    stream.write("\n")


def json_schema() -> dict:
    """The JSON Schema of ``cvlint compare --format json``."""
    cell = {"type": "object", "required": ["line", *FACTS, "changed"], "additionalProperties": False,
            "properties": {"line": {"type": "integer", "minimum": 1}, **{fact: {"type": "string"} for fact in FACTS},
                           "changed": {"type": "array", "items": {"enum": list(FACTS)}}}}
    related = {"type": "object", "required": ["path", "line", "column", "message"],
               "properties": {"path": {"type": "string"}, "line": {"type": "integer"}, "column": {"type": "integer"},
                              "message": {"type": "string"}, "page": {"type": "integer"}}}
    finding = {"type": "object", "required": ["code", "name", "category", "severity", "message", "path", "line", "column",
                                              "end_line", "end_column", "related"],
               "properties": {"code": {"type": "string", "pattern": "^CV[0-9]{3}$"}, "name": {"type": "string"},
                              "category": {"type": "string"}, "severity": {"enum": ["error", "warning", "info"]},
                              "message": {"type": "string"}, "path": {"type": "string"},
                              **{k: {"type": "integer"} for k in ("line", "column", "end_line", "end_column", "page")},
                              "related": {"type": "array", "items": related}, "fix": {"type": "object"}}}
    row = {"type": "object", "required": ["section", "title", "change", "cells"], "additionalProperties": False,
           "properties": {"section": {"type": "string"}, "title": {"type": "string"},
                          "change": {"enum": ["added", "dropped", "changed", "same"]},
                          "cells": {"type": "array", "items": {"oneOf": [{"type": "null"}, cell]}}}}
    version = {"type": "object", "required": ["path", "format", "written"], "additionalProperties": False,
               "properties": {"path": {"type": "string"}, "format": {"type": "string"},
                              "written": {"type": "string", "pattern": "^([0-9]{4}(-[0-9]{2})?)?$"}}}
    person = {"type": "object", "required": ["name", "versions", "rows", "findings"], "additionalProperties": False,
              "properties": {"name": {"type": "string"}, "versions": {"type": "array", "items": version, "minItems": 2},
                             "rows": {"type": "array", "items": row}, "findings": {"type": "array", "items": finding}}}
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "cvlint compare",
            "type": "object", "required": ["version", "people"], "additionalProperties": False,
            "properties": {"version": {"type": "string"}, "people": {"type": "array", "items": person}}}
