"""`parley backup list|now|restore N`: the database's backups from the shell, the same ones the
window's Backups dialog shows."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop_app.cli.output import CliError, backup_date, database_failure
from desktop_app.core.i18n import translate
from desktop_app.paths import database_path
from desktop_app.storage.backups import Backup, Backups
from desktop_app.storage.errors import DatabaseError


def add_parser(sub: Any) -> None:
    backup = sub.add_parser(
        "backup", help=translate("Cli", "list, make or restore backups of the history")
    )
    verbs = backup.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    verbs.add_parser("list", help=translate("Cli", "the backups, newest (1) first"))
    verbs.add_parser("now", help=translate("Cli", "back up the history now"))
    restore = verbs.add_parser(
        "restore",
        help=translate("Cli", "replace the history with backup N; the current file is kept aside"),
    )
    restore.add_argument(
        "number", type=int, metavar="N", help=translate("Cli", "as `parley backup list` shows")
    )
    restore.add_argument(
        "--yes", "-y", action="store_true", help=translate("Cli", "do not ask for confirmation")
    )


def backup(args: argparse.Namespace) -> int:
    backups = Backups(database_path())
    try:
        match args.backup_command:
            case "list":
                return _list(backups)
            case "now":
                if not backups.database.is_file():
                    raise CliError(translate("Cli", "there is no history to back up yet"))
                made = backups.now()
                print(
                    translate("Cli", "Backed up to {path} ({size}).").format(
                        path=made.path, size=_size(made.size)
                    )
                )
                return 0
            case "restore":
                return _restore(backups, args.number, args.yes)
    except DatabaseError as error:
        raise database_failure(error) from None
    raise CliError(
        translate("Cli", "unknown action {action}").format(action=repr(args.backup_command)), 2
    )


def _list(backups: Backups) -> int:
    listed = backups.list()
    if not listed:
        print(translate("Cli", "No backups yet; `parley backup now` makes one."), file=sys.stderr)
        return 0
    for b in listed:
        print(f"{b.number}\t{backup_date(b.taken_at)}\t{_size(b.size)}\t{_count(b)}")
    return 0


def _restore(backups: Backups, number: int, yes: bool) -> int:
    chosen = backups.get(number)
    if not yes:
        print(
            translate(
                "Cli",
                "Replace the history with backup {number} of {date} ({count})? The current file "
                "is kept aside, not deleted. [y/N] ",
            ).format(number=number, date=backup_date(chosen.taken_at), count=_count(chosen)),
            end="",
            file=sys.stderr,
            flush=True,
        )
        answer = sys.stdin.readline().strip().lower()
        if answer not in ("y", "yes", translate("Cli", "yes", "the answer to a [y/N] question")):
            print(translate("Cli", "Nothing was changed."), file=sys.stderr)
            return 1
    kept = backups.restore(number)
    print(
        translate("Cli", "Restored backup {number} of {date}.").format(
            number=number, date=backup_date(chosen.taken_at)
        )
    )
    if kept is not None:
        print(translate("Cli", "The previous file is kept as {path}.").format(path=kept))
    return 0


def _count(backup: Backup) -> str:
    count = backup.conversations()
    if count is None:
        return translate("Cli", "unreadable")
    return translate("Cli", "%n conversation(s)", None, count)


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"
