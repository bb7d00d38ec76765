"""Text contrast meets WCAG 2.1 AA (4.5:1 for text) in both themes.

The pairs are read from what the UI really uses: the palette's text roles, every rule of
the style sheet that sets a text colour (on its own background, or on each surface it can
sit on when it sets none), the rendered reply's colours and every syntax colour of the
code highlighter on the code background. Disabled controls are exempt, as WCAG says.
"""

from __future__ import annotations

import re
from dataclasses import asdict

import pytest
from PySide6.QtGui import QTextCharFormat

from desktop_app.core.contrast import AA_TEXT, contrast, readable
from desktop_app.paths import resource
from desktop_app.ui.rendering.code_highlighter import CodeHighlighter
from desktop_app.ui.theme import DARK, LIGHT, Colours

# Where a rule with a transparent or unset background can be painted: the window, the
# sidebar, input fields and cards, and the user's message bubble.
SURFACES = ("window", "sidebar", "base", "user_bubble")
RULE = re.compile(r"([^{}]+)\{([^}]*)\}")


def test_contrast_formula_matches_the_wcag_reference_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the famous near miss
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize(
    ("colour", "ground"),
    [
        ("#008000", "#f1efe9"),
        ("#aa22ff", "#f1efe9"),
        ("#333333", "#1a1a1d"),
        ("#bbbbbb", "#ffffff"),
    ],
)
def test_readable_moves_a_colour_just_far_enough(colour: str, ground: str) -> None:
    nudged = readable(colour, ground)
    assert AA_TEXT <= contrast(nudged, ground) < AA_TEXT + 0.2  # no further than needed
    assert readable(nudged, ground) == nudged


def style_sheet_pairs(colours: Colours) -> list[tuple[str, str, str]]:
    """(where, text colour name, background name) for every text colour the sheet sets."""
    sheet = re.sub(r"/\*.*?\*/", "", resource("styles", "parley.qss").read_text(), flags=re.S)
    pairs = []
    for selector, body in RULE.findall(sheet):
        if ":disabled" in selector or "::" in selector:
            continue
        text = re.search(r"(?<![-\w])color:\s*\$(\w+)", body)
        if text is None:
            continue
        ground = re.search(r"background(?:-color)?:\s*\$(\w+)", body)
        grounds = (ground.group(1),) if ground else SURFACES
        pairs += [(selector.strip(), text.group(1), g) for g in grounds]
    assert len(pairs) > 40, "the style sheet's rules were not read"
    assert all(name in asdict(colours) for _, fg, bg in pairs for name in (fg, bg))
    return pairs


def used_pairs(colours: Colours) -> list[tuple[str, str, str]]:
    palette = [
        ("Text on Base", "text", "base"),
        ("WindowText on Window", "text", "window"),
        ("ButtonText on Button", "text", "raised"),
        ("ToolTipText on ToolTipBase", "text", "raised"),
        ("HighlightedText on Highlight", "text", "selection"),
        ("PlaceholderText on Base", "muted", "base"),
        ("Link on Base", "link", "base"),
        ("Text on AlternateBase", "text", "sidebar"),
    ]
    # Selected text is drawn in HighlightedText (checked above), whatever its own colour.
    reply = [
        (f"reply {fg} on {bg}", fg, bg)
        for fg in ("text", "link", "muted")
        for bg in ("window", "user_bubble")
    ]
    reply += [
        ("code block text", "text", "code_bg"),
        ("code block header", "muted", "code_bg"),
        ("error card text", "error_text", "error_bg"),
    ]
    return palette + reply + style_sheet_pairs(colours)


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_every_text_colour_meets_aa_on_its_background(colours: Colours) -> None:
    values = asdict(colours)
    failing = [
        f"{where}: {fg} {values[fg]} on {bg} {values[bg]} = {contrast(values[fg], values[bg]):.2f}"
        for where, fg, bg in used_pairs(colours)
        if contrast(values[fg], values[bg]) < AA_TEXT
    ]
    assert not failing, "\n".join(failing)


CODE = {
    "python": '@cache\ndef f(x: int = 0x1F) -> str:\n    """Doc."""  # note\n'
    '    return f"{x!r}" + r"\\d"\n',
    "javascript": "const re = /a+b/g; let n = null;\n"
    "class A extends B { get x() { return `t${1}`; } }",
    "c": "#include <stdio.h>\nint main(void) { char c = 'a'; /* c */ return 0; }",
    "html": '<a href="x" class=y>&amp;<!-- c --></a>',
    "diff": "--- a\n+++ b\n@@ -1 +1 @@\n-old\n+new",
    "bash": 'for f in *.txt; do echo "$f" | grep -v ^# > /dev/null; done',
}


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_every_syntax_colour_meets_aa_on_the_code_background(colours: Colours) -> None:
    dark = colours is DARK
    highlighter = CodeHighlighter(QTextCharFormat(), dark, colours.code_bg)
    seen, failing = 0, []
    for language, code in CODE.items():
        for text, chars in highlighter.spans(code, language):
            if not text.strip() or not chars.foreground().style().value:
                continue  # blank runs show no colour; a run without a colour is the text's
            seen += 1
            colour = chars.foreground().color().name()
            if contrast(colour, colours.code_bg) < AA_TEXT:
                failing.append(f"{language} {text!r}: {colour}")
    assert seen > 30, "the samples were not highlighted"
    assert not failing, "\n".join(failing)
