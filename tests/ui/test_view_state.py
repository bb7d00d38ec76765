"""The Qt-free parts of the UI: live reply state, usage figures, theme choice."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop_app.core.conversation import Message, MessageState, Role, Usage
from desktop_app.core.errors import ApiError, ErrorKind
from desktop_app.core.events import (
    BlockStarted,
    ReplyFailed,
    ReplyStarted,
    TextDelta,
    ThinkingDelta,
    UserMessageAdded,
)
from desktop_app.core.pricing import ModelPrice, Pricing, Rates
from desktop_app.ui.theme import Scheme, wanted_scheme
from desktop_app.ui.view_models.live_reply import LiveReply
from desktop_app.ui.view_models.reply_problem import problem_for
from desktop_app.ui.view_models.usage_summary import UsageSummary

SONNET = ModelPrice(Rates(3.0, 3.75, 6.0, 0.3, 15.0), Rates(1.5, 1.875, 3.0, 0.15, 7.5))


def message(role: Role, text: str = "", **kwargs: object) -> Message:
    content = [{"type": "text", "text": text}] if text else []
    return Message(1, 1, role, content, **kwargs)  # type: ignore[arg-type]


def test_live_reply_collects_fragments_per_block() -> None:
    live = LiveReply("question")
    assert live.pending_text == "question"
    live.apply(UserMessageAdded(message(Role.USER, "question")))
    assert live.stored_user_message
    live.apply(ReplyStarted(message(Role.ASSISTANT, state=MessageState.STREAMING)))
    assert live.streaming
    assert live.apply(BlockStarted(0, {"type": "thinking", "thinking": ""})) is False
    assert live.apply(ThinkingDelta(0, "hmm")) is True
    live.apply(BlockStarted(1, {"type": "text", "text": ""}))
    live.apply(TextDelta(1, "Hello"))
    live.apply(TextDelta(1, " world"))
    assert live.apply(BlockStarted(2, {"type": "text", "text": ""})) is False  # flows on
    live.apply(TextDelta(2, ", 안녕"))
    live.apply(BlockStarted(3, {"type": "server_tool_use", "name": "web_search", "input": {}}))
    assert live.apply(BlockStarted(4, {"type": "text", "text": ""})) is True  # a new paragraph
    live.apply(TextDelta(4, "Second"))
    assert live.text() == "Hello world, 안녕\n\nSecond"
    assert live.thinking() == "hmm"
    error = ApiError(ErrorKind.DROPPED)
    live.apply(ReplyFailed(error, message(Role.ASSISTANT, "Hello", state=MessageState.FAILED)))
    assert live.done and not live.streaming


def test_usage_summary_adds_up_replies_and_costs() -> None:
    pricing = Pricing({"claude-sonnet": SONNET})
    messages = [
        message(Role.USER, "q"),
        message(Role.ASSISTANT, "a", model="claude-sonnet-4-6", usage=Usage(1000, 100, 0, 2000)),
        message(Role.ASSISTANT, "", model="claude-sonnet-4-6", usage=Usage()),  # failed, empty
        message(Role.ASSISTANT, "b", model="claude-sonnet-4-6", usage=Usage(2000, 200)),
    ]
    summary = UsageSummary.of(messages, pricing)
    assert summary.last == Usage(2000, 200)
    assert summary.total == Usage(3000, 300, 0, 2000)
    assert summary.last_cost is not None
    assert abs(summary.last_cost - (2000 * 3 + 200 * 15) / 1e6) < 1e-12
    text = summary.text()
    assert text.startswith("Last reply: 2,000 in · 200 out · cache 0 read, 0 written · $0.0090")
    assert "Conversation: 5,300 tokens" in text


def test_usage_summary_says_what_the_cache_saved_the_conversation() -> None:
    pricing = Pricing({"claude-sonnet": SONNET})
    model = "claude-sonnet-4-6"
    spending = [
        (model, Usage(10, 100, cache_creation_input_tokens=10_000)),  # +$0.0075 for the write
        (model, Usage(20, 100, cache_read_input_tokens=10_000)),  # −$0.027 for the read
    ]
    messages = [message(Role.ASSISTANT, "b", model=model, usage=spending[-1][1])]
    summary = UsageSummary.of(messages, pricing, spending)
    assert summary.cache.saved is not None and abs(summary.cache.saved - 0.0195) < 1e-12
    assert summary.text().endswith(" · saved $0.02 by caching")
    first = UsageSummary.of(messages, pricing, spending[:1])
    assert first.text().endswith(" · caching cost $0.0075 more so far")
    assert "caching" not in UsageSummary.of(messages, Pricing({}), spending).text()


def test_unknown_prices_are_shown_as_unknown() -> None:
    messages = [message(Role.ASSISTANT, "a", model="mystery-model", usage=Usage(10, 10))]
    assert "cost unknown" in UsageSummary.of(messages, Pricing({})).text()


def test_problems_are_plain_sentences_with_the_right_offers() -> None:
    limited = problem_for(ApiError(ErrorKind.RATE_LIMITED, retry_after=12))
    assert limited.text == "Rate limit reached. Try again in 12 s."
    assert limited.retryable and not limited.needs_key
    refused = problem_for(ApiError(ErrorKind.AUTH, status=401))
    assert refused.needs_key
    offline = problem_for(ApiError(ErrorKind.OFFLINE))
    assert offline.offline and "Check your connection" in offline.text


def test_theme_env_beats_settings(qapp: QApplication) -> None:
    assert wanted_scheme("light", {"PARLEY_THEME": "dark"}) is Scheme.DARK
    assert wanted_scheme("dark", {}) is Scheme.DARK
    assert wanted_scheme("light", {"PARLEY_THEME": "nonsense"}) is Scheme.LIGHT
    assert wanted_scheme("system", {}) in (Scheme.LIGHT, Scheme.DARK)
