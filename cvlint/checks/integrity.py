"""Integrity: what a CV holds that its reader is not meant to see."""

from __future__ import annotations

from ..finding import Hit
from ..model import Span
from ..privacy import mask_phones
from . import check


@check("hidden-text", max_quote=80)
def hidden_text(profile, params, ctx):
    """Text the file holds but a reader of the page does not see — white on white, type a few
    points high, off the page, drawn invisibly or under a filled shape — with how it is hidden
    and the text (its first ``max_quote`` characters; phone numbers masked)."""
    for hidden in profile.hidden:
        yield Hit(hidden.span, {"text": _quote(hidden.text, params["max_quote"]), "how": hidden.how})


@check("screener-instruction", max_quote=80)
def screener_instruction(profile, params, ctx):
    """Words addressed to software that screens CVs — an instruction to ignore its
    instructions, to rank the candidate first, or spoken to it as an AI — written as an
    instruction (where a sentence starts), in the CV's text or in its hidden text. One finding
    a line, quoting the words from the instruction on."""
    table = ctx.tables.screener
    for line in profile.lines:
        for kind, m in table.find(line.value):
            start = m.start("said")
            span = Span(line.span.path, line.span.line, start + 1, line.span.line, len(line.value) + 1, line.span.page)
            yield Hit(span, {"kind": kind, "text": _quote(line.value[start:], params["max_quote"]), "where": ""})
            break
    for hidden in profile.hidden:
        for kind, m in table.find(hidden.text):
            yield Hit(hidden.span, {"kind": kind, "text": _quote(hidden.text[m.start("said"):], params["max_quote"]),
                                    "where": f" in hidden text ({hidden.how})"})
            break


def _quote(text: str, most: int) -> str:
    text = mask_phones(" ".join(text.split()))
    return text if len(text) <= most else text[:most - 1] + "…"


@check("template-residue", max_quote=60)
def template_residue(profile, params, ctx):
    """Placeholder text a CV template ships with — lorem ipsum, "Your Name", "[Dates]",
    ``name@example.com``, ``555-0100``, a template's sample entries — left in the CV. One
    finding a line, at the first placeholder on it."""
    for line in profile.lines:
        lowered = line.value.lower()
        for residue in ctx.tables.residue:
            m = next(iter(residue.finditer(line.value, lowered)), None)
            if m:
                n = line.span.line
                span = Span(line.span.path, n, m.start() + 1, n, m.end() + 1, line.span.page)
                text = " ".join(m.group().split())  # a template's placeholder: nobody's contact details, shown as is
                yield Hit(span, {"what": residue.what, "text": text if len(text) <= params["max_quote"] else text[:params["max_quote"] - 1] + "…"})
                break
