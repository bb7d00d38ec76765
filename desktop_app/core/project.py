"""Projects (folders of conversations with their own defaults) and the list scopes that
show them: everything, one project, or the archive."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from desktop_app.core.conversation import Conversation


@dataclass(frozen=True, slots=True)
class Project:
    id: int
    name: str
    system_prompt: str = ""  # a new conversation filed here starts with it
    model: str = ""  # a new conversation filed here starts with it; "" keeps the usual one
    created_at: float = 0.0
    sort_key: float = 0.0  # the order of the folders, ascending


class ScopeKind(Enum):
    ALL = "all"  # every conversation not archived, whatever its project
    PROJECT = "project"  # the ones filed in one project, not archived
    ARCHIVED = "archived"  # the archived ones, whatever their project


@dataclass(frozen=True, slots=True)
class ListScope:
    """Which conversations a list shows; pinned ones go first in every scope but the archive."""

    kind: ScopeKind = ScopeKind.ALL
    project_id: int | None = None

    @classmethod
    def project(cls, project_id: int) -> ListScope:
        return cls(ScopeKind.PROJECT, project_id)

    @classmethod
    def archived(cls) -> ListScope:
        return cls(ScopeKind.ARCHIVED)

    def includes(self, conversation: Conversation) -> bool:
        match self.kind:
            case ScopeKind.ALL:
                return conversation.archived_at is None
            case ScopeKind.PROJECT:
                return (
                    conversation.archived_at is None and conversation.project_id == self.project_id
                )
            case ScopeKind.ARCHIVED:
                return conversation.archived_at is not None


def list_order(conversation: Conversation) -> tuple[int, float, float, int]:
    """A sort key putting a list in its shown order: pins first (the latest pin first),
    then the newest activity first."""
    if conversation.pinned_at is not None:
        return (0, -conversation.pinned_at, 0.0, -conversation.id)
    return (1, 0.0, -conversation.updated_at, -conversation.id)
