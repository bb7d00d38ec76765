"""The app's line to Claude: the key, the client and the chat session, readied after first paint.

Importing the SDK costs about a second, so it happens once the window is up, on a
thread of its own (ClientLoader); the loop awaits it and never imports it itself.
The keyring is asked on a worker thread because it can block. Until the session is
ready, senders wait in `wait_session()`. asyncio and the session's modules are
imported inside the methods that run on the loop, not before the first paint.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from desktop_app.core.settings import DEFAULT_REPLY_LIMIT, Settings
from desktop_app.ui.client_loader import ClientLoader

if TYPE_CHECKING:
    import asyncio

    from desktop_app.claude.client import AnthropicClient
    from desktop_app.core.chat_session import ChatSession
    from desktop_app.core.file_uploads import FileUploads
    from desktop_app.core.model_catalogue import ModelCatalogue
    from desktop_app.core.permissions import PermissionPolicy
    from desktop_app.core.ports import BatchClient, ClaudeClient, ConversationStore
    from desktop_app.core.pricing import Pricing
    from desktop_app.storage.api_key import ApiKeyStore, KeySource, UnusableKeyError
    from desktop_app.storage.attachment_store import AttachmentStore
    from desktop_app.storage.grant_store import SqliteGrantStore
    from desktop_app.storage.uploaded_file_store import SqliteUploadedFileStore
    from desktop_app.storage.usage_ledger import SqliteUsageLedger
    from desktop_app.tools.mcp import McpServerManager
    from desktop_app.tools.registry import ToolRegistry
    from desktop_app.ui.permission_gate import DialogGate

log = logging.getLogger(__name__)


class ConnectionState(StrEnum):
    STARTING = "starting"
    READY = "ready"
    NEEDS_KEY = "needs_key"
    BROKEN = "broken"  # the client could not be loaded at all


class NoKeyError(Exception):
    """Sending was asked for while no API key is known."""


class ClaudeConnection(QObject):
    state_changed = Signal()
    key_needed = Signal()
    models_changed = Signal()

    def __init__(
        self,
        store: ConversationStore,
        catalogue: ModelCatalogue,
        *,
        base_url: str | None = None,
        prompt_caching: bool = True,
        ledger: SqliteUsageLedger | None = None,
        pricing: Pricing | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ledger = ledger  # what was spent: the session writes it, the Usage view reads it
        self.pricing = pricing
        self.catalogue = catalogue
        self.base_url = base_url or None
        self.prompt_caching = prompt_caching
        self._default_max_tokens = DEFAULT_REPLY_LIMIT  # the settings' say, set by the window
        self.state = ConnectionState.STARTING
        self.session: ChatSession | None = None
        self.key_source: KeySource | None = None
        self._key_store: ApiKeyStore | None = None
        self._key: str | None = None  # in memory only: the batch follower's client needs it
        self.key_problem: UnusableKeyError | None = None  # why the key found cannot be used
        self._attachment_store: AttachmentStore | None = None
        # Tools, made with the session (after the first paint): what Claude may call, the
        # grants that stand, the dialogs that ask, and the MCP servers that add tools.
        self.registry: ToolRegistry | None = None
        self.policy: PermissionPolicy | None = None
        self.gate: DialogGate | None = None
        self.mcp: McpServerManager | None = None
        self._grant_store: SqliteGrantStore | None = None
        self._uploaded_files: SqliteUploadedFileStore | None = None
        self._settled: asyncio.Event | None = None  # made on the loop, by the first to need it
        self._tasks: set[asyncio.Task[Any]] = set()
        self._closed = False
        self._loader = ClientLoader()
        self.closers: list[Callable[[], Awaitable[None]]] = []  # others on the loop, at close

    @property
    def default_max_tokens(self) -> int:
        return self._default_max_tokens

    @default_max_tokens.setter
    def default_max_tokens(self, limit: int) -> None:
        """A reply's max_tokens where its conversation sets none, for this session and later."""
        self._default_max_tokens = limit
        if self.session is not None:
            self.session.default_max_tokens = limit

    def start(self) -> None:
        self._spawn(self._start())

    @property
    def attachment_store(self) -> AttachmentStore:
        """Attached files' prepared bytes, by sha256; made on first use (it makes its folder)."""
        if self._attachment_store is None:
            from desktop_app import paths
            from desktop_app.storage.attachment_store import AttachmentStore

            self._attachment_store = AttachmentStore(paths.attachments_dir())
        return self._attachment_store

    async def wait_session(self) -> ChatSession:
        await self._settled_event().wait()
        if self.session is None or self.state is ConnectionState.NEEDS_KEY:
            raise NoKeyError
        return self.session

    async def _start(self) -> None:
        import asyncio

        from desktop_app.storage.api_key import ApiKeyStore, UnusableKeyError

        try:
            await self._import_client()
            self._key_store = ApiKeyStore()
            loop = asyncio.get_running_loop()
            key, source = await loop.run_in_executor(None, self._key_store.load)
        except UnusableKeyError as error:
            self.key_problem = error  # the key prompt says why; nothing was sent with it
            self._set_state(ConnectionState.NEEDS_KEY)
            self.key_needed.emit()
            return
        except Exception:
            log.exception("Could not load the Claude client")
            self._set_state(ConnectionState.BROKEN)
            return
        if key:
            self.key_source = source
            self.use_key(key)
        else:
            self._set_state(ConnectionState.NEEDS_KEY)
            self.key_needed.emit()

    async def _import_client(self) -> None:
        """The SDK and the session's modules, loaded on the loader's thread; raises if they fail."""
        await self._loader.loaded()

    def set_base_url(self, base_url: str | None) -> None:
        """Talk to this address from the next request on (None: the SDK's own choice, which
        is ANTHROPIC_BASE_URL or Anthropic's); replies under way keep their client."""
        self.base_url = base_url or None
        if self._key is not None and self.session is not None:
            self.use_key(self._key)

    def key_hint(self) -> str:
        """The key in use as its tail alone (`sk-ant-…abcd`), or '' when none is known."""
        key = self._key
        if not key:
            return ""
        return f"{key[:7]}…{key[-4:]}" if len(key) > 16 else "…"

    async def forget_key(self) -> None:
        """Remove the key from the keyring and this session; the next send asks for one
        (unless ANTHROPIC_API_KEY holds one, which stays in use)."""
        import asyncio

        from desktop_app.storage.api_key import ApiKeyStore

        if self._key_store is None:
            self._key_store = ApiKeyStore()
        store = self._key_store
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, store.clear)
        key, source = await loop.run_in_executor(None, store.load)
        self.key_source = source
        if key:
            self.use_key(key)
            return
        self._key = None  # the session stays, with its tools; sends wait for a new key
        self._set_state(ConnectionState.NEEDS_KEY)

    @property
    def uploads(self) -> FileUploads | None:
        """Documents uploaded once to the Files API, with the key in use; None without one."""
        if self.session is None or self._key is None:
            return None
        return self.session.uploads

    def _make_uploads(self, client: AnthropicClient) -> FileUploads:
        from desktop_app import paths
        from desktop_app.core.file_uploads import FileUploads
        from desktop_app.storage.uploaded_file_store import SqliteUploadedFileStore

        self._uploaded_files = SqliteUploadedFileStore(paths.database_path())
        return FileUploads(self._uploaded_files, client.files, self.attachment_store)

    def make_client(self, key: str) -> AnthropicClient:
        from desktop_app.claude.client import AnthropicClient

        return AnthropicClient(key, base_url=self.base_url)

    def make_batch_client(self) -> BatchClient | None:
        """A Message Batches client with the key in use; None until one is known."""
        if self._key is None:
            return None
        from desktop_app.claude.batches import AnthropicBatchClient

        return AnthropicBatchClient(self._key, self.base_url)

    def use_key(self, key: str) -> None:
        """Talk to Claude with this key from now on; streams under way keep their client."""
        from desktop_app.core.chat_session import ChatSession

        client = self.make_client(key)
        self._key = key
        self.key_problem = None
        if self.session is None:
            registry, policy, gate = self._make_tools()
            self.session = ChatSession(
                self.store,
                client,
                self.catalogue,
                prompt_caching=self.prompt_caching,
                attachments=self.attachment_store,
                tools=registry,
                gate=gate,
                policy=policy,
                ledger=self.ledger,
                pricing=self.pricing,
                default_max_tokens=self._default_max_tokens,
                uploads=self._make_uploads(client),
            )
        else:
            self.session.client = client
            if self.session.uploads is not None:
                self.session.uploads.use(client.files)
        self._set_state(ConnectionState.READY)
        self._spawn(self._refresh_models(client))

    def _make_tools(self) -> tuple[ToolRegistry, PermissionPolicy, DialogGate]:
        """Built-in tools by the saved settings, persisted grants, and the dialog gate."""
        from desktop_app import paths
        from desktop_app.core.permissions import PermissionPolicy
        from desktop_app.storage.grant_store import SqliteGrantStore
        from desktop_app.tools.mcp import McpServerManager
        from desktop_app.tools.registry import ToolRegistry
        from desktop_app.ui.permission_gate import DialogGate

        settings = Settings.load(paths.settings_path())
        self.registry = ToolRegistry()
        self._grant_store = SqliteGrantStore(paths.database_path())
        self.policy = PermissionPolicy(
            self._grant_store, auto_allow_read_only=settings.auto_allow_read_only
        )
        self.gate = DialogGate()
        self.mcp = McpServerManager(self.registry, settings.mcp_servers)
        self.apply_tool_settings(settings)
        return self.registry, self.policy, self.gate

    def apply_tool_settings(self, settings: Settings) -> None:
        """Take changed tool settings: built-ins chosen again, MCP entries for the next start."""
        from desktop_app import paths
        from desktop_app.core.permissions import BUILT_IN
        from desktop_app.tools.builtin import builtin_tools

        if self.registry is None or self.policy is None or self.mcp is None:
            return  # not made yet: they will read the saved settings
        self.registry.remove_source(BUILT_IN)
        for tool in builtin_tools(settings, paths.data_dir()):
            self.registry.add(tool)
        self.policy.auto_allow_read_only = settings.auto_allow_read_only
        self.mcp.configure(settings.mcp_servers)

    async def check_key(self, key: str) -> None:
        """One Models API call with the key; raises ApiError when it is refused or unreachable."""
        if self.state is ConnectionState.STARTING:
            await self._import_client()
        client = self.make_client(key)
        try:
            await client.list_models()
        finally:
            await _close(client)

    async def save_key(self, key: str) -> KeySource:
        """Store the key in the keyring (off the UI thread); the answer says where it went."""
        import asyncio

        if self._key_store is None:
            from desktop_app.storage.api_key import ApiKeyStore

            self._key_store = ApiKeyStore()
        loop = asyncio.get_running_loop()
        source = await loop.run_in_executor(None, self._key_store.save, key)
        self.key_source = source
        return source

    async def _refresh_models(self, client: ClaudeClient) -> None:
        before = [m.id for m in self.catalogue.models]
        try:
            await self.catalogue.refresh(client)
        except Exception:
            log.exception("Refreshing the model list failed")
            return
        if [m.id for m in self.catalogue.models] != before:
            self.models_changed.emit()

    def _set_state(self, state: ConnectionState) -> None:
        self.state = state
        if state is not ConnectionState.STARTING:
            self._settled_event().set()
        self.state_changed.emit()

    def _settled_event(self) -> asyncio.Event:
        """Set once the state is past STARTING, whenever it was made."""
        import asyncio

        if self._settled is None:
            self._settled = asyncio.Event()
            if self.state is not ConnectionState.STARTING:
                self._settled.set()
        return self._settled

    def _spawn(self, coro: Any) -> None:
        import asyncio

        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def close(self) -> None:
        import asyncio

        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        for closer in self.closers:
            try:
                await closer()
            except Exception:
                log.debug("Closing a companion failed", exc_info=True)
        if self.session is not None and not self._closed:
            self._closed = True
            await _close(self.session.client)
            if self.mcp is not None:
                await self.mcp.stop_all()
            if self._grant_store is not None:
                self._grant_store.close()
            if self._uploaded_files is not None:
                self._uploaded_files.close()
        if self.ledger is not None:
            self.ledger.close()


async def _close(client: ClaudeClient) -> None:
    """Release a client's connections; the port has no close, the SDK adapter does."""
    close = getattr(client, "close", None)
    if close is not None:
        try:
            await close()
        except Exception:
            log.debug("Closing a client failed", exc_info=True)
