"""`parley export ID|--all [--format md|archive] OUT`: conversations as Markdown with their
attachments beside them (a folder each), or as one Parley archive (core/archive_format.py).

Everything comes from Parley's own store: the files the user once attached are not needed.
What it writes is the owner's alone (files 0600, the folders it creates 0700), like the store.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path, PurePath

from desktop_app import private_file
from desktop_app.cli.history import block_markdown, conversation_markdown, has_branches
from desktop_app.cli.output import CliError, open_store
from desktop_app.core.attachments import Attachment, AttachmentError, AttachmentKind
from desktop_app.core.conversation import Block
from desktop_app.core.i18n import translate

_SUFFIX = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "application/pdf": ".pdf",
}
_UNSAFE = re.compile(r"[^\w.\- ]+")


def _file_name(attachment: Attachment) -> str:
    """A safe name with the suffix of what is stored (a converted BMP is a PNG now)."""
    stem = _UNSAFE.sub("_", PurePath(attachment.name).stem).strip(" .") or "attachment"
    suffix = _SUFFIX.get(attachment.media_type) or PurePath(attachment.name).suffix or ".txt"
    return f"{attachment.sha256[:8]}-{stem}{suffix}"


def export(args: argparse.Namespace) -> int:
    if (args.id is None) == (not args.all):
        raise CliError(translate("Cli", "give a conversation ID or --all, not both"), 2)
    out = Path(args.out)
    if (args.format or ("md" if args.id is not None else "archive")) == "archive":
        return _archive(args.id, out)
    if args.id is not None:
        return export_markdown(args.id, out)
    store = open_store()
    try:
        listed = [(c.id, c.title) for c in store.list_conversations()]
    finally:
        store.close()
    for conversation_id, title in listed:
        name = _UNSAFE.sub("_", title)[:60].strip() or str(conversation_id)
        export_markdown(conversation_id, out / f"{conversation_id} - {name}")
    return 0


def _archive(conversation_id: int | None, out: Path) -> int:
    from desktop_app.core.archive_format import SUFFIX, ArchiveError
    from desktop_app.paths import attachments_dir, database_path, settings_path
    from desktop_app.storage.archive_export import ArchiveExport
    from desktop_app.storage.attachment_store import AttachmentStore

    target = out if out.suffix else out.with_suffix(SUFFIX)
    try:
        settings = settings_path().read_text(encoding="utf-8")
    except OSError:
        settings = "{}"
    store = open_store()  # migrates an older database first
    store.close()
    try:
        with ArchiveExport(database_path(), AttachmentStore(attachments_dir())) as archive:
            ids = [conversation_id] if conversation_id is not None else None
            done = archive.write(target, ids, settings=settings)
    except ArchiveError as error:
        raise CliError(str(error)) from None
    print(
        translate("Cli", "{target}: {n} conversation(s), {files} attached file(s)").format(
            target=target, n=done.conversations, files=done.attachments
        )
    )
    return 0


def export_markdown(conversation_id: int, folder: Path) -> int:
    from desktop_app.paths import attachments_dir
    from desktop_app.storage.attachment_store import AttachmentStore

    files = AttachmentStore(attachments_dir())
    store = open_store()
    try:
        try:
            conversation = store.get_conversation(conversation_id)
        except LookupError:
            raise CliError(
                translate("Cli", "no conversation with id {id}").format(id=conversation_id), 2
            ) from None
        messages = store.messages(conversation.id)
        try:
            private_file.make_private_folder(folder / "attachments", tighten=False)
        except OSError as error:
            raise CliError(
                translate("Cli", "cannot create {path}: {problem}").format(
                    path=folder, problem=error.strerror or error
                )
            ) from None
        missing: list[str] = []

        def render(block: Block) -> str:
            attachment = Attachment.from_block(block)
            if attachment is None:
                return block_markdown(block)
            name = _file_name(attachment)
            try:
                private_file.write(folder / "attachments" / name, files.load(attachment.sha256))
            except (AttachmentError, OSError):
                missing.append(attachment.name)
                gone = translate("Cli", "(missing from Parley's attachment folder)")
                return f"{block_markdown(block)} *{gone}*"
            link = f"attachments/{name}".replace(" ", "%20")
            if attachment.kind is AttachmentKind.IMAGE:
                return f"![{attachment.name}]({link})"
            return f"[{attachment.name}]({link})"

        branched = has_branches(store, conversation.id, messages)
        markdown = conversation_markdown(conversation, messages, render, branched=branched)
        target = folder / "conversation.md"
        try:
            private_file.write(target, markdown + "\n")
        except OSError as error:
            raise CliError(
                translate("Cli", "cannot write {path}: {problem}").format(
                    path=target, problem=error.strerror or error
                )
            ) from None
    finally:
        store.close()
    print(target)
    if missing:
        raise CliError(
            translate("Cli", "%n attachment(s) were missing: {names}", None, len(missing)).format(
                names=", ".join(missing)
            )
        )
    return 0
