"""Anthropic's own tools a conversation turns on (web search, web fetch, code execution), their
options, and the tool definitions a request carries for them.

Which model takes which tool comes from the Models API (`capabilities.server_tools`), and,
where it is silent (web fetch), from the table below.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_app.core.model_info import ModelInfo


WEB_SEARCH = "web_search_20250305"
WEB_FETCH = "web_fetch_20250910"
CODE_EXECUTION = "code_execution_20250825"
# Models that take web fetch (the Models API does not say): the Claude 4 family on.
WEB_FETCH_MODELS = ("claude-opus-4", "claude-sonnet-4", "claude-haiku-4", "claude-3-7-sonnet")


@dataclass(frozen=True, slots=True)
class WebToolOptions:
    """Options shared by search and fetch; `location` ("city, region, country" and an IANA
    time zone) makes search results local."""

    max_uses: int | None = None
    allowed_domains: tuple[str, ...] = ()
    blocked_domains: tuple[str, ...] = ()
    city: str = ""
    country: str = ""  # ISO 3166-1 alpha-2, e.g. "KR"
    timezone: str = ""  # e.g. "Asia/Seoul"

    def definition(self, kind: str, name: str) -> dict[str, Any]:
        tool: dict[str, Any] = {"type": kind, "name": name}
        if self.max_uses is not None:
            tool["max_uses"] = self.max_uses
        # The API takes one of the two lists; allowed wins when both were somehow set.
        if self.allowed_domains:
            tool["allowed_domains"] = list(self.allowed_domains)
        elif self.blocked_domains:
            tool["blocked_domains"] = list(self.blocked_domains)
        if name == "web_search" and (self.city or self.country or self.timezone):
            location = {"type": "approximate"}
            location |= {k: v for k, v in (("city", self.city), ("country", self.country),
                                          ("timezone", self.timezone)) if v}  # fmt: skip
            tool["user_location"] = location
        if name == "web_fetch":
            tool["citations"] = {"enabled": True}
        return tool


@dataclass(frozen=True, slots=True)
class ServerTools:
    web_search: bool = False
    web_fetch: bool = False
    code_execution: bool = False
    web: WebToolOptions = field(default_factory=WebToolOptions)

    @property
    def any(self) -> bool:
        return self.web_search or self.web_fetch or self.code_execution

    def wanted(self) -> list[str]:
        return [n for n in ("web_search", "web_fetch", "code_execution") if getattr(self, n)]

    def unsupported(self, model: ModelInfo) -> list[str]:
        """The tools turned on that `model` does not take."""
        return [name for name in self.wanted() if not supports(model, name)]

    def definitions(self, model: ModelInfo) -> list[dict[str, Any]]:
        """The `tools` entries for the tools turned on that the model takes."""
        found = []
        if self.web_search and supports(model, "web_search"):
            found.append(self.web.definition(WEB_SEARCH, "web_search"))
        if self.web_fetch and supports(model, "web_fetch"):
            found.append(self.web.definition(WEB_FETCH, "web_fetch"))
        if self.code_execution and supports(model, "code_execution"):
            found.append({"type": CODE_EXECUTION, "name": "code_execution"})
        return found

    def to_json(self) -> dict[str, Any]:
        web = self.web
        data: dict[str, Any] = {name: True for name in self.wanted()}
        options = {
            "max_uses": web.max_uses,
            "allowed_domains": list(web.allowed_domains),
            "blocked_domains": list(web.blocked_domains),
            "city": web.city,
            "country": web.country,
            "timezone": web.timezone,
        }
        options = {k: v for k, v in options.items() if v not in (None, "", [])}
        if options:
            data["options"] = options
        return data

    @classmethod
    def from_json(cls, data: object) -> ServerTools:
        if not isinstance(data, dict):
            return cls()
        raw = data.get("options")
        raw = raw if isinstance(raw, dict) else {}
        uses = raw.get("max_uses")
        web = WebToolOptions(
            uses if isinstance(uses, int) and not isinstance(uses, bool) and uses > 0 else None,
            _domains(raw.get("allowed_domains")),
            _domains(raw.get("blocked_domains")),
            *(str(raw.get(k) or "") for k in ("city", "country", "timezone")),
        )
        return cls(
            web_search=data.get("web_search") is True,
            web_fetch=data.get("web_fetch") is True,
            code_execution=data.get("code_execution") is True,
            web=web,
        )


def supports(model: ModelInfo, name: str) -> bool:
    """Whether the model takes the tool, as the Models API says or, for fetch, the table."""
    if name == "web_fetch":
        return model.id.startswith(WEB_FETCH_MODELS)
    tools = model.capabilities.get("server_tools")
    entry = tools.get(name) if isinstance(tools, dict) else None
    if isinstance(entry, dict):
        return bool(entry.get("supported"))
    return model.id.startswith(WEB_FETCH_MODELS)  # no capabilities known: the 4 family does


def _domains(value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(v.strip() for v in value if isinstance(v, str) and v.strip())
