"""Screenshot review in the real window: dropping, pasting, picking, refusing and removing files,
sending them, and the images in the transcript, against the fake API."""

from __future__ import annotations

import base64
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QLabel

from desktop_app import paths
from desktop_app.core.attachments import attachments_in
from desktop_app.core.conversation import Role
from desktop_app.storage.attachment_store import AttachmentStore
from desktop_app.ui.view_models.attachment_tray_model import ItemState
from desktop_app.ui.widgets.message_attachments import MessageAttachments
from tests.attachments.corpus import pdf_bytes
from tests.fakeapi import FakeApi, Reply
from tests.ui.attachment_driver import (
    drop,
    file_mime,
    picture,
    png_file,
    refusal_texts,
    sent_blocks,
    transcript_image,
    wait_prepared,
    wait_viewer,
)
from tests.ui.chat_driver import WAIT_MS, ChatDriver
from tests.ui.conftest import WindowFactory, close_window


def test_a_dropped_png_shows_its_tokens_and_goes_as_an_image_block(
    ready_window: ChatDriver, claude_env: FakeApi, tmp_path: Path
) -> None:
    ui = ready_window
    shot = png_file(tmp_path, "login screen.png", 640, 400)
    drop(ui, file_mime(shot))
    tray = ui.window.composer.attachments.tray
    assert tray.isVisible()
    tile = next(iter(tray.tiles.values()))
    assert tile.detail.text() == "Preparing…"  # on a worker: the window goes on meanwhile
    wait_prepared(ui, 1)
    assert tile.name.text() == "login screen.png"
    assert tile.detail.text() == "640×400 PNG"
    assert tile.tokens.text() == "about 342 tokens"  # 640·400/750
    assert tile.thumb.pixmap() is not None and not tile.thumb.pixmap().isNull()
    claude_env.queue(Reply.text("The button is too close to the edge."), Reply.text("Login"))
    ui.send("Review this")
    ui.wait_shown("The button is too close to the edge.")
    image, text = sent_blocks(claude_env)
    assert text == {"type": "text", "text": "Review this"}
    assert image["type"] == "image"
    source = image["source"]
    assert isinstance(source, dict) and source["type"] == "base64"
    assert base64.b64decode(str(source["data"])) == shot.read_bytes()  # small PNGs go unchanged
    assert not tray.isVisible()
    assert ui.window.composer.attachments.model.is_empty


