"""lupdate finds a text only in a literal call of tr(), translate() or QT_TRANSLATE_NOOP: a
literal handed to a module's own `_tr` wrapper never reaches the catalogue and stays English
in a Korean window (the server cards' "2 results" did). Wrappers take marked constants only."""

from __future__ import annotations

import ast
from pathlib import Path

SOURCES = Path(__file__).resolve().parents[2] / "desktop_app"


def test_no_literal_text_goes_through_a_private_wrapper() -> None:
    found = []
    for path in sorted(SOURCES.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id.startswith("_tr")
                and node.args
                and isinstance(node.args[0], ast.Constant | ast.JoinedStr)
            ):
                found.append(f"{path.relative_to(SOURCES)}:{node.lineno}")
    assert found == []
