"""The `parley` command line: ask, usage, history, show, export, key and batch, sharing the GUI's
history.

Every failure ends in one plain line on stderr and a non-zero exit, never a
traceback; unexpected ones are logged with their traceback to the log folder.
"""

from __future__ import annotations

import argparse
import logging
import sys

from desktop_app import __version__
from desktop_app.cli.output import CliError, fail
from desktop_app.log import configure as configure_log


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="parley", description="Parley: a desktop assistant for Claude."
    )
    parser.add_argument("--version", action="version", version=f"parley {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ask = sub.add_parser("ask", help="ask Claude; the answer streams to stdout")
    # Optional here only so that `ask --thinking "question"` reads as a question (ask.py
    # moves it back); a missing prompt is still an error.
    ask.add_argument(
        "prompt", metavar="PROMPT", nargs="?", help="the question; - reads it from stdin"
    )
    ask.add_argument("--model", "-m", help="model id (default: the conversation's or a Sonnet)")
    ask.add_argument("--system", "-s", help="system prompt for the conversation")
    where = ask.add_mutually_exclusive_group()
    where.add_argument(
        "--continue",
        "-c",
        dest="continue_id",
        type=int,
        metavar="ID",
        help="continue conversation ID",
    )
    where.add_argument("--new", action="store_true", help="start a new conversation (default)")
    ask.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    thinking = ask.add_mutually_exclusive_group()
    thinking.add_argument(
        "--thinking",
        nargs="?",
        const="",
        metavar="LEVEL",
        help="think before answering, at effort LEVEL (low, medium, high, xhigh or max, as the "
        "model takes them; default: the model's own); the conversation keeps it",
    )
    thinking.add_argument(
        "--no-thinking", action="store_true", help="turn thinking off for the conversation"
    )
    ask.add_argument(
        "--cache-ttl",
        choices=("5m", "1h"),
        help="keep the prompt cache 5 minutes or an hour (1-hour cache writes cost more); "
        "the conversation keeps it",
    )
    ask.add_argument(
        "--max-tokens",
        metavar="N",
        help="let the reply be at most N tokens (up to the model's maximum); the conversation "
        "keeps it",
    )
    ask.add_argument(
        "--show-thinking",
        action="store_true",
        help="print the model's thinking on stderr (stdout keeps only the answer)",
    )
    ask.add_argument(
        "--attach",
        "-a",
        action="append",
        default=[],
        metavar="FILE",
        help="attach an image, PDF or text file (repeat for several)",
    )
    ask.add_argument(
        "--full-resolution",
        action="store_true",
        help="send images at full resolution (up to 8000 px) instead of what the API keeps",
    )
    ask.add_argument(
        "--allow",
        action="append",
        default=[],
        metavar="TOOL",
        help="run this tool without asking, for this run only (repeat for several)",
    )
    ask.add_argument(
        "--estimate",
        action="store_true",
        help="print the input tokens and estimated cost of this send; send and store nothing",
    )
    ask.add_argument(
        "--over-budget",
        action="store_true",
        help="send even when this month's budget (set in the window's Usage view) is used up",
    )

    usage = sub.add_parser("usage", help="what was spent in a month, by model and by day")
    usage.add_argument("--month", metavar="YYYY-MM", help="the month (default: this one)")
    usage.add_argument("--json", action="store_true", help="print one JSON object")

    history = sub.add_parser("history", help="list conversations, newest first")
    shown = history.add_mutually_exclusive_group()
    shown.add_argument(
        "--limit", "-n", type=int, help="at most N conversations (default: a screenful)"
    )
    shown.add_argument("--all", action="store_true", help="every conversation")
    history.add_argument("query", nargs="?", help="only conversations matching this text")

    show = sub.add_parser("show", help="print a conversation as Markdown")
    show.add_argument("id", type=int, metavar="ID")

    export = sub.add_parser(
        "export", help="write a conversation as Markdown with its attachments to a folder"
    )
    export.add_argument("id", type=int, metavar="ID")
    export.add_argument("folder", metavar="FOLDER", help="created if missing")

    key = sub.add_parser("key", help="manage the API key in the system keyring")
    key.add_argument("action", choices=["set", "status", "clear"])

    from desktop_app.cli.batch import add_parser as add_batch_parser

    add_batch_parser(sub)
    return parser


def run_cli(argv: list[str]) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    args = _parser().parse_args(argv)
    configure_log("cli")
    try:
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
            case "key":
                from desktop_app.cli.key import key

                return key(args)
            case "batch":
                from desktop_app.cli.batch import batch

                return batch(args)
        _parser().print_help()
        return 0
    except CliError as error:
        return fail(str(error), error.code)
    except KeyboardInterrupt:
        return fail("interrupted", 130)
    except Exception as error:  # the promise: never a traceback
        logging.getLogger("parley.cli").exception("unexpected error in the CLI")
        return fail(f"unexpected error ({type(error).__name__}); details are in the log", 1)
