"""`parley backup list|now|restore N`: the database's backups from the shell, the same ones the
window's Backups dialog shows."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop_app.cli.output import CliError, backup_date, database_failure
from desktop_app.paths import database_path
from desktop_app.storage.backups import Backup, Backups
from desktop_app.storage.errors import DatabaseError


def add_parser(sub: Any) -> None:
    backup = sub.add_parser("backup", help="list, make or restore backups of the history")
    verbs = backup.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    verbs.add_parser("list", help="the backups, newest (1) first")
    verbs.add_parser("now", help="back up the history now")
    restore = verbs.add_parser(
        "restore", help="replace the history with backup N; the current file is kept aside"
    )
    restore.add_argument("number", type=int, metavar="N", help="as `parley backup list` shows")
    restore.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")


def backup(args: argparse.Namespace) -> int:
    backups = Backups(database_path())
    try:
        match args.backup_command:
            case "list":
                return _list(backups)
            case "now":
                if not backups.database.is_file():
                    raise CliError("there is no history to back up yet")
                made = backups.now()
                print(f"Backed up to {made.path} ({_size(made.size)}).")
                return 0
            case "restore":
                return _restore(backups, args.number, args.yes)
    except DatabaseError as error:
        raise database_failure(error) from None
    raise CliError(f"unknown action {args.backup_command!r}", 2)


def _list(backups: Backups) -> int:
    listed = backups.list()
    if not listed:
        print("No backups yet; `parley backup now` makes one.", file=sys.stderr)
        return 0
    for b in listed:
        print(f"{b.number}\t{backup_date(b.taken_at)}\t{_size(b.size)}\t{_count(b)}")
    return 0


def _restore(backups: Backups, number: int, yes: bool) -> int:
    chosen = backups.get(number)
    if not yes:
        print(
            f"Replace the history with backup {number} of {backup_date(chosen.taken_at)}"
            f" ({_count(chosen)})? The current file is kept aside, not deleted. [y/N] ",
            end="",
            file=sys.stderr,
            flush=True,
        )
        answer = sys.stdin.readline().strip().lower()
        if answer not in ("y", "yes"):
            print("Nothing was changed.", file=sys.stderr)
            return 1
    kept = backups.restore(number)
    print(f"Restored backup {number} of {backup_date(chosen.taken_at)}.")
    if kept is not None:
        print(f"The previous file is kept as {kept}.")
    return 0


def _count(backup: Backup) -> str:
    count = backup.conversations()
    if count is None:
        return "unreadable"
    return f"{count} conversation" + ("" if count == 1 else "s")


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"
