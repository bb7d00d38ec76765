"""A run forked from the warm starter is the same to the CLI's user as a plain process: the same
output, the same exit codes, its own pid, and the starter untouched by what a run does."""

from __future__ import annotations

from tests.cli.conftest import _environment
from tests.cli.warm_start import WarmStarter, run_plain
from tests.fakeapi import Reply


def test_warm_and_plain_runs_answer_alike(fakeapi, parley_home) -> None:  # type: ignore[no-untyped-def]
    env = _environment(fakeapi, parley_home, "test-key", "keyring.backends.fail.Keyring")
    starter = WarmStarter.launch(env)

    try:
        assert starter.suits(env)
        for args, stdin in [
            (["--version"], None),
            (["ask", ""], None),  # refused: exit 2 and one line
            (["ask", "-"], "서울의 인구는?\n"),  # Korean through stdin, an answer streamed
            (["history"], None),
            (["show", "42"], None),  # no such conversation
        ]:
            if args[0] == "ask":
                fakeapi.queue(Reply.text("약 940만 명입니다."), Reply.text("서울"))
            warm = starter.run(args, env, stdin, timeout=60)
            if args[0] == "ask":
                fakeapi.queue(Reply.text("약 940만 명입니다."), Reply.text("서울"))
            cold = run_plain(args, env, stdin, timeout=60)
            assert (warm.returncode, warm.stdout) == (cold.returncode, cold.stdout), args
            assert warm.stderr.splitlines()[:1] == cold.stderr.splitlines()[:1], args
        assert starter.process.poll() is None  # no run ended or changed the starter
    finally:
        starter.close()
    assert starter.process.returncode == 0


def test_a_different_locale_runs_as_a_plain_process(fakeapi, parley_home) -> None:  # type: ignore[no-untyped-def]
    env = _environment(fakeapi, parley_home, "test-key", "keyring.backends.fail.Keyring")
    starter = WarmStarter.launch(env)
    try:
        assert not starter.suits({**env, "LC_ALL": "C"})
        assert not starter.suits({**env, "PYTHONIOENCODING": "latin-1"})
        assert starter.suits({**env, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"})
    finally:
        starter.close()
