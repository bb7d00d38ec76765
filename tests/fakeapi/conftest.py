"""Fixtures for the fake server's own tests: the real AsyncAnthropic client and a plain HTTP
client (for where the wire matters), both pointed at it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx2
import pytest_asyncio
from anthropic import AsyncAnthropic

from tests.fakeapi.sdk_client import sdk_client
from tests.fakeapi.server import FakeApi


@pytest_asyncio.fixture
async def sdk(fakeapi: FakeApi) -> AsyncIterator[AsyncAnthropic]:
    """The real SDK against the fake server, without retries unless a test asks for them."""
    async with sdk_client(fakeapi.url) as client:
        yield client


@pytest_asyncio.fixture
async def http(fakeapi: FakeApi) -> AsyncIterator[httpx2.AsyncClient]:
    """Plain HTTP with a key and the API version, for the headers and bytes the SDK hides."""
    headers = {"x-api-key": "test", "anthropic-version": "2023-06-01"}
    async with httpx2.AsyncClient(base_url=fakeapi.url, headers=headers, timeout=30) as client:
        yield client
