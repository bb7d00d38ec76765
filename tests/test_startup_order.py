"""The window paints before the heavy parts load: asyncio, qasync, the session and the SDK."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
from desktop_app import app
qt = app.make_application(['parley'])
window = app.build_main_window(qt, app.open_store())
assert app.show_until_painted(window)
heavy = ('anthropic', 'httpx2', 'keyring', 'asyncio', 'qasync', 'desktop_app.core.chat_session',
         'desktop_app.core.permissions', 'PIL', 'pypdf', 'desktop_app.attachments', 'markdown_it',
         'pygments', 'mcp')
print('loaded at first paint:', sorted(m for m in heavy if m in sys.modules))
"""


def test_nothing_heavy_is_imported_before_the_first_paint(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PARLEY_HOME": str(tmp_path / "home"),
        "QT_QPA_PLATFORM": "offscreen",
        "ANTHROPIC_API_KEY": "test-key",
    }
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        env=env,
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "loaded at first paint: []" in done.stdout
