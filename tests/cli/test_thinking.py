"""`parley ask --thinking [LEVEL]`: real processes on the local API; stdout stays the answer."""

from __future__ import annotations

import json

from tests.fakeapi import Reply
from tests.fakeapi.recordings import recorded_bodies

HAIKU = "claude-haiku-4-5-20251001"


def no_traceback(result) -> None:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout


def test_thinking_at_the_models_default_and_kept_for_the_conversation(parley, fakeapi):
    fakeapi.queue(Reply.text("Forty-two."), Reply.text("Answer"))
    # The question right after --thinking is the question, not a level.
    result = parley("ask", "--thinking", "Six times seven?")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Forty-two.\n"
    assert result.stderr == ""  # thinking is not shown unless asked for
    asked = fakeapi.message_requests()[0]
    assert asked["model"] == "claude-sonnet-4-6"
    assert asked["thinking"] == {"type": "adaptive"} and "output_config" not in asked
    assert asked["messages"][0]["content"] == [{"type": "text", "text": "Six times seven?"}]

    conv_id = parley("history").stdout.split("\t")[0]
    fakeapi.queue(Reply.text("Sure."))
    again = parley("ask", "--continue", conv_id, "Sure?")
    assert again.returncode == 0, again.stderr
    follow_up = fakeapi.message_requests()[-1]
    assert follow_up["thinking"] == {"type": "adaptive"}
    # The thinking of the first answer went back with it, signature and all.
    first_answer = follow_up["messages"][1]["content"]
    assert first_answer[0]["type"] == "thinking" and first_answer[0]["signature"]

    fakeapi.queue(Reply.text("Off."))
    off = parley("ask", "--continue", conv_id, "--no-thinking", "And now?")
    assert off.returncode == 0, off.stderr
    assert "thinking" not in fakeapi.message_requests()[-1]


def test_a_level_and_shown_thinking_go_to_stderr(parley, fakeapi):
    fakeapi.queue(Reply.text("Pouch.", thinking="A pelican has a pouch."), Reply.text("Names"))
    result = parley("ask", "--model", HAIKU, "--thinking", "high", "--show-thinking", "A name?")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Pouch.\n"
    assert result.stderr.startswith("Thinking…\nA pelican has a pouch.")
    asked = fakeapi.message_requests()[0]
    assert asked["thinking"] == {"type": "enabled", "budget_tokens": 16384}

    fakeapi.queue(Reply.text("Sure.", thinking="Effort max."))
    opus = parley("ask", "-m", "claude-opus-4-6", "--thinking", "MAX", "--json", "Sure?")
    assert opus.returncode == 0, opus.stderr
    data = json.loads(opus.stdout)
    assert data["text"] == "Sure." and data["thinking"] == "Effort max."
    assert data["redacted_thinking"] == 0
    asked, titled = fakeapi.message_requests()[-2:]
    assert asked["model"] == "claude-opus-4-6"
    assert asked["thinking"] == {"type": "adaptive"}
    assert asked["output_config"] == {"effort": "max"}
    assert "thinking" not in titled and "output_config" not in titled


def test_a_level_the_model_lacks_is_refused_before_anything_happens(parley, fakeapi):
    result = parley("ask", "--thinking", "xhigh", "Think hard")
    assert result.returncode == 2
    no_traceback(result)
    assert result.stderr == (
        "parley: claude-sonnet-4-6 has no effort level 'xhigh'; it takes low, medium, high, max\n"
    )
    unknown = parley("ask", "-m", HAIKU, "--thinking", "hgih", "Think")
    assert unknown.returncode == 2
    assert unknown.stderr.splitlines() == [
        f"parley: {HAIKU} has no effort level 'hgih'; it takes low, medium, high, max"
    ]
    no_thought = parley("ask", "-m", "claude-3-5-haiku-20241022", "--thinking", "Think")
    assert no_thought.returncode == 2
    assert "does not offer extended thinking" in no_thought.stderr
    missing = parley("ask", "--thinking", "high")
    assert missing.returncode == 2 and "no prompt" in missing.stderr
    assert fakeapi.message_requests() == []
    assert parley("history").stdout == ""  # no conversation was started


def test_redacted_thinking_is_flagged_on_stderr_and_counted_in_json(parley, fakeapi):
    (recording,) = recorded_bodies("pydantic-ai/*thinking_part_redacted_stream*.sse")
    fakeapi.queue(Reply.sse(recording.read_bytes()), Reply.text("Test"))
    result = parley("ask", "--show-thinking", "--json", "ANTHROPIC_MAGIC_STRING")
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("Thinking… (redacted: sent encrypted, not shown)") == 2
    data = json.loads(result.stdout)
    assert data["redacted_thinking"] == 2 and data["thinking"] == ""
    assert data["text"].startswith("I notice that you've sent what")
