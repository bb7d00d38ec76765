"""PyInstaller's entry script: the frozen `parley` runs the same `main` as the console entry."""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping

# Set by PyInstaller's bootloader and its PySide6 run-time hook for this process only.
BUNDLE_VARIABLES = ("LD_LIBRARY_PATH", "QT_PLUGIN_PATH", "QML2_IMPORT_PATH")


def restore_child_environment(environ: MutableMapping[str, str]) -> None:
    """Give programs Parley starts (a browser through xdg-open, say) the user's own environment:
    with the bundle's paths they would load this bundle's Qt and OpenSSL instead of theirs.

    Parley itself is unaffected: the loader read LD_LIBRARY_PATH when the process started,
    and PySide6 finds its plugins through its built-in qt.conf.
    """
    for name in BUNDLE_VARIABLES:
        original = environ.pop(f"{name}_ORIG", None)  # the user's value, when there was one
        if original is None:
            environ.pop(name, None)
        else:
            environ[name] = original


if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        restore_child_environment(os.environ)
    from desktop_app.__main__ import main

    sys.exit(main())
