"""Attachments through ChatSession: real SDK, real HTTP to the local API, real SQLite and store.

Messages keep references; requests carry the real base64; a conversation resends without the
original files; a request that would break the API's limits is refused before anything is
stored or sent.
"""

from __future__ import annotations

import asyncio
import base64
import sqlite3
from pathlib import Path

import pytest

from desktop_app.attachments import prepare_bytes, prepare_file
from desktop_app.claude.client import AnthropicClient
from desktop_app.core.attachments import Attachment, AttachmentError
from desktop_app.core.chat_session import ChatSession
from desktop_app.core.conversation import text_block
from desktop_app.core.events import ReplyFinished
from desktop_app.core.model_catalogue import ModelCatalogue
from desktop_app.core.retry_policy import NO_RETRIES
from desktop_app.storage.attachment_store import AttachmentStore
from tests.attachments.corpus import image_bytes, pdf_bytes, screenshot, small_png
from tests.fakeapi import Reply


@pytest.fixture
def files(tmp_path: Path) -> AttachmentStore:
    return AttachmentStore(tmp_path / "attachments")


@pytest.fixture
def session(store, files, fakeapi, tmp_path) -> ChatSession:
    client = AnthropicClient("test-key", fakeapi.url, max_retries=0)
    catalogue = ModelCatalogue(tmp_path / "models.json")
    return ChatSession(store, client, catalogue, attachments=files, retry_policy=NO_RETRIES)


def run(reply) -> list:
    async def collect():
        return [event async for event in reply]

    return asyncio.run(collect())


def images_sent(body: dict) -> list[dict]:
    return [
        block
        for message in body["messages"]
        for block in message["content"]
        if block.get("type") == "image"
    ]


def test_a_screenshot_is_sent_as_base64_and_stored_as_a_reference(
    session, store, files, fakeapi, tmp_path
) -> None:
    path = tmp_path / "shot.png"
    path.write_bytes(image_bytes(screenshot(), "PNG"))
    shot = files.save(prepare_file(path))
    conv = store.create_conversation("claude-sonnet-4-6")
    fakeapi.queue(Reply.text("A chat window."), Reply.text("Screenshot review"))
    events = run(session.send_blocks(conv.id, [shot.block(), text_block("What is this?")]))
    assert any(isinstance(e, ReplyFinished) for e in events)

    body = fakeapi.message_requests()[0]
    (image,) = images_sent(body)
    assert image == {
        "type": "image",
        "source": {
            "type": "base64",
            "media_type": "image/png",
            "data": base64.b64encode(shot.data).decode(),
        },
    }
    assert body["messages"][0]["content"][1] == {"type": "text", "text": "What is this?"}
    assert "parley" not in str(body)  # no Parley-only keys reach the API
    assert fakeapi.message_requests()[1]["messages"][0]["content"].count("What is this?") == 1

    stored = store.messages(conv.id)[0]
    assert Attachment.from_block(stored.content[0]) == shot
    with sqlite3.connect(tmp_path / "db.sqlite3") as db:
        (size,) = db.execute("SELECT max(length(content)) FROM messages").fetchone()
    assert size < 2000  # megabytes of base64 stay out of the database


def test_the_conversation_resends_without_the_original_files(
    session, store, files, fakeapi, tmp_path
) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf_bytes(2))
    pdf = files.save(prepare_file(path))
    path.unlink()
    conv = store.create_conversation("claude-sonnet-4-6", title="Report")
    run(session.send_blocks(conv.id, [pdf.block(), text_block("Summarise")]))
    fakeapi.queue(Reply.error(500))
    run(session.send(conv.id, "Shorter, please"))
    fakeapi.queue(Reply.text("Shorter."))
    run(session.retry(conv.id))
    requests = fakeapi.message_requests()
    assert len(requests) == 3
    for body in requests:
        document = body["messages"][0]["content"][0]
        assert document["type"] == "document" and document["title"] == "report.pdf"
        assert base64.b64decode(document["source"]["data"]) == pdf.data


def test_too_many_images_in_the_history_are_refused_before_anything_is_kept(
    session, store, files, fakeapi
) -> None:
    conv = store.create_conversation("claude-sonnet-4-6", title="Many")
    first = [
        files.save(prepare_bytes(small_png(4, 4, (i, 0, 0)), f"{i}.png")).block() for i in range(60)
    ]
    run(session.send_blocks(conv.id, [*first, text_block("Which is reddest?")]))
    assert len(images_sent(fakeapi.message_requests()[0])) == 60
    more = [
        files.save(prepare_bytes(small_png(4, 4, (0, i, 0)), f"g{i}.png")).block()
        for i in range(41)
    ]
    kept = store.messages(conv.id)
    with pytest.raises(AttachmentError, match="101 images"):
        session.send_blocks(conv.id, [*more, text_block("And these?")])
    assert store.messages(conv.id) == kept
    assert len(fakeapi.message_requests()) == 1


def test_a_file_deleted_from_the_store_is_a_plain_error_and_nothing_is_sent(
    session, store, files, fakeapi
) -> None:
    shot = files.save(prepare_bytes(small_png(), "diagram.png"))
    conv = store.create_conversation("claude-sonnet-4-6", title="Gone")
    run(session.send_blocks(conv.id, [shot.block(), text_block("Explain")]))
    files.path(shot.sha256).unlink()
    kept = store.messages(conv.id)
    for attempt in (
        lambda: session.send(conv.id, "Again"),
        lambda: session.retry(conv.id),
    ):
        with pytest.raises(AttachmentError, match=r"^diagram.png: this attachment is no longer"):
            attempt()
    assert store.messages(conv.id) == kept
    assert len(fakeapi.message_requests()) == 1


def test_without_an_attachment_store_references_are_refused(store, fakeapi, tmp_path) -> None:
    client = AnthropicClient("test-key", fakeapi.url, max_retries=0)
    bare = ChatSession(store, client, ModelCatalogue(tmp_path / "models.json"))
    shot = prepare_bytes(small_png(), "a.png")
    conv = store.create_conversation("claude-sonnet-4-6")
    with pytest.raises(AttachmentError, match="cannot be sent from here"):
        bare.send_blocks(conv.id, [shot.block(), text_block("hi")])
    assert fakeapi.message_requests() == [] and store.messages(conv.id) == []
