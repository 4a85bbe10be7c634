"""The rule catalogue: one TOML file per rule under a folder per category, and reference
tables under data/. Installed as ``cvlint.rules`` so an installed cvlint finds it."""
