"""`parley ask`: one exchange from the shell, streamed to stdout and kept in the history.

Attached files are prepared as in the window (same checks, same plain refusals) before
anything is stored or sent; a refused file means a non-zero exit and no request at all.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import sys
import time
from typing import Any

from desktop_app.cli.attach import prepare_attachments
from desktop_app.cli.conversation_choice import chosen_model, existing_conversation
from desktop_app.cli.output import CliError, ThinkingPrinter, open_store, open_uploaded_files
from desktop_app.cli.reply_ending import tell_how_it_ended
from desktop_app.cli.reply_limit_option import checked_max_tokens
from desktop_app.cli.reply_notes import ReplyNotes
from desktop_app.cli.request_flags import chosen_options
from desktop_app.cli.text_input import read_stdin
from desktop_app.core.attachment_resolver import cite
from desktop_app.core.attachments import Attachment, AttachmentError
from desktop_app.core.budget import BudgetStatus
from desktop_app.core.chat_session import ChatSession, ReplyStream
from desktop_app.core.conversation import Block, Conversation, Message, MessageState, text_block
from desktop_app.core.errors import describe
from desktop_app.core.events import (
    BlockStarted,
    BlockStopped,
    CitationDelta,
    InputJsonDelta,
    ReplyFailed,
    ReplyFinished,
    TextDelta,
    ThinkingDelta,
    ToolCallFinished,
)
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
ENDING_SIGNALS = ("SIGINT", "SIGTERM", "SIGHUP")  # by name: Windows has no SIGHUP


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


def _api_key() -> str:
    from desktop_app.storage.api_key import ApiKeyStore, KeySource, UnusableKeyError

    try:
        key, _source = ApiKeyStore().load()
    except UnusableKeyError as error:
        fix = (
            translate("Cli", "{problem}; set it again, or unset it to use the keyring")
            if error.source is KeySource.ENVIRONMENT
            else translate("Cli", "{problem}; run `parley key set` to replace it")
        )
        raise CliError(fix.format(problem=error), 2) from None
    if not key:
        raise CliError(
            translate("Cli", "no API key: run `parley key set`, or set ANTHROPIC_API_KEY"), 2
        )
    return key


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
    key = _api_key()
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
        code = asyncio.run(_stream(reply, attachments, as_json=args.json, thinking=shown))
        tell_how_it_ended(store, session, conversation.id)
        return code
    except AttachmentError as error:
        raise CliError(str(error)) from None
    finally:
        store.close()
        uploaded.close()
        ledger.close()


async def _stream(
    reply: ReplyStream,
    attachments: list[Attachment],
    *,
    as_json: bool,
    thinking: ThinkingPrinter | None = None,
) -> int:
    loop = asyncio.get_running_loop()
    # Ctrl+C, a kill or a closed terminal: the reply ends, what arrived is kept (marked
    # interrupted, never left "streaming"), and the exit says which signal it was.
    caught: list[signal.Signals] = []

    def on_signal(received: signal.Signals) -> None:
        caught.append(received)
        reply.interrupt()

    for name in ENDING_SIGNALS:
        with contextlib.suppress(NotImplementedError, RuntimeError, AttributeError):
            loop.add_signal_handler(getattr(signal, name), on_signal, getattr(signal, name))
    final: Message | None = None
    failure: ReplyFailed | None = None
    wrote_text = False
    notes = ReplyNotes(sys.stdout, sys.stderr)
    async for event in reply:
        if not as_json:
            _note(notes, event)
        match event:
            case TextDelta(text=text) if not as_json:
                sys.stdout.write(text)
                sys.stdout.flush()
                wrote_text = True
            case BlockStarted(block=block) if thinking is not None:
                thinking.started(block)
            case ThinkingDelta(text=text) if thinking is not None:
                thinking.delta(text)
            case BlockStopped() if thinking is not None:
                thinking.stopped()
            case ToolCallFinished(name=name, status=status, duration=duration):
                print(
                    translate("Cli", "parley: tool {name}: {status} ({seconds} s)").format(
                        name=repr(name), status=status.value, seconds=f"{duration:.1f}"
                    ),
                    file=sys.stderr,
                )
            case ReplyFinished(message=message):
                final = message
            case ReplyFailed() as failed:
                failure = failed
            case _:
                pass
    if wrote_text:
        sys.stdout.write("\n")
    notes.finish()
    if as_json and final is not None:
        summary = _summary(reply.conversation_id, final)
        summary["attachments"] = [_attachment_summary(a) for a in attachments]
        print(json.dumps(summary, ensure_ascii=False))
    if caught:
        if final is None or final.state is not MessageState.INTERRUPTED:
            # e.g. during a tool
            kept = translate(
                "Cli",
                "interrupted by {signal}; the conversation so far is kept in conversation {id}",
            )
        elif final.content:
            kept = translate(
                "Cli",
                "interrupted by {signal}; the reply so far is kept in conversation {id}, "
                "marked interrupted",
            )
        else:
            kept = translate(
                "Cli",
                "interrupted by {signal}; no reply had arrived; the question is kept in "
                "conversation {id}",
            )
        told = kept.format(signal=caught[0].name, id=reply.conversation_id)
        raise CliError(told, 128 + caught[0].value)
    if failure is not None:
        raise CliError(describe(failure.error))
    return 0


def _note(notes: ReplyNotes, event: object) -> None:
    match event:
        case BlockStarted(index=index, block=block):
            notes.started(index, block)
        case InputJsonDelta(index=index, partial_json=fragment):
            notes.input_delta(index, fragment)
        case CitationDelta(index=index, citation=citation):
            notes.citation(index, citation)
        case BlockStopped(index=index):
            notes.stopped(index)


def _summary(conversation_id: int, message: Message) -> dict[str, Any]:
    usage = message.usage
    pricing = Pricing.load(override=pricing_override_path())
    cost = pricing.cost(message.model or "", usage) if usage else None
    return {
        "conversation_id": conversation_id,
        "message_id": message.id,
        "model": message.model,
        "text": message.text,
        "thinking": "\n\n".join(
            b.get("thinking", "") for b in message.content if b.get("type") == "thinking"
        ),
        "redacted_thinking": sum(
            1 for b in message.content if b.get("type") == "redacted_thinking"
        ),
        "stop_reason": message.stop_reason,
        "state": message.state.value,
        "usage": usage.to_dict() if usage else None,
        "cost_usd": cost,
    }


def _attachment_summary(attachment: Attachment) -> dict[str, Any]:
    return {
        "name": attachment.name,
        "kind": attachment.kind.value,
        "media_type": attachment.media_type,
        "sha256": attachment.sha256,
        "bytes": attachment.size,
        "width": attachment.width or None,
        "height": attachment.height or None,
        "pages": attachment.pages or None,
        "tokens": attachment.tokens,
    }
