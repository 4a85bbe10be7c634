"""Which files are versions of one person: the exact groups formed."""

from __future__ import annotations

import random
import re

from .helpers import run, write_files

ENTRIES = """## Projects
* **Tiered cache for object stores**, 2023 – 2024
* **Learned index for LSM trees**, 2022 – 2023
* **Crash consistency checker**, 2021 – 2022
"""


def groups_of(tmp_path, files, rules):
    result = run(write_files(tmp_path, files), rules)
    return sorted(sorted(p.source.path[len(str(tmp_path)) + 1:] for p in g.profiles) for g in result.groups)


def test_nameless_page_joins_the_one_person_whose_entries_it_shares(tmp_path, rules):
    files = {"a/cv.md": "# Mei Tanaka\n" + ENTRIES, "a/site.md": ENTRIES,
             "b/cv.md": "# Jonas Berg\n## Projects\n* **Compiler fuzzing**, 2020 – 2021\n"}
    assert groups_of(tmp_path, files, rules) == [["a/cv.md", "a/site.md"], ["b/cv.md"]]


def test_nameless_pages_that_repeat_their_entries_each_join_their_owner(tmp_path, rules):
    """Two people's sites, two nameless pages each: a page's entries are scored against the
    named versions once per distinct entry, and each page still joins its own person."""
    other = "## Projects\n* **Compiler fuzzing**, 2020 – 2021\n* **Robot arm control**, 2019 – 2020\n"
    files = {"a/cv.md": "# Mei Tanaka\n" + ENTRIES, "a/site.md": ENTRIES, "a/old.md": ENTRIES,
             "b/cv.md": "# Jonas Berg\n" + other, "b/site.md": other, "b/talks.md": other}
    assert groups_of(tmp_path, files, rules) == [["a/cv.md", "a/old.md", "a/site.md"], ["b/cv.md", "b/site.md", "b/talks.md"]]


def test_nameless_page_shared_by_two_people_joins_neither(tmp_path, rules):
    files = {"a/cv.md": "# Mei Tanaka\n" + ENTRIES, "b/cv.md": "# Jonas Berg\n" + ENTRIES, "site.md": ENTRIES}
    assert groups_of(tmp_path, files, rules) == [["a/cv.md"], ["b/cv.md"], ["site.md"]]


def test_emails_one_typo_apart_are_one_person_but_not_when_digits_differ(tmp_path, rules):
    files = {"a.md": "yzhenyao.cs@gmail.com\n" + ENTRIES, "b.md": "vzhenyao.cs@gmail.com\n" + ENTRIES,
             "c.md": "student0003@uni.edu\n## Projects\n* **Compiler fuzzing**, 2020\n",
             "d.md": "student0013@uni.edu\n## Projects\n* **Robot arm**, 2020\n"}
    assert groups_of(tmp_path, files, rules) == [["a.md", "b.md"], ["c.md"], ["d.md"]]


def _email_close_by_definition(a: str, b: str) -> bool:
    """The same address, or one typo away at the same domain, digits alike (a pair at a time)."""
    from rapidfuzz.distance import DamerauLevenshtein

    if a == b:
        return True
    local_a, _, domain_a = a.rpartition("@")
    local_b, _, domain_b = b.rpartition("@")
    return (domain_a == domain_b and min(len(local_a), len(local_b)) >= 6
            and re.sub(r"\D", "", local_a) == re.sub(r"\D", "", local_b)
            and DamerauLevenshtein.distance(local_a, local_b) <= 1)


