"""PySide's per-import check answers as before, without reading the SDK's sources."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop_app.ui import import_scan
from desktop_app.ui.import_scan import make_import_scan_cheap, uses_pyside


def _never(module: types.ModuleType) -> bool:
    raise AssertionError(f"{module.__name__} should have been answered without the fallback")


def test_a_module_naming_pyside6_in_its_source_uses_it(tmp_path: Path) -> None:
    source = tmp_path / "창_모듈.py"
    source.write_text("from PySide6.QtWidgets import QLabel  # 한국어 주석\n", encoding="utf-8")
    module = types.ModuleType("창_모듈")
    module.__file__ = str(source)
    assert uses_pyside(module, _never)
    source.write_text("import json  # 한국어 주석\n", encoding="utf-8")
    assert not uses_pyside(module, _never)


def test_packages_without_qt_are_not_read(tmp_path: Path) -> None:
    source = tmp_path / "types.py"
    source.write_text("# mentions PySide6 but is the SDK's\n", encoding="utf-8")
    module = types.ModuleType("anthropic.types")
    module.__file__ = str(source)
    assert not uses_pyside(module, _never)


def test_modules_without_a_source_file_go_to_pyside_s_own_check() -> None:
    asked: list[str] = []

    def fallback(module: types.ModuleType) -> bool:
        asked.append(module.__name__)
        return False

    assert not uses_pyside(sys, fallback)
    assert asked == ["sys"]


def test_it_answers_as_pyside_s_own_check_for_loaded_modules(qapp: QApplication) -> None:
    make_import_scan_cheap()
    feature = sys.modules["shibokensupport.feature"]
    check = feature._mod_uses_pyside
    assert getattr(check, "cheap", False)
    import inspect

    def pyside_own(module: types.ModuleType) -> bool:
        try:
            return "PySide6" in inspect.getsource(module)
        except (TypeError, OSError, SyntaxError):
            return False

    names = ["desktop_app.ui.main_window", "desktop_app.core.conversation", "json", "enum"]
    for name in names:
        module = sys.modules.get(name) or __import__(name, fromlist=["_"])
        assert check(module) == pyside_own(module), name
    assert check(import_scan) is pyside_own(import_scan) is True
    assert not check(json)
