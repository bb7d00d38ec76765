"""A real window under Xvfb, left idle with a 161-character preset in the composer, does no
layout work: the prompt box settled once and stays still (issue 13, point 5)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.fakeapi import FakeApi
from tests.packaging.frozen_app import x_display  # noqa: F401  (the fixture)
from tests.ui.test_prompt_height import PRESET_161

ROOT = Path(__file__).resolve().parents[2]
# 1180×780 is the issue's; at 1084 and 1066 px the old fitting looped on this machine's fonts.
SIZES = ["1180x780", "1084x780", "1066x780"]


def run_probe(home: Path, display: str, fakeapi: FakeApi, sizes: list[str]) -> list[dict[str, str]]:
    """Runs tests/ui/idle_probe.py as its own process; one dict of figures per size."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "PARLEY_HOME": str(home / "parley"),
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "ANTHROPIC_API_KEY": "test-key",
        "ANTHROPIC_BASE_URL": fakeapi.url,
    }
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.idle_probe", *sizes],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    reports: list[dict[str, str]] = []
    for line in done.stdout.splitlines():
        name, _, value = line.partition(": ")
        if name == "size":
            reports.append({})
        if reports:
            reports[-1][name] = value
    return reports


def test_an_idle_window_with_a_long_preset_does_no_layout_work(
    x_display: str,  # noqa: F811
    fakeapi: FakeApi,
    tmp_path: Path,
) -> None:
    (tmp_path / "parley").mkdir()
    preset = {"label": "차트 표", "prompt": PRESET_161}
    (tmp_path / "parley" / "settings.json").write_text(
        json.dumps({"review_presets": [preset]}), encoding="utf-8"
    )
    reports = run_probe(tmp_path, x_display, fakeapi, SIZES)
    assert [r["size"] for r in reports] == SIZES
    for report in reports:
        assert report["text_length"] == "161"
        assert report["resizes"] == "0", report
        assert report["fits"] == "0", report
        assert report["hidden_lines"] == "0", report
