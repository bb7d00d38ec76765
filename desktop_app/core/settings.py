"""User settings in one typed object, saved as JSON in the data folder."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Literal

Theme = Literal["system", "light", "dark"]


@dataclass(frozen=True, slots=True)
class Settings:
    default_model: str | None = None
    theme: Theme = "system"
    prompt_caching: bool = True

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Unknown keys are ignored and a damaged file gives the defaults, never an error."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        known = {f.name for f in fields(cls)}
        try:
            return cls(**{k: v for k, v in data.items() if k in known})
        except TypeError:
            return cls()

    def save(self, path: Path) -> None:
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        os.replace(tmp, path)

    def with_(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]
