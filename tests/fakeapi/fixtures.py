"""The pytest fixture `fakeapi`: a fresh server per test, stopped afterwards."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fakeapi.server import FakeApi


@pytest.fixture
def fakeapi() -> Iterator[FakeApi]:
    with FakeApi() as server:
        yield server
