"""The parsed-TOML cache: used when a file is unchanged, refreshed when it changes, and
never a reason to fail."""

from __future__ import annotations

import pytest

from cvlint import cache, catalogue


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CVLINT_CACHE_DIR", str(tmp_path / "cache"))
    cache.clear()
    yield tmp_path / "cache"
    cache.clear()


def test_unchanged_file_is_read_from_the_cache_of_an_earlier_run(tmp_path, fresh_cache, monkeypatch):
    path = tmp_path / "rule.toml"
    path.write_text('code = "CV999"\n[[cases]]\nname = "x"\n')
    assert catalogue.load_toml(path, until="[[cases]]") == {"code": "CV999"}
    cache.save()
    cache.clear()  # as if a new process

    def no_parsing(text):
        raise AssertionError("parsed again")

    monkeypatch.setattr(catalogue, "parse_toml", no_parsing)
    assert catalogue.load_toml(path, until="[[cases]]") == {"code": "CV999"}


def test_changed_file_is_parsed_again(tmp_path, fresh_cache):
    path = tmp_path / "rule.toml"
    path.write_text('code = "CV999"\n')
    assert catalogue.load_toml(path) == {"code": "CV999"}
    path.write_text('code = "CV9999"\n')
    assert catalogue.load_toml(path) == {"code": "CV9999"}


def test_unwritable_cache_folder_is_not_an_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("CVLINT_CACHE_DIR", str(blocker))  # a file where the folder should be
    cache.clear()
    path = tmp_path / "rule.toml"
    path.write_text('code = "CV999"\n')
    assert catalogue.load_toml(path) == {"code": "CV999"}
    cache.save()
    cache.clear()
