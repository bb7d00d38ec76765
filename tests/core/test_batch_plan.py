"""Planning batches: custom_ids the API takes, splitting within the limits, sizes and estimates."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from PIL import Image

from desktop_app.attachments import prepare_file
from desktop_app.core.attachment_resolver import AttachmentResolver
from desktop_app.core.batch_plan import (
    CUSTOM_ID,
    MAX_BYTES,
    MAX_REQUESTS,
    BatchLimits,
    BatchSource,
    PlanError,
    PlannedRequest,
    custom_id_for,
    plan_batch,
    split,
)
from desktop_app.core.conversation import Usage
from desktop_app.core.pricing import Pricing
from desktop_app.storage.attachment_store import AttachmentStore

MODEL = "claude-haiku-4-5-20251001"
AWKWARD = [
    "스크린샷 2026-12-04 오전 10.31.22.png",
    "스크린샷 2026-12-04 오전 10.31.23.png",  # differs only in a digit
    "리뷰.png",
    "검토.png",  # two all-Korean names: same ASCII residue (none), told apart by the hash
    "with spaces and (brackets).pdf",
    "x" * 200 + ".txt",
    "y" * 200 + ".txt",
    "😀😀.png",
    ".hidden",
    "",
    "dup.png",
    "dup.png",
    "a/b\\c:d*e?.txt",
    "-leading-and-trailing-.png",
    "ÅÄÖ.jpg",
]


def _plan(sources: list[BatchSource], **kwargs: object) -> list[PlannedRequest]:
    plan = plan_batch(
        sources, prompt="검토해 주세요", model=MODEL, max_tokens=256, pricing=Pricing.load(),
        **kwargs,  # type: ignore[arg-type]
    )  # fmt: skip
    return plan.requests


def test_custom_ids_from_awkward_names_are_valid_unique_and_readable() -> None:
    rng = random.Random(7)
    for _ in range(20):
        names = rng.sample(AWKWARD, k=len(AWKWARD))
        requests = _plan([BatchSource(name) for name in names])
        ids = [r.custom_id for r in requests]
        assert all(CUSTOM_ID.fullmatch(i) for i in ids), ids
        assert len(set(ids)) == len(ids)
        assert all(len(i) <= 64 for i in ids)
    assert custom_id_for("shot.png", 7) == "req-0007-shot"
    assert custom_id_for("my_file-1.jpg", 12) == "req-0012-my_file-1"
    # Korean names keep their ASCII part and a hash of the whole name
    korean = custom_id_for("스크린샷 2026.png", 3)
    assert korean.startswith("req-0003-2026-") and CUSTOM_ID.fullmatch(korean)
    assert custom_id_for("리뷰.png", 1) != custom_id_for("검토.png", 1)


@pytest.mark.parametrize(
    ("custom_id", "words"),
    [
        ("has space", "not allowed"),
        ("한국어", "not allowed"),
        ("", "not allowed"),
        ("x" * 65, "not allowed"),
        (17, "not allowed"),
    ],
)
def test_hand_written_custom_ids_are_checked_plainly(custom_id: object, words: str) -> None:
    params = {"model": MODEL, "max_tokens": 10, "messages": [{"role": "user", "content": "hi"}]}
    with pytest.raises(PlanError, match=words):
        _plan([BatchSource("line 1", params=params, custom_id=custom_id)])  # type: ignore[arg-type]


def test_duplicate_hand_written_custom_ids_are_refused() -> None:
    params = {"model": MODEL, "max_tokens": 10, "messages": [{"role": "user", "content": "hi"}]}
    sources = [BatchSource("a", params=params, custom_id="same")] * 2
    with pytest.raises(PlanError, match="used twice"):
        _plan(sources)


def test_split_by_count_and_by_bytes() -> None:
    sources = [BatchSource(f"variant {n}") for n in range(1, 8)]
    plan = plan_batch(
        sources, prompt="p", model=MODEL, max_tokens=5, pricing=Pricing.load(),
        limits=BatchLimits(max_requests=3),
    )  # fmt: skip
    assert [len(c) for c in plan.chunks] == [3, 3, 1]
    assert [r.custom_id for c in plan.chunks for r in c] == [r.custom_id for r in plan.requests]

    size = plan.requests[0].encoded_size
    by_bytes = plan_batch(
        sources, prompt="p", model=MODEL, max_tokens=5, pricing=Pricing.load(),
        limits=BatchLimits(max_bytes=size * 2 + 1),
    )  # fmt: skip
    assert [len(c) for c in by_bytes.chunks] == [2, 2, 2, 1]
    assert all(sum(r.encoded_size for r in c) <= size * 2 + 1 for c in by_bytes.chunks)


def test_a_request_larger_than_a_batch_is_refused() -> None:
    with pytest.raises(PlanError, match="larger than a batch"):
        _plan([BatchSource("huge", prompt="가" * 5000)], limits=BatchLimits(max_bytes=4096))


def test_the_real_limits_split_at_100000_requests_and_256_mb() -> None:
    assert (MAX_REQUESTS, MAX_BYTES) == (100_000, 256 * 1024 * 1024)
    small = [PlannedRequest(f"r{n}", "", "", {}, 100, 1) for n in range(MAX_REQUESTS + 1)]
    assert [len(c) for c in split(small, BatchLimits())] == [MAX_REQUESTS, 1]
    big = [PlannedRequest(f"b{n}", "", "", {}, 5 * 1024 * 1024, 1) for n in range(60)]
    chunks = split(big, BatchLimits())
    assert [len(c) for c in chunks] == [51, 9]  # 51 × 5 MiB fits in 256 MiB, 52 does not


def test_encoded_size_matches_the_body_sent(tmp_path: Path) -> None:
    picture = tmp_path / "화면.png"
    Image.effect_noise((300, 200), 80).convert("RGB").save(picture)
    attachment = prepare_file(picture, full_resolution=False)
    files = AttachmentStore(tmp_path / "files")
    files.save(attachment)
    requests = _plan([BatchSource(attachment.name, str(picture), (attachment.block(),))])
    params = requests[0].params
    resolved = {**params, "messages": AttachmentResolver(files).resolve(params["messages"])}
    wrapped = {"custom_id": requests[0].custom_id, "params": resolved}
    body = json.dumps(wrapped, ensure_ascii=False, separators=(",", ":"))  # as the SDK sends it
    actual = len(body.encode("utf-8"))
    assert actual <= requests[0].encoded_size <= actual + 8
    assert requests[0].input_tokens >= attachment.tokens


def test_estimate_is_at_list_and_batch_price() -> None:
    pricing = Pricing.load()
    plan = plan_batch(
        [BatchSource("a", prompt="x" * 4000), BatchSource("b", prompt="y" * 400)],
        prompt="", model=MODEL, system="", max_tokens=100, pricing=pricing,
    )  # fmt: skip
    estimate = plan.estimate
    assert estimate.requests == 2 and estimate.max_output_tokens == 200
    expected_batch = sum(
        pricing.cost(MODEL, Usage(input_tokens=r.input_tokens), batch=True) or 0
        for r in plan.requests
    )
    assert estimate.input_cost_batch == pytest.approx(expected_batch)
    assert estimate.input_cost_list is not None and estimate.input_cost_batch is not None
    assert estimate.input_cost_batch < estimate.input_cost_list
    assert estimate.max_cost_batch is not None and estimate.max_cost_batch > expected_batch


def test_an_unknown_model_is_estimated_as_unknown_not_free() -> None:
    plan = plan_batch(
        [BatchSource("a")], prompt="hi", model="claude-unknown-9", max_tokens=10,
        pricing=Pricing.load(),
    )  # fmt: skip
    assert plan.estimate.input_cost_list is None and plan.estimate.max_cost_batch is None


def test_encoded_size_is_never_below_the_body_for_pdfs_and_text(tmp_path: Path) -> None:
    from tests.core.batch_rig import make_files

    files = AttachmentStore(tmp_path / "files")
    sources = []
    for path in make_files(tmp_path / "in"):
        attachment = files.save(prepare_file(path, full_resolution=False))
        sources.append(BatchSource(attachment.name, str(path), (attachment.block(),)))
    resolver = AttachmentResolver(files)
    for request in _plan(sources):
        params = request.params
        resolved = {**params, "messages": resolver.resolve(params["messages"])}
        wrapped = {"custom_id": request.custom_id, "params": resolved}
        actual = len(json.dumps(wrapped, ensure_ascii=False, separators=(",", ":")).encode())
        assert actual <= request.encoded_size <= actual * 2 + 8, request.source_name
