"""`print_reply`: a reply of `parley ask` as it streams, to stdout (the text) and stderr (tool
calls, sources, thinking), or as one JSON record; and what an interrupt left kept.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal
import sys
from typing import Any

from desktop_app.cli.output import CliError, ThinkingPrinter
from desktop_app.cli.reply_notes import ReplyNotes
from desktop_app.core.attachments import Attachment
from desktop_app.core.chat_session import ReplyStream
from desktop_app.core.conversation import Message, MessageState
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
from desktop_app.core.i18n import translate
from desktop_app.core.pricing import Pricing
from desktop_app.paths import pricing_override_path

ENDING_SIGNALS = ("SIGINT", "SIGTERM", "SIGHUP")  # by name: Windows has no SIGHUP


async def print_reply(
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
