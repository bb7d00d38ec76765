"""`parley ask --estimate`: the next send's input tokens and cost, counted by the API (or
estimated locally, marked ≈); sends no message and stores nothing."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from desktop_app.cli.attach import prepare_attachments
from desktop_app.cli.conversation_choice import chosen_model, existing_conversation
from desktop_app.cli.output import CliError, open_store
from desktop_app.core.attachment_resolver import AttachmentResolver
from desktop_app.core.attachments import Attachment, AttachmentError
from desktop_app.core.chat_session import ChatSession
from desktop_app.core.errors import ApiError, ErrorKind, describe
from desktop_app.core.i18n import translate
from desktop_app.core.locale_format import format_number
from desktop_app.core.model_catalogue import ModelCatalogue
from desktop_app.core.pricing import Pricing, format_cost
from desktop_app.core.request import Request
from desktop_app.core.send_estimate import Estimate, SendEstimator, next_request, with_draft
from desktop_app.core.settings import Settings
from desktop_app.paths import (
    attachments_dir,
    data_dir,
    models_cache_path,
    pricing_override_path,
    settings_path,
)

if TYPE_CHECKING:
    from desktop_app.claude.client import AnthropicClient


def estimate(args: argparse.Namespace, prompt: str, key: str) -> int:
    from desktop_app.claude.client import AnthropicClient
    from desktop_app.storage.attachment_store import AttachmentStore
    from desktop_app.tools.builtin import builtin_tools
    from desktop_app.tools.registry import ToolRegistry

    attachments = prepare_attachments(args.attach, full_resolution=args.full_resolution)
    settings = Settings.load(settings_path())
    store = open_store()
    try:
        catalogue = ModelCatalogue(models_cache_path())
        model = chosen_model(store, args, catalogue)
        files = AttachmentStore(attachments_dir())
        client = AnthropicClient(key, os.environ.get("ANTHROPIC_BASE_URL") or None)
        tools = ToolRegistry(builtin_tools(settings, data_dir()))
        if args.continue_id is not None:
            existing_conversation(store, args.continue_id)
            session = ChatSession(
                store, client, catalogue, attachments=files, tools=tools,
                default_max_tokens=settings.default_max_tokens,
            )  # fmt: skip
            draft = next_request(session, args.continue_id, prompt, attachments)
            draft = replace(draft, model=model)
            if args.system is not None:
                draft = replace(draft, system=args.system)
        else:
            request = Request(
                model=model, max_tokens=1, messages=[], system=args.system or "",
                tools=tools.definitions(),
            )  # fmt: skip
            draft = with_draft(request, prompt, attachments)
        pricing = Pricing.load(override=pricing_override_path())
        estimator = SendEstimator(client, pricing, AttachmentResolver(files))
        found = asyncio.run(_counted(estimator, draft, attachments, client))
    except AttachmentError as error:
        raise CliError(str(error), 2) from None
    finally:
        store.close()
    _print(found, model, as_json=args.json)
    return 0


# The API's answer to the request itself: counting it locally would hide a real mistake.
_REFUSALS = (
    ErrorKind.AUTH, ErrorKind.PERMISSION, ErrorKind.NOT_FOUND, ErrorKind.INVALID_REQUEST,
    ErrorKind.TOO_LARGE,
)  # fmt: skip


async def _counted(
    estimator: SendEstimator,
    request: Request,
    drafts: Sequence[Attachment],
    client: AnthropicClient,
) -> Estimate:
    """The API's count; the local estimate when the API cannot be reached or is failing."""
    try:
        return await estimator.estimate(request, drafts, allow_local=False)
    except ApiError as error:
        if error.kind in _REFUSALS:
            raise CliError(describe(error)) from None
        return estimator.local(request)
    except (ValueError, OSError):
        return estimator.local(request)
    finally:
        await client.close()


def _print(found: Estimate, model: str, *, as_json: bool) -> None:
    if as_json:
        print(json.dumps({
            "model": model, "input_tokens": found.tokens, "cost_usd": found.cost_usd,
            "exact": found.exact, "priced_at": "input rate, before caching",
        }))  # fmt: skip
        return
    mark = "" if found.exact else "≈ "
    cost = format_cost(found.cost_usd)
    if found.cost_usd is not None:
        cost = f"{mark}{cost}"
    line = (
        translate("Cli", "{tokens} input tokens · {cost} on {model}, before caching")
        if found.exact
        else translate(
            "Cli",
            "{tokens} input tokens · {cost} on {model}, before caching (estimated locally: "
            "the API could not be reached)",
        )
    )
    print(line.format(tokens=mark + format_number(found.tokens), cost=cost, model=model))


__all__ = ["estimate"]
