"""attach_4k: a 3840×2160 PNG screenshot from drop to ready-to-send.

Times what a drop costs in the app: read the file, check it, decode, downscale, encode and
write it to the attachment store (`prepare_file` + `AttachmentStore.save`). Prints
`attach_4k_ms` (median of warm runs; goal ≤ 300), `attach_4k_cold_ms` (the first drop in a
fresh process, imports included), `attach_4k_tokens` (goal ≤ 1,600) and
`attach_4k_bytes_sent` (the image's base64 in the request the local API received).
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from pathlib import Path

RUNS = 10


def _send(home: Path, files, attachment) -> int:
    """Send the prepared screenshot to the local API; the base64 length it received."""
    from desktop_app.claude.client import AnthropicClient
    from desktop_app.core.chat_session import ChatSession
    from desktop_app.core.conversation import text_block
    from desktop_app.core.model_catalogue import ModelCatalogue
    from desktop_app.storage.conversation_store import SqliteConversationStore
    from tests.fakeapi import FakeApi, Reply

    with FakeApi() as server:
        store = SqliteConversationStore(home / "bench.sqlite3")
        client = AnthropicClient("bench", server.url)
        session = ChatSession(
            store, client, ModelCatalogue(home / "models.json"), attachments=files
        )
        conversation = store.create_conversation("claude-sonnet-4-6", title="bench")
        server.queue(Reply.text("A chat window with a photo."))
        content = [attachment.block(), text_block("Review this screenshot.")]

        async def exchange() -> None:
            async for _ in session.send_blocks(conversation.id, content):
                pass
            await client.close()

        asyncio.run(exchange())
        store.close()
        body = server.message_requests()[0]
    image = body["messages"][0]["content"][0]
    return len(image["source"]["data"])


def run() -> None:
    from tests.attachments.corpus import image_bytes, screenshot

    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        path = home / "Screenshot 2026-05-01 at 10.00.00.png"
        path.write_bytes(image_bytes(screenshot(), "PNG"))

        start = time.perf_counter()
        from desktop_app.attachments import prepare_file
        from desktop_app.storage.attachment_store import AttachmentStore

        files = AttachmentStore(home / "attachments-cold")
        attachment = files.save(prepare_file(path))
        cold_ms = (time.perf_counter() - start) * 1000

        times: list[float] = []
        for i in range(RUNS):
            store = AttachmentStore(home / f"attachments-{i}")  # a real write every time
            start = time.perf_counter()
            attachment = store.save(prepare_file(path))
            times.append((time.perf_counter() - start) * 1000)
        sent = _send(home, files, attachment)
        source_bytes = path.stat().st_size

    print(f"attach_4k_ms: {statistics.median(times):.0f} ms")
    print(f"attach_4k_cold_ms: {cold_ms:.0f} ms")
    print(f"attach_4k_tokens: {attachment.tokens}")
    print(f"attach_4k_bytes_sent: {sent}")
    print(
        f"attach_4k_detail: {source_bytes:,} B PNG 3840×2160 -> {attachment.size:,} B "
        f"{attachment.media_type} {attachment.width}×{attachment.height}"
    )
