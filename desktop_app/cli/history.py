"""`parley history` and `parley show`: the shared conversation log, read from the shell."""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Callable

from desktop_app.cli.output import CliError, open_store
from desktop_app.cli.server_block_markdown import server_block_markdown
from desktop_app.core.attachments import Attachment, AttachmentKind
from desktop_app.core.conversation import (
    Block,
    Conversation,
    Message,
    MessageState,
    Role,
    flowing_text,
)
from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.core.locale_format import format_date_time
from desktop_app.core.ports import ConversationStore
from desktop_app.core.project import ListScope


def _when(timestamp: float) -> str:
    return format_date_time(timestamp)


INDEX_SECONDS = 1.0  # of an older history's index built per `parley history QUERY`


def screenful() -> int:
    """Lines that fit the terminal (24 when it cannot tell), less the prompt's."""
    return max(1, shutil.get_terminal_size((80, 24)).lines - 2)


def history(args: argparse.Namespace) -> int:
    """Conversations, newest first: a screenful, `--limit N` or `--all`; with a query, those
    with a hit, the newest hit first. Reads only the rows it prints."""
    if args.limit is not None and args.limit < 1:
        raise CliError("--limit needs a number of 1 or more (or use --all)", 2)
    limit = None if args.all else (args.limit or screenful())
    store = open_store()
    try:
        scope = _scope(args)
        if args.query:
            progress = store.search_index_progress()
            if not progress.done:
                # An older history's index is built a second at a time by each search here
                # too, so a user of the shell alone gets there without the window.
                progress = store.build_search_index(INDEX_SECONDS)
            if not progress.done:
                print(
                    translate(
                        "Cli",
                        "note: the search index is {percent}% built; short searches are slower "
                        "until it is done (each search builds a little more, and the window "
                        "builds it in the background)",
                    ).format(percent=round(progress.fraction * 100)),
                    file=sys.stderr,
                )
            conversations = store.conversations_matching(args.query, limit)
            conversations = [c for c in conversations if _in_scope(c, scope)]
        else:
            conversations = store.list_conversations(limit, scope=scope or ListScope())
        for c in conversations:
            title = c.title or translate("Cli", "(untitled)")
            print(f"{c.id}\t{_when(c.updated_at)}\t{c.model}\t{title}")
    finally:
        store.close()
    return 0


def _scope(args: argparse.Namespace) -> ListScope | None:
    """`--archived`, `--project NAME`, or None: every conversation but the archived ones
    (a search looks through all of them, archived too)."""
    if args.archived:
        return ListScope.archived()
    if not args.project:
        return None
    from desktop_app.paths import database_path
    from desktop_app.storage.organiser import SqliteOrganiser

    with SqliteOrganiser(database_path()) as organiser:
        project = organiser.find_project(args.project)
    if project is None:
        message = translate("Cli", "There is no project named “{name}”.")
        raise CliError(message.format(name=args.project), 2)
    return ListScope.project(project.id)


def _in_scope(conversation: Conversation, scope: ListScope | None) -> bool:
    return scope is None or scope.includes(conversation)


def attachment_label(attachment: Attachment) -> str:
    """e.g. "image: shot.png, 1429×804" — what an attachment was, without its file."""
    match attachment.kind:
        case AttachmentKind.IMAGE:
            return translate("Cli", "image: {name}, {width}×{height}").format(
                name=attachment.name, width=attachment.width, height=attachment.height
            )
        case AttachmentKind.PDF:
            return translate("Cli", "PDF: {name}, %n page(s)", None, attachment.pages).format(
                name=attachment.name
            )
        case AttachmentKind.TEXT:
            return translate("Cli", "file: {name}").format(name=attachment.name)


def block_markdown(block: Block) -> str:
    attachment = Attachment.from_block(block)
    if attachment is not None:
        return f"*[{attachment_label(attachment)}]*"
    if (server := server_block_markdown(block)) is not None:
        return server
    match block.get("type"):
        case "text":
            return str(block.get("text", ""))
        case "thinking":
            thought = str(block.get("thinking", "")).strip()
            summary = translate("Cli", "Thinking")
            return f"<details><summary>{summary}</summary>\n\n{thought}\n\n</details>"
        case "redacted_thinking":
            return "*" + translate("Cli", "(redacted thinking)") + "*"
        case "tool_use":
            return (
                "*"
                + translate("Cli", "Asked for tool `{name}`").format(name=block.get("name"))
                + "*"
            )
        case "tool_result":
            if block.get("is_error"):
                return "*" + translate("Cli", "Tool result (error)") + "*"
            return "*" + translate("Cli", "Tool result") + "*"
        case "image":
            return "*[" + translate("Cli", "image") + "]*"
        case "document":
            return "*[" + translate("Cli", "document") + "]*"
        case other:
            return f"*[{other}]*"


BRANCH_NOTE = QT_TRANSLATE_NOOP(
    "Cli",
    "This conversation has other branches (edited questions or regenerated answers); "
    "this is the one last shown in Parley.",
)


def has_branches(store: ConversationStore, conversation_id: int, shown: list[Message]) -> bool:
    alternatives = store.siblings(conversation_id)
    return any(message.id in alternatives for message in shown)


def conversation_markdown(
    conversation: Conversation,
    messages: list[Message],
    render: Callable[[Block], str] = block_markdown,
    *,
    branched: bool = False,
) -> str:
    """The conversation as Markdown; `render` may show attachments differently (export).
    `branched`: it has other branches, which this (the one shown) leaves out."""
    parts = [f"# {conversation.title or translate('Cli', '(untitled)')}\n"]
    parts.append(f"*{conversation.model} · {_when(conversation.created_at)}*\n")
    if branched:
        parts.append(f"> {translate('Cli', BRANCH_NOTE)}\n")
    if conversation.system_prompt:
        system = translate("Cli", "System: {prompt}").format(prompt=conversation.system_prompt)
        parts.append(f"> {system}\n")
    for message in messages:
        who = translate("Cli", "You") if message.role is Role.USER else "Claude"
        note = "" if message.state is MessageState.COMPLETE else f" *({message.state.value})*"
        body = flowing_text(message.content, render)
        parts.append(f"## {who}{note}\n\n{body}\n")
    return "\n".join(parts)


def show(args: argparse.Namespace) -> int:
    store = open_store()
    try:
        try:
            conversation = store.get_conversation(args.id)
        except LookupError:
            raise CliError(
                translate("Cli", "no conversation with id {id}").format(id=args.id), 2
            ) from None
        messages = store.messages(conversation.id)
        branched = has_branches(store, conversation.id, messages)
        print(conversation_markdown(conversation, messages, branched=branched))
    finally:
        store.close()
    return 0
