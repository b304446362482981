"""Fixtures shared by test modules."""

from __future__ import annotations

import pytest

from checker.rules import Rules
from tests.helpers import family_rules


@pytest.fixture(scope="session")
def loader_rules(tmp_path_factory: pytest.TempPathFactory) -> Rules:
    """Only the rules families the corpus loader reads (language, boilerplate), so that other
    families being edited cannot break the loader's tests."""
    return family_rules(tmp_path_factory.mktemp("loader_rules"), ("language", "boilerplate"))