def test_nameless_profiles_are_one_person_exactly_when_two_addresses_are_close():
    """Grouping compares addresses domain by domain, local parts a length apart skipped:
    on random address lists, the answer is the pairwise definition's."""
    from cvlint.group import _same_person
    from cvlint.model import Person, Profile, Source, Span, Text
    from cvlint.names import fold

    rng = random.Random(14)
    span = Span("cv.md", 1, 1, 1, 2)

    def address() -> str:
        local = "".join(rng.choice("abAB1_.") for _ in range(rng.randint(3, 9)))
        return f"{local}@{rng.choice(['x.org', 'X.org', 'y.edu', ''])}"

    def typo(text: str) -> str:
        k = rng.randrange(len(text))
        return rng.choice([text[:k] + text[k + 1:], text[:k] + rng.choice("abB1") + text[k:],
                           text[:k] + rng.choice("ab1") + text[k + 1:], text[:k] + text[k + 1:k + 2] + text[k] + text[k + 2:]])

    def profile(emails: list[str]) -> Profile:
        return Profile(Source("cv.md", "markdown"), Person(emails=[Text(e, span) for e in emails]))

    close = 0
    for _ in range(3000):
        a = [address() for _ in range(rng.randint(0, 3))]
        b = [typo(rng.choice(a)) if a and rng.random() < 0.6 else address() for _ in range(rng.randint(0, 3))]
        expected = any(_email_close_by_definition(fold(x), fold(y)) for x in a for y in b) or None
        assert _same_person(profile(a), profile(b)) == expected, (a, b)
        close += bool(expected)
    assert 300 < close < 2700  # both answers are asked often


def test_two_positions_with_one_title_are_not_aligned_when_their_dates_are_apart(tmp_path, rules):
    old = "# Mei Tanaka\n## Teaching\n**Teaching Assistant**, Harbour University, Sep 2019 - Jun 2021\n"
    new = ("# Mei Tanaka\nLast updated: 2025\n## Teaching\n**Teaching Assistant**, Harbour University, Jan 2023 - Dec 2023\n\n"
           "**Teaching Assistant**, Harbour University, Sep 2019 - Jun 2021\n")
    result = run(write_files(tmp_path, {"cv-2023.md": old, "cv-2025.md": new}), rules)
    assert [f.code for f in result.findings if f.code == "CV104"] == []
    moved = new.replace("Sep 2019 - Jun 2021", "Oct 2019 - Jun 2021")  # the same position, its start moved
    result = run(write_files(tmp_path, {"cv-2023.md": old, "cv-2025.md": moved}), rules)
    assert [(f.code, f.span.line) for f in result.findings if f.code == "CV104"] == [("CV104", 6)]


def test_one_position_under_two_kinds_of_section_is_aligned(tmp_path, rules):
    old = "# Mei Tanaka\nLast updated: 2024\n## Experience\n**Research Intern**, Acme Storage Lab, Jun 2023 - Aug 2023\n"
    new = "# Mei Tanaka\nLast updated: 2025\n## Projects\n**Research Intern**, Acme Storage Lab, Jun 2023 - Sep 2023\n"
    result = run(write_files(tmp_path, {"cv-2024.md": old, "cv-2025.md": new}), rules)
    assert [(f.code, f.span.line) for f in result.findings if f.code == "CV104"] == [("CV104", 4)]


def test_names_in_template_macros_group_versions(tmp_path, rules):
    tex = r"""\documentclass{twentysecondcv}
\cvname{Mei\\Tanaka}
\begin{document}
\section{Experience}
\end{document}
"""
    files = {"cv.tex": tex, "cv.md": "# Mei Tanaka\n## Experience\n"}
    assert groups_of(tmp_path, files, rules) == [["cv.md", "cv.tex"]]


def test_one_position_in_two_languages_is_aligned_by_its_start_and_acronym(tmp_path, rules):
    es = ("# Mei Tanaka\nÚltima actualización: 2018\n## Experiencia\n"
          "**Analista de Sistemas**, Oficina de Sistemas Portuarios - OSP, Ene 2018 - May 2018\n")
    en = ("# Mei Tanaka\nLast updated: 2020\n## Experience\n"
          "**Systems Analyst**, Port Systems Office - OSP, January 2018 - June 2018\n")
    result = run(write_files(tmp_path, {"cv-2018.md": es, "cv-2020.md": en}), rules)
    assert [(f.code, f.span.line) for f in result.findings if f.code == "CV104"] == [("CV104", 4)]
    other = en.replace("January 2018", "March 2018")  # another start: not the same position
    result = run(write_files(tmp_path, {"cv-2018.md": es, "cv-2020.md": other}), rules)
    assert [f.code for f in result.findings if f.code == "CV104"] == []


