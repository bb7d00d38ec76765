"""`parley ask --attach`: files prepared as the window prepares them, refused in one plain line."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop_app.cli.output import CliError
from desktop_app.core.attachments import Attachment, AttachmentError, AttachmentKind
from desktop_app.core.i18n import translate
from desktop_app.core.text_encoding import TextEncoding


def prepare_attachments(files: list[str], *, full_resolution: bool) -> list[Attachment]:
    """Every file prepared, or a CliError (exit 2) naming the first that cannot go."""
    if not files:
        return []
    from desktop_app.attachments import prepare_file
    from desktop_app.core.attachment_limits import check_request

    attachments: list[Attachment] = []
    failures: list[AttachmentError] = []
    for file in files:
        try:
            attachments.append(prepare_file(Path(file), full_resolution=full_resolution))
        except AttachmentError as error:
            failures.append(error)
    if failures:
        more = len(failures) - 1
        told = (
            translate("Cli", "{problem} %n more file(s) cannot be attached either.", None, more)
            if more
            else "{problem}"
        )
        sentence = told.format(problem=failures[0])
        raise CliError(translate("Cli", "{problem} Nothing was sent.").format(problem=sentence), 2)
    try:
        check_request(attachments)
    except AttachmentError as error:
        raise CliError(
            translate("Cli", "{problem} Nothing was sent.").format(problem=error), 2
        ) from None
    for attachment in attachments:
        if sys.stderr.isatty():
            attached = translate("Cli", "parley: attached {name}: {summary}")
            print(
                attached.format(name=attachment.name, summary=attachment.summary), file=sys.stderr
            )
            for note in attachment.notes:
                print(f"parley: {attachment.name}: {note}", file=sys.stderr)
        elif attachment.kind is AttachmentKind.TEXT and attachment.converted_from:
            # A guessed encoding is worth a word even to a script: the guess may be wrong.
            label = TextEncoding(attachment.converted_from).label
            guessed = translate("Cli", "parley: {name}: not UTF-8, read as {encoding}")
            print(guessed.format(name=attachment.name, encoding=label), file=sys.stderr)
    return attachments
