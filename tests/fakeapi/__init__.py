"""A local Anthropic-compatible server for tests, benchmarks and trying Parley without a key."""

from tests.fakeapi.recorded_request import RecordedRequest
from tests.fakeapi.replies import Reply
from tests.fakeapi.server import FakeApi

__all__ = ["FakeApi", "RecordedRequest", "Reply"]
