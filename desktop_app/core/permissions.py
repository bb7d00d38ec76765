"""Who may run which tool: grants, decisions, the policy that applies them, and the gate port.

The gate (a dialog in the window, a y/N prompt in the CLI) is the only source of a new
`Decision`; nothing a tool returns can produce one. Deny wins over allow, a grant made for
one definition of a tool does not cover a changed one, and some tools always ask.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Protocol

BUILT_IN = "built-in"


class GrantScope(Enum):
    ONCE = "once"
    CONVERSATION = "conversation"
    ALWAYS = "always"


def fingerprint(
    source: str, name: str, description: str, schema: dict[str, Any], *extra: str
) -> str:
    """A short hash of everything that makes a tool what it is; a change means asking again."""
    text = json.dumps([source, name, description, schema, list(extra)], sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class ToolKey:
    """A tool as a grant names it: where it comes from, its name, and its definition's hash."""

    source: str
    name: str
    fingerprint: str


@dataclass(frozen=True, slots=True)
class Grant:
    """A standing answer for a tool; `conversation_id` is set for CONVERSATION grants only."""

    scope: GrantScope
    tool: ToolKey
    allow: bool = True
    conversation_id: int | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    allow: bool
    scope: GrantScope = GrantScope.ONCE
    reason: str | None = None  # the user's words for Claude when denying

    @classmethod
    def deny(cls, reason: str | None = None) -> Decision:
        return cls(False, GrantScope.ONCE, reason)


@dataclass(frozen=True, slots=True)
class ToolCallRequest:
    """Everything a person needs to judge one call; `preview` is e.g. a diff for write_file."""

    tool_use_id: str
    tool: ToolKey
    description: str
    arguments: dict[str, Any]
    conversation_id: int
    broad_grants_allowed: bool = True  # False: only "Allow once" may be offered
    preview: str = ""

    @property
    def name(self) -> str:
        return self.tool.name

    @property
    def source(self) -> str:
        return self.tool.source


@dataclass(frozen=True, slots=True)
class ContinueRequest:
    """The turn used its tool rounds; asked whether Claude may go on for `rounds` more."""

    conversation_id: int
    rounds_done: int
    rounds: int


class PermissionGate(Protocol):
    """Asks a person. An exception or cancellation from either method counts as "no"."""

    async def ask(self, request: ToolCallRequest) -> Decision: ...

    async def ask_continue(self, request: ContinueRequest) -> bool: ...


class GrantStore(Protocol):
    """Where ALWAYS grants outlive the process."""

    def grants(self) -> list[Grant]: ...

    def add_grant(self, grant: Grant) -> None: ...

    def revoke_grant(self, grant: Grant) -> None: ...


class MemoryGrantStore:
    """Grants for one run only (tests, `parley ask`)."""

    def __init__(self, grants: Iterable[Grant] = ()) -> None:
        self._grants = list(grants)

    def grants(self) -> list[Grant]:
        return list(self._grants)

    def add_grant(self, grant: Grant) -> None:
        if grant not in self._grants:
            self._grants.append(grant)

    def revoke_grant(self, grant: Grant) -> None:
        self._grants = [g for g in self._grants if g != grant]


@dataclass
class PermissionPolicy:
    """Applies grants and settings; returns a Decision when one stands, None when to ask."""

    store: GrantStore = field(default_factory=MemoryGrantStore)
    auto_allow_read_only: bool = False
    _session: list[Grant] = field(default_factory=list)

    def decide(self, request: ToolCallRequest, *, read_only: bool) -> Decision | None:
        matching = [g for g in self.grants() if self._covers(g, request)]
        if any(not g.allow for g in matching):
            return Decision.deny("denied by an earlier answer for this conversation")
        if not request.broad_grants_allowed:
            return None
        if matching:
            return Decision(True, matching[0].scope)
        if read_only and self.auto_allow_read_only and request.source == BUILT_IN:
            return Decision(True, GrantScope.ALWAYS)
        return None

    def record(self, request: ToolCallRequest, decision: Decision) -> Grant | None:
        """Remember an answer beyond this call when its scope says so and the tool allows it."""
        if decision.scope is GrantScope.ONCE:
            return None
        if decision.allow and not request.broad_grants_allowed:
            return None
        if decision.scope is GrantScope.ALWAYS and decision.allow:
            grant = Grant(GrantScope.ALWAYS, request.tool, True)
            self.store.add_grant(grant)
            return grant
        # A conversation-wide answer; a deny is kept per conversation even if "always" was
        # asked, so one refusal never blocks a tool everywhere without the user revoking it.
        grant = Grant(
            GrantScope.CONVERSATION, request.tool, decision.allow, request.conversation_id
        )
        if grant not in self._session:
            self._session.append(grant)
        return grant

    def grants(self) -> list[Grant]:
        return [*self.store.grants(), *self._session]

    def revoke(self, grant: Grant) -> None:
        if grant.scope is GrantScope.ALWAYS:
            self.store.revoke_grant(grant)
        self._session = [g for g in self._session if g != grant]

    @staticmethod
    def _covers(grant: Grant, request: ToolCallRequest) -> bool:
        if grant.tool != request.tool:
            return False
        return grant.scope is GrantScope.ALWAYS or grant.conversation_id == request.conversation_id