def test_nameless_page_joins_a_version_whose_headers_say_more(tmp_path, rules):
    named = ("# Mei Tanaka\n## Experience\n**Acme Storage**   Rotterdam, NL\n\n**Research Intern**, 2023 - 2024\n\n"
             "**Vision Lab**, Example University   Delft, NL\n\n**Research Assistant**, 2021 - 2022\n")
    page = "## Experience\n* Acme Storage: Research Intern (2023 - 2024)\n* Vision Lab: Research Assistant (2021 - 2022)\n"
    assert groups_of(tmp_path, {"cv.md": named, "site/cv.md": page}, rules) == [["cv.md", "site/cv.md"]]


def test_people_are_compared_only_when_they_share_a_key(tmp_path, rules, monkeypatch):
    """Issue #12 row 9: 400 one-person CVs on one e-mail domain made 17,265 comparisons
    (5,000 CVs took over a minute). Only profiles sharing a name form or an
    e-mail address (or one a typo away) are compared now; a key more than MAX_BUCKET share
    pairs nobody. Two versions of one person are still found."""
    from cvlint import group

    compared = []
    real = group._same_person
    monkeypatch.setattr(group, "_same_person", lambda a, b, *rest: compared.append((a, b)) or real(a, b, *rest))
    first = [a + b for a in ("Ka", "Lo", "Mi", "Ne", "Ro", "Sa", "Ti", "Va") for b in ("ren", "lia", "mon", "dra", "vik")]
    last = [a + b for a in ("Bar", "Cor", "Del", "Fen", "Gal", "Hol", "Ish", "Jor", "Kel", "Mar") for b in ("by", "sen")]
    files = {f"p{i}/cv.md": f"# {first[i % 40]} {last[i // 40]}\n\n{first[i % 40].lower()}{i}@example.org\n" for i in range(400)}
    files["p0/old.md"] = f"# {first[0]} {last[0]}\n\n{first[0].lower()}0@example.org\n"
    groups = groups_of(tmp_path, files, rules)
    assert len(groups) == 400 and ["p0/cv.md", "p0/old.md"] in groups
    assert len(compared) < 4 * len(files)  # linear in the people (1,587 today)


def test_an_entry_matches_its_own_kind_of_section_before_another(tmp_path, rules):
    """One organisation under Experience (2010 – 2012) and under Service (2012 – 2022); the
    newer version renames the first and moves the second's start: the Service entries are one
    entry, dated differently, and the Experience one is not compared with them."""
    old = ("# Mei Tanaka\n## Experience\n* Harbour Security Team, 2010 – 2012\n"
           "## Service\n* Harbour Security Team, 2012 – 2022\n")
    new = ("# Mei Tanaka\n## Experience\n* HST, 2010 – 2012\n"
           "## Service\n* Harbour Security Team, 2010 – 2022\n")
    result = run(write_files(tmp_path, {"cv-2023.md": old, "cv-2025.md": new}), rules)
    assert [(f.code, f.span.line, f.message) for f in result.findings if f.code == "CV104"] == [
        ("CV104", 5, "dates of 'Harbour Security Team' changed: this version says '2010 – 2022', "
                     f"{tmp_path / 'cv-2023.md'} (2023) says '2012 – 2022'")]


def test_an_item_that_recurs_each_year_meets_its_own_year(tmp_path, rules):
    """Two Dean's Lists in the older version; the newer keeps the 2014/15 one: it is that one,
    not the 2015/16 one whose name it shares word for word, so no date changed."""
    old = "# Mei Tanaka\n## Awards\n* Dean's List, Harbour University, 2015/16\n* Dean's List (top 5%), Harbour University, 2014/15\n"
    new = "# Mei Tanaka\n## Awards\n* Dean's List, Harbour University, 2014/15\n"
    result = run(write_files(tmp_path, {"cv-2016.md": old, "cv-2017.md": new}), rules)
    assert [f.code for f in result.findings] == []


