"""``cvlint compare``: one person's versions side by side (issue #15, first step: the table in
text, Markdown and JSON; the HTML report is still to come)."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest
from click.testing import CliRunner

from cvlint.cli import cli
from cvlint.reporters.comparison import json_schema

from .helpers import write_files

AS_OF = ["--as-of", "2026-11-22", "--no-config"]

# three versions of one CV, written for the alignment under the table: an entry renamed
# slightly (one row), two different entries with similar titles (two rows), one added, one
# dropped, a paper whose status and venue move, a date given to the year then to the month
VERSIONS = {
    "cv-2023.md": """# Mara Quist

mara@quist.example.org

Last updated: March 2023

## Experience
* **Engineer**, Acme Robotics, 2019 - 2021
* **Intern**, Beta Labs, 2018
* **Teaching Assistant**, Harbour University, 2016 - 2017

## Publications
* M. Quist, J. Berg. "Fast Paths for Log Storage." Submitted to FAST 2023.
""",
    "cv-2024.md": """# Mara Quist

mara@quist.example.org

Last updated: May 2024

## Experience
* **Senior Engineer**, Tidepool Systems, 2022 - present
* **Engineer**, Acme Robotics, 2019 - 2021
* **Intern**, Beta Labs, 2018
* **Teaching Assistant**, Harbour University, 2016 - 2017

## Publications
* M. Quist, J. Berg. "Fast Paths for Log Storage." Accepted to EuroSys 2024.
""",
    "cv-2025.md": """# Mara Quist

mara@quist.example.org

Last updated: June 2025

## Experience
* **Senior Engineer**, Tidepool Systems, 2022 - present
* **Software Engineer**, Acme Robotics, 09/2019 - 06/2021
* **Teaching Assistant**, Harbour University, 2016 - 2017

