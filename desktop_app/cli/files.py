"""`parley files list|delete`: the documents uploaded to Anthropic's Files API with this key.

Large attachments are uploaded once (core/file_uploads.py); these commands show what the API
holds and delete a file there and from Parley's own record, so it is uploaded anew if needed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
from collections.abc import Awaitable, Callable
from typing import Any

from desktop_app.cli.output import CliError, open_uploaded_files
from desktop_app.core.attachments import size_words
from desktop_app.core.errors import ApiError, describe
from desktop_app.core.i18n import translate
from desktop_app.core.locale_format import format_date_time
from desktop_app.core.ports import FileClient


def add_parser(sub: Any) -> None:
    files = sub.add_parser(
        "files", help=translate("Cli", "list or delete the documents uploaded to Anthropic")
    )
    action = files.add_subparsers(dest="files_action", metavar="ACTION", required=True)
    action.add_parser("list", help=translate("Cli", "the uploaded files, newest first"))
    delete = action.add_parser(
        "delete", help=translate("Cli", "delete an uploaded file at Anthropic")
    )
    delete.add_argument("id", metavar="ID", help=translate("Cli", "the file's id (file_…)"))


def _call[T](work: Callable[[FileClient], Awaitable[T]]) -> T:
    """Run one Files API call with the saved key; an API failure is one plain line."""
    from desktop_app.claude.client import AnthropicClient
    from desktop_app.cli.key import api_key

    key = api_key()

    async def run() -> T:
        client = AnthropicClient(key, os.environ.get("ANTHROPIC_BASE_URL") or None)
        try:
            return await work(client.files)
        finally:
            await client.close()

    try:
        return asyncio.run(run())
    except ApiError as error:
        raise CliError(describe(error)) from None


def files(args: argparse.Namespace) -> int:
    if args.files_action == "delete":
        return _delete(args.id)
    listed = _call(lambda client: client.list_files())
    if not listed:
        print(translate("Cli", "No files are uploaded to Anthropic."))
        return 0
    for uploaded in listed:
        when = format_date_time(uploaded.created_at)
        size = size_words(uploaded.size)
        print(f"{uploaded.file_id}  {when}  {size:>9}  {uploaded.filename}")
    return 0


def _delete(file_id: str) -> int:
    if not file_id.startswith("file_"):
        raise CliError(
            translate("Cli", "{id} is not a file id (they begin with file_)").format(id=file_id), 2
        )
    deleted = _call(lambda client: client.delete_file(file_id))
    store = open_uploaded_files()
    try:
        store.forget(file_id)  # gone at Anthropic either way: the next send uploads it anew
    finally:
        store.close()
    if not deleted:
        raise CliError(translate("Cli", "Anthropic holds no file {id}").format(id=file_id))
    print(translate("Cli", "Deleted {id}.").format(id=file_id))
    return 0
