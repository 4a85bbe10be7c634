"""Reporters turn findings into output. Machine formats never import rich."""

from __future__ import annotations


FORMATS = ("text", "json", "concise", "github", "sarif", "junit", "html")


def render(fmt: str, result, stream, rules, color: bool = False) -> None:
    """Write the report in ``fmt``; only the text report may import rich, and only for colour."""
    if fmt == "text":
        from .text import render as text

        text(result, stream, color=color)
    elif fmt == "sarif":
        from .sarif import render as sarif

        sarif(result, stream, rules)
    else:
        from importlib import import_module

        import_module(f"{__name__}.{fmt}").render(result, stream)
