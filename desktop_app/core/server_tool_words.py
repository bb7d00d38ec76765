"""Anthropic's own tools in words, for the CLI and the window alike: an error code in plain
words, a cited source in one line, and what a server tool call is doing."""

from __future__ import annotations

from typing import Any

from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate

# Blocks shown as text, thinking or Parley's own tool cards; any other kind a reply holds (a
# server tool's call or result, or a type no client knows yet) is shown as a server card.
PARLEY_KINDS = frozenset({"text", "thinking", "redacted_thinking", "tool_use"})

_ERROR_WORDS = {
    "max_uses_exceeded": QT_TRANSLATE_NOOP(
        "ServerToolError", "the reply used up its allowed number of uses"
    ),
    "too_many_requests": QT_TRANSLATE_NOOP(
        "ServerToolError", "too many requests at once; try again shortly"
    ),
    "unavailable": QT_TRANSLATE_NOOP("ServerToolError", "the tool is unavailable right now"),
    "query_too_long": QT_TRANSLATE_NOOP("ServerToolError", "the search query was too long"),
    "invalid_tool_input": QT_TRANSLATE_NOOP(
        "ServerToolError", "Claude gave the tool input it could not use"
    ),
    "url_not_allowed": QT_TRANSLATE_NOOP(
        "ServerToolError", "that address is not among the allowed domains"
    ),
    "url_not_accessible": QT_TRANSLATE_NOOP("ServerToolError", "the page could not be reached"),
    "url_too_long": QT_TRANSLATE_NOOP("ServerToolError", "the address was too long"),
    "url_not_in_prior_context": QT_TRANSLATE_NOOP(
        "ServerToolError", "only addresses from the conversation can be fetched"
    ),
    "unsupported_content_type": QT_TRANSLATE_NOOP(
        "ServerToolError", "that kind of page cannot be read"
    ),
    "too_large": QT_TRANSLATE_NOOP("ServerToolError", "the page was too large"),
    "content_too_large": QT_TRANSLATE_NOOP("ServerToolError", "the page was too large"),
    "execution_time_exceeded": QT_TRANSLATE_NOOP(
        "ServerToolError", "the code ran too long and was stopped"
    ),
    "container_expired": QT_TRANSLATE_NOOP("ServerToolError", "the sandbox expired"),
    "file_not_found": QT_TRANSLATE_NOOP("ServerToolError", "the file is not in the sandbox"),
    "output_file_too_large": QT_TRANSLATE_NOOP("ServerToolError", "the file was too large"),
}
EDITOR = "text_editor_code_execution"  # the code tool's file editor: view, create, str_replace


def error_words(code: str) -> str:
    """A server tool's error code in plain words (the code itself when unknown)."""
    words = _ERROR_WORDS.get(code)
    return translate("ServerToolError", words) if words else code


def where(source: dict[str, Any]) -> str:
    """A cited source in one line: page title and address, or document title and place."""
    if source.get("url"):
        title = source.get("title") or ""
        return f"{title} — {source['url']}" if title else str(source["url"])
    title = source.get("document_title") or translate("Cli", "document {n}").format(
        n=int(source.get("document_index") or 0) + 1
    )
    if "start_page_number" in source:
        first, last = source["start_page_number"], source.get("end_page_number", 0) - 1
        pages = f"p. {first}" if last <= first else f"pp. {first}–{last}"
        return f"{title}, {pages}"
    if "start_char_index" in source:
        return translate("ServerTool", "{title}, characters {first}–{last}").format(
            title=title, first=source["start_char_index"], last=source.get("end_char_index", 0)
        )
    return str(title)


def call_words(name: str, tool_input: dict[str, Any]) -> str:
    """What a server tool call does, in a line: the query, the address or that code runs."""
    match name:
        case "web_search":
            return translate("ServerTool", "Searching the web for “{query}”").format(
                query=tool_input.get("query", "…")
            )
        case "web_fetch":
            return translate("ServerTool", "Reading {url}").format(url=tool_input.get("url", "…"))
        case "text_editor_code_execution":
            path = tool_input.get("path", "…")
            match tool_input.get("command"):
                case "view":
                    return translate("ServerTool", "Reading the file {path}").format(path=path)
                case "create":
                    return translate("ServerTool", "Writing the file {path}").format(path=path)
            return translate("ServerTool", "Editing the file {path}").format(path=path)
    return translate("ServerTool", "Running code")


def call_code(tool_input: dict[str, Any]) -> str:
    """The code or command a code execution call runs, or the text the file editor writes
    ("" for other calls)."""
    if "path" in tool_input:  # the file editor: its command is a verb, not code
        return str(tool_input.get("file_text") or tool_input.get("new_str") or "")
    return str(tool_input.get("command") or tool_input.get("code") or "")


def editor_result_words(content: object) -> str | None:
    """What the file editor did, in a few words (None for other results)."""
    if not isinstance(content, dict):
        return None
    match content.get("type"):
        case "text_editor_code_execution_view_result":
            lines = int(content.get("numLines") or 0)
            return translate("ServerTool", "%n line(s) read", None, lines)
        case "text_editor_code_execution_create_result":
            if content.get("is_file_update"):
                return translate("ServerTool", "File replaced")
            return translate("ServerTool", "File written")
        case "text_editor_code_execution_str_replace_result":
            return translate("ServerTool", "File edited")
    return None


def editor_result_text(content: object) -> str:
    """The file's text the editor read, or the changed lines it made ("" if neither)."""
    if not isinstance(content, dict):
        return ""
    if content.get("type") == "text_editor_code_execution_view_result":
        return str(content.get("content") or "")
    lines = content.get("lines")
    return "\n".join(str(line) for line in lines) if isinstance(lines, list) else ""
