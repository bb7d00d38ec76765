"""Large documents go to the Files API once: `parley ask --attach` uploads a big text file on
its first send and names it by file_id in every later request, of any conversation; a file
deleted at the server is uploaded anew without a word; `parley files list|delete`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop_app.core.uploaded_file import FILES_BETA, UPLOAD_MIN_BYTES
from tests.cli.test_cli import no_traceback
from tests.cli.test_closed_pipe import CLOSED_PIPE, piped  # noqa: F401  (the fixture)
from tests.fakeapi import FakeApi, Reply

TITLE_TOKENS = 40  # the titler's max_tokens (core/titler.py)
NAME = "분기별 보고서 — 서울.txt"


def big_korean_text(tmp_path: Path) -> Path:
    path = tmp_path / NAME
    line = "서울의 3분기 매출은 전년보다 12% 늘었다. 봄비가 내린다.\n"
    path.write_text(line * (UPLOAD_MIN_BYTES // len(line.encode()) + 50), encoding="utf-8")
    return path


def message_posts(fakeapi: FakeApi) -> list[Any]:
    """The requests for replies (titles are asked for apart, without the document)."""
    return [
        r
        for r in fakeapi.requests
        if r.method == "POST" and r.path == "/v1/messages" and r.body["max_tokens"] != TITLE_TOKENS
    ]


def documents(request: Any) -> list[dict[str, Any]]:
    return [
        block
        for message in request.body["messages"]
        for block in message["content"]
        if block["type"] == "document"
    ]


def ask(parley, path: Path, *extra: str) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    result = parley("ask", "--attach", str(path), *extra, "--json", "이 보고서를 요약해 줘")
    assert result.returncode == 0, result.stderr
    no_traceback(result)
    summary: dict[str, Any] = json.loads(result.stdout)
    return summary


def test_a_large_document_is_uploaded_once_for_every_conversation(
    parley, fakeapi: FakeApi, tmp_path: Path
) -> None:
    path = big_korean_text(tmp_path)
    first = ask(parley, path)
    second = ask(parley, path)  # another conversation, the same bytes
    assert first["conversation_id"] != second["conversation_id"]

    uploads = fakeapi.file_uploads()
    assert len(uploads) == 1
    [stored] = fakeapi.files.all()
    assert stored.filename == NAME
    assert stored.data == path.read_bytes()
    sent = message_posts(fakeapi)
    assert len(sent) == 2
    for request in sent:
        assert FILES_BETA in request.headers.get("anthropic-beta", "")
        [document] = documents(request)
        assert document["source"] == {"type": "file", "file_id": stored.id}
        assert document["title"] == NAME
        assert "base64" not in json.dumps(request.body)  # the bytes never travel again

    # A later turn of the first conversation names the file again; its history keeps
    # Parley's own reference, so `show` still tells the file by name.
    fakeapi.queue(Reply.text("네, 계속하죠."))
    again = parley("ask", "--continue", str(first["conversation_id"]), "더 자세히")
    assert again.returncode == 0, again.stderr
    assert len(fakeapi.file_uploads()) == 1
    assert documents(message_posts(fakeapi)[-1])[0]["source"]["file_id"] == stored.id
    shown = parley("show", str(first["conversation_id"]))
    assert f"*[file: {NAME}]*" in shown.stdout


def test_a_small_document_still_goes_inline(parley, fakeapi: FakeApi, tmp_path: Path) -> None:
    small = tmp_path / "메모.txt"
    small.write_text("짧은 메모\n", encoding="utf-8")
    ask(parley, small)
    assert fakeapi.file_uploads() == []
    [request] = message_posts(fakeapi)
    assert "anthropic-beta" not in request.headers
    assert "file_id" not in json.dumps(request.body)


def test_a_file_deleted_at_the_server_is_uploaded_again(
    parley, fakeapi: FakeApi, tmp_path: Path
) -> None:
    path = big_korean_text(tmp_path)
    first = ask(parley, path)
    [gone] = fakeapi.files.all()
    fakeapi.files.delete(gone.id)  # deleted elsewhere (the console, another machine)

    fakeapi.queue(Reply.text("다시 읽었습니다."))
    result = parley("ask", "--continue", str(first["conversation_id"]), "--json", "다시 요약")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert json.loads(result.stdout)["text"] == "다시 읽었습니다."
    [fresh] = fakeapi.files.all()
    assert fresh.id != gone.id and fresh.data == path.read_bytes()
    refused, accepted = message_posts(fakeapi)[-2:]
    assert documents(refused)[0]["source"]["file_id"] == gone.id
    assert documents(accepted)[0]["source"]["file_id"] == fresh.id
    assert len(fakeapi.file_uploads()) == 2

    # And a new conversation with the same bytes uses the fresh upload.
    ask(parley, path)
    assert len(fakeapi.file_uploads()) == 2


def test_files_list_and_delete(parley, fakeapi: FakeApi, tmp_path: Path) -> None:
    empty = parley("files", "list")
    assert (empty.returncode, empty.stdout) == (0, "No files are uploaded to Anthropic.\n")
    path = big_korean_text(tmp_path)
    ask(parley, path)
    [stored] = fakeapi.files.all()

    listed = parley("files", "list")
    assert listed.returncode == 0, listed.stderr
    [line] = listed.stdout.splitlines()
    assert line.startswith(stored.id) and line.endswith(NAME)
    assert "KB" in line

    deleted = parley("files", "delete", stored.id)
    assert (deleted.returncode, deleted.stdout) == (0, f"Deleted {stored.id}.\n")
    assert fakeapi.files.all() == []
    # Parley forgot it too: the next send uploads the file again rather than fail once.
    ask(parley, path)
    assert len(fakeapi.file_uploads()) == 2
    assert len(message_posts(fakeapi)) == 2

    unknown = parley("files", "delete", stored.id)
    assert unknown.returncode == 1
    assert unknown.stderr == f"parley: Anthropic holds no file {stored.id}\n"
    bad = parley("files", "delete", "보고서")
    assert bad.returncode == 2
    assert bad.stderr.count("\n") == 1 and "file_" in bad.stderr


def test_files_list_without_the_api_is_one_line(parley, fakeapi: FakeApi) -> None:
    fakeapi.stop()
    result = parley("files", "list")
    assert result.returncode == 1
    no_traceback(result)
    assert result.stderr.count("\n") == 1


def test_files_list_into_a_closed_pipe(piped, fakeapi: FakeApi) -> None:  # noqa: F811
    for n in range(30):
        fakeapi.files.add(f"문서 {n}.txt", "text/plain", b"x" * (n + 1))
    for lines in (0, 1):
        code, err, _ = piped("files", "list", lines=lines)
        assert err == b""
        assert code in (0, CLOSED_PIPE)


def test_a_cited_document_is_cited_by_file_id(parley, fakeapi: FakeApi, tmp_path: Path) -> None:
    path = big_korean_text(tmp_path)
    ask(parley, path, "--cite")
    [stored] = fakeapi.files.all()
    [request] = message_posts(fakeapi)
    assert documents(request) == [
        {
            "type": "document",
            "source": {"type": "file", "file_id": stored.id},
            "title": NAME,
            "citations": {"enabled": True},
        }
    ]
