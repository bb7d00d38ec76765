"""`parley ask --cache-ttl 1h`: the conversation keeps an hour-long cache; its requests say so."""

from __future__ import annotations

from tests.fakeapi import Reply

SYSTEM = "긴 시스템 프롬프트입니다. Review screenshots for spacing and contrast. " * 90


def test_one_hour_cache_is_asked_for_and_kept(parley, fakeapi):
    fakeapi.queue(Reply.text("Cached for an hour."), Reply.text("Title"))
    result = parley("ask", "--system", SYSTEM, "--cache-ttl", "1h", "첫 질문")
    assert result.returncode == 0, result.stderr
    first = fakeapi.message_requests()[0]
    assert first["cache_control"] == {"type": "ephemeral", "ttl": "1h"}
    assert first["system"][0]["cache_control"] == {"type": "ephemeral", "ttl": "1h"}

    conv_id = parley("history").stdout.split("\t")[0]
    fakeapi.queue(Reply.text("Still an hour."))
    again = parley("ask", "--continue", conv_id, "두 번째")  # the conversation remembers
    assert again.returncode == 0, again.stderr
    assert fakeapi.message_requests()[-1]["cache_control"] == {"type": "ephemeral", "ttl": "1h"}

    fakeapi.queue(Reply.text("Five minutes."))
    parley("ask", "--continue", conv_id, "--cache-ttl", "5m", "세 번째")
    assert fakeapi.message_requests()[-1]["cache_control"] == {"type": "ephemeral"}


def test_an_unknown_ttl_is_refused_in_one_line(parley, fakeapi):
    result = parley("ask", "--cache-ttl", "2h", "hi")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and "--cache-ttl" in result.stderr
    assert fakeapi.message_requests() == []
