"""What one of Anthropic's own tools returned, as the rich text of its card: search results
as links with their age, a fetched page's title, address and size, code's output and files."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.core.attachments import size_words
from desktop_app.core.conversation import Block
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.server_tool_words import (
    editor_result_text,
    editor_result_words,
    error_words,
)

NO_RESULTS = QT_TRANSLATE_NOOP("ServerCard", "No results")


def _tr(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP above (lupdate sees only literal calls)."""
    return QCoreApplication.translate("ServerCard", text)


def error_text(block: Block) -> str | None:
    """The result's error in plain words, or None when it is not an error."""
    content = block.get("content")
    if isinstance(content, dict) and content.get("error_code"):
        return QCoreApplication.translate("ServerCard", "The tool failed: {why}").format(
            why=error_words(str(content["error_code"]))
        )
    return None


def result_summary(block: Block) -> str:
    """The result in a few words, for the card's collapsed line."""
    content = block.get("content")
    if isinstance(content, list):
        found = [r for r in content if isinstance(r, dict) and r.get("url")]
        if not found:
            return _tr(NO_RESULTS)
        return QCoreApplication.translate("ServerCard", "%n result(s)", None, len(found))
    if isinstance(content, dict) and content.get("type") == "web_fetch_result":
        return QCoreApplication.translate("ServerCard", "Page read")
    if (edited := editor_result_words(content)) is not None:
        return edited
    if isinstance(content, dict) and "return_code" in content:
        return QCoreApplication.translate("ServerCard", "Exited with {code}").format(
            code=content.get("return_code")
        )
    return QCoreApplication.translate("ServerCard", "Result")


def result_html(block: Block) -> str:
    """The result in rich text (links open in the browser); every piece of it escaped."""
    content = block.get("content")
    if isinstance(content, list):
        return _search_html(content)
    if isinstance(content, dict) and content.get("type") == "web_fetch_result":
        return _fetch_html(content)
    if isinstance(content, dict) and "return_code" in content:
        return _code_html(content)
    if editor_result_words(content) is not None:
        text = editor_result_text(content).rstrip()
        return f"<pre>{escape(text)}</pre>" if text else escape(editor_result_words(content) or "")
    return escape(
        QCoreApplication.translate(
            "ServerCard", "A result Parley cannot show; it is kept and sent back unchanged."
        )
    )


def _link(url: str, title: str) -> str:
    return f'<a href="{escape(url, quote=True)}">{escape(title or url)}</a>'


def _search_html(results: list[Any]) -> str:
    lines = []
    for result in results:
        if not isinstance(result, dict) or not result.get("url"):
            continue
        line = _link(str(result["url"]), str(result.get("title") or ""))
        if result.get("page_age"):
            line += f" <span style='color: gray'>· {escape(str(result['page_age']))}</span>"
        lines.append(f"<li>{line}</li>")
    return f"<ul>{''.join(lines)}</ul>" if lines else escape(_tr(NO_RESULTS))


def _fetch_html(content: dict[str, Any]) -> str:
    url = str(content.get("url") or "")
    document = content.get("content") if isinstance(content.get("content"), dict) else {}
    title = str(document.get("title") or "") if isinstance(document, dict) else ""
    source = document.get("source") if isinstance(document, dict) else None
    data = source.get("data") if isinstance(source, dict) else None
    if not isinstance(data, str):
        size = QCoreApplication.translate("ServerCard", "size unknown")
    elif isinstance(source, dict) and source.get("type") == "base64":  # a PDF, as bytes
        size = "PDF, " + size_words(len(data) * 3 // 4)
    else:
        size = QCoreApplication.translate("ServerCard", "{n} characters").format(n=f"{len(data):,}")
    return f"{_link(url, title)}<br>{escape(url)} · {escape(size)}"


def _code_html(content: dict[str, Any]) -> str:
    parts = []
    for stream, label in (
        ("stdout", QCoreApplication.translate("ServerCard", "Output")),
        ("stderr", QCoreApplication.translate("ServerCard", "Errors")),
    ):
        text = str(content.get(stream) or "").rstrip()
        if text:
            parts.append(f"<b>{escape(label)}</b><pre>{escape(text)}</pre>")
    parts.append(
        escape(
            QCoreApplication.translate("ServerCard", "Return code: {code}").format(
                code=content.get("return_code")
            )
        )
    )
    files = [
        str(f.get("file_id"))
        for f in content.get("content") or []
        if isinstance(f, dict) and f.get("file_id")
    ]
    if files:
        parts.append(
            escape(
                QCoreApplication.translate("ServerCard", "Files written: {ids}").format(
                    ids=", ".join(files)
                )
            )
        )
    return "<br>".join(parts)
