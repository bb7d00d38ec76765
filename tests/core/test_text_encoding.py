"""The one rule for bytes that should be text: UTF-8 (BOM or not), UTF-16/32 with a BOM, Korean
CP949 as a named fallback, and refusals that guess the encoding for iconv."""

from __future__ import annotations

import codecs
import os

import pytest

from desktop_app.core.text_encoding import (
    NotText,
    TextEncoding,
    decode_text,
    decoded_argument,
    readable_name,
)

KOREAN = "한국의 수도는 서울입니다. “날씨”가 좋네요 — 똠방각하 · 2026년"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (KOREAN.encode("utf-8"), TextEncoding.UTF8),
        (codecs.BOM_UTF8 + KOREAN.encode("utf-8"), TextEncoding.UTF8),
        (KOREAN.encode("utf-16"), TextEncoding.UTF16),  # with its BOM
        (KOREAN.encode("utf-32"), TextEncoding.UTF32),
    ],
)
def test_unicode_is_read_as_it_is_without_a_warning(data: bytes, encoding: TextEncoding) -> None:
    decoded = decode_text(data)
    assert decoded.text == KOREAN
    assert decoded.encoding is encoding and decoded.warning == ""


@pytest.mark.parametrize(
    "text",
    [
        KOREAN.replace("—", "-"),  # CP949 has no em dash
        "대한민국(大韓民國) 헌법 제1조 ① 대한민국은 민주공화국이다.",  # with some Hanja
        "이름,나이\n김철수,30\n이영희,25\n",  # a CSV saved by Excel on Korean Windows
    ],
)
def test_korean_in_cp949_is_read_with_a_named_warning(text: str) -> None:
    decoded = decode_text(text.encode("cp949"))
    assert decoded.text == text
    assert decoded.encoding is TextEncoding.CP949
    assert "CP949" in decoded.warning and "not UTF-8" in decoded.warning


@pytest.mark.parametrize(
    ("text", "codec", "iconv"),
    [
        ("Ça coûte très cher, déjà vu", "latin-1", "WINDOWS-1252"),
        ("“Smart quotes” and a naïve café", "cp1252", "WINDOWS-1252"),
        ("日本語のテキストです。ひらがなも。", "shift_jis", "SHIFT_JIS"),
        ("日本語のテキストです。ひらがなも。", "euc_jp", "EUC-JP"),
        ("这是中文文本测试内容，我们今天去北京。", "gbk", "GB18030"),
        ("這是中文文本測試內容，我們今天去北京。", "big5", "BIG5"),
    ],
)
def test_other_encodings_are_refused_with_a_guess_for_iconv(
    text: str, codec: str, iconv: str
) -> None:
    with pytest.raises(NotText) as refused:
        decode_text(text.encode(codec))
    assert not refused.value.binary
    assert refused.value.reason.startswith("it is not UTF-8 text (it looks like ")
    assert refused.value.advice == f"convert it with: iconv -f {iconv} -t UTF-8"


def test_chinese_that_happens_to_decode_as_cp949_is_not_taken_for_korean() -> None:
    data = "中文文本测试内容".encode("gbk")
    data.decode("cp949")  # no error: only the look of the result tells
    with pytest.raises(NotText) as refused:
        decode_text(data)
    assert refused.value.guess is not None and refused.value.guess.iconv == "GB18030"


def test_no_wild_guess_when_nothing_fits() -> None:
    with pytest.raises(NotText) as refused:
        decode_text("Привет, как дела?".encode("koi8_r"))
    assert refused.value.guess is None
    assert refused.value.advice == "convert it with: iconv -f ITS-ENCODING -t UTF-8"


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 4,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
        "no BOM".encode("utf-16-le"),
    ],
)
def test_binary_data_is_refused_as_binary(data: bytes) -> None:
    with pytest.raises(NotText) as refused:
        decode_text(data)
    assert refused.value.binary and refused.value.reason == "it holds binary data, not text"


def test_a_lying_byte_order_mark_is_refused() -> None:
    with pytest.raises(NotText) as refused:
        decode_text(codecs.BOM_UTF16_LE + b"\x00\xd8")  # a lone high surrogate
    assert not refused.value.binary


def test_file_names_from_the_os_become_readable() -> None:
    korean = os.fsdecode("보고서.txt".encode("cp949"))  # a name from a Korean Windows zip
    assert korean != "보고서.txt" and readable_name(korean) == "보고서.txt"
    junk = os.fsdecode(b"caf\xe9 \xff.txt")
    shown = readable_name(junk)
    assert shown == "caf\ufffd \ufffd.txt"
    shown.encode("utf-8")  # storable: no surrogates left
    assert readable_name("\ud800odd") == "\ufffdodd"  # a lone surrogate from no file system
    assert readable_name("서울.png") == "서울.png"


def test_arguments_with_bytes_that_are_not_utf8() -> None:
    assert decoded_argument("평범한 질문").encoding is TextEncoding.UTF8
    decoded = decoded_argument(os.fsdecode("한국의 수도는?".encode("cp949")))
    assert (decoded.text, decoded.encoding) == ("한국의 수도는?", TextEncoding.CP949)
    with pytest.raises(NotText):
        decoded_argument(os.fsdecode("déjà vu".encode("latin-1")))
