"""Words that say what a part of an entry header names: a role (``Research Assistant``,
``M.S.``) or an organisation (``University``, ``Inc.``). Shared by the layout stage (a role is
no section label) and the fields stage.

Looked up word by word in sets, not with one large regular expression: building that
expression cost more start-up time than reading a CV."""

from __future__ import annotations

from .. import regex

_TOKEN = regex.compile(r"[^\W_][\w.'’-]*")

ROLE_WORDS = frozenset("""
engineer developer intern internship researcher scientist assistant associate professor lecturer fellow
postdoc postdoctoral manager lead director consultant analyst student candidate founder co-founder head chair
member officer designer architect programmer contributor tutor instructor advisor mentor freelancer specialist
president phd msc bsc ms bs meng beng mba master masters bachelor bachelors doctor doctorate diploma degree
se sde swe cto ceo
diplome diplôme ingenieur ingénieur licence maitrise maîtrise doctorat docteur stagiaire chercheur enseignant
titulo título licenciatura maestria maestría doctorado ingeniero ingeniera pasante investigador investigadora
profesor profesora diplom magister doktor praktikant
""".split())
# written with dots only: "B.A.", "M.A." (MA alone is a state, BA an airline)
_DOTTED_ROLE_WORDS = frozenset("ba ma".split())
_ROLE_PREFIXES = ("wissenschaftlich", "postdoc")

ORG_WORDS = frozenset("""
university universität université universite universidad universidade università universita institute institut
instituto college school lab laboratory labs laboratories center centre inc corp corporation llc ltd gmbh company
group foundation hospital academy department faculty council agency bank observatory ministry society
organisation organization technologies systems solutions
""".split())
_DOTTED_ORG_WORDS = frozenset(["sa"])


def _words(text: str):
    for m in _TOKEN.finditer(text):
        token = m.group()
        plain = token.replace(".", "").replace("'s", "").replace("’s", "").rstrip("'’-").lower()
        yield plain, "." in token


def _is_role(plain: str, dotted: bool) -> bool:
    if plain in ROLE_WORDS or (dotted and plain in _DOTTED_ROLE_WORDS) or plain.startswith(_ROLE_PREFIXES):
        return True
    return plain[:2] == "se" and plain[2:].isdigit()  # "Senior SE3": a software-engineer level


def names_role(text: str) -> bool:
    """A word of ``text`` names a role, a position or a degree."""
    return any(_is_role(plain, dotted) for plain, dotted in _words(text))


def starts_with_role(text: str) -> bool:
    first = next(_words(text), None)
    return first is not None and _is_role(*first)


def names_organisation(text: str) -> bool:
    """A word of ``text`` names a kind of organisation."""
    return any(plain in ORG_WORDS or dotted and plain in _DOTTED_ORG_WORDS for plain, dotted in _words(text))
