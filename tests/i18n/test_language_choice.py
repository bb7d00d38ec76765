"""Which language Parley speaks, from settings and the environment's variables."""

from __future__ import annotations

import pytest

from desktop_app.core.language import choose_language

CASES = [
    # (setting, environment, expected)
    ("", {}, "en"),
    ("", {"LANG": "ko_KR.UTF-8"}, "ko"),
    ("", {"LANG": "ko_KR"}, "ko"),
    ("", {"LANG": "ko"}, "ko"),
    ("", {"LANG": "ko_KR.eucKR"}, "ko"),
    ("", {"LANG": "en_GB.UTF-8"}, "en"),
    ("", {"LANG": "de_DE.UTF-8"}, "en"),  # a language we lack: the English sources
    ("", {"LANG": "C"}, "en"),
    ("", {"LANG": "C.UTF-8"}, "en"),
    ("", {"LANG": "POSIX"}, "en"),
    ("", {"LC_MESSAGES": "ko_KR.UTF-8", "LANG": "en_US.UTF-8"}, "ko"),
    ("", {"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "ko_KR.UTF-8"}, "en"),
    ("", {"LC_ALL": "ko_KR.UTF-8", "LANG": "en_US.UTF-8"}, "ko"),
    ("", {"LANGUAGE": "ko", "LANG": "en_US.UTF-8"}, "ko"),
    ("", {"LANGUAGE": "fr:ko:en", "LANG": "en_US.UTF-8"}, "ko"),  # the first we have
    ("", {"LANGUAGE": "en:ko", "LANG": "ko_KR.UTF-8"}, "en"),
    ("", {"LANGUAGE": "ko", "LC_ALL": "C"}, "en"),  # as gettext: C ignores LANGUAGE
    ("", {"LANGUAGE": "", "LANG": "ko_KR.UTF-8"}, "ko"),
    ("", {"LANGUAGE": "ko"}, "ko"),  # no locale set at all
    ("", {"LC_ALL": "", "LANG": "ko_KR.UTF-8"}, "ko"),  # empty counts as unset
    ("ko", {"LANG": "en_US.UTF-8"}, "ko"),  # settings win
    ("en", {"LANGUAGE": "ko", "LANG": "ko_KR.UTF-8"}, "en"),
    ("xx", {"LANG": "ko_KR.UTF-8"}, "ko"),  # an unknown setting follows the environment
]


@pytest.mark.parametrize(("setting", "environ", "expected"), CASES)
def test_language_choice(setting: str, environ: dict[str, str], expected: str) -> None:
    assert choose_language(setting, environ) == expected
