"""`parley` in Korean: the language comes from LANG/LANGUAGE (read directly: no ko_KR locale is
generated here) or the settings, and reaches --help, argparse's own words and errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.i18n.catalogue_files import write_ts

KOREAN = [
    (
        "Cli",
        "ask Claude; the answer streams to stdout",
        "Claude에게 묻습니다. 답은 표준 출력으로 흘러나옵니다",
    ),
    ("Cli", "Parley: a desktop assistant for Claude.", "Parley: Claude와 함께 쓰는 데스크톱 비서."),
    ("Cli", "no conversation with id {id}", "ID가 {id}인 대화가 없습니다"),
    ("Cli", "No usage in {month}.", "{month}에는 사용 내역이 없습니다."),
    ("argparse", "usage: ", "사용법: "),
    ("argparse", "positional arguments", "위치 인수"),
    ("argparse", "options", "옵션"),
    ("argparse", "show this help message and exit", "이 도움말을 보여 주고 끝냅니다"),
    ("argparse", "%(prog)s: error: %(message)s\n", "%(prog)s: 오류: %(message)s\n"),
    (
        "argparse",
        "invalid choice: %(value)r (choose from %(choices)s)",
        "잘못된 선택: %(value)r (다음 중에서 고르세요: %(choices)s)",
    ),
    ("argparse", "argument %(argument_name)s: %(message)s", "인수 %(argument_name)s: %(message)s"),
]


@pytest.fixture
def korean_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small Korean catalogue in place of the shipped one (the CLI compiles it on first use)."""
    folder = tmp_path / "translations"
    folder.mkdir()
    write_ts(folder / "parley_ko.ts", "ko_KR", KOREAN)  # type: ignore[arg-type]
    monkeypatch.setenv("PARLEY_TRANSLATIONS", str(folder))
    return folder


def korean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")


def test_help_is_korean_with_a_korean_lang(korean_catalogue, parley, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    korean_environment(monkeypatch)
    result = parley("--help")
    assert result.returncode == 0
    out = result.stdout
    assert out.startswith("사용법: parley")
    assert "위치 인수" in out and "옵션:" in out
    assert "이 도움말을 보여 주고 끝냅니다" in out
    assert "Claude에게 묻습니다." in out  # argparse may wrap the rest
    assert "usage:" not in out and "show this help" not in out


def test_errors_are_korean_and_stay_one_line(korean_catalogue, parley, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    korean_environment(monkeypatch)
    missing = parley("show", "9")
    assert missing.returncode == 2
    assert missing.stderr.strip() == "parley: ID가 9인 대화가 없습니다"
    wrong = parley("key", "destroy")
    assert wrong.returncode == 2
    last = wrong.stderr.strip().splitlines()[-1]
    assert last.startswith("parley key: 오류: 인수 action: 잘못된 선택: 'destroy'")


def test_languages_follow_settings_then_language_then_lang(  # type: ignore[no-untyped-def]
    korean_catalogue, parley, parley_home, monkeypatch
) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("LANGUAGE", "ko:en")
    assert parley("--help").stdout.startswith("사용법:")
    monkeypatch.setenv("LC_ALL", "C")  # as gettext: the C locale ignores LANGUAGE
    assert parley("--help").stdout.startswith("usage:")
    monkeypatch.delenv("LC_ALL")
    parley_home.mkdir(parents=True, exist_ok=True)
    (parley_home / "settings.json").write_text(json.dumps({"language": "en"}))
    assert parley("--help").stdout.startswith("usage:")  # the settings' choice wins
    (parley_home / "settings.json").write_text(json.dumps({"language": "ko"}))
    monkeypatch.setenv("LANGUAGE", "en")
    assert parley("show", "3").stderr.strip() == "parley: ID가 3인 대화가 없습니다"


def test_a_catalogue_that_cannot_be_had_leaves_english(parley, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    korean_environment(monkeypatch)
    monkeypatch.setenv("PARLEY_TRANSLATIONS", str(tmp_path / "nowhere"))
    result = parley("show", "4")
    assert result.returncode == 2
    assert result.stderr.strip() == "parley: no conversation with id 4"
