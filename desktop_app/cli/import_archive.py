"""`parley import FILE`: the conversations of a Parley archive added to this home, merging
(one imported before, or made here, is never added twice or overwritten)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.output import CliError, open_store
from desktop_app.core.archive_format import ArchiveError
from desktop_app.core.i18n import translate


def import_archive(args: argparse.Namespace) -> int:
    from desktop_app.paths import attachments_dir, database_path
    from desktop_app.storage.archive_import import ArchiveImport
    from desktop_app.storage.attachment_store import AttachmentStore

    source = Path(args.file)
    if not source.is_file():
        raise CliError(translate("Cli", "no such file: {path}").format(path=source), 2)
    open_store().close()  # migrates an older database first
    try:
        with ArchiveImport(database_path(), AttachmentStore(attachments_dir())) as reader:
            done = reader.read(source)
    except ArchiveError as error:
        raise CliError(str(error)) from None
    print(
        translate(
            "Cli", "{n} conversation(s) imported, {present} already here, {files} new file(s)"
        ).format(n=done.imported, present=done.present, files=done.attachments)
    )
    return 0
