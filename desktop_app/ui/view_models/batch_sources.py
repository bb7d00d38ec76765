"""What a new batch is made of, prepared off the GUI thread: files (or a folder's images) made
ready as attachments, prompts read from a CSV or JSONL file, or N variants of one prompt.

Preparation runs on Qt's thread pool and reports through a queued signal; a file that cannot
go is named in one plain sentence and the rest go on.
"""

from __future__ import annotations

import contextlib
import csv
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

from desktop_app.core.attachments import AttachmentError
from desktop_app.core.batch_plan import BatchPlan, BatchSource
from desktop_app.core.text_encoding import NotText, decode_text, readable_name
from desktop_app.storage.attachment_store import AttachmentStore

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp")


def _quiet(done: int, total: int) -> None:
    """No one is told of progress."""


@dataclass(frozen=True, slots=True)
class PreparedSources:
    sources: list[BatchSource] = field(default_factory=list)
    refusals: list[str] = field(default_factory=list)  # one plain sentence per refused input
    notes: list[str] = field(default_factory=list)  # remarks, e.g. the encoding a file was read in


@dataclass(frozen=True, slots=True)
class BatchOrder:
    """A planned batch the user chose to send, with what its jobs keep."""

    plan: BatchPlan
    label: str
    model: str
    prompt: str
    system: str
    max_tokens: int

    def job(self) -> dict[str, Any]:
        return {"label": self.label, "model": self.model, "prompt": self.prompt,
                "system": self.system, "max_tokens": self.max_tokens}  # fmt: skip


def folder_images(folder: Path) -> list[Path]:
    """The images directly in `folder`, by name."""
    files = [p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES]
    return sorted(files, key=lambda p: p.name)


def prepare_files(
    paths: list[Path], sink: AttachmentStore, progress: Callable[[int, int], None] = _quiet
) -> PreparedSources:
    """One source per file, its prepared bytes kept by `sink` (the attachment store);
    `progress(done, total)` after each file."""
    from desktop_app.attachments import prepare_file
    from desktop_app.core.attachment_limits import check_request

    sources: list[BatchSource] = []
    refusals: list[str] = []
    for done, path in enumerate(paths):
        progress(done, len(paths))
        try:
            attachment = prepare_file(path, full_resolution=False)
            check_request([attachment])
            sink.save(attachment)
        except AttachmentError as error:
            refusals.append(str(error))
            continue
        except Exception:
            log.exception("Preparing %s for a batch failed", path.name)
            refusals.append(
                QCoreApplication.translate(
                    "BatchSources", "{file}: Parley could not prepare it; see its log."
                ).format(file=path.name)
            )
            continue
        sources.append(BatchSource(attachment.name, str(path), (attachment.block(),)))
    return PreparedSources(sources, refusals)


def prompt_file(path: Path) -> PreparedSources:
    """Prompts from a CSV (a `prompt` column) or JSONL (`{"prompt": …}` lines, or whole requests
    as `{"custom_id": …, "params": {…}}`)."""
    name = readable_name(path.name)
    try:
        decoded = decode_text(path.read_bytes())
    except OSError as error:
        return PreparedSources(refusals=[f"{name}: {error.strerror or error}"])
    except NotText as error:  # the same rule as attached text files and the CLI's CSVs
        advice = (
            " "
            + QCoreApplication.translate("BatchSources", "Save it as UTF-8, or {advice}.").format(
                advice=error.advice
            )
            if error.advice
            else ""
        )
        return PreparedSources(refusals=[f"{name}: {error.reason}.{advice}"])
    text = decoded.text
    found = _csv_prompts(path, text) if path.suffix.lower() == ".csv" else _jsonl(path, text)
    if not decoded.warning:
        return found
    read_as = QCoreApplication.translate("BatchSources", "%1 is not UTF-8: read as %2.")
    notes = [read_as.replace("%1", name).replace("%2", decoded.encoding.label)]
    return PreparedSources(found.sources, found.refusals, notes)


def _jsonl(path: Path, text: str) -> PreparedSources:
    sources, refusals = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except ValueError:
            refusals.append(
                QCoreApplication.translate(
                    "BatchSources", "{file}, line {number}: not valid JSON."
                ).format(file=path.name, number=number)
            )
            continue
        if isinstance(data, dict) and isinstance(data.get("params"), dict):
            custom_id = data.get("custom_id")
            name = str(custom_id) if custom_id is not None else f"line {number}"
            sources.append(BatchSource(name, str(path), params=data["params"], custom_id=custom_id))
        elif isinstance(data, dict) and isinstance(data.get("prompt"), str):
            sources.append(BatchSource(f"line {number}", str(path), prompt=data["prompt"]))
        else:
            refusals.append(
                QCoreApplication.translate(
                    "BatchSources", "{file}, line {number}: expected {shape}."
                ).format(file=path.name, number=number, shape='{"prompt": …}')
            )
    return PreparedSources(sources, refusals)


def _csv_prompts(path: Path, text: str) -> PreparedSources:
    try:
        reader = csv.DictReader(text.splitlines())
        if "prompt" not in (reader.fieldnames or []):
            refused = QCoreApplication.translate(
                "BatchSources", "{file}: the CSV needs a column named 'prompt'."
            ).format(file=path.name)
            return PreparedSources(refusals=[refused])
        rows = [(n, row.get("prompt") or "") for n, row in enumerate(reader, start=1)]
    except csv.Error:
        unreadable = QCoreApplication.translate(
            "BatchSources", "{file} is not a CSV file Parley can read."
        ).format(file=path.name)
        return PreparedSources(refusals=[unreadable])
    sources = [BatchSource(f"row {n}", str(path), prompt=p) for n, p in rows if p.strip()]
    return PreparedSources(sources)


def variants(count: int) -> PreparedSources:
    return PreparedSources([BatchSource(f"variant {n}") for n in range(1, count + 1)])


Work = Callable[[Callable[[int, int], None]], PreparedSources]  # run on a worker thread


class _Relay(QObject):
    finished = Signal(int, object)  # job id, PreparedSources
    progressed = Signal(int, int, int)  # job id, done, total


class SourceJobs(QObject):
    """Runs preparations on the global thread pool; `finished(job_id, PreparedSources)` arrives
    on the UI thread, so a folder of 200 screenshots never freezes the window."""

    finished = Signal(int, object)
    progressed = Signal(int, int, int)  # job id, done, total

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.finished.connect(self.finished)
        self._relay.progressed.connect(self.progressed)
        self._next = 0

    def start(self, work: Work) -> int:
        """`work(progress)` returns PreparedSources; it runs on a worker, so it must not touch
        widgets (`progress(done, total)` reaches the UI thread as `progressed`)."""
        self._next += 1
        job_id, relay = self._next, self._relay

        def progress(done: int, total: int) -> None:
            with contextlib.suppress(RuntimeError):
                relay.progressed.emit(job_id, done, total)

        def run() -> None:
            try:
                result = work(progress)
            except Exception:
                log.exception("Preparing a batch failed")
                result = PreparedSources(
                    refusals=[
                        QCoreApplication.translate(
                            "SourceJobs", "Parley could not read these; see its log."
                        )
                    ]
                )
            with contextlib.suppress(RuntimeError):  # the dialog closed meanwhile
                relay.finished.emit(job_id, result)

        QThreadPool.globalInstance().start(run)
        return job_id
