"""`parley key set|status|clear`: the API key in the OS keyring, never printed."""

from __future__ import annotations

import argparse
import getpass
import sys

from desktop_app.cli.output import CliError


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
                raise CliError(f"the keyring could not be cleared: {problem}")
            print("The API key was removed from the keyring.")
            return 0
    if sys.stdin.isatty():
        value = getpass.getpass("Paste your Anthropic API key (input hidden): ")
    else:
        value = sys.stdin.readline()
    value = value.strip()
    if not value:
        raise CliError("no key given", 2)
    if store.save(value) is not KeySource.KEYRING:
        problem = store.status().keyring_problem or "the system keyring is not available"
        raise CliError(f"the key was not saved: {problem}. Set ANTHROPIC_API_KEY instead.")
    print("The API key is saved in the system keyring.")
    return 0