def test_a_screenshot_pasted_from_the_clipboard_is_attached(
    ready_window: ChatDriver, claude_env: FakeApi, tmp_path: Path
) -> None:
    ui = ready_window
    QGuiApplication.clipboard().setImage(picture(300, 150))
    ui.qtbot.keyClick(ui.window.composer.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    wait_prepared(ui, 1)
    [item] = ui.window.composer.attachments.model.items()
    assert item.attachment is not None
    assert item.name.startswith("pasted ") and item.name.endswith(".png")
    assert (item.attachment.media_type, item.attachment.width) == ("image/png", 300)
    assert ui.window.composer.text() == ""  # nothing typed into the box

    QGuiApplication.clipboard().setMimeData(file_mime(png_file(tmp_path, "copied.png")))
    ui.qtbot.keyClick(ui.window.composer.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    wait_prepared(ui, 2)
    assert ui.window.composer.attachments.model.items()[1].name == "copied.png"
    assert ui.window.composer.attachments.tray.total.text() == "2 images · about 146 tokens"

    QGuiApplication.clipboard().setText("plain words")
    ui.qtbot.keyClick(ui.window.composer.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert ui.window.composer.text() == "plain words"  # text still pastes as text
    assert claude_env.message_requests() == []


def test_bad_files_are_refused_inline_and_never_sent(
    ready_window: ChatDriver, claude_env: FakeApi, tmp_path: Path
) -> None:
    ui = ready_window
    fake = tmp_path / "notes.png"
    fake.write_text("these are notes, not a picture", encoding="utf-8")
    folder = tmp_path / "screens"
    folder.mkdir()
    drop(ui, file_mime(fake, folder))
    ui.qtbot.waitUntil(lambda: len(refusal_texts(ui)) == 2, timeout=WAIT_MS)
    texts = refusal_texts(ui)
    assert texts[0].startswith("notes.png: the name says PNG image, but the file holds plain text")
    assert texts[1] == "screens: it is a folder; attach the files inside it instead."
    assert ui.window.composer.attachments.model.is_empty
    assert ui.window.composer.attachments.tray.tiles == {}

    row = ui.window.composer.attachments.tray.refusal_rows[1]
    ui.click(row.dismiss_button)
    assert refusal_texts(ui) == [texts[0]]

    claude_env.queue(Reply.text("Fine."))
    ui.send("Just text")
    ui.wait_shown("Fine.")
    assert sent_blocks(claude_env) == [{"type": "text", "text": "Just text"}]


def test_remove_takes_an_attachment_out_before_sending(
    ready_window: ChatDriver, claude_env: FakeApi, tmp_path: Path
) -> None:
    ui = ready_window
    first, second = png_file(tmp_path, "a.png", 200, 100), png_file(tmp_path, "b.png", 100, 300)
    drop(ui, file_mime(first, second))
    wait_prepared(ui, 2)
    tray = ui.window.composer.attachments.tray
    assert tray.total.text() == "2 images · about 67 tokens"
    first_tile = tray.tiles[min(tray.tiles)]
    assert first_tile.name.text() == "a.png"
    ui.click(first_tile.remove_button)
    assert [i.name for i in ui.window.composer.attachments.model.items()] == ["b.png"]
    assert not tray.total.isVisible()  # one tile says it all
    claude_env.queue(Reply.text("One image."))
    ui.send("How many?")
    ui.wait_shown("One image.")
    blocks = sent_blocks(claude_env)
    assert [b["type"] for b in blocks] == ["image", "text"]
    source = blocks[0]["source"]
    assert isinstance(source, dict)
    assert base64.b64decode(str(source["data"])) == second.read_bytes()


def test_attach_opens_a_picker_for_several_files(ready_window: ChatDriver, tmp_path: Path) -> None:
    ui = ready_window
    controls = ui.window.composer.attachments
    ui.click(controls.attach_button)
    dialog = controls.file_dialog
    assert dialog is not None
    ui.qtbot.waitUntil(dialog.isVisible)
    assert dialog.fileMode() is QFileDialog.FileMode.ExistingFiles
    first, second = png_file(tmp_path, "one.png"), png_file(tmp_path, "two.png", 90, 90)
    dialog.setDirectory(str(tmp_path))
    dialog.selectFile(f'"{first.name}" "{second.name}"')
    dialog.accept()
    wait_prepared(ui, 2)
    assert [i.name for i in controls.model.items()] == ["one.png", "two.png"]


def test_send_waits_for_a_prompt(ready_window: ChatDriver, claude_env: FakeApi, tmp_path: Path):
    ui = ready_window
    drop(ui, file_mime(png_file(tmp_path, "chart.png")))
    wait_prepared(ui, 1)
    ui.qtbot.keyClick(ui.window.composer.edit, Qt.Key.Key_Return)
    assert refusal_texts(ui) == [
        "Say what Claude should do with the attachments, or pick a preset above."
    ]
    assert ui.window.composer.attachments.chips.isVisible()
    assert not ui.window.composer.attachments.model.is_empty
    assert claude_env.message_requests() == []


def test_the_transcript_shows_the_image_which_opens_full_size_even_after_a_restart(
    claude_env: FakeApi, open_window: WindowFactory, tmp_path: Path
) -> None:
    ui = open_window()
    spec = tmp_path / "spec.pdf"
    spec.write_bytes(pdf_bytes(pages=2))
    drop(ui, file_mime(png_file(tmp_path, "dashboard.png", 900, 500), spec))
    wait_prepared(ui, 2)
    claude_env.queue(Reply.text("A dashboard."), Reply.text("Dashboard"))
    ui.send("What is this?")
    ui.wait_shown("A dashboard.")
    ui.wait_idle()
    conversation = ui.current().id
    image = transcript_image(ui)
    assert image.attachment.name == "dashboard.png"
    assert ui.texts()[0] == "What is this?"
    strip = image.parentWidget()
    assert isinstance(strip, MessageAttachments)
    chips = [i for i in strip.items if isinstance(i, QLabel)]
    assert [c.text() for c in chips] == ["PDF · spec.pdf · 2 pages"]
    assert [b["type"] for b in sent_blocks(claude_env)] == ["image", "document", "text"]
    ui.click(image)
    viewer = wait_viewer(ui)
    assert viewer.image.size().width() == 900
    assert viewer.fits
    ui.click(viewer.zoom_button)
    assert not viewer.fits
    assert viewer.picture.pixmap().width() == round(900 * viewer.devicePixelRatioF())
    viewer.close()

    close_window(ui.qtbot, ui.window)
    again = open_window()
    again.window.open_conversation(conversation)
    assert transcript_image(again).attachment.name == "dashboard.png"


def test_a_message_whose_attachment_is_gone_is_refused_plainly_and_given_back(
    ready_window: ChatDriver, claude_env: FakeApi, tmp_path: Path
) -> None:
    ui = ready_window
    drop(ui, file_mime(png_file(tmp_path, "first.png")))
    wait_prepared(ui, 1)
    claude_env.queue(Reply.text("Seen."), Reply.text("First"))
    ui.send("One")
    ui.wait_shown("Seen.")
    ui.wait_idle()
    [stored] = attachments_in(ui.store.messages(ui.current().id)[0].content)
    AttachmentStore(paths.attachments_dir()).path(stored.sha256).unlink()  # removed by hand

    drop(ui, file_mime(png_file(tmp_path, "second.png", 100, 100)))
    wait_prepared(ui, 1)
    requests = len(claude_env.message_requests())  # the reply's and the title's
    ui.send("Two")
    card = ui.wait_error()
    assert card.label.text().startswith("first.png: this attachment is no longer in Parley's")
    assert "back in the box below" in card.label.text()
    assert not card.retry_button.isVisible()
    assert ui.window.composer.text() == "Two"
    wait_prepared(ui, 1)
    assert [i.name for i in ui.window.composer.attachments.model.items()] == ["second.png"]
    assert len(claude_env.message_requests()) == requests
    assert [m.role for m in ui.store.messages(ui.current().id)] == [Role.USER, Role.ASSISTANT]


def test_attachments_stay_with_their_conversation(
    ready_window: ChatDriver, claude_env: FakeApi, tmp_path: Path
) -> None:
    ui = ready_window
    claude_env.queue(Reply.text("Hello."), Reply.text("Hi"))
    ui.send("Hi")
    ui.wait_shown("Hello.")
    ui.wait_idle()
    first = ui.current().id
    drop(ui, file_mime(png_file(tmp_path, "kept.png")))
    model = ui.window.composer.attachments.model
    ui.window.open_conversation(None)  # away while it may still be preparing
    assert model.is_empty
    ui.window.open_conversation(first)
    wait_prepared(ui, 1)
    assert [i.name for i in model.items()] == ["kept.png"]
    assert model.items()[0].state is ItemState.READY


def test_editing_a_question_keeps_its_image(
    ready_window: ChatDriver, claude_env: FakeApi, tmp_path: Path
) -> None:
    from tests.ui.test_message_actions import bar_under

    ui = ready_window
    shot = png_file(tmp_path, "form.png", 320, 200)
    drop(ui, file_mime(shot))
    wait_prepared(ui, 1)
    claude_env.queue(Reply.text("Looks fine."), Reply.text("Form"))
    ui.send("Review this")
    ui.wait_shown("Looks fine.")
    ui.wait_idle()
    ui.click(bar_under(ui, "Review this").change_button)
    assert "(its file goes with it)" in ui.window.composer.editing_label.text()
    ui.window.composer.edit.clear()
    claude_env.queue(Reply.text("The labels are misaligned."))
    ui.send("Check the alignment")
    ui.wait_shown("The labels are misaligned.")
    image, text = sent_blocks(claude_env, -1)
    assert text == {"type": "text", "text": "Check the alignment"}
    assert image["type"] == "image"
    source = image["source"]
    assert isinstance(source, dict)
    assert base64.b64decode(str(source["data"])) == shot.read_bytes()
