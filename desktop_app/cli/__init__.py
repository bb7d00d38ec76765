"""The `parley` command line: ask, usage, history, show, export, key, batch, backup and files,
sharing the GUI's history.

Every failure ends in one plain line on stderr and a non-zero exit, never a
traceback; unexpected ones are logged with their traceback to the log folder.
"""

from __future__ import annotations

import argparse
import errno
import logging
import os
import sys

from desktop_app import __version__
from desktop_app.cli.output import (
    CliError,
    database_failure,
    fail,
    quit_quietly_on_closed_stdout,
    stdout_reader_gone,
)
from desktop_app.core.i18n import translate
from desktop_app.log import configure as configure_log
from desktop_app.storage.errors import DatabaseError


def _parser() -> argparse.ArgumentParser:
    from desktop_app.cli.request_flags import add_arguments as add_sampling_arguments
    from desktop_app.cli.request_flags import add_tool_arguments

    parser = argparse.ArgumentParser(
        prog="parley", description=translate("Cli", "Parley: a desktop assistant for Claude.")
    )
    parser.add_argument("--version", action="version", version=f"parley {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ask = sub.add_parser("ask", help=translate("Cli", "ask Claude; the answer streams to stdout"))
    # Optional here only so that `ask --thinking "question"` reads as a question (ask.py
    # moves it back); a missing prompt is still an error.
    ask.add_argument(
        "prompt",
        metavar="PROMPT",
        nargs="?",
        help=translate("Cli", "the question; - reads it from stdin"),
    )
    ask.add_argument(
        "--model", "-m", help=translate("Cli", "model id (default: the conversation's or a Sonnet)")
    )
    ask.add_argument("--system", "-s", help=translate("Cli", "system prompt for the conversation"))
    where = ask.add_mutually_exclusive_group()
    where.add_argument(
        "--continue",
        "-c",
        dest="continue_id",
        type=int,
        metavar="ID",
        help=translate("Cli", "continue conversation ID"),
    )
    where.add_argument(
        "--new", action="store_true", help=translate("Cli", "start a new conversation (default)")
    )
    ask.add_argument(
        "--json",
        action="store_true",
        help=translate("Cli", "print one JSON object instead of text"),
    )
    thinking = ask.add_mutually_exclusive_group()
    thinking.add_argument(
        "--thinking",
        nargs="?",
        const="",
        metavar="LEVEL",
        help=translate(
            "Cli",
            "think before answering, at effort LEVEL (low, medium, high, xhigh or max, as the "
            "model takes them; default: the model's own); the conversation keeps it",
        ),
    )
    thinking.add_argument(
        "--no-thinking",
        action="store_true",
        help=translate("Cli", "turn thinking off for the conversation"),
    )
    ask.add_argument(
        "--cache-ttl",
        choices=("5m", "1h"),
        help=translate(
            "Cli",
            "keep the prompt cache 5 minutes or an hour (1-hour cache writes cost more); "
            "the conversation keeps it",
        ),
    )
    ask.add_argument(
        "--max-tokens",
        metavar="N",
        help=translate(
            "Cli",
            "let the reply be at most N tokens (up to the model's maximum); the conversation "
            "keeps it",
        ),
    )
    ask.add_argument(
        "--show-thinking",
        action="store_true",
        help=translate(
            "Cli", "print the model's thinking on stderr (stdout keeps only the answer)"
        ),
    )
    ask.add_argument(
        "--attach",
        "-a",
        action="append",
        default=[],
        metavar="FILE",
        help=translate("Cli", "attach an image, PDF or text file (repeat for several)"),
    )
    ask.add_argument(
        "--full-resolution",
        action="store_true",
        help=translate(
            "Cli", "send images at full resolution (up to 8000 px) instead of what the API keeps"
        ),
    )
    ask.add_argument(
        "--allow",
        action="append",
        default=[],
        metavar="TOOL",
        help=translate(
            "Cli", "run this tool without asking, for this run only (repeat for several)"
        ),
    )
    ask.add_argument(
        "--estimate",
        action="store_true",
        help=translate(
            "Cli", "print the input tokens and estimated cost of this send; send and store nothing"
        ),
    )
    add_sampling_arguments(ask)
    add_tool_arguments(ask)
    ask.add_argument(
        "--over-budget",
        action="store_true",
        help=translate(
            "Cli", "send even when this month's budget (set in the window's Usage view) is used up"
        ),
    )

    usage = sub.add_parser(
        "usage", help=translate("Cli", "what was spent in a month, by model and by day")
    )
    usage.add_argument(
        "--month", metavar="YYYY-MM", help=translate("Cli", "the month (default: this one)")
    )
    usage.add_argument(
        "--json", action="store_true", help=translate("Cli", "print one JSON object")
    )

    history = sub.add_parser("history", help=translate("Cli", "list conversations, newest first"))
    shown = history.add_mutually_exclusive_group()
    shown.add_argument(
        "--limit",
        "-n",
        type=int,
        help=translate("Cli", "at most N conversations (default: a screenful)"),
    )
    shown.add_argument("--all", action="store_true", help=translate("Cli", "every conversation"))
    history.add_argument(
        "query", nargs="?", help=translate("Cli", "only conversations matching this text")
    )
    scope = history.add_mutually_exclusive_group()
    scope.add_argument(
        "--archived", action="store_true", help=translate("Cli", "the archived conversations")
    )
    scope.add_argument(
        "--project", metavar="NAME", help=translate("Cli", "the conversations in one project")
    )

    show = sub.add_parser("show", help=translate("Cli", "print a conversation as Markdown"))
    show.add_argument("id", type=int, metavar="ID")

    export = sub.add_parser(
        "export",
        help=translate(
            "Cli", "write conversations as Markdown (a folder each) or as one Parley archive"
        ),
    )
    export.add_argument("id", type=int, metavar="ID", nargs="?")
    export.add_argument("--all", action="store_true", help=translate("Cli", "every conversation"))
    export.add_argument(
        "--format",
        choices=("md", "archive"),
        help=translate("Cli", "md (default for one conversation) or archive (default for --all)"),
    )
    export.add_argument(
        "out", metavar="OUT", help=translate("Cli", "a folder for md, a file for an archive")
    )
    imported = sub.add_parser(
        "import", help=translate("Cli", "add the conversations of a Parley archive")
    )
    imported.add_argument("file", metavar="FILE")

    key = sub.add_parser("key", help=translate("Cli", "manage the API key in the system keyring"))
    key.add_argument("action", choices=["set", "status", "clear"])

    from desktop_app.cli.backup import add_parser as add_backup_parser
    from desktop_app.cli.batch import add_parser as add_batch_parser
    from desktop_app.cli.files import add_parser as add_files_parser

    add_batch_parser(sub)
    add_backup_parser(sub)
    add_files_parser(sub)
    return parser


_DISK_FULL = (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC))


