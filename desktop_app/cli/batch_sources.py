"""What `parley batch submit` sends: files prepared as for `parley ask --attach`, CSV rows of
prompts, variants of one prompt, or requests written by hand in JSONL, each checked plainly."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from desktop_app.cli.output import CliError
from desktop_app.cli.text_input import read_text_file
from desktop_app.core.attachments import AttachmentError
from desktop_app.core.batch_plan import BatchSource
from desktop_app.core.i18n import translate
from desktop_app.core.text_encoding import readable_name
from desktop_app.paths import attachments_dir


def shown(file: str) -> str:
    """A path as stored and shown: a name the OS gave in bytes that are not UTF-8 made text."""
    return readable_name(str(Path(file)))


def file_sources(files: list[str]) -> list[BatchSource]:
    """One source per file, its prepared bytes in the attachment store; refused files are named
    and nothing is sent."""
    from desktop_app.attachments import prepare_file
    from desktop_app.core.attachment_limits import check_request
    from desktop_app.storage.attachment_store import AttachmentStore

    store = AttachmentStore(attachments_dir())
    sources: list[BatchSource] = []
    failures: list[AttachmentError] = []
    for file in files:
        try:
            attachment = prepare_file(Path(file), full_resolution=False)
            check_request([attachment])
            store.save(attachment)
        except AttachmentError as error:
            failures.append(error)
            continue
        sources.append(BatchSource(attachment.name, shown(file), (attachment.block(),)))
    if failures:
        more = len(failures) - 1
        told = (
            translate("Cli", "{problem} %n more file(s) cannot go either.", None, more)
            if more
            else "{problem}"
        )
        sentence = told.format(problem=failures[0])
        raise CliError(translate("Cli", "{problem} Nothing was sent.").format(problem=sentence), 2)
    return sources


def csv_sources(file: str, instruction: str = "") -> list[BatchSource]:
    """One request per row of a CSV with a `prompt` column; `instruction` goes before each."""
    text = read_text_file(file)
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        if "prompt" not in (reader.fieldnames or []):
            raise CliError(
                translate("Cli", "{file}: the CSV needs a column named 'prompt'").format(
                    file=shown(file)
                ),
                2,
            )
        sources = [
            BatchSource(f"row {n}", shown(file), prompt=_joined(instruction, row["prompt"]))
            for n, row in enumerate(reader, start=1)
            if (row.get("prompt") or "").strip()
        ]
    except csv.Error as error:
        raise CliError(
            translate("Cli", "{file} is not a CSV file Parley can read ({problem})").format(
                file=shown(file), problem=error
            ),
            2,
        ) from None
    return sources


def _joined(instruction: str, prompt: str) -> str:
    return f"{instruction.strip()}\n\n{prompt}" if instruction.strip() else prompt


def jsonl_sources(file: str, model: str) -> list[BatchSource]:
    """Requests written by hand: lines of {"custom_id": …, "params": {…}}; the model defaults
    to --model when a line names none."""
    sources: list[BatchSource] = []
    # Split on newlines alone: JSON strings may hold U+2028 and the like, which splitlines cuts.
    for number, line in enumerate(read_text_file(file).split("\n"), start=1):
        if line.strip():
            sources.append(_jsonl_source(shown(file), number, line, model))
    return sources


def _jsonl_source(file: str, number: int, line: str, model: str) -> BatchSource:
    where = translate("Cli", "{file}, line {number}").format(file=file, number=number)
    try:
        data = json.loads(line)
    except ValueError:
        raise CliError(translate("Cli", "{where}: not valid JSON").format(where=where), 2) from None
    if not isinstance(data, dict) or not isinstance(data.get("params"), dict):
        raise CliError(
            translate("Cli", "{where}: expected {shape}").format(
                where=where, shape='{"custom_id": …, "params": {…}}'
            ),
            2,
        )
    params: dict[str, Any] = dict(data["params"])
    messages = params.get("messages")
    if not isinstance(messages, list) or not messages:
        raise CliError(
            translate("Cli", "{where}: params.messages must be a non-empty list").format(
                where=where
            ),
            2,
        )
    max_tokens = params.get("max_tokens")
    if not isinstance(max_tokens, int) or isinstance(max_tokens, bool) or max_tokens < 1:
        raise CliError(
            translate(
                "Cli", "{where}: params.max_tokens must be a whole number of at least 1"
            ).format(where=where),
            2,
        )
    if params.get("stream"):
        raise CliError(
            translate("Cli", "{where}: batch requests cannot stream; remove params.stream").format(
                where=where
            ),
            2,
        )
    params.setdefault("model", model)
    custom_id = data.get("custom_id")
    if custom_id is None:
        raise CliError(
            translate("Cli", "{where}: each request needs a custom_id").format(where=where), 2
        )
    return BatchSource(str(custom_id), file, params=params, custom_id=custom_id)


def variant_sources(count: int) -> list[BatchSource]:
    if count < 1:
        raise CliError(translate("Cli", "--variants must be at least 1"), 2)
    return [BatchSource(f"variant {n}") for n in range(1, count + 1)]
