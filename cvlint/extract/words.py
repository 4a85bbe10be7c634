"""Words that say what a part of an entry header names: a role (``Research Assistant``,
``M.S.``) or an organisation (``University``, ``Inc.``). Shared by the layout stage (a role is
no section label) and the fields stage.

Looked up word by word in sets, not with one large regular expression: building that
expression cost more start-up time than reading a CV."""

from __future__ import annotations

from functools import lru_cache

from .. import patterns
from ..names import fold

_TOKEN = patterns.compile(r"[^\W_][\w.'’-]*")

ROLE_WORDS = frozenset("""
engineer developer intern internship researcher scientist assistant associate professor lecturer fellow
postdoc postdoctoral manager lead director consultant analyst student candidate founder co-founder head chair
member officer designer architect programmer contributor tutor instructor advisor mentor freelancer specialist
president phd msc bsc ms bs meng beng mba master masters bachelor bachelors doctor doctorate diploma degree
se sde swe cto ceo tester administrator technician coordinator supervisor executive accountant editor writer
trainee apprentice volunteer teacher nurse physician owner partner principal staff representative agent operator
scholar visiting postdoctoral-fellow
diplome diplôme ingenieur ingénieur licence maitrise maîtrise doctorat docteur stagiaire chercheur enseignant
titulo título licenciatura maestria maestría doctorado ingeniero ingeniera pasante investigador investigadora
profesor profesora diplom magister doktor praktikant
charge chargee responsable directeur directrice developpeur developpeuse technicien technicienne gestionnaire chef
assistante consultante ingenieure doctorant doctorante alternant alternante bts dut bac licenciado licenciada
desarrollador desarrolladora tecnico tecnica becario becaria analista jefe coordinador coordinadora
entwickler entwicklerin werkstudent mitarbeiter leiter
""".split())
# written with dots only: "B.A.", "M.A." (MA alone is a state, BA an airline)
_DOTTED_ROLE_WORDS = frozenset("ba ma".split())
_ROLE_PREFIXES = ("wissenschaftlich", "postdoc")

ORG_WORDS = frozenset("""
university universität université universite universidad universidade università universita institute institut
instituto college school lab laboratory labs laboratories center centre inc corp corporation llc ltd gmbh company
group foundation hospital academy department faculty council agency bank observatory ministry society
organisation organization technologies systems solutions universitat hochschule ecole lycee escuela colegio
facultad fakultat klinik clinic museum studio agency
departamento departement dipartimento faculdade facolta centro laboratorio laboratoire fondation fundacion fundacao
ospedale hopital ministerio ministere sociedad societe escola scuola istituto
""".split())
_DOTTED_ORG_WORDS = frozenset(["sa"])


def _words(text: str):
    for m in _TOKEN.finditer(text):
        token = m.group()
        plain = fold(token.replace(".", "").replace("'s", "").replace("’s", "").rstrip("'’-"))
        yield plain, "." in token


def _is_role(plain: str, dotted: bool) -> bool:
    if plain in ROLE_WORDS or (dotted and plain in _DOTTED_ROLE_WORDS) or plain.startswith(_ROLE_PREFIXES):
        return True
    return plain[:2] == "se" and plain[2:].isdigit()  # "Senior SE2": a software-engineer level


# the parts of an entry's header are asked each question several times (by the layout stage, by
# each field's features) and the same parts recur in a person's versions: answers are kept for
# the last few hundred texts, a CV's worth or two, not a corpus's
_RECENT = 512


@lru_cache(maxsize=_RECENT)
def names_role(text: str) -> bool:
    """A word of ``text`` names a role, a position or a degree."""
    return any(_is_role(plain, dotted) for plain, dotted in _words(text))


def starts_with_role(text: str) -> bool:
    first = next(_words(text), None)
    return first is not None and _is_role(*first)


@lru_cache(maxsize=_RECENT)
def names_organisation(text: str) -> bool:
    """A word of ``text`` names a kind of organisation."""
    return any(plain in ORG_WORDS or dotted and plain in _DOTTED_ORG_WORDS for plain, dotted in _words(text))


# countries and states that end a place name ("Lund, Sweden", "Evanston, Illinois US"), in
# English and as written at home; lower case, without accents
PLACES = frozenset("""
afghanistan albania algeria argentina armenia australia austria azerbaijan bangladesh belarus belgium bolivia
bosnia brazil brasil bulgaria cambodia cameroon canada chile china colombia croatia cuba cyprus czechia denmark
danmark ecuador egypt estonia ethiopia finland suomi france georgia germany deutschland ghana greece hellas
guatemala honduras hungary iceland india indonesia iran iraq ireland israel italy italia japan jordan kazakhstan
kenya korea kosovo kuwait latvia lebanon lithuania luxembourg malaysia mexico mexique moldova mongolia montenegro
morocco maroc nepal netherlands nederland nigeria norway norge pakistan panama paraguay peru philippines poland
polska portugal qatar romania russia rwanda senegal serbia singapore slovakia slovenia spain espana sweden sverige
switzerland schweiz suisse svizzera syria taiwan tanzania thailand tunisia turkey turkiye uganda ukraine uruguay
uzbekistan venezuela vietnam yemen zambia zimbabwe usa uk england scotland wales america emirates uae hong kong
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana iowa
kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska
nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
ontario quebec alberta manitoba bavaria bayern catalonia catalunya
""".split())
_REMOTE = frozenset("remote online hybrid teletravail remoto".split())


@lru_cache(maxsize=_RECENT)
def names_a_place(text: str, max_words: int = 5) -> bool:
    """``Lund, Sweden``, ``Boston MA``, ``Evanston, Illinois US``, ``Nantes (44)``, ``Remote``: a
    short run of capitalised words ending in a country, a state, or a two-letter code."""
    words = text.replace(",", " ").replace("(", " ").replace(")", " ").split()
    if not words or len(words) > max_words:
        return False
    folded = [fold(w).strip(".") for w in words]
    if len(words) == 1:
        return folded[0] in _REMOTE or folded[0] in PLACES
    if not all(w[:1].isupper() or w.isdigit() for w in words):
        return False
    last = words[-1]
    return folded[-1] in PLACES or (len(last) == 2 and last.isupper()) or last.isdigit() and len(last) <= 3 \
        or " ".join(folded[-2:]) in PLACES
