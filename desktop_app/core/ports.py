"""The ports the core talks through; adapters in `claude/` and `storage/` fill them."""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Iterator, Sequence
from typing import Any, Literal, Protocol

from desktop_app.core.batch_job import (
    BatchJob,
    BatchRequest,
    BatchStatus,
    Outcome,
    ResultLine,
)
from desktop_app.core.conversation import (
    Block,
    Conversation,
    Message,
    MessageState,
    Role,
    SearchHit,
    Usage,
)
from desktop_app.core.events import WireEvent
from desktop_app.core.ledger import LedgerEntry
from desktop_app.core.model_info import ModelInfo
from desktop_app.core.project import ListScope, Project
from desktop_app.core.request import Request
from desktop_app.core.request_options import RequestOptions
from desktop_app.core.uploaded_file import UploadedFile


class ClaudeClient(Protocol):
    """Speaks to the Messages API. Raises `ApiError` for every failure."""

    def stream(self, request: Request) -> AsyncGenerator[WireEvent, None]:
        """Stream one reply as wire events; cancelling the iteration closes the connection."""
        ...

    async def complete(self, request: Request) -> list[Block]:
        """One reply, not streamed (used for short jobs such as titles)."""
        ...

    async def list_models(self) -> list[ModelInfo]: ...

    async def count_tokens(self, request: Request) -> int:
        """The input tokens `request` would take (count_tokens); its max_tokens is ignored."""
        ...


class BatchClient(Protocol):
    """Speaks to the Message Batches API. Raises `ApiError` for every failure."""

    async def create(self, requests: list[dict[str, Any]]) -> BatchStatus:
        """Submit `[{"custom_id": …, "params": {…}}, …]` (attachments already resolved)."""
        ...

    async def retrieve(self, batch_id: str) -> BatchStatus: ...

    async def list(self, limit: int = 20) -> list[BatchStatus]:
        """The newest batches first."""
        ...

    async def cancel(self, batch_id: str) -> BatchStatus: ...

    def results(self, batch_id: str) -> AsyncIterator[ResultLine]:
        """An ended batch's results, one line at a time (any order), never all in memory."""
        ...


class BatchStore(Protocol):
    """Where batch jobs and their requests live, shared by the window and `parley batch`."""

    def add_job(
        self,
        *,
        group_id: int | None,
        label: str,
        model: str,
        prompt: str,
        system: str,
        max_tokens: int,
        requests: list[tuple[str, str, str, dict[str, Any]]],
    ) -> BatchJob:
        """A job being submitted, with its (custom_id, source name, source path, params)."""
        ...

    def submitted(
        self, job_id: int, status: BatchStatus, next_poll_at: float, poll_interval: float
    ) -> BatchJob:
        """The API took the job as batch `status.id`; polling starts at `poll_interval`."""
        ...

    def delete_job(self, job_id: int) -> None: ...

    def job(self, job_id: int) -> BatchJob: ...

    def find_job(self, name: str) -> BatchJob:
        """By `msgbatch_…` id or local number; LookupError when there is none."""
        ...

    def jobs(self) -> list[BatchJob]:
        """Newest first."""
        ...

    def unfinished(self) -> list[BatchJob]:
        """Submitted jobs whose batch has not ended or whose results are not all stored."""
        ...

    def group(self, group_id: int) -> list[BatchJob]: ...

    def polled(
        self,
        job_id: int,
        status: BatchStatus | None,
        *,
        next_poll_at: float,
        poll_interval: float,
        error: str = "",
    ) -> BatchJob:
        """After a poll: the API's news (None when the poll failed) and when to look again."""
        ...

    def requests(
        self, job_id: int, *, outcomes: tuple[Outcome, ...] = ()
    ) -> Iterator[BatchRequest]:
        """The job's requests in order, read a page at a time; only `outcomes` when given."""
        ...

    def request(self, job_id: int, custom_id: str) -> BatchRequest | None: ...

    def claim(self, request_id: int, now: float, stale_after: float) -> bool:
        """Take a request with no outcome yet to store its result; False when another reader
        holds it (a claim older than `stale_after` seconds is taken over: its reader died)."""
        ...

    def record_outcome(
        self,
        request_id: int,
        outcome: Outcome,
        *,
        error: str = "",
        conversation_id: int | None = None,
        usage: Usage | None = None,
        cost_usd: float | None = None,
    ) -> None: ...

    def results_read(self, job_id: int) -> BatchJob:
        """Every results line of the job is stored."""
        ...


class UsageLedger(Protocol):
    """Where spending is recorded, one entry per priced request."""

    def record(self, entry: LedgerEntry) -> None:
        """Add the entry; an entry for a message already recorded replaces it."""
        ...


class AttachmentSource(Protocol):
    """Where attached files' prepared bytes are kept, by the sha256 of those bytes."""

    def contains(self, sha256: str) -> bool:
        """Whether the bytes are there; cheap (no read)."""
        ...

    def load(self, sha256: str) -> bytes:
        """The bytes; raises `AttachmentError` when they are missing, unreadable or damaged."""
        ...


