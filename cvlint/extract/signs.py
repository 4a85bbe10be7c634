"""Is a file found by walking a folder a CV? A portfolio repo holds CONTRIBUTING.md, notes
and blog posts beside its CVs; a reader says what a file is made of, this says whether it is
worth checking, and why (the signs are kept: ``-v`` shows what was skipped)."""

from __future__ import annotations

import os
import re
from functools import lru_cache

from .. import patterns
from ..model import Profile
from ..names import fold
from ..rule_files import builtin_rules_dir, load_toml

# formats that are CV data by their own structure (sniffed by content when walked)
CV_FORMATS = ("jsonresume", "rendercv", "alfolio", "bibtex")


class Sign(str):
    """A sign that a file is a CV, as ``-v`` says it; ``conclusive`` when it settles the matter
    alone (a CV data format, a page of a site's CV collection)."""

    conclusive = False


class Conclusive(Sign):
    conclusive = True


class Against(Sign):
    """A sign that the file is something else (a research paper): it outweighs the others
    but a conclusive one."""


# a heading line: its markup, and a section number or none ("## 1 Introduction", "IV. Discussion",
# "**A. Related Work**")
_NUMBERED_HEADING = patterns.compile(r"^[\s#*_>]*(?:[\dIVX]+(?:\.\d+)*\.?|[A-H]\.)?\s*(.+?)[\s*_.:]*$")


@lru_cache(maxsize=1)
def _paper_headings() -> frozenset[str]:
    data = load_toml(os.path.join(builtin_rules_dir(), "data", "sections.toml"))
    return frozenset(data["paper"]["headings"])


def paper_sections(profile: Profile, longest: int = 40) -> list[str]:
    """The headings of a research paper among the file's lines (``rules/data/sections.toml``),
    each once, in order."""
    headings, found = _paper_headings(), []
    for line in profile.lines:
        text = line.value
        if len(text) > longest or not text.strip():
            continue
        m = _NUMBERED_HEADING.match(text)
        name = fold(m.group(1)) if m else ""
        if name in headings and name not in found:
            found.append(name)
    return found


def cv_signs(profile: Profile, head_lines: int = 12, min_dated_entries: int = 2,
             any_document: tuple[str, ...] = ("other", "contact"), min_paper_sections: int = 2) -> list[Sign]:
    """The signs that ``profile`` is a CV, each a few words. A CV data format or a page of a
    site's CV collection settles it; the others count one each (see ``looks_like_cv``): a name
    at the top (any document's title can read as a name); an e-mail address or a phone number
    at the top (where a CV gives them); each kind of CV section (education, publications…; not
    the kinds ``any_document`` has, such as "Contact"); ``min_dated_entries`` entries with dates
    in such sections (a licence's copyright years are not a CV's). And against: the headings
    of a research paper, ``min_paper_sections`` of them (see ``paper_sections``), or a PDF's
    pages set wider than tall (slides, a poster)."""
    signs: list[Sign] = []
    if profile.source.format in CV_FORMATS:
        signs.append(Conclusive(f"a {profile.source.format} file"))
    if profile.source.collection:
        signs.append(Conclusive(f"a page of the site's {profile.source.collection}"))
    if any(name.span.line <= head_lines for name in profile.person.names):
        signs.append(Sign("a name at the top"))
    if any(item.span.line <= head_lines for item in (*profile.person.emails, *profile.person.phones)):
        signs.append(Sign("contact details at the top"))
    signs += [Sign(f"a section of {kind}") for kind in sorted({s.kind for s in profile.sections} - set(any_document))]
    if sum(1 for entry in profile.entries if entry.dates and entry.section not in any_document) >= min_dated_entries:
        signs.append(Sign("dated entries"))
    paper = paper_sections(profile)
    if len(paper) >= min_paper_sections:
        signs.append(Against(f"but a paper's sections ({', '.join(paper)})"))
    if profile.source.shape == "landscape":
        signs.append(Against("but its pages are wider than tall (slides, a poster)"))
    return signs


# a file's name that says it is a CV: cv.pdf, Mei_Tanaka_CV.pdf, resume-2024.pdf, Lebenslauf.pdf
_CV_NAME = patterns.compile(r"(?:^|[^a-z])(?:cv|resume|résumé|vita|vitae|curriculum|lebenslauf)(?:[^a-z]|$)", re.I)


def named_as_cv(path: str) -> bool:
    return bool(_CV_NAME.search(os.path.basename(path)))


def looks_like_cv(signs: list[Sign], min_signs: int = 2) -> bool:
    """A conclusive sign, or at least ``min_signs`` signs and none against."""
    if any(sign.conclusive for sign in signs):
        return True
    return not any(isinstance(sign, Against) for sign in signs) and len(signs) >= min_signs
