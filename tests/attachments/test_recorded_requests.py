"""Recorded image requests (../shared/cassettes) replayed: Parley sends the same block shape as
real clients did against the real API, and the local API refuses what the real one refuses."""

from __future__ import annotations

import asyncio
import base64
import json
from pathlib import Path
from typing import Any

import anthropic
import httpx2
import pytest

from desktop_app.attachments import prepare_file
from desktop_app.claude.client import AnthropicClient
from desktop_app.core.chat_session import ChatSession
from desktop_app.core.conversation import text_block
from desktop_app.core.events import TextDelta
from desktop_app.core.model_catalogue import ModelCatalogue
from desktop_app.storage.attachment_store import AttachmentStore
from desktop_app.storage.conversation_store import SqliteConversationStore
from tests.attachments.corpus import png_claiming, small_png
from tests.fakeapi import Reply
from tests.fakeapi.recordings import cassettes_dir, parse_sse, rebuild_content

LLM = "llm-anthropic/test_image_prompt.yaml"
RUBY = "ruby_llm/chat_vision_models_anthropic_claude-haiku-4-5_can_understand_local_images.yml"


def _single_quoted(text: str, start: int) -> str:
    """A YAML single-quoted scalar from `start` (just after its quote), folded as YAML does."""
    raw, i = [], start
    while True:
        quote = text.index("'", i)
        raw.append(text[i:quote])
        if text.startswith("''", quote):
            raw.append("'")
            i = quote + 2
        else:
            break
    lines = "".join(raw).split("\n")
    folded, breaks = lines[0].rstrip(), 0
    for line in lines[1:]:
        line = line.strip()
        if not line:
            breaks += 1
            continue
        folded += "\n" * breaks if breaks else " "
        folded += line
        breaks = 0
    return folded


def recorded_request(cassette: str) -> dict[str, Any]:
    text = (cassettes_dir() / cassette).read_text(encoding="utf-8")
    request = text[text.index("request:") :]
    key = "body: '" if "body: '" in request.split("headers:")[0] else "string: '"
    offset = text.index("request:") + request.index(key) + len(key)
    return json.loads(_single_quoted(text, offset))


def recorded_blocks(body: dict[str, Any]) -> tuple[dict[str, Any], str]:
    content = body["messages"][0]["content"]
    image = next(b for b in content if b["type"] == "image")
    prompt = next(b["text"] for b in content if b["type"] == "text")
    return image, prompt


@pytest.fixture
def session(fakeapi, tmp_path: Path):
    store = SqliteConversationStore(tmp_path / "db.sqlite3")
    client = AnthropicClient("test-key", fakeapi.url, max_retries=0)
    files = AttachmentStore(tmp_path / "attachments")
    yield ChatSession(store, client, ModelCatalogue(tmp_path / "models.json"), attachments=files)
    store.close()


@pytest.mark.parametrize("cassette", [LLM, RUBY])
def test_the_recorded_request_is_accepted_by_the_local_api(cassette: str, fakeapi) -> None:
    body = recorded_request(cassette)
    body.pop("stream", None)
    headers = {"x-api-key": "test-key", "anthropic-version": "2023-06-01"}
    response = httpx2.post(f"{fakeapi.url}/v1/messages", json=body, headers=headers)
    assert response.status_code == 200, response.text
    assert response.json()["content"][0]["type"] == "text"


@pytest.mark.parametrize("cassette", [LLM, RUBY])
def test_parley_sends_the_image_block_real_clients_sent(
    cassette: str, session: ChatSession, fakeapi, tmp_path: Path
) -> None:
    body = recorded_request(cassette)
    image, prompt = recorded_blocks(body)
    path = tmp_path / "picture.png"
    path.write_bytes(base64.b64decode(image["source"]["data"]))
    attachment = session.resolver.source.save(prepare_file(path))  # type: ignore[union-attr]
    if cassette == LLM:
        recorded = (cassettes_dir() / "derived" / f"{LLM}.response0.200.sse").read_bytes()
        fakeapi.queue(Reply.sse(recorded))
        answer = rebuild_content(parse_sse(recorded))[0]["text"]
    else:
        answer = json.loads(
            (cassettes_dir() / "derived" / f"{RUBY}.response0.200.json").read_text()
        )
        answer = answer["content"][0]["text"]
        fakeapi.queue(Reply.text(answer))
    fakeapi.queue(Reply.text("Title"))
    conversation = session.store.create_conversation("claude-sonnet-4-6")

    async def exchange() -> str:
        reply = session.send_blocks(conversation.id, [attachment.block(), text_block(prompt)])
        return "".join([e.text async for e in reply if isinstance(e, TextDelta)])

    assert asyncio.run(exchange()) == answer
    sent = fakeapi.message_requests()[0]["messages"][0]["content"]
    assert sent[0] == image  # the same shape, and the same bytes: a small PNG goes unchanged
    if cassette == LLM:
        assert sent == body["messages"][0]["content"]


def _refusal(fakeapi, content: list[dict[str, Any]]) -> str:
    client = anthropic.Anthropic(api_key="test-key", base_url=fakeapi.url, max_retries=0)
    messages: Any = [{"role": "user", "content": [*content, {"type": "text", "text": "?"}]}]
    with pytest.raises(anthropic.BadRequestError) as caught:
        client.messages.create(model="claude-sonnet-4-6", max_tokens=100, messages=messages)
    return str(caught.value)


def _image(data: bytes, media_type: str = "image/png") -> dict[str, Any]:
    encoded = base64.b64encode(data).decode()
    return {
        "type": "image",
        "source": {"type": "base64", "media_type": media_type, "data": encoded},
    }


def test_the_local_api_refuses_images_parley_never_sends(fakeapi) -> None:
    oversized = small_png() + bytes(4 * 1024 * 1024)
    assert "image exceeds 5 MB maximum" in _refusal(fakeapi, [_image(oversized)])
    assert "appears to be a image/png" in _refusal(fakeapi, [_image(small_png(), "image/jpeg")])
    assert "Input should be 'image/jpeg'" in _refusal(fakeapi, [_image(b"BM", "image/bmp")])
    assert "Could not process image" in _refusal(fakeapi, [_image(b"not an image")])
    assert "8000 pixels" in _refusal(fakeapi, [_image(png_claiming(8001, 10))])
    many = [_image(small_png(4, 4))] * 20 + [_image(png_claiming(2001, 10))]
    assert "many-image requests: 2000" in _refusal(fakeapi, many)
    assert "Too many images" in _refusal(fakeapi, [_image(small_png(4, 4))] * 101)
    assert fakeapi.message_requests() != []  # refused requests are recorded, never answered
