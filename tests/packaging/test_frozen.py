"""The frozen build works on its own: the CLI against the local API, the keyring, resources,
and the window painting offscreen and on a real X server (Xvfb), with the SDK not yet loaded."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app import __version__
from tests.fakeapi import FakeApi, Reply
from tests.packaging.frozen_app import ROOT, RUN_LIMIT, FrozenApp, skip_or_fail
from tests.secret_service import SecretService

ANSWER = "Seoul is the capital. 서울이 수도입니다. This answer arrives in many small pieces."
MIB = 1024 * 1024
FIRST_PAINT = re.compile(r"^first_paint (\d+\.\d+) sdk_loaded=([01])$", re.M)
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux bundle")


def _no_traceback(result: object) -> None:
    stderr = getattr(result, "stderr", "")
    assert "Traceback" not in stderr, stderr


def test_version(frozen: FrozenApp) -> None:
    result = frozen.run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"parley {__version__}"


def test_ask_streams_the_answer_and_history_keeps_it(frozen: FrozenApp, fakeapi: FakeApi) -> None:
    fakeapi.queue(Reply.text(ANSWER, chunk=3))
    env = frozen.environment(ANTHROPIC_BASE_URL=fakeapi.url, ANTHROPIC_API_KEY="sk-frozen")
    asked = frozen.run("ask", "What is the capital of Korea?", env=env)
    assert asked.returncode == 0, asked.stderr
    assert asked.stdout.strip() == ANSWER
    first = fakeapi.message_requests()[0]
    assert first["stream"] is True
    assert first["messages"][-1]["content"][0]["text"] == "What is the capital of Korea?"

    history = frozen.run("history", env=env)
    assert history.returncode == 0, history.stderr
    assert re.match(r"^1\t", history.stdout), history.stdout
    shown = frozen.run("show", "1", env=env)
    assert "What is the capital of Korea?" in shown.stdout
    assert "서울이 수도입니다" in shown.stdout


def test_ask_json_prices_the_reply_from_bundled_resources(
    frozen: FrozenApp, fakeapi: FakeApi
) -> None:
    env = frozen.environment(ANTHROPIC_BASE_URL=fakeapi.url, ANTHROPIC_API_KEY="sk-frozen")
    result = frozen.run("ask", "--json", "--model", "claude-sonnet-4-6", "2+2?", env=env)
    assert result.returncode == 0, result.stderr
    reply = json.loads(result.stdout)
    assert reply["state"] == "complete"
    assert reply["cost_usd"] is not None and reply["cost_usd"] > 0  # pricing.json was found


def test_attachments_are_prepared_with_the_bundled_pillow_and_pypdf(
    frozen: FrozenApp, fakeapi: FakeApi
) -> None:
    from PIL import Image
    from pypdf import PdfWriter

    Image.new("RGB", (64, 48), (200, 30, 30)).save(frozen.home / "red.png")
    pdf = PdfWriter()
    pdf.add_blank_page(200, 200)
    pdf.write(frozen.home / "blank.pdf")
    env = frozen.environment(ANTHROPIC_BASE_URL=fakeapi.url, ANTHROPIC_API_KEY="sk-frozen")
    result = frozen.run("ask", "--attach", "red.png", "--attach", "blank.pdf", "What?", env=env)
    assert result.returncode == 0, result.stderr
    blocks = fakeapi.message_requests()[0]["messages"][-1]["content"]
    assert [block["type"] for block in blocks] == ["image", "document", "text"]


def test_an_api_error_is_one_plain_line(frozen: FrozenApp) -> None:
    env = frozen.environment(ANTHROPIC_BASE_URL="http://127.0.0.1:9", ANTHROPIC_API_KEY="sk-x")
    result = frozen.run("ask", "hello?", env=env)
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    _no_traceback(result)


@linux_only
def test_the_key_round_trips_through_the_system_keyring(
    frozen: FrozenApp, secret_service: SecretService
) -> None:
    # keyring finds its backends through entry points: this fails if their metadata was lost.
    with FakeApi(api_key="sk-from-the-keyring") as api:
        env = frozen.environment(ANTHROPIC_BASE_URL=api.url)
        saved = frozen.run("key", "set", env=env, stdin="sk-from-the-keyring\n")
        assert saved.returncode == 0, saved.stderr
        try:
            status = frozen.run("key", "status", env=env)
            assert "Secret Service" in status.stdout, status.stdout
            asked = frozen.run("ask", "Who holds the key?", env=env)
            assert asked.returncode == 0, asked.stderr
            assert "Who holds the key?" in asked.stdout
        finally:
            frozen.run("key", "clear", env=env)
    assert "sk-from-the-keyring" not in status.stdout + asked.stdout + asked.stderr


def _first_paint(frozen: FrozenApp, **env: str) -> tuple[float, str]:
    result = frozen.run(env=frozen.environment(PARLEY_STARTUP_PROBE="1", **env))
    assert result.returncode == 0, result.stdout + result.stderr
    _no_traceback(result)
    found = FIRST_PAINT.search(result.stdout)
    assert found, f"no first paint reported: {result.stdout!r} {result.stderr!r}"
    return float(found[1]), found[2]


def test_the_window_paints_offscreen_before_the_sdk_loads(frozen: FrozenApp) -> None:
    _stamp, sdk_loaded = _first_paint(frozen, QT_QPA_PLATFORM="offscreen")
    assert sdk_loaded == "0"


@linux_only
def test_the_window_paints_on_an_x_server(frozen: FrozenApp, x_display: str) -> None:
    # No QT_QPA_PLATFORM: Qt picks xcb itself, as on a user's X11 desktop.
    _stamp, sdk_loaded = _first_paint(frozen, DISPLAY=x_display)
    assert sdk_loaded == "0"


@linux_only
def test_a_missing_x11_library_is_named_in_plain_words(
    frozen: FrozenApp, x_display: str, tmp_path: Path
) -> None:
    entry = (ROOT / "desktop_app" / "__main__.py").read_text(encoding="utf-8")
    if "missing_system_libraries" not in entry:
        pytest.skip("desktop_app/__main__.py does not check the system libraries yet")
    # A damaged copy found first stands in for a missing one: the loader cannot use it.
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "libxcb-cursor.so.0").write_bytes(b"not a library")
    env = frozen.environment(DISPLAY=x_display, LD_LIBRARY_PATH=str(broken))
    result = frozen.run(env=env)
    assert result.returncode > 0, result.returncode  # an exit, not Qt's abort (a signal)
    assert "sudo apt-get install libxcb-cursor0" in result.stderr, result.stderr
    _no_traceback(result)


def test_after_the_paint_the_window_loads_the_sdk_and_asks_for_models(
    frozen: FrozenApp, fakeapi: FakeApi
) -> None:
    # The SDK is imported by name after the first paint: this fails if it was not collected.
    env = frozen.environment(
        QT_QPA_PLATFORM="offscreen", ANTHROPIC_BASE_URL=fakeapi.url, ANTHROPIC_API_KEY="sk-x"
    )
    window = subprocess.Popen(
        [str(frozen.executable)],
        env=env,
        cwd=frozen.home,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + RUN_LIMIT  # a guard against a hang, not a speed check
        while not any(r.path.startswith("/v1/models") for r in fakeapi.requests):
            assert window.poll() is None, window.communicate()[1]
            assert time.monotonic() < deadline, "the window never asked for the models"
            time.sleep(0.05)
    finally:
        window.terminate()
        window.communicate(timeout=RUN_LIMIT)


def test_the_bundle_is_lean(frozen: FrozenApp) -> None:
    unwanted = re.compile(
        r"Qt6(Qml|Quick|WebEngine|Pdf|3D|Multimedia|Network|Designer|VirtualKeyboard)"
        r"|qtwebengine|/translations/|/qml/|tkinter|_tkinter|libgtk-3|libxcb\.so"
    )
    # Translations: Parley's own and Qt's Korean are the only ones shipped.
    wanted = re.compile(r"resources/translations/(parley_\w+\.qm)?$|translations/qtbase_ko\.qm$")
    files = [p.relative_to(frozen.folder).as_posix() for p in frozen.folder.rglob("*")]
    assert [f for f in files if unwanted.search(f) and not wanted.search(f)] == []
    assert any(f.endswith("resources/translations/parley_ko.qm") for f in files)
    assert any(f.endswith("translations/qtbase_ko.qm") for f in files)
    assert any(f.endswith("platforms/libqxcb.so") for f in files) or sys.platform != "linux"
    files_only = [p for p in frozen.folder.rglob("*") if p.is_file() and not p.is_symlink()]
    size = sum(p.stat().st_size for p in files_only)
    assert size <= 150 * MIB, f"{size / MIB:.1f} MiB"  # the budget, in du -h's megabytes


def test_the_bundle_carries_the_hangul_font_and_a_cut_icu(frozen: FrozenApp) -> None:
    fonts = frozen.folder.rglob("resources/fonts/*")
    assert {p.name for p in fonts} >= {
        "ParleyHangul-Regular.otf",
        "ParleyHangul-Bold.otf",
        "OFL.txt",
    }
    if sys.platform.startswith("linux"):
        icu = [p for p in frozen.folder.rglob("libicudata.so.*") if not p.is_symlink()]
        assert icu and all(p.stat().st_size < 5 * MIB for p in icu)  # 31 MB whole


def test_the_bundle_carries_the_formula_typesetters_data(frozen: FrozenApp) -> None:
    names = {p.name for p in frozen.folder.rglob("*") if p.is_file()}
    assert {"STIXTwoMath-Regular.ttf", "unimathsymbols.txt"} <= names


def test_the_archive_holds_the_app_within_budget(frozen: FrozenApp) -> None:
    archives = sorted(frozen.folder.parent.glob("parley-*-linux-*.tar.*"))
    if not archives:
        skip_or_fail(f"no archive beside {frozen.folder}: run `python packaging/build.py`")
    archive = archives[-1]
    assert __version__ in archive.name
    assert archive.stat().st_size <= 70 * MIB, archive


def test_the_installed_app_runs_from_the_archive(frozen: FrozenApp, tmp_path: Path) -> None:
    archives = sorted(frozen.folder.parent.glob("parley-*-linux-*.tar.*"))
    if not archives:
        skip_or_fail(f"no archive beside {frozen.folder}: run `python packaging/build.py`")
    from tests.packaging.installation import Installation

    installed = Installation(tmp_path / "user")
    result = installed.install(archives[-1])
    assert result.returncode == 0, result.stderr
    version = installed.run_launcher("--version")
    assert version.stdout.strip() == f"parley {__version__}"
    assert installed.uninstall().returncode == 0
    assert installed.leftovers() == []


def test_the_frozen_cli_speaks_korean_from_a_compiled_catalogue(
    frozen: FrozenApp, tmp_path: Path
) -> None:
    """The bundle has no .ts and no lrelease: it reads compiled catalogues only, the shipped
    one or (here) a folder of `.qm` files given by PARLEY_TRANSLATIONS."""
    from tests.i18n.catalogue_files import compile_ts, write_ts

    folder = tmp_path / "translations"
    folder.mkdir()
    ts = write_ts(
        folder / "parley_ko.ts",
        "ko_KR",
        [
            ("argparse", "usage: ", "사용법: "),
            ("Cli", "no conversation with id {id}", "ID가 {id}인 대화가 없습니다"),
        ],
    )
    compile_ts(ts)
    ts.unlink()
    env = frozen.environment(LANG="ko_KR.UTF-8", PARLEY_TRANSLATIONS=str(folder))
    assert frozen.run("--help", env=env).stdout.startswith("사용법: parley")
    missing = frozen.run("show", "7", env=env)
    assert missing.stderr.strip() == "parley: ID가 7인 대화가 없습니다"
    shipped = frozen.run("show", "7", env=frozen.environment(LANG="ko_KR.UTF-8"))
    assert shipped.returncode == 2 and shipped.stderr.startswith("parley: ")  # shipped .qm read
