"""The pure-Python `.qm` reader against lrelease's own output, and QTranslator on the same file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from desktop_app.core import i18n
from desktop_app.core.qm_catalogue import QmCatalogue, QmFormatError, numerus_form
from tests.i18n.catalogue_files import compile_ts, write_ts

KOREAN = [
    ("Cli", "Saved {path}", "{path}에 저장했습니다"),
    ("Cli", "Open", "열기", "verb"),
    ("Cli", "Open", "열림", "state"),
    ("Cli", "%n file(s)", ("파일 %n개",)),
    ("Composer", "Send", "보내기"),
]


@pytest.fixture
def korean_qm(tmp_path: Path) -> Path:
    return compile_ts(write_ts(tmp_path / "t_ko.ts", "ko_KR", KOREAN))


def test_reads_what_lrelease_wrote(korean_qm: Path) -> None:
    catalogue = QmCatalogue.read(korean_qm)
    assert catalogue.language == "ko_KR"
    assert catalogue.find("Cli", "Saved {path}") == "{path}에 저장했습니다"
    assert catalogue.find("Composer", "Send") == "보내기"
    assert catalogue.find("Cli", "Send") is None  # contexts are kept apart
    assert catalogue.find("Cli", "Not there") is None


def test_disambiguation_picks_the_message_qt_picks(korean_qm: Path) -> None:
    catalogue = QmCatalogue.read(korean_qm)
    qt = QTranslator()
    assert qt.load(str(korean_qm))
    for comment in ("verb", "state", "", "other"):
        expected = qt.translate("Cli", "Open", comment or None) or None
        assert catalogue.find("Cli", "Open", comment) == expected, comment
    assert catalogue.find("Cli", "Open", "state") == "열림"


def test_numerus_forms_follow_the_files_rules(tmp_path: Path) -> None:
    english = compile_ts(
        write_ts(tmp_path / "t_en.ts", "en_US", [("Cli", "%n file(s)", ("%n file", "%n files"))])
    )
    russian = compile_ts(
        write_ts(
            tmp_path / "t_ru.ts",
            "ru_RU",
            [("Cli", "%n file(s)", ("%n файл", "%n файла", "%n файлов"))],
        )
    )
    qt = QTranslator()
    for path in (english, russian):
        catalogue = QmCatalogue.read(path)
        assert qt.load(str(path))
        for n in (0, 1, 2, 5, 11, 21, 22, 25, 101, 1001):
            assert catalogue.find("Cli", "%n file(s)", n=n) == qt.translate(
                "Cli", "%n file(s)", None, n
            ), (path.name, n)
    assert QmCatalogue.read(english).find("Cli", "%n file(s)", n=1) == "%n file"
    assert QmCatalogue.read(russian).find("Cli", "%n file(s)", n=3) == "%n файла"
    assert numerus_form(7, b"") == 0  # Korean: one form


def test_translate_speaks_the_catalogue_it_was_given(korean_qm: Path) -> None:
    try:
        i18n.use_catalogue("ko", QmCatalogue.read(korean_qm))
        assert i18n.translate("Cli", "%n file(s)", n=3) == "파일 3개"
        assert i18n.translate("Cli", "Open", "state") == "열림"
        assert i18n.translate("Cli", "Saved {path}").format(path="보고서.md") == (
            "보고서.md에 저장했습니다"
        )
        assert i18n.translate("Cli", "Untranslated") == "Untranslated"
    finally:
        i18n.use_catalogue("en", None)
    assert i18n.translate("Cli", "Open", "state") == "Open"
    assert i18n.translate("Cli", "%n file(s)", n=2) == "2 files"  # the English plural
    assert i18n.translate("Cli", "%n file(s)", n=1) == "1 file"


def test_a_file_that_is_not_a_catalogue_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.qm"
    path.write_bytes(b"not a qm file at all")
    with pytest.raises(QmFormatError):
        QmCatalogue.read(path)
