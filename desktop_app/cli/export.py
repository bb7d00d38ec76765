"""`parley export ID FOLDER`: a conversation as Markdown, with its attachments beside it.

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
    from desktop_app.paths import attachments_dir
    from desktop_app.storage.attachment_store import AttachmentStore

    folder = Path(args.folder)
    files = AttachmentStore(attachments_dir())
    store = open_store()
    try:
        try:
            conversation = store.get_conversation(args.id)
        except LookupError:
            raise CliError(
                translate("Cli", "no conversation with id {id}").format(id=args.id), 2
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
            translate("Cli", "%n attachment(s) were missing: {names}", n=len(missing)).format(
                names=", ".join(missing)
            )
        )
    return 0
