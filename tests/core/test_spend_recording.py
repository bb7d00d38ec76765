"""Every priced request lands in the usage ledger: replies, tool rounds, titles; real SDK over
HTTP to the local API, real SQLite for both the conversation and the ledger."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest

from desktop_app.claude.client import AnthropicClient
from desktop_app.core.chat_session import ChatSession
from desktop_app.core.conversation import Role
from desktop_app.core.ledger import Spend
from desktop_app.core.model_catalogue import ModelCatalogue
from desktop_app.core.pricing import Pricing
from desktop_app.core.spend_report import Period
from desktop_app.storage.usage_ledger import SqliteUsageLedger
from desktop_app.tools.registry import ToolRegistry
from tests.core.tool_doubles import EchoTool, ScriptedGate
from tests.fakeapi import Reply


def ledger_rows(path):
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute("SELECT * FROM usage_ledger ORDER BY id").fetchall()
    finally:
        conn.close()


async def drain(reply):
    return [event async for event in reply]


def test_tool_rounds_and_the_title_are_each_one_priced_request(store, fakeapi, tmp_path):
    path = tmp_path / "db.sqlite3"
    pricing = Pricing.load()
    fakeapi.queue(
        Reply.tool_use("echo", {"이름": "세종"}, text="부르는 중."),
        Reply.text("끝났습니다. 세종대왕."),
        Reply.text("세종 이야기"),
    )
    with SqliteUsageLedger(path) as ledger:
        session = ChatSession(
            store,
            AnthropicClient("test-key", fakeapi.url, max_retries=0),
            ModelCatalogue(tmp_path / "models.json"),
            tools=ToolRegistry([EchoTool()]),
            gate=ScriptedGate(),
            ledger=ledger,
            pricing=pricing,
        )
        conv = store.create_conversation("claude-sonnet-4-6")
        asyncio.run(drain(session.send(conv.id, "세종대왕에 대해 알려줘 " * 40)))

        replies = [m for m in store.messages(conv.id) if m.role is Role.ASSISTANT]
        assert len(replies) == 2
        rows = ledger_rows(path)
        assert [r["kind"] for r in rows] == ["reply", "reply", "title"]
        for row, reply in zip(rows, replies, strict=False):
            usage = reply.usage
            assert usage is not None and usage.output_tokens > 0
            assert row["message_id"] == reply.id and row["conversation_id"] == conv.id
            assert row["input_tokens"] == usage.input_tokens
            assert row["output_tokens"] == usage.output_tokens
            assert row["cache_read_tokens"] == usage.cache_read_input_tokens
            written = row["cache_write_5m_tokens"] + row["cache_write_1h_tokens"]
            assert written == usage.cache_creation_input_tokens
            assert row["cost_usd"] == pricing.cost(reply.model, usage)
            assert row["cost_usd"] > 0
        title = rows[2]
        assert title["message_id"] is None and title["model"].startswith("claude-haiku")
        assert title["cost_usd"] > 0 and title["output_tokens"] > 0

        month = ledger.total(Period.month_of(rows[0]["at"]))
        assert month.requests == 3 and month.unknown_requests == 0
        assert month.cost == pytest.approx(sum(r["cost_usd"] for r in rows), rel=1e-12)
        assert ledger.conversation_total(conv.id).cost_usd == pytest.approx(month.cost_usd)


def test_an_unknown_model_costs_unknown_never_zero(store, fakeapi, tmp_path):
    path = tmp_path / "db.sqlite3"
    fakeapi.queue(Reply.text("안녕하세요"))  # an old model the price list does not know
    with SqliteUsageLedger(path) as ledger:
        session = ChatSession(
            store,
            AnthropicClient("test-key", fakeapi.url, max_retries=0),
            ModelCatalogue(tmp_path / "models.json"),
            ledger=ledger,
            pricing=Pricing.load(),
        )
        conv = store.create_conversation("claude-2.1", title="제목")
        asyncio.run(drain(session.send(conv.id, "안녕")))
        (row,) = ledger_rows(path)
        assert row["model"] == "claude-2.1" and row["output_tokens"] > 0
        assert row["cost_usd"] is None and row["rates"] is None
        month = ledger.total(Period.month_of(row["at"]))
        assert month.unknown_requests == 1 and month.cost is None
        (by_model,) = ledger.by_model(Period.month_of(row["at"]))
        assert by_model.key == "claude-2.1" and by_model.cost is None


def test_a_failed_reply_is_recorded_then_replaced_when_recorded_again(store, fakeapi, tmp_path):
    path = tmp_path / "db.sqlite3"
    fakeapi.queue(Reply.drop(after_text="절반만 "))
    with SqliteUsageLedger(path) as ledger:
        session = ChatSession(
            store,
            AnthropicClient("test-key", fakeapi.url, max_retries=0),
            ModelCatalogue(tmp_path / "models.json"),
            ledger=ledger,
            pricing=Pricing.load(),
        )
        conv = store.create_conversation("claude-sonnet-4-6", title="t")
        asyncio.run(drain(session.send(conv.id, "길게 말해줘")))
        (row,) = ledger_rows(path)
        failed = store.messages(conv.id)[-1]
        assert row["message_id"] == failed.id
        assert row["input_tokens"] == failed.usage.input_tokens > 0
        session.record_spend(Spend.REPLY, "claude-sonnet-4-6", failed.usage, conv.id, failed.id)
        assert len(ledger_rows(path)) == 1
