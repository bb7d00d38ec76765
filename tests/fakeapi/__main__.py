"""Run the fake API by hand: python -m tests.fakeapi [--port 8765] [--delay 0.02] [--key sk-…]
[--batch-seconds 5]."""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from tests.fakeapi.server import FakeApi


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.fakeapi", description="A local Anthropic-compatible test server."
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    parser.add_argument("--delay", type=float, default=0.02, help="seconds between deltas")
    parser.add_argument("--key", default=None, help="accept only this API key (default: any)")
    parser.add_argument(
        "--batch-seconds", type=float, default=5.0, help="how long a message batch is in progress"
    )
    parser.add_argument("--quiet", action="store_true", help="do not log requests")
    args = parser.parse_args(argv)

    try:
        api = FakeApi(args.host, args.port, api_key=args.key, token_delay=args.delay).start()
    except OSError as error:
        print(f"Cannot listen on {args.host}:{args.port}: {error.strerror}", file=sys.stderr)
        return 1
    api.batch_seconds = args.batch_seconds
    if not args.quiet:
        api.log = lambda line: print(line, file=sys.stderr, flush=True)
    # The key itself is never printed: it may be a real one.
    key_hint = "<the key given with --key>" if args.key else "anything"
    print(f"Fake Anthropic API listening on {api.url}", flush=True)
    print("Point Parley (or any Anthropic SDK client) at it with:", flush=True)
    print(f"  ANTHROPIC_BASE_URL={api.url} ANTHROPIC_API_KEY={key_hint} parley", flush=True)
    print("Every message is answered with an echo. Press Ctrl+C to stop.", flush=True)
    # Ctrl+C stops it even when started from a script's background job, which starts
    # with SIGINT ignored (Python then installs no handler of its own).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        # A timed wait, so Ctrl+C is seen within half a second whatever the platform does
        # with a signal arriving during an untimed lock wait.
        forever = threading.Event()
        while not forever.wait(0.5):
            pass
    except KeyboardInterrupt:
        print("Stopping.", file=sys.stderr)
    finally:
        api.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
