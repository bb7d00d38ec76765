"""The bundle's filter: Parley's Qt parts stay, unused Qt and the desktop's own libraries go."""

from __future__ import annotations

import pytest

from tests.packaging.build_scripts import load

contents = load("bundle_contents")


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("libQt6XcbQpa.so.6", True),
        ("PySide6/Qt/lib/libQt6Qml.so.6", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
        ("PySide6/Qt/lib/libQt6Network.so.6", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqwebp.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("libxcb-cursor.so.0", False),
        ("libX11-xcb.so.1", False),
        ("libgtk-3.so.0", False),
        ("libstdc++.so.6", False),
        ("libssl.so.3", True),
        ("libpython3.12.so.1.0", True),
        ("libsqlite3.so.0", True),
        ("pillow.libs/libxcb-9065bb12.so.1.1.0", True),
        ("pillow.libs/libXau-154567c4.so.6.0.0", True),
        ("PIL/_imaging.cpython-312-x86_64-linux-gnu.so", True),
        ("PySide6/QtCore.abi3.so", True),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
        ("PySide6\\Qt6Quick.dll", False),
        ("PySide6\\opengl32sw.dll", False),
        ("PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui", True),
        ("PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml", False),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
    ],
)
def test_binaries(destination: str, kept: bool) -> None:
    assert contents.keeps_binary(destination) is kept


def test_translations_qml_and_stubs_are_dropped_resources_kept() -> None:
    assert not contents.keeps_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not contents.keeps_data("PySide6/Qt/translations/qt_help_ko.qm")
    assert contents.keeps_data("PySide6/Qt/translations/qtbase_ko.qm")  # Korean dialog buttons
    assert not contents.keeps_data("resources/translations/parley_ko.ts")
    assert contents.keeps_data("resources/translations/parley_ko.qm")
    assert not contents.keeps_data("PySide6/QtCore.pyi")
    assert contents.keeps_data("resources/pricing.json")
    assert contents.keeps_data("keyring-25.7.0.dist-info/entry_points.txt")
    assert contents.keeps_data("anthropic-2.13.0.dist-info/licenses/LICENSE")
    assert not contents.keeps_data("anthropic-2.13.0.dist-info/RECORD")


def test_a_symlink_goes_with_the_library_it_points_at() -> None:
    link = ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK")
    dangling = ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK")
    assert contents.keeps(link)
    assert not contents.keeps(dangling)
