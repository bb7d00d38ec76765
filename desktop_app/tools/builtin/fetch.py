"""`fetch`: a web page over http or https, as text; size and time are capped.

What comes back is untrusted content: it goes to Claude as a tool result and nothing in it
can approve a tool or change a setting (only the permission gate decides).
"""

from __future__ import annotations

import asyncio
import urllib.error
import urllib.request
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

from desktop_app.core.tool_calls import Tool, ToolContext, ToolError, ToolOutcome

MAX_BYTES = 2 * 1024 * 1024
MAX_CHARS = 100_000
_SKIPPED = {"script", "style", "noscript", "template", "svg"}
_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED and self._skipping:
            self._skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    parser = _TextExtractor()
    parser.feed(html)
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


class FetchTool(Tool):
    name = "fetch"
    description = "Fetch a web page (http or https) and return its text."
    input_schema = {  # noqa: RUF012
        "type": "object",
        "properties": {"url": {"type": "string"}},
        "required": ["url"],
    }
    timeout = 20.0

    async def run(self, arguments: dict[str, Any], context: ToolContext) -> ToolOutcome:
        url = arguments.get("url")
        if not isinstance(url, str) or urlsplit(url).scheme.lower() not in ("http", "https"):
            raise ToolError("Only http:// and https:// addresses can be fetched.")
        status, kind, charset, body = await asyncio.to_thread(_get, url)
        text = body[:MAX_BYTES].decode(charset or "utf-8", errors="replace")
        if "html" in kind.lower():
            text = html_to_text(text)
        elif kind and not kind.startswith(("text/", "application/json", "application/xml")):
            raise ToolError(f"{url} is {kind}, not a text page.")
        cut = len(body) > MAX_BYTES or len(text) > MAX_CHARS
        text = text[:MAX_CHARS] + ("\n[cut: the page is longer]" if cut else "")
        return ToolOutcome(f"HTTP {status}\n\n{text}", is_error=status >= 400)


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise ToolError(f"Refused a redirect to {newurl}: only http and https are fetched.")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _get(url: str) -> tuple[int, str, str | None, bytes]:
    """Status, content type, charset and at most MAX_BYTES + 1 bytes of the body."""
    opener = urllib.request.build_opener(_HttpOnlyRedirects)
    request = urllib.request.Request(url, headers={"User-Agent": "Parley"})
    try:
        with opener.open(request, timeout=15.0) as response:
            return _read(response)
    except urllib.error.HTTPError as error:
        with error:
            return _read(error)
    except (urllib.error.URLError, OSError, ValueError) as error:
        raise ToolError(f"Could not fetch {url}: {error}") from None


def _read(response: Any) -> tuple[int, str, str | None, bytes]:
    headers = response.headers
    return (
        response.status,
        headers.get_content_type() if headers.get("Content-Type") else "",
        headers.get_content_charset(),
        response.read(MAX_BYTES + 1),
    )
