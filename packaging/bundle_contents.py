"""What goes into the frozen bundle: the rules parley.spec filters PyInstaller's collection by.

PyInstaller's Qt hooks collect every plugin and translation of the modules used;
these rules keep only what Parley loads, and leave the desktop's own graphics
stack (X11/xcb, GL, fonts, glib, D-Bus, the C++ runtime) to the target system.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

# Qt's own libraries Parley's widgets need; the rest (Qml, Quick, Pdf…) stay out.
QT_LIBRARIES = frozenset(
    {
        "Core",
        "Gui",
        "Widgets",
        "DBus",  # QtGui links it (portals, input methods, the tray)
        "Svg",  # the SVG icon engine and image format
        "Network",  # QLocalServer/QLocalSocket: one Parley per data folder (no plugin needed)
        "XcbQpa",  # the X11 platform plugin's body
        "WaylandClient",
    }
)

# Plugins by folder, by name without "lib" and extension (Linux, Windows and macOS alike);
# a folder missing here is dropped whole.
QT_PLUGINS: dict[str, frozenset[str]] = {
    "platforms": frozenset({"qxcb", "qoffscreen", "qwayland", "qwindows", "qcocoa"}),
    "platformthemes": frozenset({"qgtk3", "qxdgdesktopportal"}),
    # compose: dead keys; ibus: Korean and other input methods
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "imageformats": frozenset({"qsvg", "qjpeg", "qgif", "qwebp"}),
    "iconengines": frozenset({"qsvgicon"}),
    "styles": frozenset({"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"}),
    "xcbglintegrations": frozenset({"qxcb-egl-integration", "qxcb-glx-integration"}),
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-decoration-client": frozenset({"adwaita", "bradient"}),
    # No wayland-graphics-integration-client: widgets paint in software, and Wayland's EGL
    # integration would pull in QtOpenGL.
}

# Libraries the target's desktop provides. Bundling them would pin this build
# machine's copies, which clash with the system's GL drivers and input methods.
SYSTEM_LIBRARY = re.compile(
    r"lib("
    r"xcb.*|X[\w-]*|xkbcommon.*|wayland-.*|EGL.*|GL.*|OpenGL|drm|"
    r"fontconfig|freetype|png16|brotli(common|dec)|expat|"
    r"glib-2\.0|gthread-2\.0|gobject-2\.0|gio-2\.0|gmodule-2\.0|pcre2-8|mount|blkid|selinux|"
    r"dbus-1|systemd|lz4|gcrypt|gpg-error|cap|bsd|md|"
    # GTK 3, for the gtk3 platform theme: only the desktop's own copy fits its theme
    r"gtk-3|gdk-3|gdk_pixbuf-2\.0|atk-1\.0|atk-bridge-2\.0|atspi|cairo|cairo-gobject|"
    r"pango-1\.0|pangocairo-1\.0|pangoft2-1\.0|harfbuzz|fribidi|thai|datrie|graphite2|"
    r"epoxy|pixman-1|jpeg|gssapi_krb5|krb5|krb5support|k5crypto|com_err|keyutils|"
    r"stdc\+\+|gcc_s"
    r")\.so(\.\d+)*"
)

# Python packages PyInstaller might reach through optional imports, never used frozen.
EXCLUDED_MODULES = [
    "tkinter",
    "readline",
    "_tkinter",
    "turtle",
    "turtledemo",
    "idlelib",
    "test",
    "lib2to3",
    "pydoc_data",
    "ensurepip",
    "venv",
    "distutils",
    "pip",
    "setuptools",
    "pkg_resources",
    "wheel",
    "pytest",
    "_pytest",
    "pytestqt",
    "pytest_timeout",
    "mypy",
    "ruff",
    "tests",
    "IPython",
    "numpy",
    "httpx2._main",  # httpx2's command line (rich, click)
    "pygments.formatters.img",  # would pull in Pillow's fonts (FreeType, HarfBuzz)
    "rich",
    "click",
    "keyring.testing",
    "PIL.ImageTk",
    "PIL._avif",  # AVIF attachments are rare; its codec is ~5 MB of the 150 MB budget
    "PIL.AvifImagePlugin",
    "PIL._imagingtk",
    "anyio.pytest_plugin",
    "PySide6.QtDBus",  # the C++ library stays: QtGui links it
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPrintSupport",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtUiTools",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
]

_QT_LIBRARY = re.compile(r"(?:libQt6(\w+)\.so(?:\.\d+)*|Qt6(\w+)\.dll|Qt(\w+)\.framework)")
_PLUGIN_NAME = re.compile(r"^(?:lib)?(.+?)\.(?:so|dll|dylib)$")
# Qt's software OpenGL for Windows machines without a driver; widgets paint without OpenGL.
_DROPPED_BINARY = re.compile(r"opengl32sw\.dll")
# Of Qt's own translations only those of the languages Parley speaks (dialog buttons, context
# menus); Parley's `.ts` sources give way to the `.qm` files build.py compiled.
_KEPT_QT_TRANSLATION = re.compile(r"^PySide6/Qt/translations/qtbase_(ko)\.qm$")
_DROPPED_DATA = re.compile(
    r"^resources/translations/.*\.(ts|md)$|"  # sources and the translators' glossary
    r"^resources/screenshots/|"  # the README's pictures
    r"^PySide6/(Qt/translations|Qt/qml|Qt/resources|Qt/metatypes|typesystems|glue|include|"
    r"scripts|doc)/|\.pyi$|"
    r"\.dist-info/RECORD$"  # installers' file lists; metadata lookups never read them
)


def _qt_library(part: str) -> str | None:
    found = _QT_LIBRARY.fullmatch(part)
    return next((group for group in found.groups() if group), None) if found else None


def keeps_binary(destination: str) -> bool:
    """Whether a binary, named by its path inside the bundle, belongs in Parley's bundle."""
    path = PurePosixPath(destination.replace("\\", "/"))
    name = path.name
    if any(part.endswith(".libs") for part in path.parts[:-1]):
        return True  # a wheel's own renamed copies (pillow.libs/libxcb-9065bb12.so.1.1.0)
    if SYSTEM_LIBRARY.fullmatch(name) or _DROPPED_BINARY.fullmatch(name):
        return False
    for part in path.parts:
        module = _qt_library(part)
        if module is not None:
            return module in QT_LIBRARIES
    parts = path.parts
    if len(parts) >= 3 and parts[-3] == "plugins":
        plugin = _PLUGIN_NAME.match(name)
        return plugin is not None and plugin.group(1) in QT_PLUGINS.get(parts[-2], frozenset())
    return True


def keeps_data(destination: str) -> bool:
    """Whether a data file belongs in the bundle: no QML, type stubs or translations but ours
    and Qt's for our languages."""
    path = destination.replace("\\", "/")
    return bool(_KEPT_QT_TRANSLATION.match(path)) or not _DROPPED_DATA.search(path)


def keeps(entry: tuple[str, str, str]) -> bool:
    """Whether one entry of PyInstaller's table of contents (destination, source, kind) is kept.

    PyInstaller also lists top-level symlinks to the libraries it finds as
    dependencies; one is kept only if the library it points at is.
    """
    destination, source, kind = entry
    match kind:
        case "BINARY" | "EXTENSION":
            return keeps_binary(destination)
        case "SYMLINK":
            target = (PurePosixPath(destination).parent / source).as_posix()
            return keeps_binary(destination) and keeps_binary(target)
        case _:
            return keeps_data(destination)
