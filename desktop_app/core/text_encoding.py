"""Bytes that should be text (stdin, an attached file, a CSV, an argument): UTF-8, or a
named fallback the user is warned about, or a plain refusal that says how to convert.

One rule for the CLI and the window. UTF-8 (a BOM is dropped) and UTF-16/32 with a byte
order mark are read as they are. Otherwise only Korean CP949 (a superset of EUC-KR, what
Korean Windows and Excel write) is tried, and kept only when it decodes without an error
and reads as Korean; anything else is refused with a guess for `iconv`. Latin-1 is never a
fallback: it decodes any bytes at all, so it would turn every mistake into mojibake.
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.core.i18n import translate

_SAMPLE = 8192  # bytes looked at to tell binary data from text
# Control characters that never appear in text (tab, newlines, form feed and ESC do).
_BINARY_CONTROLS = frozenset(range(32)) - {9, 10, 12, 13, 27}
_KOREAN_SHARE = 0.7  # of the non-ASCII letters, Hangul syllables in everyday use


class TextEncoding(StrEnum):
    UTF8 = "UTF-8"
    UTF16 = "UTF-16"
    UTF32 = "UTF-32"
    CP949 = "CP949"

    @property
    def is_fallback(self) -> bool:
        """Read by a guess rather than by a rule: the user is told, in case it is wrong."""
        return self is TextEncoding.CP949

    @property
    def label(self) -> str:
        """The name shown to the user, e.g. "CP949 (Korean, EUC-KR)"."""
        return "CP949 (Korean, EUC-KR)" if self is TextEncoding.CP949 else self.value


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", TextEncoding.UTF8),
    (codecs.BOM_UTF32_LE, "utf-32", TextEncoding.UTF32),
    (codecs.BOM_UTF32_BE, "utf-32", TextEncoding.UTF32),
    (codecs.BOM_UTF16_LE, "utf-16", TextEncoding.UTF16),
    (codecs.BOM_UTF16_BE, "utf-16", TextEncoding.UTF16),
)


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: TextEncoding

    @property
    def warning(self) -> str:
        """One sentence for the user when a fallback was used; "" otherwise."""
        if not self.encoding.is_fallback:
            return ""
        return translate("TextEncoding", "it is not UTF-8; it was read as {encoding}").format(
            encoding=self.encoding.label
        )


@dataclass(frozen=True, slots=True)
class Guess:
    """What undecodable bytes look like: a name for people and one for `iconv -f`."""

    label: str
    iconv: str


class NotText(ValueError):
    """Bytes that are not text Parley can read; `reason` completes "… is not UTF-8 text"."""

    def __init__(self, binary: bool, guess: Guess | None = None) -> None:
        self.binary = binary
        self.guess = guess
        super().__init__(self.reason)

    @property
    def reason(self) -> str:
        """e.g. "it is not UTF-8 text (it looks like Windows-1252, Western European)"."""
        if self.binary:
            return translate("TextEncoding", "it holds binary data, not text")
        if self.guess is None:
            return translate("TextEncoding", "it is not UTF-8 text")
        return translate("TextEncoding", "it is not UTF-8 text (it looks like {encoding})").format(
            encoding=self.guess.label
        )

    @property
    def advice(self) -> str:
        """How to convert it, e.g. "convert it with: iconv -f WINDOWS-1252 -t UTF-8"."""
        if self.binary:
            return ""
        source = self.guess.iconv if self.guess else "ITS-ENCODING"
        return translate("TextEncoding", "convert it with: {command}").format(
            command=f"iconv -f {source} -t UTF-8"
        )


def decode_text(data: bytes) -> DecodedText:
    """The text in `data`, by the rule in this module's docstring; raises NotText."""
    for bom, codec, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return DecodedText(_checked(data.decode(codec)), encoding)
            except UnicodeDecodeError:
                raise NotText(False, _guess(data)) from None
    if b"\x00" in data[:_SAMPLE] or _looks_binary(data[:_SAMPLE]):
        raise NotText(True)
    try:
        return DecodedText(_checked(data.decode("utf-8")), TextEncoding.UTF8)
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        raise NotText(False, _guess(data)) from None
    if not _reads_as_korean(text):
        raise NotText(False, _guess(data))
    return DecodedText(_checked(text), TextEncoding.CP949)


def _checked(text: str) -> str:
    sample = text[:_SAMPLE]
    if sample and sum(ord(c) in _BINARY_CONTROLS for c in sample) > len(sample) // 100:
        raise NotText(True)
    return text


