"""PermissionPolicy: deny wins, changed tools ask again, some tools always ask, scopes."""

from __future__ import annotations

from desktop_app.core.permissions import (
    BUILT_IN,
    Decision,
    Grant,
    GrantScope,
    MemoryGrantStore,
    PermissionPolicy,
    ToolCallRequest,
    ToolKey,
)

KEY = ToolKey(BUILT_IN, "read_file", "f1")


def request(key: ToolKey = KEY, conversation: int = 1, broad: bool = True) -> ToolCallRequest:
    return ToolCallRequest("toolu_1", key, "d", {"path": "a"}, conversation, broad)


def test_nothing_granted_means_ask():
    assert PermissionPolicy().decide(request(), read_only=True) is None


def test_once_is_never_remembered():
    policy = PermissionPolicy()
    assert policy.record(request(), Decision(True, GrantScope.ONCE)) is None
    assert policy.decide(request(), read_only=False) is None


def test_conversation_grant_covers_only_that_conversation():
    policy = PermissionPolicy()
    policy.record(request(conversation=1), Decision(True, GrantScope.CONVERSATION))
    assert policy.decide(request(conversation=1), read_only=False) == Decision(
        True, GrantScope.CONVERSATION
    )
    assert policy.decide(request(conversation=2), read_only=False) is None


def test_always_grant_goes_to_the_store_and_covers_every_conversation():
    store = MemoryGrantStore()
    policy = PermissionPolicy(store)
    policy.record(request(), Decision(True, GrantScope.ALWAYS))
    assert store.grants() == [Grant(GrantScope.ALWAYS, KEY, True)]
    assert PermissionPolicy(store).decide(request(conversation=9), read_only=False) is not None


def test_deny_wins_over_an_always_allow():
    store = MemoryGrantStore([Grant(GrantScope.ALWAYS, KEY, True)])
    policy = PermissionPolicy(store)
    policy.record(request(), Decision(False, GrantScope.CONVERSATION, "no"))
    decision = policy.decide(request(), read_only=False)
    assert decision is not None and not decision.allow
    assert policy.decide(request(conversation=2), read_only=False) is not None


def test_a_changed_definition_is_not_covered():
    store = MemoryGrantStore([Grant(GrantScope.ALWAYS, KEY, True)])
    changed = ToolKey(BUILT_IN, "read_file", "f2")
    assert PermissionPolicy(store).decide(request(changed), read_only=False) is None


def test_always_asking_tools_ignore_broad_grants_and_never_get_one():
    key = ToolKey(BUILT_IN, "run_command", "r")
    store = MemoryGrantStore([Grant(GrantScope.ALWAYS, key, True)])
    policy = PermissionPolicy(store, auto_allow_read_only=True)
    req = request(key, broad=False)
    assert policy.decide(req, read_only=True) is None
    assert policy.record(req, Decision(True, GrantScope.CONVERSATION)) is None
    assert policy.record(req, Decision(True, GrantScope.ALWAYS)) is None
    assert policy.decide(req, read_only=False) is None


def test_read_only_auto_allow_is_off_by_default_and_built_in_only():
    assert PermissionPolicy().decide(request(), read_only=True) is None
    auto = PermissionPolicy(auto_allow_read_only=True)
    assert auto.decide(request(), read_only=True) is not None
    assert auto.decide(request(), read_only=False) is None
    mcp = ToolKey("notes-server", "read_file", "f1")
    assert auto.decide(request(mcp), read_only=True) is None


def test_revoke_removes_the_grant():
    store = MemoryGrantStore()
    policy = PermissionPolicy(store)
    always = policy.record(request(), Decision(True, GrantScope.ALWAYS))
    here = policy.record(request(conversation=3), Decision(True, GrantScope.CONVERSATION))
    assert always and here
    policy.revoke(always)
    policy.revoke(here)
    assert policy.grants() == []
    assert policy.decide(request(conversation=3), read_only=False) is None
