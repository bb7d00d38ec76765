"""A batch engine on real parts: SQLite stores in the test's folder, the real SDK adapter
talking to the local server, and small PNGs, a PDF and a text file with Korean names."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image
from pypdf import PdfWriter

from desktop_app.attachments import prepare_file
from desktop_app.claude.batches import AnthropicBatchClient
from desktop_app.core.attachment_resolver import AttachmentResolver
from desktop_app.core.batch_plan import BatchLimits, BatchPlan, BatchSource, plan_batch
from desktop_app.core.batch_poller import BatchPoller
from desktop_app.core.batch_results import BatchResultsReader
from desktop_app.core.batch_submitter import BatchSubmitter
from desktop_app.core.pricing import Pricing
from desktop_app.storage.attachment_store import AttachmentStore
from desktop_app.storage.batch_store import SqliteBatchStore
from desktop_app.storage.conversation_store import SqliteConversationStore
from desktop_app.storage.usage_ledger import SqliteUsageLedger

MODEL = "claude-haiku-4-5-20251001"
PROMPT = "이 화면을 검토해 주세요"


def batch_bodies(fakeapi: Any) -> list[dict[str, Any]]:
    """Bodies of the create calls the server received, in order."""
    return [
        r.body for r in fakeapi.requests if r.method == "POST" and r.path == "/v1/messages/batches"
    ]


def script_batches(fakeapi: Any, *, seconds: float, outcomes: dict[str, str] | None = None) -> None:
    """Batches created from now on take `seconds` to process; `outcomes` by custom_id (the
    rest succeed)."""
    fakeapi.batch_seconds = seconds
    fakeapi.batch_outcomes.clear()
    fakeapi.batch_outcomes.update(outcomes or {})


def make_files(folder: Path) -> list[Path]:
    """Two screenshots with Korean names, a one-page PDF and a Korean text file."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, colour in (("스크린샷 1.png", "red"), ("스크린샷 2.png", "blue")):
        path = folder / name
        Image.new("RGB", (64, 40), colour).save(path)
        paths.append(path)
    pdf = folder / "명세서.pdf"
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    buffer = io.BytesIO()
    writer.write(buffer)
    pdf.write_bytes(buffer.getvalue())
    text = folder / "메모.txt"
    text.write_text('첫 줄\n두 번째 줄: "따옴표"\n', encoding="utf-8")
    return [*paths, pdf, text]


@dataclass
class BatchRig:
    """Everything `parley batch` and the window use, on one database file."""

    db: Path
    files: AttachmentStore
    store: SqliteBatchStore
    conversations: SqliteConversationStore
    ledger: SqliteUsageLedger
    client: AnthropicBatchClient
    pricing: Pricing
    submitter: BatchSubmitter
    poller: BatchPoller

    @classmethod
    def open(cls, folder: Path, base_url: str) -> BatchRig:
        db = folder / "parley.sqlite3"
        files = AttachmentStore(folder / "attachments")
        store = SqliteBatchStore(db)
        conversations = SqliteConversationStore(db)
        ledger = SqliteUsageLedger(db)
        client = AnthropicBatchClient("test-key", base_url, max_retries=0)
        pricing = Pricing.load()
        reader = BatchResultsReader(store, conversations, client, pricing, ledger)
        return cls(
            db,
            files,
            store,
            conversations,
            ledger,
            client,
            pricing,
            BatchSubmitter(store, client, AttachmentResolver(files), first_poll=0.05),
            BatchPoller(store, client, reader, first_interval=0.05, max_interval=0.2),
        )

    def close(self) -> None:
        self.store.close()
        self.conversations.close()
        self.ledger.close()

    def sources(self, paths: list[Path]) -> list[BatchSource]:
        sources = []
        for path in paths:
            attachment = self.files.save(prepare_file(path, full_resolution=False))
            sources.append(BatchSource(attachment.name, str(path), (attachment.block(),)))
        return sources

    def plan(self, sources: list[BatchSource], limits: BatchLimits | None = None) -> BatchPlan:
        return plan_batch(
            sources, prompt=PROMPT, model=MODEL, max_tokens=200, pricing=self.pricing,
            limits=limits or BatchLimits(),
        )  # fmt: skip

    async def submit(self, plan: BatchPlan, label: str = "화면 검토"):  # type: ignore[no-untyped-def]
        return await self.submitter.submit(
            plan, label=label, model=MODEL, prompt=PROMPT, system="", max_tokens=200
        )
