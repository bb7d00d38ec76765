"""How the CLI speaks: plain one-line errors, thinking kept apart on stderr, and the shared
store it opens."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any, TextIO

from desktop_app.core.i18n import translate

if TYPE_CHECKING:
    from desktop_app.storage.conversation_store import SqliteConversationStore
    from desktop_app.storage.errors import DatabaseError
    from desktop_app.storage.uploaded_file_store import SqliteUploadedFileStore

_DIM, _PLAIN = "\x1b[2m", "\x1b[0m"


class CliError(Exception):
    """A failure the user can act on; its message is the whole story."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def fail(message: str, code: int = 1) -> int:
    print(f"parley: {message}", file=sys.stderr)
    return code


# The shell's code for a writer killed by SIGPIPE, which is what a closed pipe means.
EXIT_CLOSED_PIPE = 141


def stdout_reader_gone() -> bool:
    """True when stdout is a pipe whose reader has gone (`parley history | head -1`), so that
    a BrokenPipeError from elsewhere (a tool's pipe, a socket) is not mistaken for it."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, ValueError, OSError):
        return False
    try:
        import select

        poller = select.poll()
    except (ImportError, AttributeError):  # no poll() (Windows): stdout is the likely one
        return True
    poller.register(fd, 0)  # a pipe without a reader reports POLLERR whatever the mask
    return any(events & select.POLLERR for _fd, events in poller.poll(0))


def quit_quietly_on_closed_stdout() -> int:
    """Stop writing: the reader has what it wanted. What is still buffered goes to /dev/null,
    else Python would print "Exception ignored … BrokenPipeError" when it flushes at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    finally:
        os.close(devnull)
    return EXIT_CLOSED_PIPE


def database_failure(error: DatabaseError) -> CliError:
    """The one line for a database that cannot be used, with what to run about it."""
    from desktop_app.paths import database_path
    from desktop_app.storage.backups import Backups
    from desktop_app.storage.errors import NotADatabaseError

    if not isinstance(error, NotADatabaseError):
        return CliError(str(error))
    backups = Backups(database_path()).list()
    if backups:
        return CliError(
            translate(
                "Cli",
                "{problem} Run `parley backup restore 1` to keep it aside and restore the backup "
                "of {date} (`parley backup list` shows all {count}).",
            ).format(problem=error, date=backup_date(backups[0].taken_at), count=len(backups))
        )
    return CliError(
        translate(
            "Cli", "{problem} There is no backup; rename or move that file and Parley starts anew."
        ).format(problem=error)
    )


def backup_date(taken_at: float) -> str:
    from desktop_app.core.locale_format import format_date_time

    return format_date_time(taken_at)


def open_store() -> SqliteConversationStore:
    """The shared history; once a day, after it opened, a backup is made on the way (about a
    second per 100 MB here, tests/bench/backup.py; every other run only lists the folder)."""
    from desktop_app.paths import database_path
    from desktop_app.storage.backups import Backups
    from desktop_app.storage.conversation_store import SqliteConversationStore
    from desktop_app.storage.errors import DatabaseError

    try:
        store = SqliteConversationStore(database_path())
    except DatabaseError as error:
        raise database_failure(error) from None
    except OSError as error:
        raise CliError(
            translate("Cli", "cannot open the history: {problem}").format(
                problem=error.strerror or error
            )
        ) from None
    try:
        Backups(database_path()).daily()
    except DatabaseError as error:  # a missed backup must not stop the command
        import logging

        logging.getLogger("parley.cli").warning("The daily backup failed: %s", error)
    return store


class ThinkingPrinter:
    """Streams thinking under a "Thinking…" header, dimmed on a terminal, so that stdout
    carries only the answer for scripts."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._dim = stream.isatty()
        self._open = False

    def _write(self, text: str) -> None:
        self._stream.write(f"{_DIM}{text}{_PLAIN}" if self._dim and text.strip() else text)
        self._stream.flush()

    def started(self, block: dict[str, Any]) -> None:
        match block.get("type"):
            case "thinking":
                self._write(translate("Cli", "Thinking…") + "\n")
                self._open = True
            case "redacted_thinking":
                # Flagged by the API's safety systems: it arrives encrypted, still sent back.
                self._write(
                    translate("Cli", "Thinking… (redacted: sent encrypted, not shown)") + "\n\n"
                )

    def delta(self, text: str) -> None:
        if self._open:
            self._write(text)

    def stopped(self) -> None:
        if self._open:
            self._write("\n\n")
            self._open = False


def open_uploaded_files() -> SqliteUploadedFileStore:
    """Which documents were uploaded to the Files API (core/file_uploads.py), shared with the
    window."""
    from desktop_app.paths import database_path
    from desktop_app.storage.uploaded_file_store import SqliteUploadedFileStore

    return SqliteUploadedFileStore(database_path())