def test_items_regrouped_by_year_are_not_redated(tmp_path, rules):
    """The newer version lists a year's contests on one line: the older dates are still there,
    on the lines that name the same contests."""
    old = ("# Mei Tanaka\n## Competitions\n* UKIEPC (UK and Ireland Programming Contest), October 2015\n"
           "* Google Hashcode, February 2016\n* UKIEPC, October 2016\n")
    new = ("# Mei Tanaka\n## Competitions\n* Google Hashcode, UKIEPC (UK and Ireland Programming Contest), 2016\n"
           "* UKIEPC, 2015\n")
    result = run(write_files(tmp_path, {"cv-2016.md": old, "cv-2017.md": new}), rules)
    assert [f.code for f in result.findings] == []
    # a contest redated, with no other line of the newer version dated as it was, is found
    old = "# Mei Tanaka\n## Competitions\n* UKIEPC, October 2015\n* Google Hashcode, February 2016\n"
    result = run(write_files(tmp_path, {"cv-2016.md": old, "cv-2017.md": old.replace("2015", "2014")}), rules)
    assert [(f.code, f.span.line) for f in result.findings] == [("CV104", 3)]


def test_two_pages_of_one_site_collection_are_two_items(tmp_path, rules):
    """A course taught each term, a page a term in the site's _teaching (the site's
    _config.yml names its owner, so the pages are one person's): not one entry redated."""
    page = "---\ntitle: \"{when}\"\ncollection: teaching\ntype: \"Undergraduate course\"\n" \
           "venue: \"Harbour University, Dept. of Applied Mathematics\"\ndate: {date}\n---\n\n" \
           "* MATH 2350 Calculus III for Engineers\n  * Supervisor: Prof. Ana Lima\n"
    files = {"_config.yml": "name: \"Mei Tanaka\"\nauthor:\n  name: \"Mei Tanaka\"\n"}
    for name, date, when in [("Fall12", "2012-08-27", "Fall 2012"), ("Spring14", "2014-01-16", "Spring 2014"),
                             ("Fall16", "2016-08-29", "Fall 2016"), ("Spring18", "2018-01-16", "Spring 2018")]:
        files[f"_teaching/{name}.md"] = page.format(date=date, when=when)
    paths = write_files(tmp_path, files)
    result = run([p for p in paths if p.endswith(".md")], rules)
    assert len(result.groups) == 1 and [f.code for f in result.findings] == []


def test_an_entry_named_by_its_place_alone_is_matched_with_none(tmp_path, rules):
    """A header read as a place and nothing else (its role on a line the layout lost): two
    such entries of two versions name nothing in common but a city."""
    old = "# Mei Tanaka\n## Experience\n* Barcelona, Spain, 10/2018 – 08/2019\n* Research Engineer, Acme Storage, 2020 – 2022\n"
    new = "# Mei Tanaka\n## Experience\n* Barcelona, Spain, 10/2019 – 06/2020\n* Research Engineer, Acme Storage, 2020 – 2022\n"
    result = run(write_files(tmp_path, {"cv-2020.md": old, "cv-2021.md": new}), rules)
    assert [f.code for f in result.findings] == []


def test_a_short_name_within_a_longer_header_is_not_the_same_entry():
    """Words one key lacks are allowed when both name three things or more: "Universitat de
    Barcelona" (two words and a linking one) is within any header of that university."""
    from cvlint.group import TITLE_MATCH, _similarity

    assert _similarity("barcelona de universitat", "barcelona candidate catalunya de oberta phd universitat") < TITLE_MATCH
    assert _similarity("acme engineer research", "acme engineer lund research storage") == 100
