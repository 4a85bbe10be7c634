"""Phrase tables tried in one pass (issue #14): the literal texts that gate a pattern, and a
pattern set that tries only the gated patterns yet finds exactly what trying all of them finds."""

from __future__ import annotations

import re

import pytest

from cvlint.tables import GatedPattern, PatternSet, literal_prefixes, load_tables


@pytest.mark.parametrize("pattern, prefixes", [
    (r"lorem ipsum", ["lorem ipsum"]),
    (r"paper title number \d", ["paper title number "]),
    (r"revisions?", ["revision"]),  # the "s" before "?" may be absent
    (r"(?<![-\w])first[- ]author", ["first"]),  # a look-behind consumes nothing
    (r"^\s*skill", []),  # "\s" is no literal
    (r"(?:joint|co|shared)[- ]?first", ["joint", "co", "shared"]),
    (r"(?:conditionally )?accepted(?: to)?", ["conditionally ", "accepted"]),  # optional group: it, or what follows
    (r"(?:lin|gi(?:t|x))\.com", ["lin", "gi"]),
    (r"(?:a|[bc])d", []),  # one alternative has no literal start: no gate
    (r"(?:a|b){2}c", []),
    (r"\(?555\)?", []),
    (r"\[(?:your )?dates\]", ["["]),
])
def test_literal_prefixes(pattern, prefixes):
    assert literal_prefixes(pattern) == prefixes


def test_a_pattern_with_no_literal_start_is_always_tried():
    always = GatedPattern(r"\d+ (?:apples|pears)", [r"\d+ (?:apples|pears)"])
    gated = GatedPattern(r"lorem", ["lorem"])
    table = PatternSet([gated, always])
    assert table.candidates("12 pears") == [always]
    assert table.candidates("lorem, 12 pears") == [gated, always]


def test_prefixes_inside_one_another_are_all_found():
    longer, shorter = GatedPattern(r"sub-skill \d", ["sub-skill \\d"]), GatedPattern(r"skill\w*", ["skill\\w*"])
    assert PatternSet([shorter, longer]).candidates("a sub-skill 2") == [shorter, longer]


def _brute_force(entries, text):
    return [(i, m.span()) for i, entry in enumerate(entries)
            for m in re.finditer(entry.pattern, text, re.I)]


@pytest.mark.parametrize("text", [
    "Lorem ipsum dolor sit amet — Company Name, [Dates]",
    "* Supervisor: Professor Git · Skill 1 · Sub-skill 2.1",
    "name@example.com (555) 555-5555 jake@su.edu github.com/jake",
    "Joint first author (second place); co-first author, under revision at FAST'25",
    "Conditionally accepted to EuroSys; major revisions in TOCS; accepted",
    "Date of birth: 17.01.1986 · Nationality: Portuguese · Marital status: single",
    "Built the nightly pipeline that reconciles stock across 40 depots",
])
def test_the_set_finds_what_every_pattern_alone_finds(text):
    tables = load_tables()
    total = 0
    for table in (tables.residue, tables.status, tables.authorship, tables.personal_data):
        chosen = {id(entry) for entry in table.candidates(text.lower())}
        found = _brute_force(table.entries, text)
        assert [(i, span) for i, span in found if id(table.entries[i]) in chosen] == found, table
        # located through a document holding this text and another: the same candidates
        document = ("Built a parser.\n" + text).lower()
        assert table.by_line(document, [0, len("Built a parser.\n")]).get(1, []) == table.candidates(text.lower())
        assert table.by_line("~~~~", [0]) == {} and not [e for e in table.entries if not e.prefixes]
        total += len(found)
    assert (total > 0) == (not text.startswith("Built"))  # each text holds phrases but the control


def test_every_personal_data_value_needs_a_digit():
    """The personal-data check skips lines without a digit; that holds while every kind's value
    needs one: with ``\\d`` made impossible, no value matches anything a CV line holds."""
    import os

    from cvlint.rule_files import builtin_rules_dir, load_toml

    kinds = load_toml(os.path.join(builtin_rules_dir(), "data", "personal-data.toml"))["kind"]
    probe = "".join(chr(c) for c in range(32, 0x3000) if not chr(c).isdigit()) + " 年月日 " + "Date of birth: March the first"
    for kind in kinds:
        without_digits = re.compile(kind["value"].replace(r"\d", "(?!)"))
        assert without_digits.search(probe) is None, kind["name"]



def _line_starts(lines: list[str]) -> list[int]:
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    return starts


