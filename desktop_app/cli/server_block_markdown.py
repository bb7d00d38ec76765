"""Markdown for the blocks of Anthropic's own tools and for cited text, as `parley show` and
the Markdown export write them: what was searched, fetched or run, what came back, and each
cited passage followed by its source."""

from __future__ import annotations

from typing import Any

from desktop_app.core.conversation import Block
from desktop_app.core.i18n import translate
from desktop_app.core.server_tool_words import (
    call_code,
    call_words,
    editor_result_text,
    editor_result_words,
    error_words,
    where,
)


def server_block_markdown(block: Block) -> str | None:
    """The block in Markdown, or None when it is not one of these."""
    kind = str(block.get("type", ""))
    if kind == "server_tool_use":
        return _call(str(block.get("name", "")), block.get("input") or {})
    if kind.endswith("_tool_result") and "tool_use_id" in block:
        return _result(block.get("content"))
    if kind == "text" and block.get("citations"):
        sources = "; ".join(_source(c) for c in block["citations"] if isinstance(c, dict))
        return f"{block.get('text', '')} ({sources})" if sources else str(block.get("text", ""))
    return None


def _call(name: str, tool_input: dict[str, Any]) -> str:
    match name:
        case "web_search":
            return translate("Markdown", "*Searched the web for “{query}”*").format(
                query=tool_input.get("query", "")
            )
        case "web_fetch":
            return translate("Markdown", "*Read {url}*").format(url=tool_input.get("url", ""))
        case "text_editor_code_execution":
            written = call_code(tool_input).rstrip()
            said = f"*{call_words(name, tool_input)}*"
            return f"{said}\n\n```\n{written}\n```" if written else said
    code = call_code(tool_input).rstrip()
    return translate("Markdown", "*Ran code:*") + f"\n\n```\n{code}\n```"


def _result(content: object) -> str:
    if isinstance(content, dict) and content.get("error_code"):
        return translate("Markdown", "*The tool failed: {why}*").format(
            why=error_words(str(content["error_code"]))
        )
    if isinstance(content, list):  # search results
        lines = [
            f"- [{r.get('title') or r.get('url')}]({r.get('url')})"
            for r in content
            if isinstance(r, dict) and r.get("url")
        ]
        return "\n".join(lines) or translate("Markdown", "*No results*")
    if (edited := editor_result_words(content)) is not None:
        text = editor_result_text(content).rstrip()
        return f"*{edited}*" + (f"\n\n```\n{text}\n```" if text else "")
    if isinstance(content, dict) and content.get("type") == "web_fetch_result":
        return translate("Markdown", "*Fetched {url}*").format(url=content.get("url", ""))
    if isinstance(content, dict) and "return_code" in content:
        parts = []
        for stream in ("stdout", "stderr"):
            text = str(content.get(stream) or "").rstrip()
            if text:
                parts.append(f"```\n{text}\n```")
        if content.get("return_code"):
            parts.append(
                translate("Markdown", "*Exited with {code}*").format(code=content["return_code"])
            )
        return "\n\n".join(parts) or translate("Markdown", "*Ran without output*")
    return translate("Markdown", "*Tool result*")


def _source(citation: dict[str, Any]) -> str:
    if citation.get("url"):
        return f"[{citation.get('title') or citation['url']}]({citation['url']})"
    return where(citation)
