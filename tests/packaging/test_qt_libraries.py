"""missing_system_libraries: the real loader on this machine, a broken library put first on
LD_LIBRARY_PATH in a fresh process, and the platform choice and dependency naming by table."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.qt_libraries import (
    GUI_LIBRARIES,
    XCB_LIBRARIES,
    describe_missing,
    missing_system_libraries,
    platform_is_xcb,
)

ROOT = Path(__file__).resolve().parents[2]
X11 = {"DISPLAY": ":0"}
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux loader")


def _missing_in_fresh_process(env: dict[str, str]) -> list[str]:
    code = (
        "import json; from desktop_app.qt_libraries import missing_system_libraries as m; "
        "print(json.dumps(m()))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


@linux_only
def test_all_present_on_this_machine_for_x11() -> None:
    assert missing_system_libraries(environ={"DISPLAY": ":0"}) == []


@linux_only
def test_a_broken_library_found_first_is_reported_by_its_package(tmp_path: Path) -> None:
    # The loader takes LD_LIBRARY_PATH before its cache: these stand in for damaged installs.
    for name in ("libxcb-cursor.so.0", "libxkbcommon-x11.so.0"):
        (tmp_path / name).write_bytes(b"not a library")
    env = {"PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": str(tmp_path), "DISPLAY": ":0"}
    assert _missing_in_fresh_process(env) == ["libxkbcommon-x11-0", "libxcb-cursor0"]
    # Offscreen Qt never loads the xcb plugin, so the same machine is fine for it.
    env["QT_QPA_PLATFORM"] = "offscreen"
    assert _missing_in_fresh_process(env) == []


def test_a_missing_dependency_is_named_instead_of_the_library_asked_for() -> None:
    asked: list[str] = []

    def load(name: str) -> object:
        asked.append(name)
        if name in ("libxcb-cursor.so.0", "libxcb-render-util.so.0"):
            raise OSError("libxcb-render-util.so.0: cannot open shared object file: No such file")
        if name == "libGL.so.1":
            raise OSError("/opt/gl/libGL.so.1: file too short")
        return object()

    missing = missing_system_libraries(environ=X11, system="linux", load=load)
    assert missing == ["libgl1", "libxcb-render-util0"]
    assert set(asked) == set(GUI_LIBRARIES) | set(XCB_LIBRARIES)


def test_an_unknown_missing_dependency_blames_the_library_that_needs_it() -> None:
    def load(name: str) -> object:
        if name == "libxcb-image.so.0":
            raise OSError("libxcb-weird.so.7: cannot open shared object file: No such file")
        return object()

    assert missing_system_libraries(environ=X11, system="linux", load=load) == ["libxcb-image0"]


def test_only_qt_gui_libraries_are_checked_off_xcb() -> None:
    asked: list[str] = []
    missing_system_libraries(
        environ={"QT_QPA_PLATFORM": "wayland"}, system="linux", load=asked.append
    )
    assert asked == list(GUI_LIBRARIES)


def test_nothing_is_checked_off_linux() -> None:
    def load(name: str) -> object:
        raise OSError(f"{name}: cannot open shared object file")

    assert missing_system_libraries(environ=X11, system="win32", load=load) == []
    assert missing_system_libraries(environ=X11, system="darwin", load=load) == []


@pytest.mark.parametrize(
    ("environ", "xcb"),
    [
        ({}, True),
        ({"DISPLAY": ":0"}, True),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "xcb:nograb;wayland"}, True),
        ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, False),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, False),
        ({"XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0"}, False),
        ({"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"}, True),
        ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, True),
    ],
)
def test_platform_choice_follows_qt(environ: dict[str, str], xcb: bool) -> None:
    assert platform_is_xcb(environ) is xcb


def test_message_names_the_packages_and_the_command() -> None:
    text = describe_missing(["libxcb-cursor0", "libxkbcommon-x11-0"])
    assert "libxcb-cursor0, libxkbcommon-x11-0" in text
    assert "sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0" in text
    assert "libxcb-cursor.so.0" in text and "libxkbcommon-x11.so.0" in text
