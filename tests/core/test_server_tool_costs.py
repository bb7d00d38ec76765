"""Web searches are counted from usage.server_tool_use and priced per 1,000 on top of tokens,
through the real SDK, into the stored reply and the usage ledger."""

from __future__ import annotations

import asyncio
import json

from desktop_app.core.conversation import Usage
from desktop_app.core.pricing import Pricing
from desktop_app.storage.usage_ledger import SqliteUsageLedger
from tests.core.test_chat_session import collect, make_session
from tests.core.test_spend_recording import ledger_rows
from tests.fakeapi import Reply
from tests.fakeapi.server_replies import Page, web_fetch, web_search

PAGE = Page("부산 날씨", "https://weather.example/busan", "흐림")


def test_usage_keeps_the_server_tool_counts_through_json() -> None:
    usage = Usage(100, 20, web_search_requests=3, web_fetch_requests=1)
    data = usage.to_dict()
    assert data["server_tool_use"] == {"web_search_requests": 3, "web_fetch_requests": 1}
    assert Usage.from_dict(json.loads(json.dumps(data))) == usage
    assert "server_tool_use" not in Usage(100, 20).to_dict()
    assert (usage + usage).web_search_requests == 6


def test_a_search_costs_a_cent_on_top_of_its_tokens(tmp_path) -> None:
    pricing = Pricing.load()
    tokens_only = pricing.cost("claude-sonnet-4-6", Usage(1000, 100))
    with_search = pricing.cost("claude-sonnet-4-6", Usage(1000, 100, web_search_requests=2))
    assert tokens_only is not None and with_search is not None
    assert round(with_search - tokens_only, 6) == 0.02  # $10 per 1,000 searches
    fetched = pricing.cost("claude-sonnet-4-6", Usage(1000, 100, web_fetch_requests=5))
    assert fetched == tokens_only  # a fetch costs its tokens only

    corrected = tmp_path / "pricing.json"
    corrected.write_text(json.dumps({"server_tools": {"web_search_per_1000": 12.5}}))
    custom = Pricing.load(override=corrected)
    again = custom.cost("claude-sonnet-4-6", Usage(1000, 100, web_search_requests=2))
    assert again is not None and round(again - tokens_only, 6) == 0.025


def test_searches_reach_the_stored_reply_and_the_ledger(store, fakeapi, tmp_path) -> None:
    fakeapi.queue(web_search("부산 날씨", [PAGE], ["흐립니다."]), Reply.text("부산 날씨"))
    fakeapi.queue(web_fetch(PAGE, ["가져왔습니다."]))
    ledger = SqliteUsageLedger(tmp_path / "db.sqlite3")  # the store's file (conftest)
    pricing = Pricing.load()
    session = make_session(store, fakeapi, tmp_path, ledger=ledger, pricing=pricing)
    conv = store.create_conversation("claude-sonnet-4-6")

    async def both() -> None:
        await collect(session.send(conv.id, "부산 날씨?"))
        await collect(session.send(conv.id, "그 페이지를 읽어 주세요"))

    asyncio.run(both())
    searched, fetched = [m for m in store.messages(conv.id) if m.usage is not None][-2:]
    assert searched.usage is not None and searched.usage.web_search_requests == 1
    assert fetched.usage is not None and fetched.usage.web_fetch_requests == 1
    row = next(r for r in ledger_rows(tmp_path / "db.sqlite3") if r["message_id"] == searched.id)
    tokens = pricing.cost("claude-sonnet-4-6", Usage(
        searched.usage.input_tokens, searched.usage.output_tokens))  # fmt: skip
    assert tokens is not None and round(row["cost_usd"] - tokens, 6) == 0.01
