"""Which system libraries Qt will fail to load on this Linux machine, checked before Qt loads.

Without them Qt aborts with "could not load the Qt platform plugin" (or importing PySide6
fails outright); this turns that into the list of Debian packages to install. No Qt here.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Mapping

# Libraries QtGui itself links, whatever the platform (found with objdump -p on PySide6 6.12).
GUI_LIBRARIES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}

# What the xcb platform plugin (libqxcb.so + libQt6XcbQpa.so) links besides; Qt 6 no longer
# needs libxcb-xinerama.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}

_PACKAGES = {**GUI_LIBRARIES, **XCB_LIBRARIES}
# dlopen names the file it could not find first, which may be a dependency of the one asked for.
_NOT_FOUND = re.compile(r"^(?P<name>[^:\s]+\.so[.\d]*): cannot open shared object file")


def platform_is_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt will pick its X11 (xcb) platform plugin, following Qt 6's own choice:
    QT_QPA_PLATFORM's first entry when set, else Wayland in a Wayland session, else xcb."""
    requested = environ.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        first = requested.split(";", 1)[0]
        return first.split(":", 1)[0].strip() == "xcb"
    wayland = bool(environ.get("WAYLAND_DISPLAY")) or environ.get("XDG_SESSION_TYPE") == "wayland"
    return not wayland


def _load(name: str) -> object:
    import ctypes  # here, not at the top: ~3 ms that start-up pays only on X11

    return ctypes.CDLL(name)


def missing_system_libraries(
    *,
    environ: Mapping[str, str] | None = None,
    system: str | None = None,
    load: Callable[[str], object] | None = None,
    include_gui: bool = True,
) -> list[str]:
    """Debian package names of the libraries Qt needs here but cannot load; [] off Linux.

    Each library is loaded as Qt would load it (dlopen), so LD_LIBRARY_PATH and the
    loader's cache count, and a library whose own dependency is missing names that one.
    """
    environ = os.environ if environ is None else environ
    system = sys.platform if system is None else system
    load = _load if load is None else load
    if not system.startswith("linux"):
        return []
    wanted = dict(GUI_LIBRARIES) if include_gui else {}
    if platform_is_xcb(environ):
        wanted.update(XCB_LIBRARIES)
    missing: list[str] = []
    for library, package in wanted.items():
        try:
            load(library)
        except OSError as error:
            found = _NOT_FOUND.match(str(error))
            name = found.group("name").rsplit("/", 1)[-1] if found else library
            culprit = _PACKAGES.get(name, package)
            if culprit not in missing:
                missing.append(culprit)
    return missing


def describe_missing(packages: list[str]) -> str:
    """The message for a user whose system lacks these packages (Debian/Ubuntu names)."""
    files = [library for library, package in _PACKAGES.items() if package in packages]
    return (
        f"Parley needs these system libraries to open its window: {', '.join(packages)}.\n"
        f"Install them with: sudo apt-get install {' '.join(packages)}\n"
        f"(Debian and Ubuntu names; elsewhere, install the packages providing "
        f"{', '.join(files)}.)"
    )
