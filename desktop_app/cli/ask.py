"""`parley ask`: one exchange from the shell, streamed to stdout and kept in the history."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import sys
from typing import Any

from desktop_app.cli.output import CliError, open_store
from desktop_app.core.chat_session import ChatSession, ReplyStream
from desktop_app.core.conversation import Conversation, Message
from desktop_app.core.errors import describe
from desktop_app.core.events import ReplyFailed, ReplyFinished, TextDelta, ToolUseRequested
from desktop_app.core.model_catalogue import ModelCatalogue
from desktop_app.core.ports import ConversationStore
from desktop_app.core.pricing import Pricing
from desktop_app.core.settings import Settings
from desktop_app.paths import models_cache_path, settings_path


def _prompt(args: argparse.Namespace) -> str:
    text = sys.stdin.read() if args.prompt == "-" else args.prompt
    if not text.strip():
        raise CliError("the prompt is empty", 2)
    return text


def _api_key() -> str:
    from desktop_app.storage.api_key import ApiKeyStore

    key, _source = ApiKeyStore().load()
    if not key:
        raise CliError("no API key: run `parley key set`, or set ANTHROPIC_API_KEY", 2)
    return key


def _conversation(
    store: ConversationStore, args: argparse.Namespace, catalogue: ModelCatalogue
) -> Conversation:
    if args.continue_id is not None:
        try:
            conversation = store.get_conversation(args.continue_id)
        except LookupError:
            raise CliError(f"no conversation with id {args.continue_id}", 2) from None
        if args.model or args.system is not None:
            conversation = store.update_conversation(
                conversation.id, model=args.model, system_prompt=args.system
            )
        return conversation
    model = args.model or Settings.load(settings_path()).default_model or catalogue.default().id
    return store.create_conversation(model, system_prompt=args.system or "")


def ask(args: argparse.Namespace) -> int:
    prompt = _prompt(args)
    key = _api_key()
    store = open_store()
    try:
        catalogue = ModelCatalogue(models_cache_path())
        conversation = _conversation(store, args, catalogue)
        from desktop_app.claude.client import AnthropicClient

        client = AnthropicClient(key, os.environ.get("ANTHROPIC_BASE_URL") or None)
        session = ChatSession(store, client, catalogue)
        return asyncio.run(_stream(session.send(conversation.id, prompt), as_json=args.json))
    finally:
        store.close()


async def _stream(reply: ReplyStream, *, as_json: bool) -> int:
    loop = asyncio.get_running_loop()
    # Ctrl+C stops the reply and keeps what arrived, as Stop does in the window.
    with contextlib.suppress(NotImplementedError, RuntimeError):
        loop.add_signal_handler(signal.SIGINT, reply.stop)
    final: Message | None = None
    failure: ReplyFailed | None = None
    wrote_text = False
    async for event in reply:
        match event:
            case TextDelta(text=text) if not as_json:
                sys.stdout.write(text)
                sys.stdout.flush()
                wrote_text = True
            case ToolUseRequested(name=name):
                print(
                    f"parley: Claude asked for tool {name!r}, which Parley lacks", file=sys.stderr
                )
            case ReplyFinished(message=message):
                final = message
            case ReplyFailed() as failed:
                failure = failed
            case _:
                pass
    if wrote_text:
        sys.stdout.write("\n")
    if as_json and final is not None:
        print(json.dumps(_summary(reply.conversation_id, final), ensure_ascii=False))
    if failure is not None:
        raise CliError(describe(failure.error))
    if reply.stopped:
        return 130
    return 0


def _summary(conversation_id: int, message: Message) -> dict[str, Any]:
    usage = message.usage
    cost = Pricing.load().cost(message.model or "", usage) if usage else None
    return {
        "conversation_id": conversation_id,
        "message_id": message.id,
        "model": message.model,
        "text": message.text,
        "stop_reason": message.stop_reason,
        "state": message.state.value,
        "usage": usage.to_dict() if usage else None,
        "cost_usd": cost,
    }
