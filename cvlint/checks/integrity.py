"""Integrity: what a CV holds that its reader is not meant to see."""

from __future__ import annotations

from ..finding import Hit
from ..privacy import mask_phones
from . import check


@check("hidden-text", max_quote=80)
def hidden_text(profile, params, ctx):
    """Text the file holds but a reader of the page does not see — white on white, type a few
    points high, off the page, drawn invisibly or under a filled shape — with how it is hidden
    and the text (its first ``max_quote`` characters; phone numbers masked)."""
    most = params["max_quote"]
    for hidden in profile.hidden:
        text = " ".join(hidden.text.split())
        quote = text if len(text) <= most else text[:most - 1] + "…"
        yield Hit(hidden.span, {"text": mask_phones(quote), "how": hidden.how})
