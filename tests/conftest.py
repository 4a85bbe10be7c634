import pytest

from cvlint.registry import load_rules


@pytest.fixture(scope="session")
def rules():
    return load_rules()
