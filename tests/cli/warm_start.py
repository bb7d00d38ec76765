"""The CLI as a real process, forked from one that has the SDK imported already.

`import anthropic` costs 1.1–1.8 s of CPU (anthropics/anthropic-sdk-python#1211), and
about half of the suite's CPU went to CLI processes paying it. A starter process per
test worker imports the SDK once; each `parley …` is a fork of it that runs the CLI
exactly as `python -m desktop_app` would: its own pid, the test's environment, real
pipes for stdin/stdout/stderr, the interpreter's exit (threads joined, atexit handlers,
stdout flushed, 120 when that fails) and its exit status. Our own modules are imported
fresh in each fork, so what they read from the environment at import is the test's.

What a fork cannot reproduce is what the interpreter reads at start: the locale and
Python's own PYTHON* variables. A call whose values differ from the starter's runs as
a plain process. Run as `python -m tests.cli.warm_start FD`, this module is the starter.
"""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MESSAGE_LIMIT = 1 << 20
# Read by keyring when it is first used, in the fork: not part of the start.
RUNTIME_VARIABLES = frozenset({"PYTHON_KEYRING_BACKEND"})


def start_variables(env: dict[str, str]) -> dict[str, str]:
    """What the interpreter reads from the environment when it starts."""
    return {
        name: value
        for name, value in env.items()
        if name in ("LANG", "LC_ALL", "LC_CTYPE")
        or (name.startswith("PYTHON") and name not in RUNTIME_VARIABLES)
    }


@dataclass
class WarmStarter:
    """One starter process; `run` has the signature the `parley` fixture needs."""

    process: subprocess.Popen[bytes]
    channel: socket.socket
    started_with: dict[str, str]

    @classmethod
    def launch(cls, env: dict[str, str]) -> WarmStarter:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.cli.warm_start", str(theirs.fileno())],
            pass_fds=[theirs.fileno()],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            env=env,
            cwd=ROOT,
        )
        theirs.close()
        return cls(process, ours, start_variables(env))

    def suits(self, env: dict[str, str]) -> bool:
        return self.process.poll() is None and start_variables(env) == self.started_with

    def run(
        self, args: list[str], env: dict[str, str], stdin: str | None, timeout: float
    ) -> subprocess.CompletedProcess[str]:
        out_read, out_write = os.pipe()
        err_read, err_write = os.pipe()
        in_read, in_write = os.pipe() if stdin is not None else (0, -1)
        try:
            request = json.dumps({"args": args, "env": env}).encode()
            socket.send_fds(self.channel, [request], [in_read, out_write, err_write])
        finally:
            for fd in (out_write, err_write, in_read if stdin is not None else -1):
                if fd >= 0:
                    os.close(fd)
        pid = json.loads(self.channel.recv(MESSAGE_LIMIT))["pid"]
        collected: dict[int, bytes] = {}
        readers = [
            threading.Thread(target=_read_all, args=(fd, collected), daemon=True)
            for fd in (out_read, err_read)
        ]
        if stdin is not None:  # written beside the wait, so the timeout covers a stuck reader
            data = stdin.encode("utf-8")
            readers.append(threading.Thread(target=_write_all, args=(in_write, data), daemon=True))
        for reader in readers:
            reader.start()
        self.channel.settimeout(timeout)
        try:
            status = json.loads(self.channel.recv(MESSAGE_LIMIT))["status"]
        except TimeoutError:
            os.kill(pid, 9)
            json.loads(self.channel.recv(MESSAGE_LIMIT))
            raise subprocess.TimeoutExpired(["parley", *args], timeout) from None
        finally:
            self.channel.settimeout(None)
        for reader in readers:
            reader.join()
        return subprocess.CompletedProcess(
            ["parley", *args],
            status,
            collected[out_read].decode("utf-8"),
            collected[err_read].decode("utf-8"),
        )

    def close(self) -> None:
        self.channel.close()  # the starter ends at end of file
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def run_plain(
    args: list[str], env: dict[str, str], stdin: str | None, timeout: float
) -> subprocess.CompletedProcess[str]:
    """The same run as a fresh `python -m desktop_app` process."""
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=timeout,
    )


