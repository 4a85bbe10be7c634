"""Text a source file typesets or renders so that its reader does not see it: LaTeX white on a
page with no coloured background, ``\\phantom`` of a phrase; HTML in a Markdown page styled
``display:none``, ``visibility:hidden``, ``font-size:0`` or white on no background.

Comments and ``\\iffalse`` blocks are not here: they are not typeset at all, and owners keep
old entries in them. ``\\tiny`` is not here either: small print, still read."""

from __future__ import annotations

import re

from .. import patterns
from ..document import HiddenText
from .tex import tex_to_text

_WHITE = r"(?:\{white\}|\[rgb\]\{\s*1\s*,\s*1\s*,\s*1\s*\}|\[RGB\]\{\s*255\s*,\s*255\s*,\s*255\s*\}|\[HTML\]\{(?i:ffffff)\})"
_LATEX_HIDING = patterns.compile(r"\\(?:(?P<textcolor>textcolor)\s*" + _WHITE + r"\s*(?=\{)|(?P<color>color)\s*" + _WHITE +
                              r"|(?P<phantom>h?phantom)\s*(?=\{))")
# a document that paints a background somewhere (a coloured box, a TikZ fill, a page colour):
# white text may stand on it, so white is not judged there
_PAINTS_BACKGROUND = patterns.compile(r"\\(?:colorbox|fcolorbox|pagecolor|tcbox|rowcolor|cellcolor|columncolor|tikz|"
                                   r"AddToShipoutPicture|begin\s*\{(?:tikzpicture|tcolorbox)\})|\bfill\s*=")
_BEGIN_DOCUMENT = patterns.compile(r"\\begin\s*\{document\}")
_WORD = patterns.compile(r"\w+")


def _closing(text: str, start: int, most: int = 2000, paragraph: bool = False) -> int | None:
    """Where the brace group ``start`` is in closes (its ``}``), or with ``paragraph`` a blank
    line before it; None if neither comes within ``most`` characters."""
    depth = 0
    for i in range(start, min(len(text), start + most)):
        if text[i - 1:i] == "\\":
            continue
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth < 0:
                return i
        elif paragraph and text[i] == "\n" and text[i + 1:i + 2] == "\n":
            return i
    return None


def _group(text: str, start: int) -> tuple[int, int] | None:
    """The span inside the brace group that opens at ``start``."""
    end = _closing(text, start + 1)
    return None if end is None else (start + 1, end)


def _rest_of_group(text: str, start: int, most: int = 2000) -> tuple[int, int]:
    """From ``start`` to where the group around it closes (``{\\color{white} … }``), or the
    paragraph ends."""
    end = _closing(text, start, most, paragraph=True)
    return start, min(len(text), start + most) if end is None else end


def latex_hidden(source: str, min_words: int = 3, most: int = 500) -> list[HiddenText]:
    """White text (where the document paints no background) and ``\\phantom`` phrases of at
    least ``min_words`` words, in the document's body (the preamble defines macros: a
    template's ``\\phantom{#1}`` is layout, not text). The first ``most`` such commands are
    judged: each costs a scan of its group, and a CV has a handful."""
    found: list[HiddenText] = []
    judge_white = not _PAINTS_BACKGROUND.search(source)
    begin = _BEGIN_DOCUMENT.search(source)
    for seen, m in enumerate(_LATEX_HIDING.finditer(source, begin.end() if begin else 0)):
        if seen >= most:
            break
        if m.group("phantom"):
            body = _group(source, m.end())
            how = f"\\{m.group('phantom')}"
        elif judge_white:
            body = _group(source, m.end()) if m.group("textcolor") else _rest_of_group(source, m.end())
            how = "white text"
        else:
            continue
        if body is None:
            continue
        raw = source[body[0]:body[1]]
        if "#" in raw:
            continue  # a macro's parameter: a definition's layout
        text = " ".join(tex_to_text(raw)[0].split())
        if len(_WORD.findall(text)) < min_words:
            continue
        found.append(HiddenText(text, how, source.count("\n", 0, m.start()) + 1))
    return found


_HTML_HIDING = patterns.compile(
    r"<(?P<tag>span|div|p|font|section)\b[^>\n]{0,300}?style\s*=\s*(?P<q>[\"'])(?P<style>[^\"'\n]{0,300})(?P=q)[^>\n]{0,300}>", re.I)
_HIDING_STYLE = patterns.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*(?:0(?:\.0+)?(?:px|pt|em|rem|%)?|[0-3](?:\.\d+)?(?:px|pt))\s*(?:;|$)|"
                              r"opacity\s*:\s*0(?:\.0+)?\s*(?:;|$)|(?<![-\w])color\s*:\s*(?:white|#fff(?:fff)?)\b", re.I)
_TAGS = patterns.compile(r"<[^>\n]{0,300}>")


def html_hidden(text: str, min_words: int = 3, most: int = 500) -> list[HiddenText]:
    """Elements of a Markdown page styled so they do not show, with at least ``min_words``
    words in them; white only where the element sets no background of its own. The first
    ``most`` are reported; lines are counted as the search goes (once through the text)."""
    found: list[HiddenText] = []
    line, counted = 1, 0
    for m in _HTML_HIDING.finditer(text):
        if len(found) >= most:
            break
        style = m.group("style")
        hiding = [h.group() for h in _HIDING_STYLE.finditer(style)
                  if not ("color" in h.group().lower() and "background" in style.lower())]  # white on its own background: a design
        if not hiding:
            continue
        close = text.find(f"</{m.group('tag')}", m.end(), m.end() + 2000)
        if close < 0:
            continue
        inner = " ".join(_TAGS.sub(" ", text[m.end():close]).split())
        if len(_WORD.findall(inner)) < min_words:
            continue
        line, counted = line + text.count("\n", counted, m.start()), m.start()
        how = "; ".join("".join(h.split()).rstrip(";") for h in hiding)
        found.append(HiddenText(inner, f"styled {how}", line))
    return found
