"""Planning a batch submission: sources become requests with valid custom_ids, split into API
batches within the limits, with the cost estimated at list and at batch price before sending.

Requests keep attachments as references (the store holds the bytes); sizes are measured as
the encoded JSON the API will receive, without reading a file.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from desktop_app.core.attachment_resolver import text_file_block
from desktop_app.core.attachments import Attachment, AttachmentKind
from desktop_app.core.conversation import Block, Usage, text_block
from desktop_app.core.i18n import translate
from desktop_app.core.locale_format import format_number
from desktop_app.core.pricing import Pricing

CUSTOM_ID = re.compile(r"[a-zA-Z0-9_-]{1,64}")
MAX_REQUESTS = 100_000  # per API batch
MAX_BYTES = 256 * 1024 * 1024  # per API batch, of encoded JSON


class PlanError(ValueError):
    """A submission that cannot be planned, said plainly (a bad custom_id, an empty batch…)."""


@dataclass(frozen=True, slots=True)
class BatchSource:
    """Where one request comes from: a file, a row of prompts, a variant, or a hand-written line.

    `blocks` (attachment references) go before the prompt; `prompt` replaces the job's prompt
    for this request; `params` is a whole request written by hand, sent as it is.
    """

    name: str
    path: str = ""
    blocks: tuple[Block, ...] = ()
    prompt: str | None = None
    params: dict[str, Any] | None = None
    custom_id: str | None = None


@dataclass(frozen=True, slots=True)
class PlannedRequest:
    custom_id: str
    source_name: str
    source_path: str
    params: dict[str, Any]
    encoded_size: int  # bytes of this request in the create call's JSON body
    input_tokens: int  # estimated


@dataclass(frozen=True, slots=True)
class BatchLimits:
    max_requests: int = MAX_REQUESTS
    max_bytes: int = MAX_BYTES


@dataclass(frozen=True, slots=True)
class BatchEstimate:
    """Cost before sending; None where a model has no known price."""

    requests: int
    input_tokens: int
    max_output_tokens: int
    input_cost_list: float | None
    input_cost_batch: float | None
    max_cost_list: float | None  # if every answer used all of max_tokens
    max_cost_batch: float | None


@dataclass(frozen=True, slots=True)
class BatchPlan:
    chunks: list[list[PlannedRequest]]  # one API batch each
    estimate: BatchEstimate
    requests: list[PlannedRequest] = field(default_factory=list)


def custom_id_for(name: str, index: int) -> str:
    """A readable custom_id from a source name, unique by its index: `req-0007-shot`.

    Characters the API refuses are dropped; a name that loses any (Korean, symbols) gets a
    short hash of itself, so two such names stay told apart in a listing.
    """
    stem = name.rsplit(".", 1)[0] if "." in name[1:] else name
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-")
    lossy = slug != stem.replace(" ", "-")
    head = f"req-{index:04d}"
    if lossy:
        digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]
        slug = f"{slug[: 64 - len(head) - 10]}-{digest}".lstrip("-")
    slug = slug[: 64 - len(head) - 1].rstrip("-")
    return f"{head}-{slug}" if slug else head


def check_custom_id(custom_id: object, seen: set[str]) -> str:
    """The custom_id if the API will take it in this batch; PlanError otherwise."""
    if not isinstance(custom_id, str) or not CUSTOM_ID.fullmatch(custom_id):
        raise PlanError(
            translate(
                "Batches", "custom_id {id} is not allowed: use 1 to 64 letters, digits, '-' or '_'"
            ).format(id=repr(str(custom_id)[:80]))
        )
    if custom_id in seen:
        raise PlanError(
            translate(
                "Batches", "custom_id {id} is used twice; each must be unique in a batch"
            ).format(id=repr(custom_id))
        )
    seen.add(custom_id)
    return custom_id


def encoded_size(custom_id: str, params: dict[str, Any]) -> int:
    """Bytes of the request in the create call's body (compact UTF-8 JSON, as the SDK sends it),
    measured without reading a file: each reference counts as the block it will become."""
    extra = 0

    def shell(value: Any) -> Any:
        nonlocal extra
        if isinstance(value, dict):
            attachment = Attachment.from_block(value)
            if attachment is None:
                return {k: shell(v) for k, v in value.items()}
            if attachment.kind is AttachmentKind.TEXT:
                extra += 2 * attachment.size  # JSON escapes (\n, \") at most double plain text
                return text_file_block(attachment.name, "")
            extra += attachment.encoded_size
            source = {"type": "base64", "media_type": attachment.media_type, "data": ""}
            if attachment.kind is AttachmentKind.IMAGE:
                return {"type": "image", "source": source}
            return {"type": "document", "source": source, "title": attachment.name}
        if isinstance(value, list):
            return [shell(v) for v in value]
        return value

    wrapped = {"custom_id": custom_id, "params": shell(params)}
    body = json.dumps(wrapped, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return len(body) + 1 + extra  # the comma between requests


def estimate_tokens(params: dict[str, Any]) -> int:
    """A local input-token estimate: text at four characters a token, images and files as
    prepared (w·h/750 for images)."""
    chars = len(str(params.get("system") or ""))
    tokens = 0
    for message in params.get("messages") or []:
        content = message.get("content") if isinstance(message, dict) else None
        if isinstance(content, str):
            chars += len(content)
            continue
        for block in content or []:
            attachment = Attachment.from_block(block) if isinstance(block, dict) else None
            if attachment is not None:
                tokens += attachment.tokens
            elif isinstance(block, dict):
                chars += len(str(block.get("text") or ""))
    return tokens + math.ceil(chars / 4)


def request_params(
    source: BatchSource, *, prompt: str, model: str, system: str, max_tokens: int
) -> dict[str, Any]:
    """The Messages API params of one request (attachments as references)."""
    if source.params is not None:
        return source.params
    content = [*source.blocks, text_block(source.prompt if source.prompt is not None else prompt)]
    params: dict[str, Any] = {
        "model": model,
        "max_tokens": max_tokens,
        "messages": [{"role": "user", "content": content}],
    }
    if system:
        params["system"] = system
    return params


def plan_batch(
    sources: Iterable[BatchSource],
    *,
    prompt: str,
    model: str,
    system: str = "",
    max_tokens: int,
    pricing: Pricing,
    limits: BatchLimits = BatchLimits(),
) -> BatchPlan:
    """Requests for every source, split into API batches within `limits`."""
    if max_tokens < 1:
        raise PlanError(translate("Batches", "max_tokens must be at least 1"))
    seen: set[str] = set()
    requests: list[PlannedRequest] = []
    for index, source in enumerate(sources, start=1):
        wanted = (
            source.custom_id if source.custom_id is not None else custom_id_for(source.name, index)
        )
        custom_id = check_custom_id(wanted, seen)
        params = request_params(
            source, prompt=prompt, model=model, system=system, max_tokens=max_tokens
        )
        size = encoded_size(custom_id, params)
        if size > limits.max_bytes:
            raise PlanError(
                translate(
                    "Batches",
                    "{name}: this request alone is larger than a batch may be ({size} bytes of "
                    "at most {most})",
                ).format(
                    name=source.name, size=format_number(size), most=format_number(limits.max_bytes)
                )
            )
        requests.append(
            PlannedRequest(
                custom_id, source.name, source.path, params, size, estimate_tokens(params)
            )
        )
    if not requests:
        raise PlanError(
            translate("Batches", "nothing to send: give at least one file, row or request")
        )
    return BatchPlan(split(requests, limits), estimate(requests, pricing), requests)


def split(requests: list[PlannedRequest], limits: BatchLimits) -> list[list[PlannedRequest]]:
    """Consecutive runs of requests, each within both limits."""
    chunks: list[list[PlannedRequest]] = []
    current: list[PlannedRequest] = []
    size = 0
    for request in requests:
        if current and (
            len(current) >= limits.max_requests or size + request.encoded_size > limits.max_bytes
        ):
            chunks.append(current)
            current, size = [], 0
        current.append(request)
        size += request.encoded_size
    if current:
        chunks.append(current)
    return chunks


def estimate(requests: list[PlannedRequest], pricing: Pricing) -> BatchEstimate:
    """Input cost, and the most the answers could add, at list and at batch price."""
    totals: dict[str, float | None] = dict.fromkeys(
        ("input_list", "input_batch", "max_list", "max_batch"), 0.0
    )
    output = 0
    for request in requests:
        model = str(request.params.get("model") or "")
        most = int(request.params.get("max_tokens") or 0)
        output += most
        asked = Usage(input_tokens=request.input_tokens)
        answered = Usage(input_tokens=request.input_tokens, output_tokens=most)
        for key, usage, batch in (
            ("input_list", asked, False),
            ("input_batch", asked, True),
            ("max_list", answered, False),
            ("max_batch", answered, True),
        ):
            cost = pricing.cost(model, usage, batch=batch)
            running = totals[key]
            totals[key] = None if cost is None or running is None else running + cost
    return BatchEstimate(
        requests=len(requests),
        input_tokens=sum(r.input_tokens for r in requests),
        max_output_tokens=output,
        input_cost_list=totals["input_list"],
        input_cost_batch=totals["input_batch"],
        max_cost_list=totals["max_list"],
        max_cost_batch=totals["max_batch"],
    )
