"""`parley ask`: one exchange from the shell, streamed to stdout and kept in the history.

Attached files are prepared as in the window (same checks, same plain refusals) before
anything is stored or sent; a refused file means a non-zero exit and no request at all.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from typing import Any

from desktop_app.cli.attach import prepare_attachments
from desktop_app.cli.conversation_choice import chosen_model, existing_conversation
from desktop_app.cli.key import api_key
from desktop_app.cli.output import CliError, ThinkingPrinter, open_store, open_uploaded_files
from desktop_app.cli.reply_ending import tell_how_it_ended
from desktop_app.cli.reply_limit_option import checked_max_tokens
from desktop_app.cli.reply_printer import print_reply
from desktop_app.cli.request_flags import chosen_options
from desktop_app.cli.text_input import read_stdin
from desktop_app.core.attachment_resolver import cite
from desktop_app.core.attachments import AttachmentError
from desktop_app.core.budget import BudgetStatus
from desktop_app.core.chat_session import ChatSession
from desktop_app.core.conversation import Block, Conversation, text_block
from desktop_app.core.file_uploads import FileUploads
from desktop_app.core.i18n import translate
from desktop_app.core.locale_format import format_usd
from desktop_app.core.model_catalogue import ModelCatalogue
from desktop_app.core.model_info import ModelInfo
from desktop_app.core.permissions import PermissionPolicy
from desktop_app.core.ports import AttachmentSource, ClaudeClient, ConversationStore
from desktop_app.core.pricing import Pricing
from desktop_app.core.request_options import RequestOptions
from desktop_app.core.settings import Settings
from desktop_app.core.thinking import EFFORT_LEVELS, thinking_options
from desktop_app.paths import (
    attachments_dir,
    data_dir,
    models_cache_path,
    pricing_override_path,
    settings_path,
)
from desktop_app.storage.usage_ledger import SqliteUsageLedger

Switch = dict[str, Any]  # update_conversation's thinking and effort arguments


def _prompt(args: argparse.Namespace) -> str:
    if args.prompt is None and args.thinking and args.thinking.lower() not in EFFORT_LEVELS:
        # `ask --thinking "question"`: argparse took the question for the level.
        args.prompt, args.thinking = args.thinking, ""
    if args.prompt is None:
        raise CliError(
            translate("Cli", "no prompt: give the question, or - to read it from stdin"), 2
        )
    # Read as bytes: stdin that is not UTF-8 is decoded by one rule or refused, never let in
    # as surrogates that SQLite refuses once the conversation exists.
    text = read_stdin() if args.prompt == "-" else args.prompt
    if not text.strip():
        raise CliError(translate("Cli", "the prompt is empty"), 2)
    return text


def _thinking(model_id: str, args: argparse.Namespace, catalogue: ModelCatalogue) -> Switch:
    """How to change the conversation's thinking switch ({}: leave it), checked against what
    the model offers."""
    if args.no_thinking:
        return {"thinking": False}
    if args.thinking is None:
        return {}
    options = thinking_options(catalogue.get(model_id) or ModelInfo(model_id, model_id))
    if not options.can_think:
        raise CliError(
            translate("Cli", "{model} does not offer extended thinking").format(model=model_id), 2
        )
    level = args.thinking.lower()
    if level and not options.offers(level):
        raise CliError(
            translate("Cli", "{model} has no effort level {level}; it takes {levels}").format(
                model=model_id, level=repr(level), levels=", ".join(options.levels)
            ),
            2,
        )
    return {"thinking": True, "effort": level}


def _conversation(
    store: ConversationStore, args: argparse.Namespace, model: str, switch: Switch
) -> Conversation:
    if args.continue_id is not None:
        conversation = existing_conversation(store, args.continue_id)
        if args.model or args.system is not None or switch:
            conversation = store.update_conversation(
                conversation.id, model=args.model, system_prompt=args.system, **switch
            )
        return conversation
    conversation = store.create_conversation(model, system_prompt=args.system or "")
    if switch:
        conversation = store.update_conversation(conversation.id, **switch)
    return conversation


def _session(
    store: ConversationStore,
    client: ClaudeClient,
    catalogue: ModelCatalogue,
    files: AttachmentSource,
    args: argparse.Namespace,
    ledger: SqliteUsageLedger,
    uploads: FileUploads,
) -> ChatSession:
    """A session with the built-in tools the settings enable, each call asked on the terminal."""
    from desktop_app.cli.terminal_gate import TerminalGate, open_terminal
    from desktop_app.tools.builtin import builtin_tools
    from desktop_app.tools.registry import ToolRegistry

    settings = Settings.load(settings_path())
    return ChatSession(
        store,
        client,
        catalogue,
        attachments=files,
        tools=ToolRegistry(builtin_tools(settings, data_dir())),
        gate=TerminalGate(args.allow, open_terminal()),
        policy=PermissionPolicy(auto_allow_read_only=settings.auto_allow_read_only),
        ledger=ledger,
        pricing=Pricing.load(override=pricing_override_path()),
        default_max_tokens=settings.default_max_tokens,
        uploads=uploads,
    )


def _check_budget(ledger: SqliteUsageLedger, args: argparse.Namespace) -> None:
    """Refuse (nothing stored, nothing sent) once the month's budget is used up."""
    budget = Settings.load(settings_path()).monthly_budget_usd
    status = BudgetStatus.of(ledger, budget, time.time())
    if status.over and not args.over_budget:
        raise CliError(
            translate(
                "Cli",
                "this month's budget is used up ({spent} of {budget}); "
                "give --over-budget to send anyway",
            ).format(spent=format_usd(status.spent), budget=format_usd(budget or 0.0)),
            2,
        )


