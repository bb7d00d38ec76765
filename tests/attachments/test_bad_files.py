"""Bad input: each of the corpus's files is refused with its reason and never reaches the API.

The CLI runs in this process (real preparation, real store, real HTTP to the local API), so
the fake server's log proves that nothing was sent, and the history that nothing was kept.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.attachments import prepare_file
from desktop_app.cli import run_cli
from desktop_app.core.attachments import AttachmentError
from desktop_app.paths import database_path
from tests.attachments.corpus import BadFile, bad_files, image_bytes, noise, small_png

BAD = bad_files()
# Pillow warns before Parley's own header check refuses; the app filters the warning out, but
# pytest resets warning filters for every test.
pytestmark = pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")


def test_the_corpus_is_large_enough() -> None:
    assert len(BAD) >= 25


@pytest.mark.parametrize("bad", BAD, ids=[b.label for b in BAD])
def test_each_bad_file_is_refused_with_a_reason_naming_it(bad: BadFile, tmp_path: Path) -> None:
    path = bad.make(tmp_path)
    with pytest.raises(AttachmentError) as caught:
        prepare_file(path)
    assert bad.words in str(caught.value)
    assert caught.value.name == path.name
    assert str(caught.value).startswith(f"{path.name}: ")


@pytest.fixture
def cli(fakeapi, monkeypatch, capsys):
    monkeypatch.setenv("ANTHROPIC_BASE_URL", fakeapi.url)
    monkeypatch.setenv("ANTHROPIC_API_KEY", "test-key")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

    def run(*args: str) -> tuple[int, str, str]:
        code = run_cli(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def assert_nothing_sent_or_kept(fakeapi) -> None:
    assert fakeapi.message_requests() == []
    if database_path().exists():
        from desktop_app.storage.conversation_store import SqliteConversationStore

        with SqliteConversationStore(database_path()) as store:
            assert store.list_conversations() == []


@pytest.mark.parametrize("bad", BAD, ids=[b.label for b in BAD])
def test_cli_refuses_each_bad_file_in_one_line_and_sends_nothing(
    bad: BadFile, cli, fakeapi, tmp_path: Path
) -> None:
    path = bad.make(tmp_path)
    code, out, err = cli("ask", "--attach", str(path), "What is in this file?")
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"parley: {path.name}: "), err
    assert bad.words in lines[0] and "Nothing was sent." in lines[0]
    assert_nothing_sent_or_kept(fakeapi)


def test_one_bad_file_among_good_ones_stops_the_whole_message(cli, fakeapi, tmp_path) -> None:
    good = tmp_path / "good.png"
    good.write_bytes(small_png())
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"")
    code, _, err = cli("ask", "-a", str(good), "-a", str(bad), "-a", str(good), "Compare")
    assert code == 2 and "bad.png: the file is empty." in err
    assert_nothing_sent_or_kept(fakeapi)


def test_more_images_than_a_request_allows_are_refused(cli, fakeapi, tmp_path) -> None:
    args: list[str] = []
    for i in range(101):
        path = tmp_path / f"shot{i}.png"
        path.write_bytes(small_png(8, 8, (i, 0, 0)))
        args += ["--attach", str(path)]
    code, _, err = cli("ask", *args, "Which is red?")
    assert code == 2
    assert "101 images" in err and "at most 100" in err
    assert_nothing_sent_or_kept(fakeapi)


def test_over_twenty_images_each_must_be_at_most_2000_px(cli, fakeapi, tmp_path) -> None:
    args: list[str] = []
    for i in range(20):
        path = tmp_path / f"small{i}.png"
        path.write_bytes(small_png(8, 8))
        args += ["-a", str(path)]
    wide = tmp_path / "wide.jpg"
    wide.write_bytes(image_bytes(noise(2600, 40), "JPEG"))
    code, _, err = cli("ask", *args, "-a", str(wide), "--full-resolution", "Look")
    assert code == 2
    assert "wide.jpg: it is 2600×40" in err and "2000×2000" in err
    assert_nothing_sent_or_kept(fakeapi)
