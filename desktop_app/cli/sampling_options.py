"""`parley ask --temperature T --top-p P --top-k K --stop SEQ…`: a conversation's sampling
options, checked against the model's rules before anything is sent, kept for `--continue`,
and the stderr line that names the stop sequence a reply ended at."""

from __future__ import annotations

import argparse
from dataclasses import replace

from desktop_app.cli.output import CliError
from desktop_app.core.conversation import Message
from desktop_app.core.i18n import translate
from desktop_app.core.request_options import RequestOptions


def add_arguments(ask: argparse.ArgumentParser) -> None:
    ask.add_argument(
        "--temperature",
        type=float,
        metavar="T",
        help=translate("Cli", "sampling temperature, 0 to 1; the conversation keeps it"),
    )
    ask.add_argument(
        "--top-p",
        type=float,
        metavar="P",
        help=translate("Cli", "nucleus sampling, 0 to 1 (newer models take it or --temperature)"),
    )
    ask.add_argument(
        "--top-k",
        type=int,
        metavar="K",
        help=translate("Cli", "sample from the K likeliest tokens"),
    )
    ask.add_argument(
        "--stop",
        action="append",
        default=[],
        metavar="SEQ",
        help=translate("Cli", "end the reply where it would write SEQ (repeat for several)"),
    )


def chosen_options(
    args: argparse.Namespace, current: RequestOptions, model: str, *, thinking: bool
) -> RequestOptions | None:
    """The conversation's options with the flags given laid over them; None when no flag was
    given. A CliError (exit 2) when the model would refuse them."""
    given = {
        name: value
        for name, value in (
            ("temperature", args.temperature),
            ("top_p", args.top_p),
            ("top_k", args.top_k),
        )
        if value is not None
    }
    if not given and not args.stop:
        return None
    options = replace(current, **given)
    if args.stop:
        options = replace(options, stop_sequences=tuple(args.stop))
    problems = options.problems(model, thinking=thinking)
    if problems:
        raise CliError(" ".join(problems), 2)
    return options


def stop_notice(reply: Message, sequence: str | None) -> str | None:
    """The stderr line for a reply that ended at one of its stop sequences."""
    if reply.stop_reason != "stop_sequence" or sequence is None:
        return None
    return translate("Cli", 'parley: stopped at stop sequence "{sequence}"').format(
        sequence=sequence
    )