def _drop_unwritten_output() -> None:
    """Point stdout at /dev/null, so that the exit's flush of what could not be written
    raises no second error (Python's advice for a closed pipe)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _use_chosen_language() -> None:
    """The settings' language, else the environment's, for Parley's words and argparse's."""
    from desktop_app import paths
    from desktop_app.cli import argparse_words
    from desktop_app.core.settings import Settings
    from desktop_app.translation_catalogues import use_language

    use_language(Settings.load(paths.settings_path()).language)
    argparse_words.install()


def run_cli(argv: list[str]) -> int:
    _use_chosen_language()
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    try:
        try:
            return _run(argv)
        finally:
            # A short output sits in the buffer: a closed pipe shows only when it is flushed.
            sys.stdout.flush()
    except BrokenPipeError as error:
        if stdout_reader_gone():
            return quit_quietly_on_closed_stdout()
        return _unexpected(error)


def _run(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    configure_log("cli")
    try:
        from desktop_app.cli.text_input import decode_arguments

        decode_arguments(args)
        match args.command:
            case "ask":
                from desktop_app.cli.ask import ask

                return ask(args)
            case "usage":
                from desktop_app.cli.usage import usage

                return usage(args)
            case "history":
                from desktop_app.cli.history import history

                return history(args)
            case "show":
                from desktop_app.cli.history import show

                return show(args)
            case "export":
                from desktop_app.cli.export import export

                return export(args)
            case "import":
                from desktop_app.cli.import_archive import import_archive

                return import_archive(args)
            case "key":
                from desktop_app.cli.key import key

                return key(args)
            case "batch":
                from desktop_app.cli.batch import batch

                return batch(args)
            case "backup":
                from desktop_app.cli.backup import backup

                return backup(args)
            case "files":
                from desktop_app.cli.files import files

                return files(args)
        _parser().print_help()
        return 0
    except CliError as error:
        return fail(str(error), error.code)
    except DatabaseError as error:  # a write failing mid-command: a full disk, say
        return fail(str(database_failure(error)))
    except KeyboardInterrupt:
        return fail(translate("Cli", "interrupted"), 130)
    except BrokenPipeError:
        raise  # run_cli tells a closed stdout from any other pipe
    except OSError as error:
        if error.errno not in _DISK_FULL:
            return _unexpected(error)
        _drop_unwritten_output()  # `parley show 1 > file` on a full disk
        what = error.filename or translate("Cli", "the output")
        return fail(
            translate("Cli", "the disk is full: {path} could not be written").format(path=what)
        )
    except Exception as error:  # the promise: never a traceback
        return _unexpected(error)


def _unexpected(error: BaseException) -> int:
    logging.getLogger("parley.cli").error("unexpected error in the CLI", exc_info=error)
    return fail(
        translate("Cli", "unexpected error ({kind}); details are in the log").format(
            kind=type(error).__name__
        ),
        1,
    )
