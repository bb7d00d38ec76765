"""`parley key set|status|clear`: the API key in the OS keyring, never printed."""

from __future__ import annotations

import argparse
import getpass
import sys

from desktop_app.cli.output import CliError
from desktop_app.core.api_key_format import BadKeyError, KeyProblem, clean_key
from desktop_app.core.i18n import translate


def key(args: argparse.Namespace) -> int:
    from desktop_app.storage.api_key import ApiKeyStore, KeySource

    store = ApiKeyStore()
    match args.action:
        case "status":
            print(store.status().sentence)
            return 0
        case "clear":
            store.clear()
            problem = store.status().keyring_problem
            if problem:
                raise CliError(
                    translate("Cli", "the keyring could not be cleared: {problem}").format(
                        problem=problem
                    )
                )
            print(translate("Cli", "The API key was removed from the keyring."))
            return 0
    if sys.stdin.isatty():
        value = getpass.getpass(translate("Cli", "Paste your Anthropic API key (input hidden): "))
    else:
        # All of it, not one line: a key wrapped over two lines must be refused, not cut.
        value = sys.stdin.buffer.read(64 * 1024).decode("utf-8", "replace")
    try:
        value = clean_key(value)
    except BadKeyError as error:
        if error.problem is KeyProblem.EMPTY:
            raise CliError(translate("Cli", "no key given"), 2) from None
        raise CliError(
            translate("Cli", "{problem}. Nothing was saved.").format(problem=error.sentence), 2
        ) from None
    if store.save(value) is not KeySource.KEYRING:
        problem = store.status().keyring_problem or translate(
            "Cli", "the system keyring is not available"
        )
        raise CliError(
            translate(
                "Cli", "the key was not saved: {problem}. Set ANTHROPIC_API_KEY instead."
            ).format(problem=problem)
        )
    print(translate("Cli", "The API key is saved in the system keyring."))
    return 0


def api_key() -> str:
    """The key a request goes with (ANTHROPIC_API_KEY, else the keyring); a missing or
    unusable one is a CliError that says how to mend it."""
    from desktop_app.storage.api_key import ApiKeyStore, KeySource, UnusableKeyError

    try:
        key, _source = ApiKeyStore().load()
    except UnusableKeyError as error:
        fix = (
            translate("Cli", "{problem}; set it again, or unset it to use the keyring")
            if error.source is KeySource.ENVIRONMENT
            else translate("Cli", "{problem}; run `parley key set` to replace it")
        )
        raise CliError(fix.format(problem=error), 2) from None
    if not key:
        raise CliError(
            translate("Cli", "no API key: run `parley key set`, or set ANTHROPIC_API_KEY"), 2
        )
    return key
