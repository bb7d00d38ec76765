"""What a pasted API key may hold: outer blanks are trimmed; a space or line break inside,
a character that is not plain ASCII, or a control character is refused in words, before any
request (HTTP headers cannot carry them, and the SDK would fail with a traceback).

The key's shape (`sk-ant-…`) is not checked: compatible servers take keys of any form.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum

from desktop_app.core.i18n import translate

# Invisible characters a copy from a web page or a chat brings along, at either end.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff")


class KeyProblem(StrEnum):
    EMPTY = "empty"
    LINE_BREAK = "line_break"  # inside the key: a wrapped paste
    SPACE = "space"  # inside the key: any blank that is not a line break
    NOT_ASCII = "not_ascii"  # a smart quote, a full-width letter, an invisible character
    CONTROL = "control"


class BadKeyError(ValueError):
    """A key that cannot be sent. Never holds the key; `position` counts from 1 and
    `character` names the one at fault (e.g. "U+2019 RIGHT SINGLE QUOTATION MARK")."""

    def __init__(
        self, problem: KeyProblem, position: int = 0, length: int = 0, character: str = ""
    ) -> None:
        self.problem = problem
        self.position = position
        self.length = length
        self.character = character
        super().__init__(self.sentence)

    def described(self, subject: str) -> str:
        """What is wrong with `subject` (the key, or where it was found), in the chosen
        language: "the API key has a line break inside it (character 9 of 12)"."""
        match self.problem:
            case KeyProblem.EMPTY:
                text = translate("ApiKeyFormat", "{subject} is empty")
            case KeyProblem.LINE_BREAK:
                text = translate(
                    "ApiKeyFormat",
                    "{subject} has a line break inside it (character {position} of {length})",
                )
            case KeyProblem.SPACE:
                text = translate(
                    "ApiKeyFormat",
                    "{subject} has a space inside it (character {position} of {length})",
                )
            case KeyProblem.NOT_ASCII:
                text = translate(
                    "ApiKeyFormat",
                    "{subject} holds {character} (character {position} of {length}), which no "
                    "API key has",
                )
            case KeyProblem.CONTROL:
                text = translate(
                    "ApiKeyFormat",
                    "{subject} holds a control character ({character}) (character {position} "
                    "of {length})",
                )
        return text.format(
            subject=subject, position=self.position, length=self.length, character=self.character
        )

    @property
    def advice(self) -> str:
        match self.problem:
            case KeyProblem.LINE_BREAK:
                return translate("ApiKeyFormat", "paste it again on one line")
            case KeyProblem.NOT_ASCII:
                return translate(
                    "ApiKeyFormat",
                    "keys are plain letters, digits, - and _: copy it again from the Anthropic "
                    "Console",
                )
            case _:
                return translate("ApiKeyFormat", "copy it again from the Anthropic Console")

    @property
    def sentence(self) -> str:
        """For the CLI (the window has its own wording, ui/dialogs/api_key_dialog.py)."""
        problem = self.described(translate("ApiKeyFormat", "the API key"))
        return translate("ApiKeyFormat", "{problem}; {advice}").format(
            problem=problem, advice=self.advice
        )


def clean_key(raw: str) -> str:
    """The key with blanks (and invisible characters) trimmed from both ends; raises
    BadKeyError for anything an HTTP header cannot carry."""
    start, end = 0, len(raw)
    while start < end and _trimmed(raw[start]):
        start += 1
    while end > start and _trimmed(raw[end - 1]):
        end -= 1
    key = raw[start:end]
    if not key:
        raise BadKeyError(KeyProblem.EMPTY)
    for index, char in enumerate(key):
        if 0x21 <= ord(char) <= 0x7E:
            continue
        position, length = index + 1, len(key)
        if char in "\r\n\u2028\u2029\x85":
            raise BadKeyError(KeyProblem.LINE_BREAK, position, length)
        if char.isspace():
            raise BadKeyError(KeyProblem.SPACE, position, length)
        if ord(char) < 0x20 or ord(char) == 0x7F:
            raise BadKeyError(KeyProblem.CONTROL, position, length, _named(char))
        raise BadKeyError(KeyProblem.NOT_ASCII, position, length, _named(char))
    return key


def _trimmed(char: str) -> bool:
    return char.isspace() or char in _INVISIBLE


def _named(char: str) -> str:
    """e.g. "U+FF53 FULLWIDTH LATIN SMALL LETTER S"; a surrogate (undecodable byte) has none."""
    if 0xDC80 <= ord(char) <= 0xDCFF:  # how Python passes on a byte that is not UTF-8
        return f"a byte that is not UTF-8 text (0x{ord(char) - 0xDC00:02X})"
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X} {name}".rstrip()
