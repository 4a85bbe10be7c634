"""Readers on tricky layouts and bad input: never a traceback, always a finding."""

from __future__ import annotations

import pytest

from cvlint.extract import extract
from cvlint.readers import read_bytes, read_path

from .helpers import AS_OF, run, write_files


def lines_of(path, data: bytes):
    return read_bytes(path, data).lines


def test_txt_with_front_matter_is_read_as_markdown():
    doc = read_bytes("cv.txt", b"---\nlayout: archive\n---\n\nEducation\n======\n* B.Sc., Example University, 2019-2023\n")
    assert doc.format == "markdown"
    assert [(l.number, l.kind) for l in doc.lines if l.kind in ("heading", "bullet")] == [(5, "heading"), (7, "bullet")]


def test_crlf_and_bom_and_utf16():
    text = "# Jane Doe\r\n\r\n## Education\r\n* B.Sc., 2019 - 2023\r\n"
    for data in (text.encode("utf-8-sig"), text.encode("utf-16"), text.encode("utf-16-le")):
        doc = read_bytes("cv.md", data)
        assert [l.text for l in doc.lines] == ["Jane Doe", "", "Education", "B.Sc., 2019 - 2023"]


def test_gb18030_is_detected():
    text = "姓名：张伟\n教育经历\n北京大学 计算机科学 2019 - 2023\n"
    doc = read_bytes("cv.txt", text.encode("gb18030"))
    assert doc.lines[0].text == "姓名：张伟"
    assert [p.kind for p in doc.problems] == ["not-utf8"]


def test_markdown_columns_map_back_to_the_source():
    doc = read_bytes("cv.md", b"* **Storage Lab** City, *Research Assistant* 09/2023 - 02/2023\n")
    line = doc.lines[0]
    assert line.text == "Storage Lab City, Research Assistant 09/2023 - 02/2023"
    start = line.text.index("09/2023")
    span = line.span("cv.md", start, len(line.text))
    assert doc.text.split("\n")[0][span.column - 1: span.end_column - 1] == "09/2023 - 02/2023"


def test_equal_contribution_marks_survive_emphasis():
    doc = read_bytes("cv.md", b"## Publications\n1. Wei Zhang*, **Ming Li***, Fang Wang. \"A Title of Some Length.\" In FAST'25.\n")
    profile = extract(doc)
    [entry] = profile.entries
    assert [(a.name, a.is_self, a.equal_contribution) for a in entry.authors] == [
        ("Wei Zhang", False, True), ("Ming Li", True, True), ("Fang Wang", False, False)]


def test_setext_headings_and_nested_bullets():
    doc = read_bytes("cv.md", b"Experience\n==========\n* Intern, Acme, Aug 2025 - Dec 2025\n  * Acme Research\n* * Nested twice\n")
    assert [(l.kind, l.depth) for l in doc.lines] == [("heading", 0), ("meta", 0), ("bullet", 0), ("bullet", 1), ("bullet", 1)]


def test_pdf_text_icons_and_bullets():
    doc = read_bytes("cv.txt", "✉ jane@example.org | in linkedin.com/in/jane\n• Built things\n▪ More\n".encode())
    assert [l.text for l in doc.lines] == ["jane@example.org | linkedin.com/in/jane", "Built things", "More"]
    assert [l.kind for l in doc.lines] == ["text", "bullet", "bullet"]


def test_bad_inputs_are_reported_and_the_rest_still_checked(tmp_path, rules):
    paths = write_files(tmp_path, {"good.txt": "Jane Doe\nExperience\nLab\n09/2023 – 02/2023\n", "empty.md": ""})
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "huge.txt").write_bytes(b"x" * (20 * 1024 * 1024))
    (tmp_path / "bad-utf8.txt").write_bytes(b"Jane Doe\nM\xe1laga \xff\xfe 2020\n")
    names = ["binary.txt", "huge.txt", "bad-utf8.txt", "missing.txt"]
    result = run(paths + [str(tmp_path / n) for n in names], rules, AS_OF)
    found = sorted((f.code, f.span.path.rsplit("/", 1)[-1], f.span.line) for f in result.findings)
    assert found == [("CV001", "binary.txt", 1), ("CV001", "huge.txt", 1), ("CV001", "missing.txt", 1),
                     ("CV002", "empty.md", 1), ("CV003", "bad-utf8.txt", 2), ("CV101", "good.txt", 4)]


def test_folder_walk_skips_readmes_and_hidden_folders(tmp_path):
    from cvlint.readers import discover

    write_files(tmp_path, {"cv.md": "# A B\n", "README.md": "x", ".git/x.md": "x", "node_modules/y.md": "y", "notes.txt": "t"})
    assert [p.rsplit("/", 1)[-1] for p in discover([str(tmp_path)])] == ["cv.md", "notes.txt"]


