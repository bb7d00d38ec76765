"""Tool grants in SQLite: only "always" outlives the process; revocation is durable."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.permissions import (
    BUILT_IN,
    Decision,
    Grant,
    GrantScope,
    PermissionPolicy,
    ToolCallRequest,
    ToolKey,
)
from desktop_app.storage.conversation_store import SqliteConversationStore
from desktop_app.storage.grant_store import SqliteGrantStore

CLOCK = ToolKey(BUILT_IN, "current_time", "c1")
FETCH = ToolKey(BUILT_IN, "fetch", "f1")


def ask(key: ToolKey, conversation: int = 1) -> ToolCallRequest:
    return ToolCallRequest("toolu_1", key, "", {}, conversation)


def test_only_always_grants_survive_a_restart_and_revoke_lasts(tmp_path: Path):
    db = tmp_path / "db.sqlite3"
    with SqliteConversationStore(db):
        pass  # the app's own store shares the file and its migrations
    first = SqliteGrantStore(db)
    policy = PermissionPolicy(first)
    policy.record(ask(CLOCK), Decision(True, GrantScope.ALWAYS))
    policy.record(ask(FETCH), Decision(True, GrantScope.CONVERSATION))
    policy.record(ask(FETCH), Decision(True, GrantScope.ONCE))
    assert policy.decide(ask(FETCH), read_only=False) is not None
    first.close()

    second = SqliteGrantStore(db)
    restarted = PermissionPolicy(second)
    assert restarted.grants() == [Grant(GrantScope.ALWAYS, CLOCK, True)]
    assert restarted.decide(ask(CLOCK, 5), read_only=False) == Decision(True, GrantScope.ALWAYS)
    assert restarted.decide(ask(FETCH), read_only=False) is None
    restarted.revoke(restarted.grants()[0])
    second.close()

    third = SqliteGrantStore(db)
    assert third.grants() == []
    third.close()


def test_non_always_grants_are_refused_by_the_store(tmp_path: Path):
    store = SqliteGrantStore(tmp_path / "db.sqlite3")
    with pytest.raises(ValueError):
        store.add_grant(Grant(GrantScope.CONVERSATION, CLOCK, True, 1))
    store.close()
