"""Entry point: `parley` opens the window; `parley ask|history|show|key` run in the shell."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and (not args[0].startswith("-") or args[0] in ("--version", "-h", "--help")):
        from desktop_app.cli import run_cli

        return run_cli(args)
    from desktop_app.app import run_gui

    return run_gui([sys.argv[0], *args])


if __name__ == "__main__":
    sys.exit(main())
