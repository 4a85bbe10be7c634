"""Which kind of section a heading opens ("Selected Publications" -> publications).

Looked up word by word rather than with one big regular expression: compiling that cost
more start-up time than reading a whole CV."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from .. import regex
from ..names import fold

# kind -> the headings that name it, lower case without accents (headings are folded the same
# way: "Expériences professionnelles" is read as "experiences professionnelles"); checked in order.
# English, then French, Spanish, Portuguese, Italian and German.
_SECTION_PHRASES = {
    "education": "education|academic background|educational background|degree|degrees|qualifications|studies|schooling"
                 "|training|formation|formations|diplomes|diplome|etudes|parcours academique|cursus|scolarite"
                 "|formacion|formacion academica|educacion|estudios|formacao|formacao academica|educacao|istruzione"
                 "|formazione|ausbildung|studium|bildung|bildungsweg",
    "experience": "experience|experiences|employment|employment history|work|work history|professional activity"
                  "|professional activities|professional history|positions|positions held|appointments|internship"
                  "|internships|career|jobs|research positions|industry|parcours professionnel|parcours|emplois|stages"
                  "|stage|experiencia|experiencias|experiencia laboral|experiencia profesional|trayectoria"
                  "|experiencia profissional|experiencias profissionais|esperienza|esperienze|esperienza lavorativa"
                  "|esperienze professionali|berufserfahrung|berufliche erfahrung|beruflicher werdegang|werdegang"
                  "|praktika|praktikum",
    "publications": "publication|publications|papers|preprints|manuscripts|journal articles|conference papers"
                    "|conference proceedings|works in progress|working papers|research output|bibliography"
                    "|selected works|peer-reviewed|peer reviewed|patents|publicaciones|publicacoes|pubblicazioni"
                    "|veroffentlichungen|publikationen|articles",
    "projects": "projects|research projects|personal projects|selected projects|projets|proyectos|otros proyectos"
                "|projetos|progetti|projekte",
    "awards": "award|awards|honor|honors|honour|honours|scholarship|scholarships|fellowship|fellowships|grant|grants"
              "|grants & funding|grants and funding|grant & funding|grant and funding|funding|prizes|achievements"
              "|distinctions|prix|recompenses|bourses|premios|becas|premios y becas|premi|riconoscimenti"
              "|auszeichnungen|preise|stipendien",
    "teaching": "teaching|mentoring|supervision|teaching assistantship|teaching assistantships|enseignement|docencia"
                "|ensino|insegnamento|didattica|lehre|lehrtatigkeit",
    "talks": "talks|presentations|invited talks|conference talks|seminars|communications|conferences|ponencias"
             "|vortrage",
    "service": "service|professional service|academic service|reviewing|activities|extracurricular activities"
               "|leadership|volunteer|volunteering|outreach|memberships|engagements|benevolat|associations|actividades"
               "|voluntariado|ehrenamt",
    "skills": "skills|technical skills|expertise|skills & expertise|languages|programming languages|technologies|tools|competencies|competences"
              "|competences techniques|langues|outils|logiciels|informatique|habilidades|idiomas|conocimientos"
              "|competencias|competencias tecnicas|lingue|competenze|kenntnisse|sprachen|fahigkeiten",
    "certifications": "certifications|certification|certificates|licenses|licenses & certifications|licences"
                      "|certifications & licenses|courses|online courses|zertifikate",
    "hobbies": "hobbies|passions|centres d'interet|centres dinteret|loisirs|interets|aficiones|intereses|hobbys"
               "|interessen|freizeit|personal interests",
    "research": "research interest|research interests|interests|research|research statement|summary|profile|about"
                "|about me|objective|profil|a propos|presentation|resume|perfil|sobre mi|profilo|uber mich|kurzprofil",
    "contact": "contact|contact information|contact details|personal information|personal details|personal data"
               "|coordonnees|informations personnelles|datos personales|contacto|dados pessoais|contatti"
               "|personliche daten|kontakt",
    "references": "references|referees|referencias|referenze|referenzen",
    "appendix": "transcript|transcripts|academic transcript|grade report|grade reports|academic record"
                "|academic records|appendix|attachment|attachments|annexe|anexo|anhang",
}
# words that may come before a section word: "Selected Publications", "Awards and Honors"
_QUALIFIERS = set("selected academic professional research industry industrial work relevant other recent additional "
                  "key technical honor honors teaching invited journal conference peer-reviewed refereed current "
                  "previous and & , autres principales principaux otras otros altre weitere".split())
_JOINERS = {"and", "&", "/", "et", "y", "e", "und"}
# words that may follow one: "Work Experience", "Expériences professionnelles"
_TAILS = {"experience", "history", "background", "professionnelle", "professionnelles", "professionnel",
          "professionnels", "academique", "academiques", "universitaire", "universitaires", "profesional",
          "profesionales", "academica", "academicas", "profissional", "profissionais", "professionale",
          "professionali", "laboral", "laborales"}
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
    tokens = tuple(fold(cleaned).replace("’", "'").split())
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