## Publications
* J. Berg, M. Quist. "Fast Paths for Log Storage." Accepted to EuroSys 2024.
""",
}


def _compare(paths, *options) -> str:
    result = CliRunner().invoke(cli, ["compare", *paths, *options, *AS_OF], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def versions(tmp_path):
    return write_files(tmp_path, VERSIONS)


def test_rows_align_entries_across_versions(versions):
    report = json.loads(_compare(versions, "--format", "json"))
    jsonschema.validate(report, json_schema())
    (person,) = report["people"]
    assert person["name"] == "Mara Quist"
    assert [(v["path"].rsplit("/", 1)[1], v["written"]) for v in person["versions"]] == [
        ("cv-2023.md", "2023-03"), ("cv-2024.md", "2024-05"), ("cv-2025.md", "2025-06")]
    rows = {row["title"]: row for row in person["rows"]}
    assert [(row["section"], row["title"], row["change"]) for row in person["rows"]] == [
        ("experience", "Senior Engineer, Tidepool Systems", "added"),
        ("experience", "Software Engineer, Acme Robotics", "same"),  # renamed slightly: one row
        ("experience", "Teaching Assistant, Harbour University", "same"),
        ("experience", "Intern, Beta Labs", "dropped"),  # after the entries the newest version lists
        ("publications", "Fast Paths for Log Storage", "changed"),
    ]
    engineer = rows["Software Engineer, Acme Robotics"]["cells"]
    assert [c["dates"] for c in engineer] == ["2019 - 2021", "2019 - 2021", "09/2019 - 06/2021"]
    assert [c["changed"] for c in engineer] == [[], [], []]  # to the month, within the same years: no change
    assert rows["Intern, Beta Labs"]["cells"][2] is None
    assert rows["Senior Engineer, Tidepool Systems"]["cells"][0] is None
    paper = rows["Fast Paths for Log Storage"]["cells"]
    assert [(c["status"], c["venue"], c["place"], c["changed"]) for c in paper] == [
        ("submitted", "FAST 2023", "1st of 2", []),
        ("accepted", "EuroSys 2024", "1st of 2", ["dates", "status", "venue"]),  # and the year: 2023, then 2024
        ("accepted", "EuroSys 2024", "2nd of 2", ["place"]),
    ]


def test_two_entries_with_similar_titles_stay_two_rows(tmp_path):
    files = {name: text.replace("* **Intern**, Beta Labs, 2018\n", "* **Engineer**, Acme Robotics, 2012 - 2014\n")
             for name, text in VERSIONS.items()}
    report = json.loads(_compare(write_files(tmp_path, files), "--format", "json"))
    titles = [(row["title"], [c["dates"] if c else None for c in row["cells"]]) for row in report["people"][0]["rows"]]
    assert ("Engineer, Acme Robotics", ["2012 - 2014", "2012 - 2014", None]) in titles  # dropped in 2025
    assert ("Software Engineer, Acme Robotics", ["2019 - 2021", "2019 - 2021", "09/2019 - 06/2021"]) in titles


def test_the_text_table_fits_80_columns_and_marks_changes(versions):
    text = _compare(versions, "--width", "80")
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert lines[0] == "Mara Quist: 3 versions, oldest first"
    assert re.match(r"v1  \S*cv-2023\.md", lines[1])  # the key to the columns: each version's file
    assert "* accepted · EuroSys" in text  # the status that changed, marked
    assert "(dropped)" in text and "(added)" in text
    # below the table, the findings about the person: the author place that moved (CV302), the venue (CV201)
    below = text[text.index("Findings about this person (2):"):].replace("\n", "")  # as wrapped to 80 columns
    assert re.findall(r"cv-2025\.md:13:\d+\s*(error|warning)\s*(CV\d+)", below) == [("error", "CV302"), ("warning", "CV201")]


def test_markdown_table_one_column_a_version(versions):
    text = _compare(versions, "--format", "markdown")
    header = next(line for line in text.splitlines() if line.startswith("| entry"))
    assert header == "| entry | v1 2023-03 | v2 2024-05 | v3 2025-06 |"
    assert "| publications: Fast Paths for Log Storage (changed) | 2023<br>submitted · FAST 2023<br>listed 1st of 2 | " \
           "**2024**<br>**accepted · EuroSys 2024**<br>listed 1st of 2 | 2024<br>accepted · EuroSys 2024<br>**listed 2nd of 2** |" in text


def test_samples_show_every_planted_change(monkeypatch):
    from pathlib import Path

    monkeypatch.chdir(Path(__file__).resolve().parent.parent)
    report = json.loads(_compare(["samples/yao"], "--format", "json"))
    jsonschema.validate(report, json_schema())
    (person,) = report["people"]
    rows = {row["title"]: row for row in person["rows"]}
    lab = [c and (c["venue"], c["authorship"], c["changed"]) for c in rows["Research Assistant, Storage Systems Lab"]["cells"]]
    by_path = dict(zip((v["path"] for v in person["versions"]), lab))
    # 09/2023 – 02/2023; the site page before it says FAST'25 too (as mojibake, "FASTâ€™25")
    assert by_path["samples/yao/cv-2025.txt"] == ("FAST 2025", "joint-first@2", ["dates"])
    assert by_path["samples/yao/cv-2026-export.txt"] == ("OSDI 2025", "first", ["dates", "venue", "authorship"])
    assert by_path["samples/yao/cv-2026.pdf"] == ("EuroSys 2025", "first", ["venue"])
    energy = {v["path"]: c for v, c in zip(person["versions"], rows["Energy-Aware Scheduling of Serverless Functions"]["cells"])}
    assert energy["samples/yao/cv-2025.txt"]["venue"] == "AAAI 2024" and "venue" in energy["samples/yao/cv-2025.txt"]["changed"]
    assert energy["samples/yao/cv-2026.pdf"]["changed"] == ["dates", "venue"]  # IJCAI 2023 where the others say 2024
    assert {f["code"] for f in person["findings"]} >= {"CV201", "CV202", "CV303", "CV101"}


def test_schema_command_prints_the_compare_schema():
    result = CliRunner().invoke(cli, ["schema", "compare"])
    assert json.loads(result.output)["title"] == "cvlint compare"


def test_no_person_with_two_versions(tmp_path):
    one = write_files(tmp_path, {"cv.md": VERSIONS["cv-2023.md"]})
    assert _compare(one) == "No person with two or more versions among these files.\n"
