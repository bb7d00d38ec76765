"""The actions under each message and a reply's info line, as plain values (no widgets)."""

from __future__ import annotations

import time

from desktop_app.core.conversation import Message, MessageState, Role, Usage, text_block
from desktop_app.core.pricing import ModelPrice, Pricing, Rates, format_cost
from desktop_app.ui.view_models.message_actions import (
    ReplyDescriber,
    actions_for,
    branch_nav,
    duration_text,
)

NOON = time.mktime((2026, 11, 24, 12, 0, 0, 0, 0, -1))

SONNET = ModelPrice(Rates(3.0, 3.75, 6.0, 0.3, 15.0), Rates(1.5, 1.875, 3.0, 0.15, 7.5))


def message(mid: int, role: Role, text: str, **kw: object) -> Message:
    return Message(mid, 1, role, [text_block(text)] if text else [], **kw)  # type: ignore[arg-type]


def describer() -> ReplyDescriber:
    pricing = Pricing({"m": SONNET})
    return ReplyDescriber(
        pricing, lambda model_id: {"m": "Model M"}.get(model_id, model_id), lambda: NOON
    )


def test_a_turn_with_tool_rounds_has_one_bar_under_its_last_message() -> None:
    shown = [
        message(1, Role.USER, "weather?"),
        message(2, Role.ASSISTANT, "Checking."),  # its tool result is not shown
        message(4, Role.ASSISTANT, "Sunny."),
        message(5, Role.USER, "thanks"),
    ]
    siblings = {2: (2, 9)}
    assert actions_for(shown, 1, siblings, lambda turn: "") is None
    reply = actions_for(shown, 2, siblings, lambda turn: f"{len(turn)} messages")
    assert reply is not None
    assert (reply.anchor_id, reply.copy_text, reply.info) == (
        2,
        "Checking.\n\nSunny.",
        "2 messages",
    )
    assert reply.branch is not None and reply.branch.label == "1/2" and reply.branch.next == 9
    question = actions_for(shown, 0, siblings, lambda turn: "x")
    assert question is not None and (question.role, question.info, question.branch) == (
        Role.USER,
        "",
        None,
    )


def test_a_reply_being_written_has_no_actions() -> None:
    shown = [
        message(1, Role.USER, "q"),
        message(2, Role.ASSISTANT, "", state=MessageState.STREAMING),
    ]
    assert actions_for(shown, 1, {}, lambda turn: "") is None


def test_branch_nav_ends() -> None:
    nav = branch_nav(7, {7: (3, 5, 7)})
    assert nav is not None and (nav.label, nav.previous, nav.next) == ("3/3", 5, None)
    assert branch_nav(7, {}) is None


def test_the_info_line_sums_the_turn() -> None:
    turn = [
        message(2, Role.ASSISTANT, "a", model="m", usage=Usage(1000, 100), created_at=NOON - 60),
        message(
            4,
            Role.ASSISTANT,
            "b",
            model="m",
            usage=Usage(200, 50, cache_read_input_tokens=800),
            created_at=NOON - 55,
            finished_at=NOON - 47.5,
        ),
    ]
    # 1,200 fresh + 800 cached in; 150 out; $0.0036 + $0.00024 + $0.00225. Without the cache
    # the 800 would have cost $0.0024 instead of $0.00024: 40 % from cache saved $0.00216.
    assert describer()(turn) == (
        "Model M · 11:59 · 12.5 s · 2,000 in · 150 out · $0.0061 · 40 % from cache, saved $0.0022"
    )


def test_a_turn_that_only_writes_the_cache_says_what_the_write_cost() -> None:
    usage = Usage(10, 100, cache_creation_input_tokens=10_000)
    turn = [message(2, Role.ASSISTANT, "a", model="m", usage=usage, created_at=NOON)]
    # 10,000 written at $3.75 instead of $3.00 a million: $0.0075 more.
    assert describer()(turn).endswith(" · cache write +$0.0075")
    one_hour = Usage(10, 100, 10_000, cache_creation_1h_input_tokens=10_000)
    turn = [message(2, Role.ASSISTANT, "a", model="m", usage=one_hour, created_at=NOON)]
    assert describer()(turn).endswith(" · cache write +$0.03")  # $6 instead of $3


def test_the_cache_tooltip_explains_with_the_models_prices() -> None:
    usage = Usage(100, 10, cache_read_input_tokens=9_900)
    turn = [message(2, Role.ASSISTANT, "a", model="m", usage=usage, created_at=NOON)]
    tip = describer().tip(turn)
    assert "9,900 of 10,000 input tokens were read from the prompt cache." in tip
    assert "plain input $3.00, cache reads $0.30, cache writes $3.75" in tip
    assert "$6.00 (kept an hour)" in tip
    plain = [message(2, Role.ASSISTANT, "a", model="m", usage=Usage(5, 5), created_at=NOON)]
    assert describer().tip(plain) == ""
    actions = actions_for(turn, 0, {}, describer())
    assert actions is not None and actions.info_tip == tip


def test_an_unknown_price_still_shows_the_cache_share() -> None:
    usage = Usage(100, 10, cache_read_input_tokens=900)
    turn = [message(2, Role.ASSISTANT, "a", model="x-1", usage=usage, created_at=NOON)]
    assert describer()(turn).endswith(" · cost unknown · 90 % from cache")


def test_an_unknown_price_and_an_older_day_are_said_plainly() -> None:
    yesterday = NOON - 86_400
    turn = [message(2, Role.ASSISTANT, "a", model="x-1", usage=Usage(5, 5), created_at=yesterday)]
    assert describer()(turn) == "x-1 · Nov 23, 12:00 · 5 in · 5 out · cost unknown"


def test_durations() -> None:
    assert duration_text(3.04) == "3.0 s"
    assert duration_text(125) == "2 min 5 s"


def test_the_info_line_counts_web_searches_in_the_cost() -> None:
    usage = Usage(1000, 100, web_search_requests=3)
    turn = [message(2, Role.ASSISTANT, "a", model="m", usage=usage, created_at=NOON - 60)]
    # $0.003 + $0.0015 of tokens, and three searches at $10 per 1,000.
    cost = format_cost(0.003 + 0.0015 + 0.03)
    assert describer()(turn) == f"Model M · 11:59 · 1,000 in · 100 out · 3 web searches · {cost}"
    one = [
        message(
            2,
            Role.ASSISTANT,
            "a",
            model="m",
            usage=Usage(1000, 100, web_search_requests=1),
            created_at=NOON - 60,
        )
    ]
    assert "· 1 web search ·" in describer()(one)
