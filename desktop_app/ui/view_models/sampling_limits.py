"""What the Advanced panel lets a user set now: each sampling option's allowed range, whether it
can be set at all, and why not, in the words of RequestOptions.problems.

Plain values, no Qt. The rules live in core/request_options.py only: a field's limits are found
by trying values on it and keeping those that bring no new problem, so the panel can never
offer what a request would be refused for."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from desktop_app.core.request_options import RequestOptions

Field = Literal["temperature", "top_p", "top_k"]
FIELDS: tuple[Field, ...] = ("temperature", "top_p", "top_k")
STEP = 0.05
GRID = tuple(round(i * STEP, 2) for i in range(21))  # 0, 0.05, … 1
PROBE_K = 40  # any whole number: the API takes them all, or none


@dataclass(frozen=True, slots=True)
class FieldLimit:
    enabled: bool  # False: unset, and no value would be taken now
    low: float = 0.0
    high: float = 1.0
    note: str = ""  # why it is off or narrowed, or what is wrong with its value
    wrong: bool = False  # the value set now would be refused (the note says why)


def _new(options: RequestOptions, base: list[str], model_id: str, thinking: bool) -> list[str]:
    return [p for p in options.problems(model_id, thinking=thinking) if p not in base]


def _with(options: RequestOptions, name: Field, value: float | None) -> RequestOptions:
    if name == "temperature":
        return replace(options, temperature=value)
    if name == "top_p":
        return replace(options, top_p=value)
    return replace(options, top_k=None if value is None else int(value))


def field_limit(options: RequestOptions, name: Field, model_id: str, thinking: bool) -> FieldLimit:
    """The limits of one field with the others as they are."""
    unset = _with(options, name, None)
    base = unset.problems(model_id, thinking=thinking)
    value = getattr(options, name)
    if value is not None:
        wrong = _new(options, base, model_id, thinking)
        if wrong:  # set before the rules changed (thinking on, another model): say, keep it
            return FieldLimit(True, note=" ".join(wrong), wrong=True)
    probes: tuple[float, ...] = (PROBE_K,) if name == "top_k" else GRID
    taken: list[tuple[float, list[str]]] = []
    refused: list[tuple[float, list[str]]] = []
    for probe in probes:
        said = _new(_with(unset, name, probe), base, model_id, thinking)
        (refused if said else taken).append((probe, said))
    if not taken:
        return FieldLimit(False, note=" ".join(refused[0][1]))
    note = " ".join(refused[0][1]) if refused else ""
    if name == "top_k":
        return FieldLimit(True, note=note)
    return FieldLimit(True, taken[0][0], taken[-1][0], note)


def limits(options: RequestOptions, model_id: str, thinking: bool) -> dict[Field, FieldLimit]:
    return {name: field_limit(options, name, model_id, thinking) for name in FIELDS}
