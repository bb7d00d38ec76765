"""A batch's results as JSONL, CSV or Markdown: one row per request, written as it is read.

Shared by `parley batch results` and the window's export; rows name the source file, give the
answer text or the error in plain words, the usage, and the cost at the batch price.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from enum import StrEnum
from typing import Any, TextIO

from desktop_app.core.batch_job import BatchRequest
from desktop_app.core.pricing import format_cost

FIELDS = (
    "custom_id",
    "source",
    "path",
    "outcome",
    "text",
    "error",
    "input_tokens",
    "output_tokens",
    "cache_creation_input_tokens",
    "cache_read_input_tokens",
    "cost_usd",
    "conversation_id",
)


class ResultFormat(StrEnum):
    JSONL = "jsonl"
    CSV = "csv"
    MARKDOWN = "md"


def result_row(request: BatchRequest, answer: str) -> dict[str, Any]:
    """One request's row; `answer` is the reply's text ("" unless it succeeded)."""
    usage = request.usage
    return {
        "custom_id": request.custom_id,
        "source": request.source_name,
        "path": request.source_path,
        "outcome": request.outcome.value if request.outcome else "pending",
        "text": answer,
        "error": request.error,
        "input_tokens": usage.input_tokens if usage else None,
        "output_tokens": usage.output_tokens if usage else None,
        "cache_creation_input_tokens": usage.cache_creation_input_tokens if usage else None,
        "cache_read_input_tokens": usage.cache_read_input_tokens if usage else None,
        "cost_usd": request.cost_usd,
        "conversation_id": request.conversation_id,
    }


def write_results(rows: Iterable[dict[str, Any]], fmt: ResultFormat, out: TextIO) -> int:
    """Write every row as it comes; returns how many."""
    count = 0
    writer = None
    if fmt is ResultFormat.CSV:
        writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
    for row in rows:
        count += 1
        match fmt:
            case ResultFormat.JSONL:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            case ResultFormat.CSV:
                assert writer is not None
                writer.writerow({k: "" if v is None else v for k, v in row.items()})
            case ResultFormat.MARKDOWN:
                out.write(_markdown(row))
    return count


def _markdown(row: dict[str, Any]) -> str:
    head = f"## {row['source'] or row['custom_id']} — {row['outcome']}\n\n"
    body = row["text"] or (f"*{row['error']}*" if row["error"] else "")
    facts = [f"`{row['custom_id']}`"]
    if row["input_tokens"] is not None:
        facts.append(f"{row['input_tokens']:,} in / {row['output_tokens']:,} out")
    if row["outcome"] == "succeeded":
        facts.append(f"{format_cost(row['cost_usd'])} at the batch price")
    return head + (body + "\n\n" if body else "") + " · ".join(facts) + "\n\n"