def test_a_tables_prefixes_located_through_the_text_are_each_lines_candidates():
    """``PatternSet.by_line`` finds the prefixes in one pass over a document's text (an
    automaton); for every line it gives what testing the line itself gives (``candidates``),
    on the samples' lines and on random ones made of the tables' own prefixes, overlapping
    ones (``name`` in ``company name``) and lines with none among them."""
    import random
    from pathlib import Path

    tables = load_tables()
    sets = [tables.residue, tables.screener.instructions, tables.status, tables.authorship, tables.personal_data]
    samples = Path(__file__).resolve().parent.parent / "samples"
    documents = [p.read_text(encoding="utf-8").splitlines() for p in sorted(samples.rglob("*.md"))]
    rng = random.Random(14)
    pieces = sorted({p for s in sets for p in s._prefixes}) + ["Lorem", " ", "\t", "É", "2020", "Jane", "\u03a3", "😀", "𝒜"]
    documents += [["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(rng.randint(1, 30))]
                  for _ in range(300)]
    checked = 0
    for lines in documents:
        lowered = "\n".join(lines).lower()
        assert len(lowered) == len("\n".join(lines))
        for table in sets:
            expected = {i: table.candidates(line.lower()) for i, line in enumerate(lines)}
            expected = {i: found for i, found in expected.items() if found}
            assert table.by_line(lowered, _line_starts(lines)) == expected
            checked += len(expected)
    assert checked > 1_000


def test_gated_lines_looks_in_each_line_where_lower_case_changes_lengths():
    from cvlint.checks.base import gated_lines
    from cvlint.model import Profile, Source, Span, Text

    lines = ["İstanbul: lorem ipsum dolor", "Your Name", "nothing here"]  # "İ".lower() is two characters
    profile = Profile(source=Source(path="cv.md", format="markdown"),
                      lines=[Text(v, Span("cv.md", n, 1, n, len(v) + 1)) for n, v in enumerate(lines, 1)])
    found = [(line.value, [r.what for r in residues]) for line, residues in gated_lines(profile, load_tables().residue)]
    expected = [(v, [r.what for r in load_tables().residue.candidates(v.lower())]) for v in lines]
    assert found == [(v, whats) for v, whats in expected if whats] and found


@pytest.mark.parametrize("pattern, held", [
    (r"in (?:the )?submission(?: process)?(?: to| at)?", "submission"),
    (r"(?:joint|co|shared|equal)[- ]?first[- ]author(?:ship)?", "author"),
    (r"n[ée]e?\(?e?\)? le", " le"),  # the optional letters and brackets end a run
    (r"D\.O\.B\.?", "d.o.b"),
    (r"ab+c", "ab"),  # "abbc" holds "ab", not "abc"
    (r"x{0,3}yz", "yz"), (r"x{2}yz", "yz"),
    (r"[]abc]def", "def"), (r"[^]x]yz", "yz"),  # a bracket first in a class is a member
    (r"\d+ Sub\w", " sub"),
    (r"a|b", ""),  # alternatives at the top: nothing every match holds
    (r"(?:abc)", ""),
])
def test_required_literal(pattern, held):
    from cvlint.tables import required_literal

    assert required_literal(pattern) == held


def test_every_table_pattern_matches_only_where_its_gate_is():
    """Whatever a table's pattern matches holds one of its gates (lower-cased): checked on
    strings hypothesis makes from each pattern itself, case changes included."""
    from hypothesis import HealthCheck, given, settings, strategies as st

    tables = load_tables()
    entries = [e for table in (tables.residue, tables.screener.instructions, tables.status, tables.authorship,
                               tables.personal_data) for e in table.entries if e.prefixes]

    @settings(max_examples=len(entries) * 20, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
    @given(st.sampled_from(entries).flatmap(lambda e: st.tuples(st.just(e), st.from_regex(re.compile(e.pattern, re.I)))))
    def check(case):
        entry, text = case
        assert any(gate in text.lower() for gate in entry.prefixes), (entry.pattern, text)

    check()


def test_gates_are_worked_out_once_and_remembered_between_runs(tmp_path, monkeypatch):
    """Working out every table pattern's gates took ~1 ms of each run: they are kept in the
    cache (plain data) with tables.py's own size and time; an entry of another shape, or made
    by another tables.py, is ignored and they are worked out again."""
    from cvlint import cache, tables

    monkeypatch.setenv("CVLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(tables, "_GATES", {})
    cache.clear()
    assert tables._remembered_gates() == 0
    built = tables._build_tables()
    made = dict(tables._GATES)
    assert made and all(made[a] == tables.gates(a) for a in made)
    assert [e.prefixes for e in built.status.entries] == [tables.gates(e.source) for e in built.status.entries]
    tables._remember_gates()
    cache.save()
    cache.clear()  # a new run
    monkeypatch.setattr(tables, "_GATES", {})
    assert tables._remembered_gates() == len(made) and tables._GATES == made
    key, (mtime, size) = tables._gates_key()
    for stale in ((mtime, size, {"in (?:the )?submission": "submission"}), (mtime + 1, size, made), made):
        cache.put(key, stale)
        monkeypatch.setattr(tables, "_GATES", {})
        assert tables._remembered_gates() == 0
    cache.clear()


def test_every_pattern_holds_one_of_its_hand_written_gates():
    """The screener's gates, and a residue item's ``gate``, are written in their tables by hand:
    each pattern, alone (a lead-in, a sentence start or a whole field only add to a match), holds
    one of its gates — as the table uses them — on 300 strings made from it, case changes included."""
    import os
    import re

    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from cvlint.rule_files import builtin_rules_dir, load_toml
    from cvlint.tables import Residue

    data_dir = os.path.join(builtin_rules_dir(), "data")
    kinds = {entry.kind: entry.prefixes for entry in load_tables().screener.instructions.entries}
    cases = [(kinds[item["kind"]], pattern) for item in load_toml(os.path.join(data_dir, "screener.toml"))["instruction"]
             for pattern in item["patterns"]]
    cases += [(Residue(item["what"], pattern, gate=item["gate"]).prefixes, pattern)
              for item in load_toml(os.path.join(data_dir, "template-residue.toml"))["residue"] if "gate" in item
              for pattern in item["patterns"]]
    assert len(cases) > 15 and all(gates for gates, _ in cases)

    @settings(max_examples=len(cases) * 300, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
    @given(st.sampled_from(cases).flatmap(lambda c: st.tuples(st.just(c[0]), st.from_regex(re.compile(c[1], re.I), fullmatch=True))))
    def check(case):
        gates, text = case
        assert any(gate in text.lower() for gate in gates), (gates, text)

    check()
