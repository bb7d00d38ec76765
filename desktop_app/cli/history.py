"""`parley history` and `parley show`: the shared conversation log, read from the shell."""

from __future__ import annotations

import argparse
import time

from desktop_app.cli.output import CliError, open_store
from desktop_app.core.conversation import Block, MessageState, Role


def _when(timestamp: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(timestamp))


def history(args: argparse.Namespace) -> int:
    store = open_store()
    try:
        if args.query:
            seen: dict[int, str] = {}
            for hit in store.search(args.query, limit=200):
                seen.setdefault(hit.conversation_id, hit.title)
            conversations = [c for c in store.list_conversations() if c.id in seen]
        else:
            conversations = store.list_conversations()
        if args.limit > 0:
            conversations = conversations[: args.limit]
        for c in conversations:
            print(f"{c.id}\t{_when(c.updated_at)}\t{c.model}\t{c.title or '(untitled)'}")
    finally:
        store.close()
    return 0


def _block_markdown(block: Block) -> str:
    match block.get("type"):
        case "text":
            return str(block.get("text", ""))
        case "thinking":
            thought = str(block.get("thinking", "")).strip()
            return "<details><summary>Thinking</summary>\n\n" + thought + "\n\n</details>"
        case "redacted_thinking":
            return "*(redacted thinking)*"
        case "tool_use":
            return f"*Asked for tool `{block.get('name')}`*"
        case "tool_result":
            return "*Tool result" + (" (error)*" if block.get("is_error") else "*")
        case "image":
            return "*[image]*"
        case "document":
            return "*[document]*"
        case other:
            return f"*[{other}]*"


def show(args: argparse.Namespace) -> int:
    store = open_store()
    try:
        try:
            conversation = store.get_conversation(args.id)
        except LookupError:
            raise CliError(f"no conversation with id {args.id}", 2) from None
        print(f"# {conversation.title or '(untitled)'}\n")
        print(f"*{conversation.model} · {_when(conversation.created_at)}*\n")
        if conversation.system_prompt:
            print(f"> System: {conversation.system_prompt}\n")
        for message in store.messages(conversation.id):
            who = "You" if message.role is Role.USER else "Claude"
            note = "" if message.state is MessageState.COMPLETE else f" *({message.state.value})*"
            body = "\n\n".join(_block_markdown(b) for b in message.content)
            print(f"## {who}{note}\n\n{body}\n")
    finally:
        store.close()
    return 0
