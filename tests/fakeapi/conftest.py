"""Fixtures for the fake server's own tests: a real AsyncAnthropic client pointed at it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest_asyncio
from anthropic import AsyncAnthropic

from tests.fakeapi.sdk_client import sdk_client
from tests.fakeapi.server import FakeApi


@pytest_asyncio.fixture
async def sdk(fakeapi: FakeApi) -> AsyncIterator[AsyncAnthropic]:
    """The real SDK against the fake server, without retries unless a test asks for them."""
    async with sdk_client(fakeapi.url) as client:
        yield client
