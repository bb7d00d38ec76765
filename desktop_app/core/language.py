"""Which language Parley speaks: the one chosen in settings, else the environment's.

The variables are read directly, in gettext's order, so Korean works even where the
`ko_KR` locale is not generated (a bare container, a CI runner).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, get_args

Language = Literal["en", "ko"]
LANGUAGES: tuple[Language, ...] = get_args(Language)
DEFAULT_LANGUAGE: Language = "en"  # the language the sources are written in


def language_of(locale_name: str) -> Language | None:
    """`ko_KR.UTF-8`, `ko`, `ko-KR`, `ko_KR@euro` → "ko"; None for what Parley does not speak."""
    base = locale_name.strip().split(".", 1)[0].split("@", 1)[0]
    code = base.replace("-", "_").split("_", 1)[0].lower()
    for language in LANGUAGES:
        if code == language:
            return language
    return None


def choose_language(setting: str, environ: Mapping[str, str]) -> Language:
    """`setting` when it names a language we have ('' follows the environment); else the
    first of LANGUAGE (a colon list), LC_ALL, LC_MESSAGES, LANG that is set; English otherwise.

    As in gettext, LANGUAGE is ignored when the locale is C/POSIX."""
    chosen = language_of(setting) if setting else None
    if chosen is not None:
        return chosen
    locale_name = next(
        (environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(name)), ""
    )
    if locale_name.split(".", 1)[0] in ("C", "POSIX"):
        return DEFAULT_LANGUAGE
    for name in environ.get("LANGUAGE", "").split(":"):
        if name and (found := language_of(name)) is not None:
            return found
    return language_of(locale_name) or DEFAULT_LANGUAGE
