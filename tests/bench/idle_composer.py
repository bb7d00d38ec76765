"""idle_composer: the CPU an idle window spends with a long preset in the composer.

Runs tests/ui/idle_probe.py as a process (on a private Xvfb when there is one, else
offscreen) with the issue's 161-character preset at 1180×780 and at two widths where the old
height fitting looped; prints `idle_cpu_seconds_<W>` (CPU over two idle seconds; near 0 is
right, ~2 was the busy loop) and `idle_resizes_<W>`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.xvfb import private_xvfb

ROOT = Path(__file__).resolve().parents[2]
SIZES = ["1180x780", "1084x780", "1066x780"]


def run() -> None:
    from tests.fakeapi import FakeApi
    from tests.ui.test_prompt_height import PRESET_161

    with tempfile.TemporaryDirectory() as tmp, FakeApi() as server:
        home = Path(tmp)
        (home / "parley").mkdir()
        presets = {"review_presets": [{"label": "차트 표", "prompt": PRESET_161}]}
        (home / "parley" / "settings.json").write_text(json.dumps(presets), encoding="utf-8")
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home),
            "LANG": "C.UTF-8",
            "PARLEY_HOME": str(home / "parley"),
            "ANTHROPIC_API_KEY": "bench-key",
            "ANTHROPIC_BASE_URL": server.url,
            "QT_QPA_PLATFORM": "offscreen",
        }
        with private_xvfb() as display:
            if display is not None:
                env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
            out = subprocess.run(
                [sys.executable, "-m", "tests.ui.idle_probe", *SIZES],
                env=env,
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=120,
            ).stdout
    width = ""
    print(f"idle_platform: {env['QT_QPA_PLATFORM']}")
    for line in out.splitlines():
        name, _, value = line.partition(": ")
        if name == "size":
            width = value.partition("x")[0]
        elif name in ("cpu_seconds", "resizes"):
            print(f"idle_{name}_{width}: {value}")
