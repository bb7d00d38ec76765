"""Anthropic's own tools per conversation: definitions as the API takes them, only for the
models that take them (Models API capabilities, or the table for web fetch), kept as JSON."""

from __future__ import annotations

from desktop_app.core.model_info import ModelInfo
from desktop_app.core.request_options import RequestOptions
from desktop_app.core.server_tools import ServerTools, WebToolOptions, supports

SONNET = ModelInfo(
    "claude-sonnet-4-6",
    "Claude Sonnet 4.6",
    capabilities={"server_tools": {"web_search": {"supported": True},
                                   "code_execution": {"supported": False}}},
)  # fmt: skip
OLD = ModelInfo("claude-3-haiku-20240307", "Claude Haiku 3")


def test_definitions_follow_the_options_and_the_model() -> None:
    web = WebToolOptions(max_uses=2, allowed_domains=("go.kr",), city="Seoul", country="KR",
                         timezone="Asia/Seoul")  # fmt: skip
    tools = ServerTools(web_search=True, web_fetch=True, code_execution=True, web=web)
    found = tools.definitions(SONNET)
    assert found == [
        {
            "type": "web_search_20250305",
            "name": "web_search",
            "max_uses": 2,
            "allowed_domains": ["go.kr"],
            "user_location": {
                "type": "approximate",
                "city": "Seoul",
                "country": "KR",
                "timezone": "Asia/Seoul",
            },
        },
        {
            "type": "web_fetch_20250910",
            "name": "web_fetch",
            "max_uses": 2,
            "allowed_domains": ["go.kr"],
            "citations": {"enabled": True},
        },
    ]  # code execution: this model's capabilities say no
    assert tools.unsupported(SONNET) == ["code_execution"]
    assert tools.unsupported(OLD) == ["web_search", "web_fetch", "code_execution"]
    assert not supports(OLD, "web_fetch") and supports(SONNET, "web_fetch")


def test_request_options_keep_the_tools_through_json() -> None:
    tools = ServerTools(web_search=True, web=WebToolOptions(blocked_domains=("spam.example",)))
    options = RequestOptions(temperature=0.3, server_tools=tools)
    assert RequestOptions.from_json(options.to_json()) == options
    assert "server_tools" not in RequestOptions(temperature=0.3).to_json()
    assert RequestOptions.from_json({"server_tools": {"web_search": "yes"}}).server_tools == (
        ServerTools()
    )
    unusable = RequestOptions(server_tools=tools).unsupported_tools(OLD)
    assert unusable is not None and "web search" in unusable
    both = RequestOptions(
        server_tools=ServerTools(web=WebToolOptions(allowed_domains=("a",), blocked_domains=("b",)))
    )
    assert any("not both" in p for p in both.problems("claude-sonnet-4-6", thinking=False))
