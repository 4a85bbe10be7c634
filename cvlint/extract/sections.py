"""Which kind of section a heading opens ("Selected Publications" -> publications).

Looked up word by word rather than with one big regular expression: compiling that cost
more start-up time than reading a whole CV."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from .. import regex

# kind -> the headings that name it, lower case; checked in this order
_SECTION_PHRASES = {
    "education": "education|academic background|educational background|degree|degrees|qualifications|studies|schooling"
                 "|formación|formacion|formación académica|formación academica|formacion académica|formacion academica"
                 "|ausbildung|studium|training",
    "experience": "experience|experiences|employment|employment history|work|work history|professional activity"
                  "|professional activities|professional history|positions|positions held|appointments|internship"
                  "|internships|career|jobs|research positions|experiencia|experiencia laboral|experiencia profesional"
                  "|berufserfahrung|industry",
    "publications": "publication|publications|papers|preprints|manuscripts|journal articles|conference papers"
                    "|conference proceedings|works in progress|working papers|research output|bibliography"
                    "|selected works|peer-reviewed|peer reviewed|patents|publicaciones",
    "projects": "projects|research projects|personal projects|selected projects|proyectos|otros proyectos",
    "awards": "award|awards|honor|honors|honour|honours|scholarship|scholarships|fellowship|fellowships|grant|grants"
              "|grants & funding|grants and funding|grant & funding|grant and funding|funding|prizes|achievements"
              "|distinctions|premios",
    "teaching": "teaching|mentoring|supervision|teaching assistantship|teaching assistantships|docencia",
    "talks": "talks|presentations|invited talks|conference talks|seminars",
    "service": "service|professional service|academic service|reviewing|activities|extracurricular activities"
               "|leadership|volunteer|volunteering|outreach|memberships",
    "skills": "skills|technical skills|languages|programming languages|technologies|tools|competencies|habilidades|idiomas",
    "research": "research interest|research interests|interests|research|research statement|summary|profile|about"
                "|about me|objective",
    "contact": "contact|contact information|contact details|personal information|personal details|personal data"
               "|datos personales",
    "references": "references|referees",
    "appendix": "transcript|transcripts|academic transcript|grade report|grade reports|academic record"
                "|academic records|appendix|attachment|attachments",
}
# words that may come before a section word: "Selected Publications", "Awards and Honors"
_QUALIFIERS = set("selected academic professional research industry industrial work relevant other recent additional "
                  "key technical honor honors teaching invited journal conference peer-reviewed refereed current "
                  "previous and & ,".split())
_JOINERS = {"and", "&", "/"}
_TAILS = {"experience", "history", "background"}
_NOISE = regex.compile(r"[^\w\s&/'-]+|[\d_]+")  # numbers, marks and emoji: "1. Work:", "🎓 Education"


@lru_cache(maxsize=1)
def _phrases() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """First word -> (kind, words) of the phrases it starts, in kind order, longest first."""
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for kind, phrases in _SECTION_PHRASES.items():
        for words in sorted((tuple(p.split()) for p in phrases.split("|")), key=len, reverse=True):
            out.setdefault(words[0], []).append((kind, words))
    return out


def section_kind(text: str) -> Optional[str]:
    cleaned = _NOISE.sub(" ", text)
    if len(" ".join(cleaned.split())) > 60:
        return None
    tokens = tuple(cleaned.lower().split())
    if not tokens:
        return None
    # most leading qualifiers first, as the reading "Research | Projects" beats "Research Projects"
    leading = 0
    while leading < len(tokens) and tokens[leading] in _QUALIFIERS:
        leading += 1
    for start in range(min(leading, len(tokens) - 1), -1, -1):
        for kind, words in _phrases().get(tokens[start], ()):
            end = start + len(words)
            if tokens[start:end] == words and _rest_is_sections(tokens, end):
                return kind
    return None


def _rest_is_sections(tokens: tuple[str, ...], i: int) -> bool:
    """What follows a section word: nothing, a tail word, or "and" + another section."""
    if i == len(tokens) or (i == len(tokens) - 1 and tokens[i] in _TAILS):
        return True
    if tokens[i] not in _JOINERS:
        return False
    i += 1
    while True:
        if i < len(tokens) and any(tokens[i:i + len(words)] == words and _rest_is_sections(tokens, i + len(words))
                                   for _, words in _phrases().get(tokens[i], ())):
            return True
        if i < len(tokens) and tokens[i] in _QUALIFIERS:
            i += 1
            continue
        return False
