"""What one `parley batch …` run works with: the shared stores, the Batches API client, prices,
and the submitter and poller the window uses too."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from desktop_app.cli.output import CliError, database_failure, open_store
from desktop_app.core.attachment_resolver import AttachmentResolver
from desktop_app.core.batch_job import BatchJob
from desktop_app.core.batch_plan import BatchLimits, BatchPlan
from desktop_app.core.batch_poller import BatchPoller
from desktop_app.core.batch_results import BatchResultsReader
from desktop_app.core.batch_submitter import BatchSubmitter, SubmitError
from desktop_app.core.ports import ConversationStore
from desktop_app.core.pricing import Pricing
from desktop_app.paths import (
    attachments_dir,
    database_path,
    models_cache_path,
    pricing_override_path,
)


@dataclass
class BatchContext:
    store: Any  # SqliteBatchStore
    conversations: ConversationStore
    pricing: Pricing
    submitter: BatchSubmitter
    poller: BatchPoller
    limits: BatchLimits

    @classmethod
    @contextmanager
    def open(cls) -> Iterator[BatchContext]:
        from desktop_app.claude.batches import AnthropicBatchClient
        from desktop_app.cli.key import api_key
        from desktop_app.storage.attachment_store import AttachmentStore
        from desktop_app.storage.batch_store import SqliteBatchStore
        from desktop_app.storage.errors import DatabaseError
        from desktop_app.storage.usage_ledger import SqliteUsageLedger

        key = api_key()
        conversations = open_store()
        try:
            store = SqliteBatchStore(database_path())
        except DatabaseError as error:
            conversations.close()
            raise database_failure(error) from None
        client = AnthropicBatchClient(key, os.environ.get("ANTHROPIC_BASE_URL") or None)
        pricing = Pricing.load(override=pricing_override_path())
        ledger = SqliteUsageLedger(database_path())
        reader = BatchResultsReader(store, conversations, client, pricing, ledger)
        resolver = AttachmentResolver(AttachmentStore(attachments_dir()))
        try:
            yield cls(
                store,
                conversations,
                pricing,
                BatchSubmitter(store, client, resolver),
                BatchPoller(store, client, reader),
                BatchLimits(),
            )
        finally:
            ledger.close()
            store.close()
            conversations.close()

    def find(self, name: str) -> BatchJob:
        try:
            job: BatchJob = self.store.find_job(name)
        except LookupError as error:
            raise CliError(str(error), 2) from None
        return job

    def default_model(self) -> str:
        from desktop_app.core.model_catalogue import ModelCatalogue
        from desktop_app.core.settings import Settings
        from desktop_app.paths import settings_path

        chosen = Settings.load(settings_path()).default_model
        return chosen or ModelCatalogue(models_cache_path()).default().id

    async def submit(self, plan: BatchPlan, **job: Any) -> list[BatchJob]:
        try:
            return await self.submitter.submit(plan, **job)
        except SubmitError as error:
            for sent in error.jobs:
                print(sent.batch_id)
            raise CliError(str(error)) from None