class ConversationStore(Protocol):
    """Where conversations live. Every call is short; writes are durable on return."""

    def create_conversation(
        self,
        model: str,
        system_prompt: str = "",
        title: str = "",
        *,
        continued_from: int | None = None,
        project_id: int | None = None,
    ) -> Conversation: ...

    def get_conversation(self, conversation_id: int) -> Conversation: ...

    def list_conversations(
        self,
        limit: int | None = None,
        after: tuple[float, int] | None = None,
        scope: ListScope = ...,
    ) -> list[Conversation]:
        """Those in `scope` (default: all but the archived), pinned first, then newest
        activity first; deleted conversations are left out. At most `limit`; `after` (the
        (updated_at, id) of the last unpinned one already read) gives the next page."""
        ...

    def changed_since(
        self, updated_at: float, organised_at: float = ...
    ) -> list[tuple[Conversation, bool]]:
        """Conversations with activity after `updated_at` or organised (pinned, archived,
        moved) after `organised_at`, oldest first, each with whether it is deleted."""
        ...

    def update_conversation(
        self,
        conversation_id: int,
        *,
        title: str | None = None,
        model: str | None = None,
        system_prompt: str | None = None,
        thinking: bool | None = None,
        effort: str | None = None,
        max_tokens: int | None = None,
        cache_ttl: str | None = None,
    ) -> Conversation:
        """None leaves a field as it is; `max_tokens` 0 goes back to the settings' default."""
        ...

    def delete_conversation(self, conversation_id: int) -> None:
        """Hide the conversation; `restore_conversation` undoes it until `purge_deleted`."""
        ...

    def restore_conversation(self, conversation_id: int) -> None: ...

    def purge_deleted(self) -> int: ...

    def messages(self, conversation_id: int, leaf: int | None = None) -> list[Message]:
        """The branch ending at `leaf` (None: the one shown), oldest first."""
        ...

    def spending(self, conversation_id: int) -> list[tuple[str | None, Usage]]:
        """Every reply's usage on every branch, summed per model: what the conversation cost."""
        ...

    def siblings(self, conversation_id: int) -> dict[int, tuple[int, ...]]:
        """For each message with alternatives (edits, regenerations): all of them, oldest first."""
        ...

    def set_head(self, conversation_id: int, message_id: int | None) -> None:
        """Show the branch ending at `message_id`; the next message added follows it."""
        ...

    def show_branch(self, message_id: int) -> int:
        """Show the newest branch through `message_id`; returns its conversation's id."""
        ...

    def add_message(
        self,
        conversation_id: int,
        role: Role,
        content: list[Block],
        *,
        state: MessageState = MessageState.COMPLETE,
        model: str | None = None,
        usage: Usage | None = None,
        stop_reason: str | None = None,
        after: int | Literal["head"] | None = "head",
    ) -> Message:
        """Add a message after `after` (None: as a first message; "head": after the branch
        shown); it becomes the end of the branch shown."""
        ...

    def update_message(
        self,
        message_id: int,
        content: list[Block],
        *,
        state: MessageState,
        usage: Usage | None = None,
        stop_reason: str | None = None,
        stop_sequence: str | None = None,
    ) -> Message: ...

    def request_options(self, conversation_id: int) -> RequestOptions:
        """The conversation's sampling options (none set: all unset)."""
        ...

    def stop_sequence(self, message_id: int) -> str | None:
        """The stop sequence a reply ended at, if it ended at one."""
        ...

    def set_request_options(self, conversation_id: int, options: RequestOptions) -> None: ...

    def delete_message(self, message_id: int) -> None:
        """Delete the message and the branch that follows it."""
        ...

    def search(self, query: str, limit: int = 50) -> list[SearchHit]: ...

    def changed_elsewhere(self) -> bool:
        """Whether another process wrote since the last call (the CLI beside the window)."""
        ...

    def touch(self, message_ids: Sequence[int]) -> None:
        """Note that these unfinished messages are still being written (their heartbeat)."""
        ...

    def mark_interrupted(self, stale_after: float = ...) -> int:
        """Turn STREAMING messages whose heartbeat stopped `stale_after` seconds ago into
        INTERRUPTED; run once at start-up."""
        ...


class Organiser(Protocol):
    """Pins, the archive and projects (folders with their own defaults)."""

    def pin(self, conversation_ids: Sequence[int], pinned: bool = True) -> None: ...

    def archive(self, conversation_ids: Sequence[int], archived: bool = True) -> None: ...

    def move_to_project(self, conversation_ids: Sequence[int], project_id: int | None) -> None: ...

    def projects(self) -> list[Project]: ...

    def project(self, project_id: int) -> Project: ...

    def find_project(self, name: str) -> Project | None: ...

    def create_project(self, name: str, system_prompt: str = "", model: str = "") -> Project: ...

    def update_project(
        self,
        project_id: int,
        *,
        name: str | None = None,
        system_prompt: str | None = None,
        model: str | None = None,
    ) -> Project: ...

    def delete_project(self, project_id: int) -> int:
        """Delete it; its conversations stay, in no project. Returns how many it held."""
        ...


class FileClient(Protocol):
    """Speaks to the Files API (beta). Raises `ApiError` for every failure."""

    async def upload_file(self, name: str, media_type: str, data: bytes) -> UploadedFile: ...

    async def list_files(self) -> list[UploadedFile]:
        """Every file uploaded with this key, newest first."""
        ...

    async def delete_file(self, file_id: str) -> bool:
        """Delete it at the API; False when the API held no such file (nothing to do)."""
        ...

    async def file_exists(self, file_id: str) -> bool:
        """Whether the API still holds the file (False only when it says it does not)."""
        ...


class UploadedFileStore(Protocol):
    """Which attachments (by the sha256 of their bytes) were uploaded, under which file_id."""

    def file_id(self, sha256: str) -> str | None: ...

    def add(self, sha256: str, uploaded: UploadedFile) -> str:
        """Keep `uploaded` for these bytes, unless a file is kept for them already (another
        window or `parley` uploaded them meanwhile); the file_id kept, in one transaction."""
        ...

    def forget(self, file_id: str) -> None:
        """Drop the row (the file was deleted here or is gone at the API)."""
        ...

    def files(self) -> list[UploadedFile]:
        """Every row, newest first."""
        ...
