import pytest

from cvlint.rules import load_rules


@pytest.fixture(scope="session")
def rules():
    return load_rules()
