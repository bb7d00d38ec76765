"""PySide's check of every imported module, made cheap: a plain read instead of `inspect`.

Once PySide6 is loaded, its import hook asks of each new module whether its source
mentions "PySide6" (for `from __feature__ import …`), through `inspect.getsource`:
a few hundred microseconds per module, ~1,500 modules with the SDK, seconds on a
busy machine. The answer stays the same; packages known not to use Qt are not read.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import PySide6  # noqa: F401  (loading it sets up the hook this module speeds up)

# Top-level packages that never use PySide6: what the SDK, the renderer and the tools bring.
WITHOUT_QT = frozenset(
    {
        "anthropic",
        "annotated_types",
        "anyio",
        "certifi",
        "distro",
        "h11",
        "httpcore2",
        "httpx2",
        "idna",
        "jiter",
        "keyring",
        "linkify_it",
        "markdown_it",
        "mcp",
        "mdit_py_plugins",
        "mdurl",
        "opentelemetry",
        "pydantic",
        "pydantic_core",
        "pygments",
        "sniffio",
        "truststore",
        "typing_extensions",
        "typing_inspection",
    }
)


def uses_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """Whether the module's source names PySide6, as PySide's own check answers it."""
    name = getattr(module, "__name__", "")
    if isinstance(name, str) and name.partition(".")[0] in WITHOUT_QT:
        return False
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return fallback(module)  # built in, compiled or frozen: PySide's own way
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return fallback(module)


def make_import_scan_cheap() -> None:
    """Swap PySide's per-import source check for `uses_pyside`; once, after PySide6 loads."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "cheap", False):
        return

    def check(module: ModuleType) -> bool:
        return uses_pyside(module, original)

    check.cheap = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = check  # type: ignore[attr-defined]