def test_a_directory_given_as_a_file_is_not_a_crash():
    doc = read_path("/")
    assert doc.lines == [] and doc.problems


@pytest.mark.parametrize(("heading", "kind"), [
    ("Selected Publications", "publications"), ("Research Projects", "projects"), ("Research", "research"),
    ("Awards and Honors", "awards"), ("AWARDS & HONOURS:", "awards"), ("Research Experience", "experience"),
    ("Work History", "experience"), ("Formación Académica", "education"), ("Peer-reviewed Journal Articles", "publications"),
    ("Education / Talks", "education"), ("Awards, Honors", None), ("Projects I liked", None), ("Intern at Acme", None),
    ("List of References", "references"), ("Liste des publications", "publications"),
    ("Lista de publicaciones", "publications"), ("De Montfort University", None), ("Department of Education", None),
    ("### 工作经历", "experience"), ("教育背景", "education"), ("职务经历的项目", None), ("研究業績", "publications"),
])
def test_section_kind_of_a_heading(heading, kind):
    from cvlint.headings import section_kind

    assert section_kind(heading) == kind


@pytest.mark.parametrize("encoding, text, read_as", [
    # a Latin-1 CV with a few accented letters: a detector proposes a DOS code page (cp775 reads
    # "Universität" as "Universitõt"); the Windows-1252 reading is taken when it looks Western
    ("latin-1", "Application for the Graduate Programme, Universität Nordbrück\nJörg Weiß, Köln\n", "cp1252"),
    # no Western reading: Polish gives signs ("³" for "ł"), Russian runs of accented letters
    ("cp1250", "Życiorys: Paweł Wiśniewski, Politechnika Łódzka, doświadczenie zawodowe w Krakowie.\n", None),
    ("cp1251", "Резюме: Иван Петров, Московский государственный университет, опыт работы.\n", None),
    # Western text a detector reads as Central-European (à as ŕ, è as č): the reading that spells
    # one language wins — and the other way round
    ("cp1252", "Expérience professionnelle : ingénieur à Genève, français, été 2019.\n", "cp1252"),
    ("cp1252", "Curriculum: Università di Bologna, laurea in ingegneria, così è, perché.\n", "cp1252"),
    ("cp1252", "Currículo: João Conceição, Universidade de São Paulo, formação em ciências.\n", "cp1252"),
    ("cp1252", "Smörgåsbord Åke Ärlig, Örebro universitet, svenska.\n", "cp1252"),
    ("cp1252", "Søren Kierkegaard, Københavns Universitet, cand.scient., Århus.\n", "cp1252"),
    ("cp1252", "Curriculum Vitae – José Müller\n“Best Paper” award, €2,000 prize, Zürich.\n", "cp1252"),
    ("cp1250", "Životopis: Jiří Novák, České vysoké učení technické v Praze, zkušenosti.\n", "cp1250"),
    ("cp1250", "Životopis: Peter Kováč, Slovenská technická univerzita, skúsenosti, ďakujem.\n", "cp1250"),
    ("cp1250", "Önéletrajz: Kovács Péter, Budapesti Műszaki Egyetem, szoftverfejlesztő.\n", "cp1250"),
    ("cp1250", "Curriculum vitae: Ana Popescu, Universitatea din Bucureşti, învăţământ.\n", "cp1250"),
    ("cp1254", "Özgeçmiş: Ayşe Yılmaz, İstanbul Teknik Üniversitesi, yazılım mühendisi.\n", "cp1254"),
    # Shift-JIS also decodes as GB18030, into other ideographs (履歴書 as 棜楌彂): kana tell
    ("shift_jis", "履歴書\n氏名：山田太郎\n学歴：東京大学 工学部 2015年卒業\n職歴：株式会社テスト 2015年4月から現在\n", "cp932"),
    ("gb18030", "个人简历\n姓名：张伟\n教育背景：清华大学 计算机科学与技术 2015年毕业\n", "gb18030"),
])
def test_legacy_encodings_are_read_right(encoding, text, read_as):
    from cvlint.readers.decode import decode

    decoded, used, problems = decode(text.encode(encoding))
    assert decoded == text
    if read_as:
        assert used == read_as
    assert [p.kind for p in problems] == ["not-utf8"] and f"read as {used}" in problems[0].message


def test_text_with_nothing_to_fold_is_taken_as_it_is():
    """fold_whitespace takes a text whose spaces are single already as it is; on random texts
    (spaces, tabs, no-break and zero-width spaces, bold ranges) it gives what folding each run
    gives, with and without column gaps."""
    import random

    from cvlint.readers.inline import _fold_runs, fold_whitespace

    rng = random.Random(7)
    pieces = ["a", "Bc", "é", " ", " ", "  ", "   ", "\t", "\u00a0", "\u200b", "–", "x y"]
    untouched = 0
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        cols = [rng.randint(0, 3) + 2 * k for k in range(len(text))]
        bold = sorted((a, rng.randint(a, len(text))) for a in rng.sample(range(len(text) + 1), min(2, len(text) + 1)))
        keep_gaps = rng.random() < 0.5
        assert fold_whitespace(text, cols, bold, keep_gaps) == _fold_runs(text, cols, bold, keep_gaps), (text, bold)
        untouched += " ".join(text.split()) == text
    assert untouched > 1_000


