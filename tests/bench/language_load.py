"""language_load: what putting the window in Korean costs before the first paint.

Uses a fully translated stand-in of parley_ko.ts (every message, so the figure holds once
the real one is complete). Prints `language_first_start_ms` (compiling the `.ts` with
lrelease, then loading it: once per edited catalogue), `language_start_ms` (loading the
compiled catalogue into Qt and the CLI/core reader: every start), `language_cli_ms` (what
the Qt-free CLI pays), `language_switch_ms` (a change with no window),
`language_switch_window_ms` (a change while the main window is open, retranslating it in
place) and `catalogue_kb`.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

RUNS = 20


def _ms(step: object) -> float:
    started = time.perf_counter()
    step()  # type: ignore[operator]
    return (time.perf_counter() - started) * 1000


def run() -> None:
    from PySide6.QtWidgets import QApplication

    from desktop_app.core import i18n
    from desktop_app.translation_catalogues import catalogue_path, use_language
    from desktop_app.ui import language
    from tests.i18n.pseudo_korean import KOREAN_TS, pseudo_catalogue

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        os.environ["PARLEY_HOME"] = str(Path(folder) / "home")
        os.environ["PARLEY_TRANSLATIONS"] = str(Path(folder) / "translations")
        os.environ["LANGUAGE"] = "ko"
        ts = pseudo_catalogue(KOREAN_TS, Path(folder) / "translations")
        ts.with_suffix(".qm").unlink()  # as in a checkout: only the .ts
        first = _ms(lambda: language.apply_language(app, "ko"))
        qm = catalogue_path("ko")
        assert qm is not None
        starts, clis, switches = [], [], []
        for _ in range(RUNS):
            language._applied.clear()
            starts.append(_ms(lambda: language.apply_language(app, "ko")))
            clis.append(_ms(lambda: use_language("ko")))
            switches.append(_ms(lambda: language.apply_language(app, "en")))
            language.apply_language(app, "ko")
        language.apply_language(app, "en")
        window_switches = _switch_with_window(app, language)
        i18n.use_catalogue("en", None)
        print(f"language_first_start_ms: {first:.1f}")
        print(f"language_start_ms: {statistics.median(starts):.1f}")
        print(f"language_cli_ms: {statistics.median(clis):.1f}")
        print(f"language_switch_ms: {statistics.median(switches):.1f} (no window open)")
        print(f"language_switch_window_ms: {statistics.median(window_switches):.1f}")
        print(f"catalogue_kb: {qm.stat().st_size / 1024:.0f}")


def _switch_with_window(app: object, language: object) -> list[float]:
    """Korean → English → Korean with the main window open (an empty conversation list)."""
    from desktop_app.app import build_main_window, open_store

    store = open_store()
    window = build_main_window(app, store)  # type: ignore[arg-type]
    window.show()
    app.processEvents()  # type: ignore[attr-defined]
    times = []
    for _ in range(5):
        for code in ("ko", "en"):
            started = time.perf_counter()
            language.apply_language(app, code)  # type: ignore[attr-defined]
            app.processEvents()  # type: ignore[attr-defined]  # the LanguageChange events
            times.append((time.perf_counter() - started) * 1000)
    window.hide()
    store.close()
    return times
