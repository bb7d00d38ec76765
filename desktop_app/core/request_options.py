"""A conversation's request options — sampling (temperature, top_p, top_k, stop sequences)
and Anthropic's own tools (server_tools.py) — and the rules the API holds them to, checked
before a request is sent.

The rules, from Anthropic's documentation: temperature and top_p lie in 0–1 and top_k is a
positive whole number; the newer models (Opus 4.1 on, Sonnet 4.5 on, Haiku 4.5) take
temperature or top_p, not both; with extended thinking on, temperature may only be 1, top_k
is not taken, and top_p must lie in 0.95–1. A stop sequence must hold more than whitespace.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop_app.core.i18n import translate
from desktop_app.core.server_tools import ServerTools

if TYPE_CHECKING:
    from desktop_app.core.model_info import ModelInfo

# Model ids (prefixes) that refuse temperature and top_p together.
ONE_OF_TEMPERATURE_OR_TOP_P = (
    "claude-opus-4-1",
    "claude-opus-4-5",
    "claude-opus-4-6",
    "claude-opus-4-7",
    "claude-sonnet-4-5",
    "claude-sonnet-4-6",
    "claude-haiku-4-5",
)
SAMPLING_KEYS = ("temperature", "top_p", "top_k", "stop_sequences")  # their API fields
THINKING_TOP_P_FLOOR = 0.95
MAX_STOP_SEQUENCES = 16  # far more than anyone types; the API's own limit is higher


@dataclass(frozen=True, slots=True)
class RequestOptions:
    temperature: float | None = None
    top_p: float | None = None
    top_k: int | None = None
    stop_sequences: tuple[str, ...] = ()
    server_tools: ServerTools = field(default_factory=ServerTools)

    @property
    def empty(self) -> bool:
        return self == RequestOptions()

    def problems(self, model_id: str, *, thinking: bool) -> list[str]:
        """Why the API would refuse these options with this model, in the user's words."""
        found = []
        if self.temperature is not None and not 0 <= self.temperature <= 1:
            found.append(translate("RequestOptions", "Temperature must lie between 0 and 1."))
        if self.top_p is not None and not 0 <= self.top_p <= 1:
            found.append(translate("RequestOptions", "Top-p must lie between 0 and 1."))
        if self.top_k is not None and self.top_k < 1:
            found.append(translate("RequestOptions", "Top-k must be a whole number above 0."))
        both = self.temperature is not None and self.top_p is not None
        if both and model_id.startswith(ONE_OF_TEMPERATURE_OR_TOP_P):
            found.append(
                translate(
                    "RequestOptions", "{model} takes temperature or top-p, not both: keep one."
                ).format(model=model_id)
            )
        if thinking:
            if self.temperature not in (None, 1, 1.0):
                found.append(
                    translate(
                        "RequestOptions",
                        "With extended thinking on, temperature can only be 1 (or unset).",
                    )
                )
            if self.top_k is not None:
                found.append(
                    translate("RequestOptions", "With extended thinking on, top-k cannot be set.")
                )
            if self.top_p is not None and self.top_p < THINKING_TOP_P_FLOOR:
                found.append(
                    translate(
                        "RequestOptions", "With extended thinking on, top-p must be 0.95 or more."
                    )
                )
        if any(not s.strip() for s in self.stop_sequences):
            found.append(translate("RequestOptions", "A stop sequence must hold more than spaces."))
        web = self.server_tools.web
        if web.allowed_domains and web.blocked_domains:
            found.append(
                translate("RequestOptions", "Give allowed domains or blocked domains, not both.")
            )
        if len(self.stop_sequences) > MAX_STOP_SEQUENCES:
            found.append(
                translate("RequestOptions", "At most {n} stop sequences.").format(
                    n=MAX_STOP_SEQUENCES
                )
            )
        return found

    def unsupported_tools(self, model: ModelInfo) -> str | None:
        """Why `model` cannot run the tools turned on, or None when it can."""
        missing = self.server_tools.unsupported(model)
        if not missing:
            return None
        names = {
            "web_search": translate("RequestOptions", "web search"),
            "web_fetch": translate("RequestOptions", "web fetch"),
            "code_execution": translate("RequestOptions", "code execution"),
        }
        return translate(
            "RequestOptions", "{model} cannot use {tools}; turn it off or choose another model."
        ).format(model=model.display_name, tools=", ".join(names[m] for m in missing))

    def params(self) -> dict[str, Any]:
        """The request's sampling fields (server tools go into its `tools`)."""
        params: dict[str, Any] = {}
        if self.temperature is not None:
            params["temperature"] = self.temperature
        if self.top_p is not None:
            params["top_p"] = self.top_p
        if self.top_k is not None:
            params["top_k"] = self.top_k
        if self.stop_sequences:
            params["stop_sequences"] = list(self.stop_sequences)
        return params

    def to_json(self) -> dict[str, Any]:
        data = self.params()
        if tools := self.server_tools.to_json():
            data["server_tools"] = tools
        return data

    @classmethod
    def from_json(cls, data: object) -> RequestOptions:
        """Options read back; a damaged value is left unset, never an error."""
        if not isinstance(data, dict):
            return cls()
        top_k = _number(data.get("top_k"))
        stops = data.get("stop_sequences")
        return cls(
            _number(data.get("temperature")),
            _number(data.get("top_p")),
            int(top_k) if top_k is not None and top_k.is_integer() else None,
            tuple(s for s in stops if isinstance(s, str)) if isinstance(stops, list) else (),
            ServerTools.from_json(data.get("server_tools")),
        )


def _number(value: object) -> float | None:
    ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    return float(value) if ok else None  # type: ignore[arg-type]
