"""`parley ask --max-tokens N`: real processes on the local API, whose echo obeys max_tokens."""

from __future__ import annotations

import pytest

LONG = "긴 대답을 부탁합니다, please answer at length. " * 20


def no_traceback(result) -> None:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout


def test_the_limit_is_sent_kept_and_a_cut_reply_says_so_on_stderr(parley, fakeapi):
    result = parley("ask", "--max-tokens", "12", LONG)
    assert result.returncode == 0, result.stderr  # a cut answer is still an answer
    asked = fakeapi.message_requests()[0]
    assert asked["max_tokens"] == 12
    assert result.stdout.startswith("You said:") and len(result.stdout) <= 12 * 4 + 1
    conv_id = parley("history").stdout.split("\t")[0]
    assert result.stderr.strip() == (
        "parley: the reply was cut off at the max_tokens limit (12); continue with "
        f"`parley ask --continue {conv_id} --max-tokens 1024 …`"
    )

    again = parley("ask", "--continue", conv_id, "계속")
    assert again.returncode == 0, again.stderr
    assert fakeapi.message_requests()[-1]["max_tokens"] == 12  # the conversation kept it
    raised = parley("ask", "--continue", conv_id, "--max-tokens", "1024", "계속해 주세요")
    assert raised.returncode == 0 and raised.stderr == ""
    assert fakeapi.message_requests()[-1]["max_tokens"] == 1024


def test_without_a_limit_the_settings_default_goes_not_the_models_maximum(parley, fakeapi):
    result = parley("ask", "--model", "claude-opus-4-6", "안녕")
    assert result.returncode == 0, result.stderr
    assert fakeapi.message_requests()[0]["max_tokens"] == 8192


@pytest.mark.parametrize("value", ["0", "-3", "many", "1.5", "64001"])
def test_a_bad_limit_is_one_plain_line_and_nothing_is_sent(parley, fakeapi, value):
    result = parley("ask", "--model", "claude-haiku-4-5-20251001", "--max-tokens", value, "안녕")
    assert result.returncode == 2
    no_traceback(result)
    assert (
        result.stderr.count("\n") == 1
        and "--max-tokens must be a whole number from 1 to 64,000" in result.stderr
    )
    assert fakeapi.message_requests() == []
    assert parley("history").stdout == ""
