"""The frozen entry script hands programs Parley starts the user's environment, not the bundle's."""

from __future__ import annotations

from tests.packaging.build_scripts import load

launcher = load("launcher")


def test_bundle_paths_are_removed_and_the_users_own_restored() -> None:
    environ = {
        "LD_LIBRARY_PATH": "/opt/parley/_internal",
        "LD_LIBRARY_PATH_ORIG": "/home/me/lib",
        "QT_PLUGIN_PATH": "/opt/parley/_internal/PySide6/Qt/plugins",
        "QML2_IMPORT_PATH": "/opt/parley/_internal/PySide6/Qt/qml",
        "PATH": "/usr/bin",
    }
    launcher.restore_child_environment(environ)
    assert environ == {"LD_LIBRARY_PATH": "/home/me/lib", "PATH": "/usr/bin"}


def test_nothing_to_restore_leaves_the_rest_alone() -> None:
    environ = {"PATH": "/usr/bin", "HOME": "/home/me"}
    launcher.restore_child_environment(environ)
    assert environ == {"PATH": "/usr/bin", "HOME": "/home/me"}