def _looks_binary(head: bytes) -> bool:
    return sum(b in _BINARY_CONTROLS for b in head) > len(head) // 100


def _is_common_hangul(char: str) -> bool:
    # The 2,350 syllables of KS X 1001 cover everyday Korean; bytes that were never Korean
    # land in CP949's extension (rare syllables) or on Hanja instead.
    return "\uac00" <= char <= "\ud7a3" and len(char.encode("euc_kr", "ignore")) == 2


def _reads_as_korean(text: str) -> bool:
    # Chinese in GB2312 shares EUC-KR's byte ranges and decodes without an error, about a
    # third of it to Hangul: so most letters must be everyday Hangul, not merely some.
    letters = [c for c in text[: 64 * 1024] if ord(c) > 127 and c.isalpha()]
    if not letters:
        return False
    return sum(map(_is_common_hangul, letters)) >= _KOREAN_SHARE * len(letters)


def _share(text: str, test: Callable[[str], bool]) -> float:
    others = [c for c in text if ord(c) > 127]
    return sum(map(test, others)) / len(others) if others else 0.0


def _is_kana(char: str) -> bool:
    # Full-width only: bytes of Chinese or Korean text read as Shift_JIS come out as
    # half-width katakana, which Japanese text itself seldom uses.
    return "\u3040" <= char <= "\u30ff"


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _is_common_hanzi(char: str) -> bool:
    # GB2312's set: Western bytes read as GBK land on its rarer extension instead.
    return _is_han(char) and len(char.encode("gb2312", "ignore")) == 2


_WESTERN = Guess("Windows-1252, Western European", "WINDOWS-1252")
_DOUBLE_BYTE: tuple[tuple[str, Guess, Callable[[str], bool], float], ...] = (
    ("shift_jis", Guess("Shift_JIS, Japanese", "SHIFT_JIS"), _is_kana, 0.2),
    ("euc_jp", Guess("EUC-JP, Japanese", "EUC-JP"), _is_kana, 0.2),
    ("gb18030", Guess("GB18030, Chinese", "GB18030"), _is_common_hanzi, 0.8),
    ("big5", Guess("Big5, Chinese", "BIG5"), _is_han, 0.8),
    ("cp949", Guess("CP949, Korean", "CP949"), _is_common_hangul, 0.2),
)


def _guess(data: bytes) -> Guess | None:
    """A likely encoding for bytes that are neither UTF-8 nor Korean, to word the refusal;
    None rather than a wild guess."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None  # a byte order mark that lies: no better guess
    sample = data[: 64 * 1024]
    runs = re.findall(rb"[\x80-\xff]+", sample)
    # Western text has lone accented letters between ASCII; East Asian text has runs of pairs.
    if runs and sum(len(run) == 1 for run in runs) >= len(runs) / 2:
        western = _western(sample)
        if western is not None:
            return western
    for codec, guess, test, share in _DOUBLE_BYTE:
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            continue
        if _share(text, test) >= share:
            return guess
    return None


def _western(sample: bytes) -> Guess | None:
    try:
        text = sample.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return _WESTERN if _share(text, _is_western) >= 0.5 else None


def _is_western(char: str) -> bool:
    return "\u00c0" <= char <= "\u017f" or char in "“”‘’–—…•€·«»°©®"


def readable_name(name: str) -> str:
    """A file name (or argument) fit to show and store. Names the OS gave as bytes that
    are not UTF-8 arrive with surrogates (surrogateescape); they are read by the same rule
    as file contents, else their odd bytes become U+FFFD."""
    if not _has_surrogates(name):
        return name
    try:
        raw = os.fsencode(name)
    except UnicodeError:  # lone surrogates that came from no file system
        return "".join("\ufffd" if _is_surrogate(c) else c for c in name)
    try:
        return decode_text(raw).text
    except NotText:
        return raw.decode("utf-8", "replace")


def decoded_argument(value: str) -> DecodedText:
    """A command-line argument as text: what Python took from the OS, or, when it holds bytes
    that are not UTF-8, those bytes decoded by the rule; raises NotText."""
    if not _has_surrogates(value):
        return DecodedText(value, TextEncoding.UTF8)
    try:
        raw = os.fsencode(value)
    except UnicodeError:
        raise NotText(False) from None
    return decode_text(raw)


def _is_surrogate(char: str) -> bool:
    return "\ud800" <= char <= "\udfff"


def _has_surrogates(text: str) -> bool:
    return any(map(_is_surrogate, text))
