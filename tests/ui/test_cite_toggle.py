"""The Cite switch on an attached text or PDF file: the file goes as a document with citations
on, and the answer's markers name it; images have no such switch; off, a text file goes as
text, as before."""

from __future__ import annotations

from pathlib import Path

from tests.fakeapi import FakeApi
from tests.ui.attachment_driver import drop, file_mime, png_file, wait_prepared
from tests.ui.chat_driver import ChatDriver
from tests.ui.test_citation_marks import format_at, reply_card
from tests.ui.test_server_tool_switches import last_chat_request

LEASE = "갑은 을에게 매월 말일 임대료를 지급한다.\n둘째 줄.\n"


def documents(api: FakeApi) -> list[dict[str, object]]:
    content = last_chat_request(api)["messages"][-1]["content"]
    return [b for b in content if isinstance(b, dict) and b.get("type") == "document"]


def test_a_cited_file_goes_as_a_document_with_citations_and_its_passage_is_marked(
    ready_window: ChatDriver, claude_env: FakeApi, tmp_path: Path
) -> None:
    lease = tmp_path / "임대차 계약서.txt"
    lease.write_text(LEASE, encoding="utf-8")
    drop(ready_window, file_mime(lease, png_file(tmp_path, "도면.png")))
    wait_prepared(ready_window, 2)
    tray = ready_window.window.composer.attachments.tray
    [text_tile] = [t for t in tray.tiles.values() if "계약서" in t.name.text()]
    [image_tile] = [t for t in tray.tiles.values() if "도면" in t.name.text()]
    assert not image_tile.cite_button.isVisibleTo(image_tile)
    assert text_tile.cite_button.isVisibleTo(text_tile)
    ready_window.click(text_tile.cite_button)
    assert text_tile.cite_button.isChecked()
    ready_window.send("언제 내나요?")  # nothing queued: the echo quotes a citable document
    card = reply_card(ready_window, "[1]")
    [document] = documents(claude_env)
    assert document["citations"] == {"enabled": True}
    assert document["title"] == "임대차 계약서.txt"
    tip = format_at(card, "[1]").toolTip()
    assert "“갑은 을에게 매월 말일 임대료를 지급한다.”" in tip and "임대차 계약서.txt" in tip


def test_without_the_switch_a_file_goes_without_citations(
    ready_window: ChatDriver, claude_env: FakeApi, tmp_path: Path
) -> None:
    lease = tmp_path / "계약서.txt"
    lease.write_text(LEASE, encoding="utf-8")
    drop(ready_window, file_mime(lease))
    wait_prepared(ready_window, 1)
    ready_window.send("요약해 줘")
    ready_window.wait_idle()
    content = last_chat_request(claude_env)["messages"][-1]["content"]
    assert not documents(claude_env)  # a plain text file goes as text inside a file tag
    assert any("<file name=" in str(b.get("text")) and "임대료" in str(b.get("text"))
               for b in content)  # fmt: skip
    assert not any("citations" in b for b in content)
