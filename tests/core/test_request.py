"""The history sent to the API is always valid, whatever state it was stored in."""

from desktop_app.core.conversation import Message, MessageState, Role
from desktop_app.core.request import Request, build_messages


def msg(role, content, state=MessageState.COMPLETE, i=[0]):  # noqa: B006
    i[0] += 1
    return Message(i[0], 1, Role(role), content, state)


def text(t):
    return {"type": "text", "text": t}


def test_plain_history_goes_unchanged():
    history = [
        msg("user", [text("hi")]),
        msg("assistant", [text("hello")]),
        msg("user", [text("q")]),
    ]
    assert build_messages(history) == [
        {"role": "user", "content": [text("hi")]},
        {"role": "assistant", "content": [text("hello")]},
        {"role": "user", "content": [text("q")]},
    ]


def test_interrupted_reply_keeps_text_and_drops_unfinished_tool_use_and_unsigned_thinking():
    partial = [
        {"type": "thinking", "thinking": "hmm", "signature": ""},
        text("half an ans"),
        {"type": "tool_use", "id": "toolu_1", "name": "x", "input": {}},
    ]
    history = [
        msg("user", [text("hi")]),
        msg("assistant", partial, MessageState.INTERRUPTED),
        msg("user", [text("go on")]),
    ]
    assert build_messages(history) == [
        {"role": "user", "content": [text("hi")]},
        {"role": "assistant", "content": [text("half an ans")]},
        {"role": "user", "content": [text("go on")]},
    ]


def test_tool_use_without_result_is_dropped_and_orphan_results_too():
    history = [
        msg("user", [text("hi")]),
        msg(
            "assistant",
            [text("let me"), {"type": "tool_use", "id": "t1", "name": "x", "input": {}}],
        ),
        msg("user", [text("never mind")]),
        msg("assistant", [text("ok")]),
        msg("user", [{"type": "tool_result", "tool_use_id": "t9", "content": "?"}, text("and?")]),
    ]
    sent = build_messages(history)
    assert sent[1] == {"role": "assistant", "content": [text("let me")]}
    assert sent[-1] == {"role": "user", "content": [text("and?")]}


def test_answered_tool_use_is_kept_and_streaming_or_empty_messages_skipped():
    use = {"type": "tool_use", "id": "t1", "name": "x", "input": {"a": 1}}
    result = {"type": "tool_result", "tool_use_id": "t1", "content": "r", "is_error": True}
    history = [
        msg("user", [text("hi")]),
        msg("assistant", [use]),
        msg("user", [result]),
        msg("assistant", [], MessageState.FAILED),
        msg("assistant", [text("partial")], MessageState.STREAMING),
    ]
    assert build_messages(history) == [
        {"role": "user", "content": [text("hi")]},
        {"role": "assistant", "content": [use]},
        {"role": "user", "content": [result]},
    ]


def test_history_starting_with_assistant_or_merging_user_turns():
    history = [
        msg("assistant", [text("stray")]),
        msg("user", [text("a")]),
        msg("user", [text("b")]),
    ]
    assert build_messages(history) == [{"role": "user", "content": [text("a"), text("b")]}]


def test_request_params_turn_on_caching_and_omit_empty_system():
    params = Request("m", 100, [{"role": "user", "content": "x"}]).to_params()
    assert params["cache_control"] == {"type": "ephemeral"}
    assert "system" not in params and "tools" not in params
    params = Request("m", 100, [], system="be brief", cache=False).to_params()
    assert params["system"] == "be brief" and "cache_control" not in params
