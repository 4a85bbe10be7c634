import os
import tempfile

import pytest

# the catalogue cache of a test run stays out of the user's cache folder
os.environ.setdefault("CVLINT_CACHE_DIR", tempfile.mkdtemp(prefix="cvlint-cache-"))

from cvlint.registry import load_rules  # noqa: E402


@pytest.fixture(scope="session")
def rules():
    return load_rules()
