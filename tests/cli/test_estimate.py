"""`parley ask --estimate`: real processes on the local API; counted, never sent, nothing stored."""

from __future__ import annotations

import json
import re

KOREAN = "이 릴리스 노트가 이전 버전과 호환되는지 검토해 주세요."


def counts(fakeapi) -> list[dict]:
    return [r.body for r in fakeapi.requests if r.path == "/v1/messages/count_tokens"]


def sent(fakeapi) -> list[dict]:
    return [r.body for r in fakeapi.requests if r.path == "/v1/messages"]


def test_prints_the_servers_count_and_cost_sends_and_stores_nothing(parley, fakeapi):
    result = parley("ask", "--estimate", "--json", "--system", "Be brief.", KOREAN)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert len(counts(fakeapi)) == 1 and not sent(fakeapi)
    body = counts(fakeapi)[0]
    assert "max_tokens" not in body and body["system"] == "Be brief."
    assert KOREAN in json.dumps(body["messages"], ensure_ascii=False)
    assert found["exact"] is True and found["input_tokens"] > 0
    # Sonnet 4.5's input rate is $3 per million tokens (resources/pricing.json).
    assert found["cost_usd"] == found["input_tokens"] * 3 / 1_000_000
    assert parley("history").stdout == ""  # no conversation was made

    text = parley("ask", "--estimate", KOREAN)
    assert text.returncode == 0 and "≈" not in text.stdout
    assert re.match(r"^[\d,]+ input tokens · \$[\d.]+ on ", text.stdout), text.stdout
    assert not sent(fakeapi)


def test_continue_attach_and_model_count_the_whole_next_request(parley, fakeapi, tmp_path):
    first = parley("ask", "--system", "릴리스 담당자입니다.", "안녕하세요")
    assert first.returncode == 0, first.stderr
    conv_id = parley("history").stdout.split("\t")[0]
    history_before = parley("show", conv_id).stdout
    notes = tmp_path / "변경 기록.txt"
    notes.write_text("버그 수정과 성능 개선. " * 50, encoding="utf-8")
    asked = len(sent(fakeapi))

    result = parley(
        "ask", "--estimate", "--json", "--continue", conv_id, "--attach", str(notes),
        "--model", "claude-haiku-4-5-20251001", "이 기록을 요약해 주세요",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    body = counts(fakeapi)[-1]
    assert body["model"] == "claude-haiku-4-5-20251001"
    assert len(body["messages"]) == 3  # the stored turn, the reply, and the draft
    draft = json.dumps(body["messages"][-1], ensure_ascii=False)
    assert "버그 수정과 성능 개선" in draft and "이 기록을 요약해 주세요" in draft
    assert len(sent(fakeapi)) == asked
    assert parley("show", conv_id).stdout == history_before  # the model was not switched
    assert (
        json.loads(result.stdout)["input_tokens"]
        > json.loads(parley("ask", "--estimate", "--json", "--continue", conv_id, "짧게").stdout)[
            "input_tokens"
        ]
    )


def test_offline_a_local_estimate_marked_approximate(parley, fakeapi):
    fakeapi.stop()
    result = parley("ask", "--estimate", KOREAN)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("≈ ") and "estimated locally" in result.stdout
    assert "Traceback" not in result.stderr


def test_a_model_the_api_does_not_know_is_one_plain_line_not_a_guess(parley, fakeapi):
    result = parley("ask", "--estimate", "--model", "claude-없는-모델", KOREAN)
    assert result.returncode == 1
    assert result.stdout == "" and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        "parley: The API does not know that model or resource. (model: claude-없는-모델)"
    ]
    assert not sent(fakeapi) and parley("history").stdout == ""


def test_offline_an_unknown_models_cost_stays_unknown(parley, fakeapi):
    fakeapi.stop()
    result = parley("ask", "--estimate", "--json", "--model", "claude-없는-모델", KOREAN)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["exact"] is False and found["cost_usd"] is None and found["input_tokens"] > 0
