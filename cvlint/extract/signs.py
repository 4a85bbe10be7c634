"""Is a file found by walking a folder a CV? A portfolio repo holds CONTRIBUTING.md, notes
and blog posts beside its CVs; a reader says what a file is made of, this says whether it is
worth checking, and why (the signs are kept: ``-v`` shows what was skipped)."""

from __future__ import annotations

from ..model import Profile

# formats that are CV data by their own structure (sniffed by content when walked)
CV_FORMATS = ("jsonresume", "rendercv", "bibtex")


def cv_signs(profile: Profile, head_lines: int = 12, min_dated_entries: int = 2,
             any_document: tuple[str, ...] = ("other", "contact")) -> list[str]:
    """The signs that ``profile`` is a CV, each a few words. A CV data format or a page of a
    site's CV collection is one by itself; the others count one each (see ``looks_like_cv``):
    a name at the top (any document's title can read as a name); an e-mail address or a phone
    number at the top (where a CV gives them); each kind of CV section (education,
    publications…; not the kinds ``any_document`` has, such as "Contact"); ``min_dated_entries``
    entries with dates in such sections (a licence's copyright years are not a CV's)."""
    signs = []
    if profile.source.format in CV_FORMATS:
        signs.append(f"a {profile.source.format} file")
    if profile.source.collection:
        signs.append(f"a page of the site's {profile.source.collection}")
    if any(name.span.line <= head_lines for name in profile.person.names):
        signs.append("a name at the top")
    if any(item.span.line <= head_lines for item in (*profile.person.emails, *profile.person.phones)):
        signs.append("contact details at the top")
    signs += [f"a section of {kind}" for kind in sorted({s.kind for s in profile.sections} - set(any_document))]
    if sum(1 for entry in profile.entries if entry.dates and entry.section not in any_document) >= min_dated_entries:
        signs.append("dated entries")
    return signs


def looks_like_cv(signs: list[str], min_signs: int = 2) -> bool:
    """A CV data format or collection page, or at least ``min_signs`` signs of a CV."""
    return len(signs) >= min_signs or any(s.startswith(("a page of", *(f"a {f} file" for f in CV_FORMATS))) for s in signs)
