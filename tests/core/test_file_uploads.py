"""Large documents through ChatSession with the Files API: real SDK against the local API, real
SQLite rows and attachment store. Uploaded once, named by file_id, counted by count_tokens; an
upload the API refuses leaves the document to go inline, and the user sees no failure."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.attachments import prepare_bytes
from desktop_app.claude.client import AnthropicClient
from desktop_app.core.attachments import Attachment
from desktop_app.core.chat_session import ChatSession
from desktop_app.core.conversation import text_block
from desktop_app.core.events import ReplyFinished
from desktop_app.core.file_uploads import FileUploads
from desktop_app.core.model_catalogue import ModelCatalogue
from desktop_app.core.retry_policy import NO_RETRIES
from desktop_app.core.uploaded_file import UPLOAD_MIN_BYTES
from desktop_app.storage.attachment_store import AttachmentStore
from desktop_app.storage.uploaded_file_store import SqliteUploadedFileStore
from tests.fakeapi import FakeApi, Reply


@pytest.fixture
def files(tmp_path: Path) -> AttachmentStore:
    return AttachmentStore(tmp_path / "attachments")


@pytest.fixture
def uploaded(tmp_path: Path) -> Iterator[SqliteUploadedFileStore]:
    rows = SqliteUploadedFileStore(tmp_path / "db.sqlite3")
    yield rows
    rows.close()


@pytest.fixture
def session(store, files, uploaded, fakeapi, tmp_path) -> ChatSession:  # type: ignore[no-untyped-def]
    client = AnthropicClient("test-key", fakeapi.url, max_retries=0)
    catalogue = ModelCatalogue(tmp_path / "models.json")
    return ChatSession(
        store,
        client,
        catalogue,
        attachments=files,
        retry_policy=NO_RETRIES,
        uploads=FileUploads(uploaded, client.files, files),
    )


def big_text(files: AttachmentStore, name: str = "회의록.md") -> Attachment:
    line = "회의 결론: 다음 분기에 서울 지점을 연다.\n".encode()
    return files.save(prepare_bytes(line * (UPLOAD_MIN_BYTES // len(line) + 1), name))


def ask(session: ChatSession, conversation_id: int, document: Attachment, times: int = 1) -> None:
    """Send the document with a question `times` times, on one loop (the client keeps its
    connections on the loop it first ran on)."""

    async def collect() -> list[object]:
        events: list[object] = []
        for _ in range(times):
            reply = session.send_blocks(conversation_id, [document.block(), text_block("요약")])
            events += [event async for event in reply]
        return events

    ended = [e for e in asyncio.run(collect()) if isinstance(e, ReplyFinished)]
    assert len(ended) == times


def sent_documents(fakeapi: FakeApi) -> list[dict[str, object]]:
    body = fakeapi.message_requests()[0]  # the reply's, before the title's
    return [b for m in body["messages"] for b in m["content"] if b["type"] == "document"]


def test_the_row_records_the_upload_and_the_request_names_it(
    session: ChatSession,
    store,
    files,
    uploaded,
    fakeapi: FakeApi,  # type: ignore[no-untyped-def]
) -> None:
    document = big_text(files)
    conversation = store.create_conversation("claude-sonnet-4-6")
    fakeapi.queue(Reply.text("열기로 했습니다."), Reply.text("회의 요약"))
    ask(session, conversation.id, document)
    [stored] = fakeapi.files.all()
    assert uploaded.file_id(document.sha256) == stored.id
    [row] = uploaded.files()
    assert (row.filename, row.mime_type, row.size) == ("회의록.md", "text/plain", document.size)
    assert sent_documents(fakeapi) == [
        {"type": "document", "source": {"type": "file", "file_id": stored.id}, "title": "회의록.md"}
    ]
    # The history keeps Parley's own reference, not the file_id.
    first = store.messages(conversation.id)[0].content[0]
    assert first["source"]["type"] == "parley_attachment"
    # Resolving names the file without reading the attachment again.
    request = session.build_request(conversation.id, resolve=False)
    assert not session.resolver.pending(request.messages)


def test_count_tokens_counts_the_uploaded_text(
    session: ChatSession,
    store,
    files,
    fakeapi: FakeApi,  # type: ignore[no-untyped-def]
) -> None:
    document = big_text(files)
    conversation = store.create_conversation("claude-sonnet-4-6")
    ask(session, conversation.id, document)
    request = session.build_request(conversation.id)

    async def count() -> int:  # a client of this loop's own (asyncio.run closed the last one)
        client = AnthropicClient("test-key", fakeapi.url, max_retries=0)
        try:
            return await client.count_tokens(request)
        finally:
            await client.close()

    counted = asyncio.run(count())
    assert counted > document.size // 3 // 4  # the text's tokens, not a flat document's


def test_a_refused_upload_goes_inline_without_a_word(
    session: ChatSession,
    store,
    files,
    uploaded,
    fakeapi: FakeApi,  # type: ignore[no-untyped-def]
) -> None:
    fakeapi.files.max_bytes = 1000  # the API refuses the upload (413)
    document = big_text(files, "큰 파일.txt")
    conversation = store.create_conversation("claude-sonnet-4-6")
    ask(session, conversation.id, document)
    assert fakeapi.files.all() == [] and uploaded.files() == []
    body = fakeapi.message_requests()[0]
    blocks = body["messages"][0]["content"]
    assert blocks[0]["type"] == "text" and blocks[0]["text"].startswith('<file name="큰 파일.txt">')


def test_an_endpoint_without_the_files_api_is_asked_once(
    session: ChatSession,
    store,
    files,
    fakeapi: FakeApi,  # type: ignore[no-untyped-def]
) -> None:
    fakeapi.files.served = False  # a compatible server with no /v1/files at all
    conversation = store.create_conversation("claude-sonnet-4-6")
    ask(session, conversation.id, big_text(files), times=2)
    assert len(fakeapi.file_uploads()) == 1  # refused once; the session stops asking
    assert all("file_id" not in str(body) for body in fakeapi.message_requests())


def test_documents_sent_by_file_id_add_no_bytes_to_a_request() -> None:
    from desktop_app.core.attachment_limits import check_request
    from desktop_app.core.attachments import AttachmentError, AttachmentKind
    from desktop_app.core.uploaded_file import uploads

    pdfs = [
        Attachment(
            AttachmentKind.PDF, f"보고서 {n}.pdf", "application/pdf", f"{n:064x}", 12 << 20, 9
        )
        for n in range(2)
    ]  # 2 × 12 MB: 32 MB of base64, over the request's limit
    with pytest.raises(AttachmentError):
        check_request(pdfs)
    check_request(pdfs, uploads)  # each goes as a file_id


def test_two_windows_uploading_the_same_document_at_once_keep_one_file(
    files: AttachmentStore,
    fakeapi: FakeApi,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    """Two processes (each its own connection) find the same bytes not yet uploaded, and both
    upload them: the first row wins, and the second copy is deleted at the API."""
    document = big_text(files, "같은 문서.md")
    turns = [{"role": "user", "content": [document.block(), text_block("요약")]}]
    rows = [SqliteUploadedFileStore(tmp_path / "db.sqlite3") for _ in range(2)]

    async def both() -> None:
        clients = [AnthropicClient("test-key", fakeapi.url, max_retries=0) for _ in rows]
        try:
            uploads = [FileUploads(r, c.files, files) for r, c in zip(rows, clients, strict=True)]
            assert all(u.waiting(turns) for u in uploads)  # neither has a row yet
            await asyncio.gather(*(u.upload_waiting(turns) for u in uploads))
        finally:
            await asyncio.gather(*(c.close() for c in clients))

    try:
        asyncio.run(both())
        assert len(fakeapi.file_uploads()) == 2  # both did upload
        [kept] = fakeapi.files.all()  # one copy is left at the API
        assert [r.file_id(document.sha256) for r in rows] == [kept.id, kept.id]
        assert [f.file_id for f in rows[0].files()] == [kept.id]
    finally:
        for r in rows:
            r.close()
