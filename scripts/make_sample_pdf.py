"""Write samples/yao/cv-2026.pdf: the sample person's CV as a real PDF laid out with a
left-margin column of section labels and a right-aligned date column (as many LaTeX CVs are).
The PDF is committed; this script says exactly what is in it and makes it again.

    python scripts/make_sample_pdf.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.pdfgen import margin_column_cv  # noqa: E402  (the PDF writer the tests use)

SECTIONS = [
    ("EDUCATION", [("Northbridge University", True, "09/2021 - 06/2025"),
                   ("B.Eng. in Computer Science", False, "")]),
    ("ACADEMIC\nEXPERIENCE", [("Storage Systems Lab, Northbridge University", True, "09/2023 - 02/2024"),
                              ("Research Assistant", False, ""),
                              ("- Built a log-structured key-value store for zoned SSDs", False, ""),
                              ("- Planned to submit to EuroSys'25 (First authorship)", False, "")]),
    ("INDUSTRY\nEXPERIENCE", [("Cloudline Inc.", True, "06/2022 - 09/2022"),
                              ("Software Engineering Intern", False, "")]),
    ("PUBLICATIONS", [("[1] Yizhen Yao, Wei Zhang, Ming Li. \"Tiered Compaction for Zoned Storage.\"", False, ""),
                      ("Submitted to NeurIPS 2024.", False, ""),
                      ("[2] Ming Li, Yizhen Yao. \"Energy-Aware Scheduling of Serverless Functions.\"", False, ""),
                      ("Accepted to IJCAI 2024.", False, "")]),
]


def main() -> None:
    target = ROOT / "samples" / "yao" / "cv-2026.pdf"
    target.write_bytes(margin_column_cv("Yizhen Yao", SECTIONS, mod_date="20260815120000"))
    print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
