"""The shared recorded traffic (../shared/cassettes) as the tests read it, parsed independently.

Nothing here uses the server's code or the SDK: the SSE parser and the content rebuild are the
tests' own, so the fake and the SDK are both checked against the recordings themselves.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any


def cassettes_dir() -> Path:
    """<repo>/../shared/cassettes, or $PARLEY_SHARED/cassettes."""
    shared = os.environ.get("PARLEY_SHARED")
    root = Path(shared) if shared else Path(__file__).resolve().parents[3] / "shared"
    return root / "cassettes"


@dataclass(frozen=True, slots=True)
class SseRecord:
    """One event of a recorded stream."""

    event: str | None
    data: dict[str, Any]


def parse_sse(body: bytes) -> list[SseRecord]:
    """Events separated by blank lines; `data:` lines joined; JSON data parsed."""
    records = []
    for frame in re.split(r"\r?\n\r?\n", body.decode()):
        event, data = None, []
        for line in frame.splitlines():
            if line.startswith("event:"):
                event = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].removeprefix(" "))
        if data:
            records.append(SseRecord(event, json.loads("\n".join(data))))
    return records


def rebuild_content(records: list[SseRecord]) -> list[dict[str, Any]]:
    """The final content blocks a stream describes, rebuilt from its events."""
    blocks: dict[int, dict[str, Any]] = {}
    fragments: dict[int, str] = {}
    for record in records:
        data = record.data
        if data["type"] == "content_block_start":
            blocks[data["index"]] = dict(data["content_block"])
            fragments[data["index"]] = ""
        elif data["type"] == "content_block_delta":
            block, delta = blocks[data["index"]], data["delta"]
            match delta["type"]:
                case "text_delta":
                    block["text"] += delta["text"]
                case "thinking_delta":
                    block["thinking"] += delta["thinking"]
                case "signature_delta":
                    block["signature"] = delta["signature"]
                case "input_json_delta":
                    fragments[data["index"]] += delta["partial_json"]
                case "citations_delta":
                    block.setdefault("citations", []).append(delta["citation"])
        elif data["type"] == "content_block_stop" and fragments[data["index"]]:
            blocks[data["index"]]["input"] = json.loads(fragments[data["index"]])
    return [blocks[index] for index in sorted(blocks)]


def _request_models(cassette_text: str) -> list[str]:
    """The model each request of a cassette asked for, in order (vcrpy and Ruby VCR YAML)."""
    models = []
    for interaction in re.split(r"^- request:", cassette_text, flags=re.M)[1:]:
        request = re.split(r"^  response:", interaction, flags=re.M)[0]
        found = re.search(r'"model":\s*"(claude-[^"]+)"|\bmodel: (claude-\S+)', request)
        models.append((found.group(1) or found.group(2)) if found else "")
    return models


def request_model(derived: Path) -> str | None:
    """The recorded request's model for a derived body `<cassette>.response<N>.<status>.<ext>`."""
    match = re.fullmatch(r"(.+)\.response(\d+)\.\d+\.\w+", derived.name)
    cassette = cassettes_dir() / derived.parent.name / match.group(1) if match else None
    if match is None or cassette is None or not cassette.exists():
        return None
    models = _request_models(cassette.read_text(encoding="utf-8"))
    index = int(match.group(2))
    return models[index] or None if index < len(models) else None


def recorded_streams() -> list[Path]:
    return sorted((cassettes_dir() / "derived").glob("*/*.sse"))


def recorded_bodies(pattern: str) -> list[Path]:
    return sorted((cassettes_dir() / "derived").glob(pattern))


def recorded_response_bodies(cassette: str) -> list[str]:
    """Response body texts of a Ruby VCR cassette, in order, read without a YAML parser: a
    one-line single-quoted scalar (`''` is a quote) or a `|-` block indented under `string:`."""
    text = (cassettes_dir() / cassette).read_text(encoding="utf-8")
    bodies = []
    for interaction in re.split(r"^- request:", text, flags=re.M)[1:]:
        response = re.split(r"^  response:", interaction, flags=re.M)[1]
        body = response.split("\n    body:\n", 1)[1]
        if quoted := re.match(r"      encoding: .*\n      string: '(.*)'\n", body):
            bodies.append(quoted.group(1).replace("''", "'"))
        elif block := re.match(r"      encoding: .*\n      string: \|-\n((?:        .*\n)+)", body):
            bodies.append("\n".join(line[8:] for line in block.group(1).splitlines()))
    return bodies


def recorded_response_headers(cassette: str, index: int = 0) -> dict[str, str]:
    """The headers (lower-cased names, first value) of one recorded response."""
    text = (cassettes_dir() / cassette).read_text(encoding="utf-8")
    interaction = re.split(r"^- request:", text, flags=re.M)[1:][index]
    response = re.split(r"^  response:", interaction, flags=re.M)[1]
    block = response.split("\n    headers:\n", 1)[1].split("\n    body:\n", 1)[0]
    found = re.findall(r"^      ([A-Za-z-]+):\n      - (.*)$", block, flags=re.M)
    return {name.lower(): _unquoted(value) for name, value in found}


def _unquoted(value: str) -> str:
    quoted = len(value) > 1 and value[0] == value[-1] and value[0] in "'\""
    return value[1:-1] if quoted else value