def test_tex_without_markup_reads_as_with_an_empty_group():
    """A piece of TeX with no markup character is read without looking at each command: what
    it gives equals what the full reading gives once an empty group (``{}``, which adds nothing)
    makes it look."""
    import random

    from cvlint.readers.tex import tex_to_text

    rng = random.Random(8)
    pieces = ["Paper", " ", "  ", "\t", "é", "Zoë", ",", ".", "(2021)", "a–b", "“q”", "|", "\u00a0"]
    for _ in range(5_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
        col = rng.randint(0, 40)
        assert tex_to_text(text, col) == tex_to_text(text + "{}", col), text


def test_json_strings_read_as_json_reads_them_and_where_they_are():
    """parse_json takes a string with no escape as its text and asks json only for the others:
    on random documents (escapes, quotes, backslashes, non-ASCII, surrogate escapes) every
    value equals json.loads's, and every string node points just past its opening quote."""
    import json
    import random

    from cvlint.readers.data import parse_json

    rng = random.Random(9)
    atoms = ["Zoë", "a\\b", 'say "hi"', "tab\there", "line\nbreak", "😀", "\ud83d", "/", "", "  x ", "\u2028", "\x7f"]

    def make(depth: int):
        kind = rng.random()
        if depth > 3 or kind < 0.5:
            return "".join(rng.choice(atoms) for _ in range(rng.randint(0, 3)))
        if kind < 0.75:
            return [make(depth + 1) for _ in range(rng.randint(0, 4))]
        return {make(9): make(depth + 1) for _ in range(rng.randint(0, 4))}

    def plain(node):
        if isinstance(node.value, dict):
            return {key: plain(value) for key, value in node.value.items()}
        if isinstance(node.value, list):
            return [plain(value) for value in node.value]
        return node.value

    def strings(node):
        if isinstance(node.value, dict):
            for value in node.value.values():
                yield from strings(value)
        elif isinstance(node.value, list):
            for value in node.value:
                yield from strings(value)
        else:
            yield node

    for _ in range(2_000):
        value = make(0)
        text = json.dumps(value, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 2]))
        node = parse_json(text)
        assert plain(node) == json.loads(text)
        lines = text.split("\n")
        assert all(lines[n.row - 1][n.col - 1] == '"' for n in strings(node))


def test_markdown_inline_reads_plain_runs_at_once_as_a_character_at_a_time(monkeypatch):
    """clean_inline takes a run of characters that start no markup as one token; on random
    Markdown lines (emphasis, code, links, entities, escapes, tags) it gives what tokenizing
    one character at a time gives: text, every column and every bold range."""
    import random
    import re

    from cvlint.readers import inline

    rng = random.Random(11)
    pieces = ["a", "Zoë", " ", "  ", "*", "**", "**Bold** ", "_", "__", "`", "``", "[x](http://a.b)", "[y][1]", "![i](p.png)",
              "<b>", "</b>", "<https://c.d>", "&amp;", "&nbsp", "&#233;", "\\*", "\\", "{{ x }}", "{% y %}", "!", "[",
              "<", "&", "{", "snake_case", "(", ")", ".", "—", "\t"]
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 16))) for _ in range(5_000)]
    starts = [rng.randint(0, min(3, len(line))) for line in lines]
    inline.clean_inline.cache_clear()
    at_once = [inline.clean_inline(line, start) for line, start in zip(lines, starts)]
    inline.clean_inline.cache_clear()
    monkeypatch.setattr(inline, "_TEXT_RUN", re.compile(r"(?!)"))  # no run: every character its own token
    try:
        assert [inline.clean_inline(line, start) for line, start in zip(lines, starts)] == at_once
    finally:
        inline.clean_inline.cache_clear()
    assert sum(bool(bold) for _, _, bold in at_once) > 500


def test_line_starts_are_where_each_line_begins():
    import random
    import re

    from cvlint.document import line_and_column, line_starts

    rng = random.Random(14)
    for text in ["", "\n", "a", "a\nb", "\n\n", "a\r\nb\n"] + ["".join(rng.choice("ab\n\r ") for _ in range(rng.randint(0, 30))) for _ in range(5000)]:
        starts = line_starts(text)
        assert starts == [0] + [m.end() for m in re.finditer("\n", text)], text
        for offset in range(len(text) + 1):  # the line is 1 + the newlines before it; the column counts from its start
            before = text[:offset]
            assert line_and_column(starts, offset) == (before.count("\n") + 1, offset - (before.rfind("\n") + 1)), (text, offset)
