"""A Qt-free reader of compiled `.qm` catalogues, so the CLI and core translate as the window does.

The window loads the same file into a QTranslator; lookup follows QTranslator's rules: the
message with the given comment (disambiguation), else the one without, and for `%n` the
plural form the file's numerus rules choose.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


class Section(IntEnum):
    CONTEXTS = 0x2F
    HASHES = 0x42
    MESSAGES = 0x69
    NUMERUS_RULES = 0x88
    DEPENDENCIES = 0x96
    LANGUAGE = 0xA7


class Tag(IntEnum):
    END = 1
    SOURCE_TEXT16 = 2
    TRANSLATION = 3
    CONTEXT16 = 4
    OBSOLETE1 = 5
    SOURCE_TEXT = 6
    CONTEXT = 7
    COMMENT = 8
    OBSOLETE2 = 9


class QmFormatError(ValueError):
    """The file is not a catalogue lrelease wrote."""


# Numerus rule opcodes, as qtranslator.cpp reads them.
_EQ, _LT, _LEQ, _BETWEEN, _OP_MASK, _NOT = 0x01, 0x02, 0x03, 0x04, 0x07, 0x08
_MOD_10, _MOD_100, _LEAD_1000 = 0x10, 0x20, 0x40
_AND, _OR = 0xFD, 0xFE


def numerus_form(n: int, rules: bytes) -> int:
    """Which plural form (0-based) `rules` give for `n`; Qt's numerusHelper in Python."""
    if not rules:
        return 0
    n, result, i = abs(n), 0, 0
    while True:
        any_true = False
        while True:
            all_true = True
            while True:
                opcode = rules[i]
                left = n
                if opcode & _MOD_10:
                    left %= 10
                elif opcode & _MOD_100:
                    left %= 100
                elif opcode & _LEAD_1000:
                    while left >= 1000:
                        left //= 1000
                right = rules[i + 1]
                i += 2
                match opcode & _OP_MASK:
                    case 0x01:
                        truth = left == right
                    case 0x02:
                        truth = left < right
                    case 0x03:
                        truth = left <= right
                    case _:
                        truth = right <= left <= rules[i]
                        i += 1
                if opcode & _NOT:
                    truth = not truth
                all_true = all_true and truth
                if i >= len(rules) or rules[i] != _AND:
                    break
                i += 1
            any_true = any_true or all_true
            if i >= len(rules) or rules[i] != _OR:
                break
            i += 1
        if any_true:
            return result
        result += 1
        if i >= len(rules):
            return result
        i += 1  # the new-rule marker


@dataclass(frozen=True, slots=True)
class QmCatalogue:
    """Translations keyed by (context, source, comment); plural forms in order."""

    language: str = ""
    numerus_rules: bytes = b""
    messages: dict[tuple[str, str, str], tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def read(cls, path: Path) -> QmCatalogue:
        """Raises OSError, or QmFormatError for a file that is not a `.qm`."""
        return cls.parse(path.read_bytes())

    @classmethod
    def parse(cls, data: bytes) -> QmCatalogue:
        if not data.startswith(MAGIC):
            raise QmFormatError("not a Qt translation file")
        language, rules, messages = "", b"", b""
        at = len(MAGIC)
        while at + 5 <= len(data):
            tag, length = data[at], struct.unpack_from(">I", data, at + 1)[0]
            body = data[at + 5 : at + 5 + length]
            if len(body) != length:
                raise QmFormatError("truncated translation file")
            if tag == Section.LANGUAGE:
                language = body.decode("utf-8", "replace")
            elif tag == Section.NUMERUS_RULES:
                rules = body
            elif tag == Section.MESSAGES:
                messages = body
            at += 5 + length
        return cls(language, rules, _messages(messages))

    def find(self, context: str, source: str, comment: str = "", n: int = -1) -> str | None:
        """The translation, or None when the catalogue has none (the source is shown then)."""
        forms = self.messages.get((context, source, comment))
        if forms is None and comment:
            forms = self.messages.get((context, source, ""))
        if not forms:
            return None
        index = numerus_form(n, self.numerus_rules) if n >= 0 else 0
        return forms[min(index, len(forms) - 1)]


def _messages(data: bytes) -> dict[tuple[str, str, str], tuple[str, ...]]:
    found: dict[tuple[str, str, str], tuple[str, ...]] = {}
    at = 0
    forms: list[str] = []
    context = source = comment = ""
    while at < len(data):
        tag = data[at]
        at += 1
        if tag == Tag.END:
            if forms:
                found[(context, source, comment)] = tuple(forms)
            forms, context, source, comment = [], "", "", ""
            continue
        if tag == Tag.OBSOLETE1:
            at += 4
            continue
        if at + 4 > len(data):
            raise QmFormatError("truncated message")
        length = struct.unpack_from(">I", data, at)[0]
        at += 4
        if length == 0xFFFFFFFF:  # a null translation
            continue
        value = data[at : at + length]
        at += length
        match tag:
            case Tag.TRANSLATION:
                forms.append(value.decode("utf-16-be", "replace"))
            case Tag.SOURCE_TEXT:
                source = value.decode("utf-8", "replace")
            case Tag.CONTEXT:
                context = value.decode("utf-8", "replace")
            case Tag.COMMENT:
                comment = value.decode("utf-8", "replace")
            case Tag.SOURCE_TEXT16 | Tag.CONTEXT16 | Tag.OBSOLETE2:
                pass
            case _:
                raise QmFormatError(f"unknown message tag {tag}")
    return found
