"""`parley ask --attach` in a real process: prepared, stored once, sent, shown and exported,
and resent after the original files are gone."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from tests.attachments.corpus import image_bytes, pdf_bytes, screenshot
from tests.cli.test_cli import no_traceback
from tests.fakeapi import Reply


def test_ask_with_attachments_end_to_end(parley, fakeapi, tmp_path: Path, parley_home) -> None:
    shot = tmp_path / "Screenshot.png"
    shot.write_bytes(image_bytes(screenshot(1920, 1080), "PNG"))
    report = tmp_path / "report.pdf"
    report.write_bytes(pdf_bytes(2))
    notes = tmp_path / "notes.md"
    notes.write_text("# Notes\n수도는 서울\n", encoding="utf-8")
    fakeapi.queue(Reply.text("Looks tidy."), Reply.text("Screenshot review"))
    args = ["-a", str(shot), "--attach", str(report), "-a", str(notes), "--json"]
    result = parley("ask", *args, "Review these")
    assert result.returncode == 0, result.stderr
    no_traceback(result)
    summary = json.loads(result.stdout)
    kinds = [(a["name"], a["kind"]) for a in summary["attachments"]]
    assert kinds == [("Screenshot.png", "image"), ("report.pdf", "pdf"), ("notes.md", "text")]
    image = summary["attachments"][0]
    assert (image["width"], image["height"]) == (1429, 804) and image["tokens"] <= 1600

    sent = fakeapi.message_requests()[0]["messages"][0]["content"]
    assert [b["type"] for b in sent] == ["image", "document", "text", "text"]
    stored_png = parley_home / "attachments" / image["sha256"][:2] / image["sha256"]
    assert base64.b64decode(sent[0]["source"]["data"]) == stored_png.read_bytes()
    assert base64.b64decode(sent[1]["source"]["data"]) == report.read_bytes()
    assert sent[2]["text"] == '<file name="notes.md">\n# Notes\n수도는 서울\n</file>'
    assert sent[3] == {"type": "text", "text": "Review these"}

    # The originals go; the conversation still resends, shows and exports from the store.
    for path in (shot, report, notes):
        path.unlink()
    fakeapi.queue(Reply.text("Still tidy."))
    again = parley("ask", "--continue", str(summary["conversation_id"]), "And now?")
    assert again.returncode == 0, again.stderr
    resent = fakeapi.message_requests()[-1]["messages"][0]["content"]
    assert resent == sent

    shown = parley("show", str(summary["conversation_id"]))
    assert "*[image: Screenshot.png, 1429×804]*" in shown.stdout
    assert "*[PDF: report.pdf, 2 pages]*" in shown.stdout
    assert "*[file: notes.md]*" in shown.stdout

    out = tmp_path / "export"
    exported = parley("export", str(summary["conversation_id"]), str(out))
    assert exported.returncode == 0, exported.stderr
    markdown = (out / "conversation.md").read_text(encoding="utf-8")
    png_name = f"{image['sha256'][:8]}-Screenshot.png"
    assert f"![Screenshot.png](attachments/{png_name})" in markdown
    assert (out / "attachments" / png_name).read_bytes() == stored_png.read_bytes()
    assert len(list((out / "attachments").iterdir())) == 3


def test_a_store_file_deleted_by_hand_is_a_plain_error(parley, fakeapi, tmp_path, parley_home):
    shot = tmp_path / "a.png"
    shot.write_bytes(image_bytes(screenshot(320, 200), "PNG"))
    fakeapi.queue(Reply.text("ok"), Reply.text("T"))
    first = json.loads(parley("ask", "--json", "-a", str(shot), "What?").stdout)
    for stored in (parley_home / "attachments").rglob("*"):
        if stored.is_file():
            stored.unlink()
    result = parley("ask", "-c", str(first["conversation_id"]), "Again?")
    assert result.returncode == 2
    no_traceback(result)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "a.png: this attachment is no longer" in lines[0]
    assert len(fakeapi.message_requests()) == 2  # the first exchange and its title only
    assert "*[image: a.png, 320×200]*" in parley("show", str(first["conversation_id"])).stdout
    export = parley("export", str(first["conversation_id"]), str(tmp_path / "out"))
    assert export.returncode == 1 and "missing: a.png" in export.stderr
