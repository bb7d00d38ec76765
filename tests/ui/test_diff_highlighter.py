"""write_file's diff, coloured: added lines green, removed red, headers dim, on both themes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QTextBlock
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from desktop_app.core.permissions import BUILT_IN, ToolCallRequest, ToolKey
from desktop_app.tools.builtin.folder_access import FolderAccess
from desktop_app.tools.builtin.write_file import WriteFileTool
from desktop_app.ui.dialogs.permission_dialog import PermissionDialog
from desktop_app.ui.rendering.diff_highlighter import (
    DiffHighlighter,
    DiffLine,
    line_kinds,
    looks_like_diff,
)
from desktop_app.ui.theme import DARK, LIGHT, Colours, build_palette

OLD = "첫째 줄\nkeep me\n-- a line that starts with dashes\nold ending\n"
NEW = "첫째 줄\nkeep me\nnew ending\n++ also new\n"


def block_with(view: QPlainTextEdit, start: str) -> QTextBlock:
    block = view.document().firstBlock()
    while block.isValid():
        if block.text().startswith(start):
            return block
        block = block.next()
    raise AssertionError(f"no line starts with {start!r}")


def background(block: QTextBlock) -> QColor:
    return block.blockFormat().background().color()


def is_tint_of(colour: QColor, hue: str, base: QColor) -> bool:
    """Close to the base colour, leaning to green or red."""
    r, g, b = colour.red(), colour.green(), colour.blue()
    leaning = g > r + 8 and g > b if hue == "green" else r > g + 8 and r > b
    near = abs(colour.lightness() - base.lightness()) < 70
    return leaning and near and colour != base


@pytest.fixture
def diff(tmp_path: Path) -> str:
    """The preview the real write_file tool gives for changing a real file."""
    (tmp_path / "notes.txt").write_text(OLD, encoding="utf-8")
    tool = WriteFileTool(FolderAccess([tmp_path], tmp_path / "data"))
    step = tool.preview({"path": "notes.txt", "content": NEW})
    # It awaits nothing; asyncio.run is refused while the UI tests' qasync loop runs.
    try:
        step.send(None)
    except StopIteration as done:
        return str(done.value)
    raise AssertionError("the preview waited for something")


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_the_permission_dialog_colours_write_files_diff(
    qtbot: QtBot, diff: str, colours: Colours
) -> None:
    assert looks_like_diff(diff)
    key = ToolKey(BUILT_IN, "write_file", "f")
    request = ToolCallRequest("toolu_w", key, "Write a file", {}, 1, False, preview=diff)
    dialog = PermissionDialog(request)
    qtbot.addWidget(dialog)
    view = dialog.preview_view
    assert view is not None
    # The dialog took the app's palette; ask again with the theme's, as the app would have it.
    view.setPalette(build_palette(colours))
    view.setPlainText(diff)
    highlighter = DiffHighlighter(view.palette())
    highlighter.apply(view.document())
    base = QColor(colours.base)
    added, removed = block_with(view, "+new ending"), block_with(view, "-old ending")
    assert background(added) == highlighter.added_background
    assert is_tint_of(background(added), "green", base)
    assert background(removed) == highlighter.removed_background
    assert is_tint_of(background(removed), "red", base)
    dashes = block_with(view, "--- a line")  # a removed line, not a file header
    assert background(dashes) == highlighter.removed_background
    also_new = block_with(view, "+++ also")  # an added line, though it looks like a header
    assert background(also_new) == highlighter.added_background
    context = block_with(view, " keep me")
    assert context.blockFormat().background().style().name == "NoBrush"
    hunk = block_with(view, "@@")
    assert hunk.begin().fragment().charFormat().foreground().color() == QColor(colours.muted)
    header = view.document().firstBlock()
    assert header.text().startswith("--- ") and header.next().text().startswith("+++ ")
    assert header.blockFormat().background().style().name == "NoBrush"


def test_the_dialog_colours_the_diff_by_itself_and_leaves_other_previews_plain(
    qtbot: QtBot, diff: str
) -> None:
    def preview_of(text: str) -> QPlainTextEdit:
        request = ToolCallRequest("t", ToolKey(BUILT_IN, "x", "f"), "", {}, 1, preview=text)
        dialog = PermissionDialog(request)
        qtbot.addWidget(dialog)
        assert dialog.preview_view is not None
        return dialog.preview_view

    coloured = preview_of(diff)
    assert block_with(coloured, "+new").blockFormat().background().style().name != "NoBrush"
    plain = preview_of("+ this is a command line, not a diff\n- nor this")
    assert plain.document().firstBlock().blockFormat().background().style().name == "NoBrush"


def test_line_kinds_follow_the_hunk_counts() -> None:
    lines = [
        "--- a/x",
        "+++ b/x",
        "@@ -1,2 +1,2 @@",
        "--x",
        "++y",
        " same",
        "\\ No newline at end of file",
        "@@ -9 +9 @@",
        "-old",
        "+new",
    ]
    assert line_kinds(lines) == [
        DiffLine.HEADER,
        DiffLine.HEADER,
        DiffLine.HUNK,
        DiffLine.REMOVED,
        DiffLine.ADDED,
        DiffLine.CONTEXT,
        DiffLine.HEADER,
        DiffLine.HUNK,
        DiffLine.REMOVED,
        DiffLine.ADDED,
    ]
