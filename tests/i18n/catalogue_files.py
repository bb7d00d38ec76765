"""Small `.ts` catalogues written and compiled by the tests, with the real lrelease."""

from __future__ import annotations

import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

from desktop_app.translation_catalogues import lrelease_path

Message = tuple[str, str, str | tuple[str, ...]] | tuple[str, str, str | tuple[str, ...], str]


def write_ts(path: Path, language: str, messages: list[Message]) -> Path:
    """messages: (context, source, translation or plural forms[, disambiguation])."""
    by_context: dict[str, list[str]] = {}
    for context, source, translation, *comment in messages:
        plural = isinstance(translation, tuple)
        forms = translation if isinstance(translation, tuple) else (translation,)
        body = (
            "".join(f"<numerusform>{escape(f)}</numerusform>" for f in forms)
            if plural
            else escape(forms[0])
        )
        note = f"<comment>{escape(comment[0])}</comment>" if comment else ""
        numerus = ' numerus="yes"' if plural else ""
        by_context.setdefault(context, []).append(
            f"<message{numerus}><source>{escape(source)}</source>"
            f"{note}<translation>{body}</translation></message>"
        )
    contexts = "".join(
        f"<context><name>{escape(name)}</name>{''.join(items)}</context>"
        for name, items in by_context.items()
    )
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{language}" sourcelanguage="en">{contexts}</TS>\n',
        encoding="utf-8",
    )
    return path


def compile_ts(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([str(lrelease_path()), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm
