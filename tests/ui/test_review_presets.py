"""The screenshot-review presets: chips that fill the prompt, on the composer and the drop
overlay, edited in their dialog and kept in the settings across a restart."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt

from desktop_app import paths
from desktop_app.core.settings import ReviewPreset, Settings
from desktop_app.ui.dialogs.preset_dialog import PresetDialog
from tests.fakeapi import FakeApi, Reply
from tests.ui.attachment_driver import drop, file_mime, png_file, sent_blocks, wait_prepared
from tests.ui.chat_driver import ChatDriver
from tests.ui.conftest import WindowFactory, close_window


def test_a_preset_fills_the_prompt_and_dropping_on_one_attaches_too(
    ready_window: ChatDriver, claude_env: FakeApi, tmp_path: Path
) -> None:
    ui = ready_window
    controls = ui.window.composer.attachments
    assert controls.chips.isVisible()  # a new conversation's empty composer offers them
    chip = controls.chips.chips[1]
    assert chip.text() == "Extract the text"
    ui.click(chip)
    assert ui.window.composer.text() == controls.presets[1].prompt
    assert not controls.chips.isVisible()  # the prompt is no longer empty

    ui.window.composer.set_text("")
    overlay = ui.window.drop_target.show_overlay()
    button = next(b for b, p in overlay.buttons.items() if p.label == "Review this UI")
    overlay.hide()
    drop(ui, file_mime(png_file(tmp_path, "form.png")), on=button)
    wait_prepared(ui, 1)
    assert ui.window.composer.text().startswith("Review this screenshot as an experienced UI")
    claude_env.queue(Reply.text("Reviewed."))
    ui.qtbot.keyClick(ui.window.composer.edit, Qt.Key.Key_Return)
    ui.wait_shown("Reviewed.")
    assert [b["type"] for b in sent_blocks(claude_env)] == ["image", "text"]
    assert not controls.chips.isVisible()  # no longer a new conversation


def test_edited_presets_are_saved_and_come_back_after_a_restart(
    claude_env: FakeApi, open_window: WindowFactory
) -> None:
    ui = open_window()
    ui.click(ui.window.composer.attachments.chips.edit_button)
    dialog = ui.window.findChild(PresetDialog)
    assert dialog is not None
    ui.qtbot.waitUntil(dialog.isVisible)
    dialog.list.setCurrentRow(0)
    dialog.label_edit.clear()
    ui.qtbot.keyClicks(dialog.label_edit, "Critique")
    ui.click(dialog.add_button)
    ui.qtbot.keyClicks(dialog.label_edit, "OCR")
    ui.qtbot.keyClicks(dialog.prompt_edit, "Read every word.")
    dialog.list.setCurrentRow(1)
    ui.click(dialog.remove_button)  # "Extract the text"
    dialog.on_save_clicked()
    labels = [c.text() for c in ui.window.composer.attachments.chips.chips]
    assert labels[0] == "Critique"
    assert labels[-1] == "OCR"
    assert "Extract the text" not in labels
    stored = json.loads(paths.settings_path().read_text(encoding="utf-8"))
    assert stored["review_presets"][-1] == {"label": "OCR", "prompt": "Read every word."}

    close_window(ui.qtbot, ui.window)
    again = open_window()
    assert [c.text() for c in again.window.composer.attachments.chips.chips] == labels
    assert Settings.load(paths.settings_path()).review_presets[-1] == ReviewPreset(
        "OCR", "Read every word."
    )


def test_an_incomplete_preset_is_not_saved(ready_window: ChatDriver) -> None:
    ui = ready_window
    before = ui.window.settings.review_presets
    ui.click(ui.window.composer.attachments.chips.edit_button)
    dialog = ui.window.findChild(PresetDialog)
    assert dialog is not None
    ui.click(dialog.add_button)
    ui.qtbot.keyClicks(dialog.label_edit, "Half")
    dialog.on_save_clicked()
    assert dialog.isVisible()
    assert "needs a label and a prompt" in dialog.status.text()
    assert ui.window.settings.review_presets == before
