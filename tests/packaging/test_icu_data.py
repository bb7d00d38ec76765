"""packaging/icu_data.py: Qt's ICU data cut from 31 MB to what Qt uses, checked in a fresh
process that loads the cut library in place of the wheel's (Korean collation, EUC-KR, zones)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
from icu_data import cut_entry, items, read_symbol  # noqa: E402

QT_LIB = Path(PySide6.__file__).parent / "Qt" / "lib"
pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("ld") is None,
    reason="Linux, with binutils",
)

CHILD = """
import json
from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone
collator = QCollator(QLocale("ko_KR"))
collator.setNumericMode(True)
words = ["다리", "file10", "가방", "Zebra", "나무", "file2", "apple"]
zone = QTimeZone(b"Asia/Seoul")
print(json.dumps({
    "sorted": sorted(words, key=collator.sortKey),
    "euc_kr": QStringDecoder("EUC-KR").isValid(),
    "zone": zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName,
                             QLocale("ko_KR")),
    "maps": [line.split()[-1] for line in open("/proc/self/maps") if "libicudata" in line],
}, ensure_ascii=False))
"""


def run_child(preload: Path | None) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if preload is not None:
        env["LD_PRELOAD"] = str(preload)  # same soname: the loader takes it for the wheel's
    done = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_cut_data_is_small_and_qt_still_sorts_decodes_and_names_zones(
    tmp_path: Path,
) -> None:
    library = next(QT_LIB.glob("libicudata.so.*"))
    destination = f"PySide6/Qt/lib/{library.name}"
    entry = cut_entry((destination, str(library), "BINARY"), tmp_path)
    cut = Path(entry[1])
    assert entry[0] == destination and cut.parent == tmp_path
    assert cut.stat().st_size < library.stat().st_size / 8
    symbol = f"icudt{library.name.rsplit('.', 1)[-1]}_dat"
    kept = [name for name, _ in items(read_symbol(cut, symbol))[1]]
    assert any(name.endswith("coll/ko.res") for name in kept)
    assert not any("brkitr" in name for name in kept)
    whole, shown = run_child(None), run_child(cut)
    assert shown["maps"] and all(str(tmp_path) in path for path in shown["maps"])
    assert shown["sorted"] == whole["sorted"]
    assert shown["sorted"][:3] == ["가방", "나무", "다리"]
    assert shown["euc_kr"] is True
    assert shown["zone"] == whole["zone"] and shown["zone"]


def test_other_entries_pass_through(tmp_path: Path) -> None:
    entry = ("PySide6/Qt/lib/libQt6Core.so.6", "/x/libQt6Core.so.6", "BINARY")
    assert cut_entry(entry, tmp_path) == entry