def _read_all(fd: int, into: dict[int, bytes]) -> None:
    chunks = []
    with open(fd, "rb", closefd=True) as source:
        while chunk := source.read1(65536):
            chunks.append(chunk)
    into[fd] = b"".join(chunks)


def _write_all(fd: int, data: bytes) -> None:
    try:
        with open(fd, "wb", closefd=True) as sink:
            sink.write(data)
    except BrokenPipeError:
        pass  # the CLI did not read it all, as subprocess.run allows


def _serve(channel: socket.socket) -> None:
    """The starter: import what every CLI run would, then fork one child per request."""
    import gc

    gc.disable()
    import anthropic  # noqa: F401  (the point of the starter)

    gc.freeze()  # children's collections skip (and so do not copy) the starter's objects
    gc.enable()
    while True:
        message, fds, _flags, _address = socket.recv_fds(channel, MESSAGE_LIMIT, 3)
        if not message:
            return
        request = json.loads(message)
        pid = os.fork()
        if pid == 0:
            channel.close()
            _child(request["args"], request["env"], fds)
        for fd in fds:
            os.close(fd)
        channel.send(json.dumps({"pid": pid}).encode())
        _, status = os.waitpid(pid, 0)
        channel.send(json.dumps({"status": os.waitstatus_to_exitcode(status)}).encode())


def _child(args: list[str], env: dict[str, str], fds: list[int]) -> None:
    """Become `python -m desktop_app ARGS`: its stdio, environment and interpreter exit."""
    import atexit
    import random
    import runpy
    import signal
    import traceback

    for target, fd in enumerate(fds):
        os.dup2(fd, target)
        if fd > 2:
            os.close(fd)
    # New stream objects as the interpreter makes them: the old ones know their files were
    # seekable /dev/null, and would fail on a pipe.
    sys.stdin = sys.__stdin__ = _stdio(0, sys.__stdin__)
    sys.stdout = sys.__stdout__ = _stdio(1, sys.__stdout__)
    sys.stderr = sys.__stderr__ = _stdio(2, sys.__stderr__)
    os.environ.clear()
    os.environ.update(env)
    random.seed()  # the starter's state would repeat in every child
    sys.argv = [str(ROOT / "desktop_app" / "__main__.py"), *args]
    code: int = 0
    try:
        runpy.run_module("desktop_app", run_name="__main__", alter_sys=True)
    except SystemExit as ending:
        code = _exit_code(ending.code)
    except KeyboardInterrupt:
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # as the interpreter ends on Ctrl+C
        os.kill(os.getpid(), signal.SIGINT)
    except BaseException:
        traceback.print_exc()
        code = 1
    threading._shutdown()  # type: ignore[attr-defined]  # the interpreter joins its threads
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
    except Exception:  # the interpreter's "Exception ignored" at exit, and status 120
        traceback.print_exc()
        code = 120
    try:
        sys.stderr.flush()
    finally:
        os._exit(code)


def _stdio(fd: int, old: object) -> io.TextIOWrapper:
    """The stream Python's start makes for `fd`, with the settings the starter's got."""
    assert isinstance(old, io.TextIOWrapper)
    unbuffered = fd != 0 and old.write_through  # PYTHONUNBUFFERED
    mode = "rb" if fd == 0 else "wb"
    binary = open(fd, mode, buffering=0 if unbuffered else -1, closefd=False)  # noqa: SIM115
    stream = io.TextIOWrapper(
        binary,  # type: ignore[arg-type]
        encoding=old.encoding,
        errors=old.errors,
        newline="\n",
        line_buffering=not unbuffered and (fd == 2 or os.isatty(fd)),
        write_through=unbuffered,
    )
    stream.mode = "r" if fd == 0 else "w"  # type: ignore[misc]
    return stream


def _exit_code(code: object) -> int:
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    print(code, file=sys.stderr)
    return 1


if __name__ == "__main__":
    _serve(socket.socket(fileno=int(sys.argv[1])))
