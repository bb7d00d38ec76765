"""Continue in a new conversation with a summary: the cheapest model writes it over the real
SDK to the local API, the spend is a summary's, the new conversation links to the original
(also after reopening the database)."""

from __future__ import annotations

import asyncio

import pytest

from desktop_app.claude.client import AnthropicClient
from desktop_app.core.chat_session import ChatSession
from desktop_app.core.conversation import Message, Role, text_block
from desktop_app.core.model_catalogue import ModelCatalogue
from desktop_app.core.pricing import Pricing
from desktop_app.core.summary import OMITTED, SummaryError, continue_with_summary, transcript
from desktop_app.storage.conversation_store import SqliteConversationStore
from desktop_app.storage.usage_ledger import SqliteUsageLedger
from tests.core.test_spend_recording import ledger_rows
from tests.fakeapi import Reply

SUMMARY = "요약: 로그인 화면의 버튼 대비가 3.1:1로 낮아 #1a5fb4로 바꾸기로 했다."


def session_for(store, fakeapi, tmp_path, ledger=None) -> ChatSession:
    catalogue = ModelCatalogue(tmp_path / "models.json", Pricing.load())
    client = AnthropicClient("test-key", fakeapi.url, max_retries=0)
    return ChatSession(store, client, catalogue, ledger=ledger, pricing=Pricing.load())


def summarise(session: ChatSession, conversation_id: int):
    """Learn the models (so the cheapest is known), then summarise, on one event loop."""

    async def run():
        try:
            await session.catalogue.refresh(session.client)
            return await continue_with_summary(session, conversation_id)
        finally:
            await session.client.close()

    return asyncio.run(run())


def test_the_summary_starts_a_linked_conversation_and_is_a_summarys_spend(fakeapi, tmp_path):
    db = tmp_path / "parley.sqlite3"
    store = SqliteConversationStore(db)
    original = store.create_conversation("claude-sonnet-4-6", "Answer in Korean.", "로그인 화면")
    original = store.update_conversation(original.id, max_tokens=2_000, cache_ttl="1h")
    store.add_message(original.id, Role.USER, [text_block("버튼 대비를 검토해 주세요.")])
    store.add_message(original.id, Role.ASSISTANT, [text_block("대비가 3.1:1로 낮습니다.")])
    fakeapi.queue(Reply.text(SUMMARY))
    with SqliteUsageLedger(db) as ledger:
        session = session_for(store, fakeapi, tmp_path, ledger)
        new = summarise(session, original.id)

        asked = fakeapi.message_requests()[-1]
        assert asked["model"] == session.catalogue.cheapest().id
        assert "버튼 대비를 검토해 주세요." in asked["messages"][0]["content"]
        rows = ledger_rows(db)
        assert [r["kind"] for r in rows] == ["summary"]
        assert rows[0]["model"] == asked["model"] and rows[0]["conversation_id"] == original.id
    assert new.continued_from == original.id and new.model == "claude-sonnet-4-6"
    assert new.title == f"{original.title} (continued)"  # told apart from it in the list
    assert (new.max_tokens, new.cache_ttl) == (2_000, "1h")  # set up like the original
    assert new.system_prompt.startswith("Answer in Korean.")
    assert SUMMARY in new.system_prompt
    assert store.messages(new.id) == []  # the user's next message opens it
    store.close()

    reopened = SqliteConversationStore(db)
    again = reopened.get_conversation(new.id)
    assert again.continued_from == original.id and SUMMARY in again.system_prompt
    reopened.close()


def test_a_failed_summary_makes_no_conversation(store, fakeapi, tmp_path):
    original = store.create_conversation("claude-sonnet-4-6", "", "t")
    store.add_message(original.id, Role.USER, [text_block("안녕")])
    fakeapi.queue(Reply.error(529, "overloaded_error", "Overloaded"))
    session = session_for(store, fakeapi, tmp_path)
    before = len(store.list_conversations())
    with pytest.raises(SummaryError) as caught:
        summarise(session, original.id)
    assert "overloaded" in str(caught.value)
    assert len(store.list_conversations()) == before


def test_a_long_transcript_keeps_the_first_and_the_latest_messages():
    messages = [
        Message(i, 1, Role.USER if i % 2 else Role.ASSISTANT, [text_block(f"{i}번 메시지 " * 50)])
        for i in range(1, 41)
    ]
    text = transcript(messages, budget=2_000)
    assert text.startswith("User: 1번 메시지") and "40번 메시지" in text
    assert OMITTED in text and "\n5번 메시지" not in text and ": 5번 메시지" not in text
