"""The Files API endpoints through the real SDK: upload, list with paging, metadata, delete,
the beta header, the size limit, and message requests that name an uploaded file."""

from __future__ import annotations

import re

import anthropic
import httpx2
import pytest
from anthropic import AsyncAnthropic

from tests.fakeapi import FakeApi
from tests.fakeapi.files import FILES_BETA

MODEL = "claude-haiku-4-5-20251001"
FILE_ID = re.compile(r"file_011C[1-9A-HJ-NP-Za-km-z]{20}")
BETAS = [FILES_BETA]
KOREAN = "서울의 봄은 짧다. " * 400


async def _upload(sdk: AsyncAnthropic, name: str, data: bytes, mime: str = "text/plain") -> str:
    uploaded = await sdk.beta.files.upload(file=(name, data, mime), betas=BETAS)
    return uploaded.id


@pytest.mark.asyncio
async def test_upload_answers_the_files_metadata(sdk: AsyncAnthropic) -> None:
    data = KOREAN.encode()
    uploaded = await sdk.beta.files.upload(file=("보고서.txt", data, "text/plain"), betas=BETAS)
    assert FILE_ID.fullmatch(uploaded.id)
    assert (uploaded.type, uploaded.filename, uploaded.mime_type) == (
        "file",
        "보고서.txt",
        "text/plain",
    )
    assert uploaded.size_bytes == len(data)
    assert uploaded.downloadable is False
    again = await sdk.beta.files.retrieve_metadata(uploaded.id, betas=BETAS)
    assert again.model_dump() == uploaded.model_dump()


@pytest.mark.asyncio
async def test_every_call_needs_the_beta_header(sdk: AsyncAnthropic, fakeapi: FakeApi) -> None:
    with pytest.raises(anthropic.BadRequestError) as caught:
        await sdk.beta.files.upload(file=("a.txt", b"hello", "text/plain"))
    assert caught.value.body["error"]["type"] == "invalid_request_error"  # type: ignore[index]
    assert FILES_BETA in caught.value.message
    with pytest.raises(anthropic.BadRequestError):
        await sdk.beta.files.list()
    assert fakeapi.files.all() == []


@pytest.mark.asyncio
async def test_list_is_newest_first_and_pages(sdk: AsyncAnthropic) -> None:
    ids = [await _upload(sdk, f"문서{i}.txt", f"{i}".encode()) for i in range(5)]
    listed = [f.id async for f in sdk.beta.files.list(limit=2, betas=BETAS)]
    assert listed == ids[::-1]  # three pages, followed by the SDK
    first = await sdk.beta.files.list(limit=2, betas=BETAS)
    assert [f.id for f in first.data] == [ids[4], ids[3]]
    assert first.has_next_page()


@pytest.mark.asyncio
async def test_list_pages_by_after_and_before_id(http: httpx2.AsyncClient) -> None:
    headers = {"anthropic-beta": FILES_BETA}
    ids = []
    for i in range(3):
        answer = await http.post(
            "/v1/files", files={"file": (f"{i}.txt", b"x", "text/plain")}, headers=headers
        )
        ids.append(answer.json()["id"])
    page = (await http.get("/v1/files", params={"limit": 1}, headers=headers)).json()
    assert (page["first_id"], page["last_id"], page["has_more"]) == (ids[2], ids[2], True)
    after = await http.get("/v1/files", params={"after_id": ids[2], "limit": 5}, headers=headers)
    assert [f["id"] for f in after.json()["data"]] == [ids[1], ids[0]]
    assert after.json()["has_more"] is False
    before = await http.get("/v1/files", params={"before_id": ids[0]}, headers=headers)
    assert [f["id"] for f in before.json()["data"]] == [ids[2], ids[1]]


@pytest.mark.asyncio
async def test_delete_then_unknown_is_not_found(sdk: AsyncAnthropic) -> None:
    file_id = await _upload(sdk, "a.txt", b"hello")
    deleted = await sdk.beta.files.delete(file_id, betas=BETAS)
    assert (deleted.id, deleted.type) == (file_id, "file_deleted")
    for call in (sdk.beta.files.retrieve_metadata, sdk.beta.files.delete):
        with pytest.raises(anthropic.NotFoundError) as caught:
            await call(file_id, betas=BETAS)
        assert caught.value.body["error"]["type"] == "not_found_error"  # type: ignore[index]


@pytest.mark.asyncio
async def test_a_file_over_the_limit_is_refused(sdk: AsyncAnthropic, fakeapi: FakeApi) -> None:
    fakeapi.files.max_bytes = 1000
    with pytest.raises(anthropic.APIStatusError) as caught:
        await _upload(sdk, "big.txt", b"x" * 1001)
    assert caught.value.status_code == 413
    assert await _upload(sdk, "fits.txt", b"x" * 1000)


def _asking(file_id: str, kind: str = "document") -> list[dict[str, object]]:
    source = {"type": "file", "file_id": file_id}
    return [
        {
            "role": "user",
            "content": [{"type": kind, "source": source}, {"type": "text", "text": "요약해 줘"}],
        }
    ]


@pytest.mark.asyncio
async def test_a_message_may_name_an_uploaded_file(sdk: AsyncAnthropic) -> None:
    file_id = await _upload(sdk, "봄.txt", KOREAN.encode())
    message = await sdk.beta.messages.create(
        model=MODEL,
        max_tokens=50,
        messages=_asking(file_id),
        betas=BETAS,  # type: ignore[arg-type]
    )
    small = await sdk.beta.messages.create(
        model=MODEL,
        max_tokens=50,
        messages=[{"role": "user", "content": "요약해 줘"}],
        betas=BETAS,
    )
    # The file's text counts like the same text sent inline: about four characters a token.
    grown = message.usage.input_tokens - small.usage.input_tokens
    assert abs(grown - len(KOREAN) / 4) < 30
    counted = await sdk.beta.messages.count_tokens(
        model=MODEL,
        messages=_asking(file_id),
        betas=BETAS,  # type: ignore[arg-type]
    )
    assert counted.input_tokens == message.usage.input_tokens


@pytest.mark.asyncio
async def test_a_message_naming_a_file_needs_the_beta_header(sdk: AsyncAnthropic) -> None:
    file_id = await _upload(sdk, "a.txt", b"hello")
    with pytest.raises(anthropic.BadRequestError) as caught:
        await sdk.messages.create(model=MODEL, max_tokens=50, messages=_asking(file_id))  # type: ignore[arg-type]
    assert FILES_BETA in caught.value.message


@pytest.mark.asyncio
async def test_a_message_naming_an_unknown_file_is_refused(sdk: AsyncAnthropic) -> None:
    file_id = await _upload(sdk, "a.txt", b"hello")
    await sdk.beta.files.delete(file_id, betas=BETAS)
    with pytest.raises(anthropic.BadRequestError) as caught:
        await sdk.beta.messages.create(
            model=MODEL,
            max_tokens=50,
            messages=_asking(file_id),
            betas=BETAS,  # type: ignore[arg-type]
        )
    assert caught.value.body["error"]["type"] == "invalid_request_error"  # type: ignore[index]
    assert file_id in caught.value.message


@pytest.mark.asyncio
async def test_an_image_may_be_an_uploaded_file(sdk: AsyncAnthropic) -> None:
    png = bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082"
    )
    file_id = await _upload(sdk, "점.png", png, "image/png")
    message = await sdk.beta.messages.create(
        model=MODEL,
        max_tokens=50,
        messages=_asking(file_id, "image"),
        betas=BETAS,  # type: ignore[arg-type]
    )
    assert message.usage.input_tokens > 0
