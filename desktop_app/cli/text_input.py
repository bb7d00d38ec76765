"""Text the CLI is given, from stdin or in its arguments, read by core.text_encoding's rule
before anything is stored: UTF-8, or Korean CP949 with a warning, or refused in one line."""

from __future__ import annotations

import argparse
import sys

from desktop_app.cli.output import CliError
from desktop_app.core.i18n import translate
from desktop_app.core.text_encoding import (
    DecodedText,
    NotText,
    decode_text,
    decoded_argument,
    readable_name,
)

# Arguments naming files or folders: handed to the OS as they came (surrogates and all, so
# that they name the same bytes); only what is shown of them is made readable, elsewhere.
PATH_ARGUMENTS = frozenset({"attach", "folder", "files", "jsonl", "csv"})


def read_stdin() -> str:
    """All of stdin as text; raises CliError (exit 2) when it is not text Parley can read."""
    stream = getattr(sys.stdin, "buffer", None)
    data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
    return _accepted(translate("Cli", "stdin"), data)


def read_text_file(file: str) -> str:
    """A text file named on the command line (a CSV, a JSONL), by the same rule as stdin."""
    try:
        with open(file, "rb") as handle:
            data = handle.read()
    except OSError as error:
        unreadable = translate("Cli", "cannot read {path}: {problem}").format(
            path=readable_name(file), problem=error.strerror or error
        )
        raise CliError(unreadable, 2) from None
    return _accepted(readable_name(file), data)


def _accepted(what: str, data: bytes) -> str:
    try:
        decoded = decode_text(data)
    except NotText as error:
        raise CliError(_refusal(what, error), 2) from None
    _warn(what, decoded)
    return decoded.text


def _refusal(what: str, error: NotText) -> str:
    if error.binary:
        return translate(
            "Cli", "{what} holds binary data, not text; attach files with --attach"
        ).format(what=what)
    reason = error.reason.removeprefix("it is ")
    return translate("Cli", "{what} is {reason}; {advice}").format(
        what=what, reason=reason, advice=error.advice
    )


def _warn(what: str, decoded: DecodedText) -> None:
    if decoded.encoding.is_fallback:
        print(
            translate("Cli", "parley: warning: {what} is not UTF-8; read as {encoding}").format(
                what=what, encoding=decoded.encoding.label
            ),
            file=sys.stderr,
        )


def decode_arguments(args: argparse.Namespace) -> None:
    """Make every text argument real text, in place. Python hands over bytes that are not
    UTF-8 as surrogates, which SQLite and the API refuse: they are decoded by the rule (with
    a warning for CP949) or refused here, before anything is stored or sent."""
    for name, value in vars(args).items():
        if name in PATH_ARGUMENTS or not isinstance(value, str):
            continue
        what = translate("Cli", "the {name} argument").format(name=name.replace("_", " "))
        try:
            decoded = decoded_argument(value)
        except NotText as error:
            raise CliError(_refusal(what, error), 2) from None
        _warn(what, decoded)
        setattr(args, name, decoded.text)
