"""`parley ask --temperature/--top-p/--top-k/--stop`: sent as the API takes them, kept by the
conversation, checked against the model's rules before anything is sent or stored, and the
stop sequence that ended a reply named on stderr."""

from __future__ import annotations

from tests.fakeapi import Reply


def test_options_are_sent_and_kept_for_continue(parley, fakeapi):
    fakeapi.queue(Reply.text("차분한 답."), Reply.text("Title"))
    result = parley(
        "ask", "--temperature", "0.2", "--stop", "###", "--stop", "끝", "조용히 답해 주세요"
    )
    assert result.returncode == 0, result.stderr
    first = fakeapi.message_requests()[0]
    assert first["temperature"] == 0.2 and first["stop_sequences"] == ["###", "끝"]
    assert "top_p" not in first and "top_k" not in first

    conv_id = parley("history").stdout.split("\t")[0]
    fakeapi.queue(Reply.text("여전히 차분."))
    again = parley("ask", "--continue", conv_id, "--top-k", "5", "한 번 더")
    assert again.returncode == 0, again.stderr
    later = fakeapi.message_requests()[-1]
    assert later["temperature"] == 0.2 and later["top_k"] == 5  # kept, and the new one added
    assert later["stop_sequences"] == ["###", "끝"]


def test_a_stop_sequence_that_ended_the_reply_is_named(parley, fakeapi):
    fakeapi.queue(Reply.text("Counting: 1, 2, ", stop_reason="stop_sequence"), Reply.text("t"))
    result = parley("ask", "--stop", "3", "count to five")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Counting: 1, 2,")
    assert 'stopped at stop sequence "3"' in result.stderr


def test_the_models_rules_are_checked_before_sending(parley, fakeapi):
    both = parley("ask", "-m", "claude-sonnet-4-6", "--temperature", "0.5", "--top-p", "0.9", "hi")
    assert both.returncode == 2
    assert "not both" in both.stderr and "Traceback" not in both.stderr
    hot = parley("ask", "--temperature", "1.5", "hi")
    assert hot.returncode == 2 and "between 0 and 1" in hot.stderr
    blank = parley("ask", "--stop", "  ", "hi")
    assert blank.returncode == 2
    thinking = parley("ask", "-m", "claude-sonnet-4-6", "--thinking", "--top-k", "3", "hi")
    assert thinking.returncode == 2 and "top-k" in thinking.stderr
    assert fakeapi.message_requests() == []  # nothing sent
    assert parley("history").stdout.strip() == ""  # and nothing stored


def test_the_local_server_holds_the_same_rules(fakeapi):
    import httpx2

    headers = {"x-api-key": "k", "anthropic-version": "2023-06-01"}
    body = {
        "model": "claude-sonnet-4-6",
        "max_tokens": 10,
        "messages": [{"role": "user", "content": "hi"}],
        "temperature": 0.5,
        "top_p": 0.9,
    }
    refused = httpx2.post(f"{fakeapi.url}/v1/messages", headers=headers, json=body)
    assert refused.status_code == 400 and "cannot both" in refused.json()["error"]["message"]
    older = httpx2.post(
        f"{fakeapi.url}/v1/messages", headers=headers, json={**body, "model": "claude-sonnet-4-0"}
    )
    assert older.status_code == 200, older.text