def ask(args: argparse.Namespace) -> int:
    prompt = _prompt(args)
    key = api_key()
    if args.estimate:
        from desktop_app.cli.estimate import estimate

        return estimate(args, prompt, key)
    attachments = prepare_attachments(args.attach, full_resolution=args.full_resolution)
    from desktop_app.cli.usage import open_ledger

    ledger = open_ledger()
    try:
        _check_budget(ledger, args)
    except BaseException:
        ledger.close()
        raise
    store = open_store()
    uploaded = open_uploaded_files()
    try:
        from desktop_app.storage.attachment_store import AttachmentStore

        catalogue = ModelCatalogue(models_cache_path())
        # Checked before anything is stored: a refused level leaves no trace.
        model = chosen_model(store, args, catalogue)
        switch = _thinking(model, args, catalogue)
        limit = checked_max_tokens(args.max_tokens, model, catalogue)
        if limit is not None:
            switch["max_tokens"] = limit
        files = AttachmentStore(attachments_dir())
        # Images first, then the question: the order the API's documentation advises.
        content: list[Block] = [files.save(a).block() for a in attachments]
        if args.cite:  # text and PDF files go as documents Claude may quote, with the place
            content = [cite(block) for block in content]
        current = existing_conversation(store, args.continue_id) if args.continue_id else None
        thinking = bool(switch.get("thinking", current.thinking if current else False))
        held = store.request_options(current.id) if current else RequestOptions()
        info = catalogue.get(model) or ModelInfo(model, model)
        options = chosen_options(args, held, info, thinking=thinking)
        conversation = _conversation(store, args, model, switch)
        if args.cache_ttl and args.cache_ttl != conversation.cache_ttl:
            conversation = store.update_conversation(conversation.id, cache_ttl=args.cache_ttl)
        if options is not None:
            store.set_request_options(conversation.id, options)
        from desktop_app.claude.client import AnthropicClient

        client = AnthropicClient(key, os.environ.get("ANTHROPIC_BASE_URL") or None)
        uploads = FileUploads(uploaded, client.files, files)  # large documents go up once
        session = _session(store, client, catalogue, files, args, ledger, uploads)
        try:
            reply = session.send_blocks(conversation.id, [*content, text_block(prompt)])
        except AttachmentError as error:
            raise CliError(str(error), 2) from None
        shown = ThinkingPrinter(sys.stderr) if args.show_thinking else None
        code = asyncio.run(print_reply(reply, attachments, as_json=args.json, thinking=shown))
        tell_how_it_ended(store, session, conversation.id)
        return code
    except AttachmentError as error:
        raise CliError(str(error)) from None
    finally:
        store.close()
        uploaded.close()
        ledger.close()
