"""Entry point: `parley` opens the window; `parley ask|history|show|key` run in the shell."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and (not args[0].startswith("-") or args[0] in ("--version", "-h", "--help")):
        from desktop_app.cli import run_cli

        return run_cli(args)
    # Checked before Qt loads: a missing xcb library makes Qt abort with a cryptic
    # message, and a missing GUI library makes importing PySide6 fail.
    from desktop_app.qt_libraries import missing_system_libraries

    missing = missing_system_libraries(include_gui=False)
    if missing:
        return _refuse_to_start(missing)
    from desktop_app import paths
    from desktop_app.instance_lock import InstanceLock

    # Before the window's modules load: a second launch only hands its arguments over.
    lock = InstanceLock.try_acquire(paths.instance_lock_path())
    if lock is None:
        from desktop_app.ui.instance_client import forward_launch

        return forward_launch(args)
    import gc

    gc.disable()  # until the first paint (run_gui): ~60 collections of objects that all live on
    try:
        from desktop_app.ui.import_scan import make_import_scan_cheap

        make_import_scan_cheap()  # before our own modules load: each is checked as it comes
        from desktop_app.app import run_gui
    except ImportError:
        missing = missing_system_libraries()
        if missing:
            return _refuse_to_start(missing)
        raise
    return run_gui([sys.argv[0], *args], lock=lock)


def _refuse_to_start(packages: list[str]) -> int:
    import logging

    from desktop_app.log import configure
    from desktop_app.qt_libraries import describe_missing

    message = describe_missing(packages)
    print(message, file=sys.stderr)
    configure("parley")  # started from a menu, stderr goes nowhere: the log keeps it
    logging.getLogger("parley").error(message)
    return 1


if __name__ == "__main__":
    sys.exit(main())
