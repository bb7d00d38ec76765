"""`parley` in a real process under umask 0: what it writes, in its folder or in an export,
others cannot read; a symlink planted at its log's name is not followed."""

from __future__ import annotations

import json
import os

from tests.attachments.corpus import image_bytes, screenshot
from tests.cli.test_cli import no_traceback
from tests.fakeapi import Reply
from tests.file_modes import exposed, loose_umask, mode, names


def test_everything_the_cli_writes_is_the_owners_alone(parley, fakeapi, parley_home, tmp_path):
    shot = tmp_path / "화면.png"
    shot.write_bytes(image_bytes(screenshot(320, 200), "PNG"))
    fakeapi.queue(Reply.text("깔끔합니다."), Reply.text("화면 검토"))
    out = tmp_path / "내보내기" / "대화"
    with loose_umask():
        asked = parley("ask", "--json", "-a", str(shot), "이 화면을 검토해 주세요")
        assert asked.returncode == 0, asked.stderr
        conversation_id = str(json.loads(asked.stdout)["conversation_id"])
        exported = parley("export", conversation_id, str(out))
        assert exported.returncode == 0, exported.stderr
        assert parley("usage", "--json").returncode == 0
    made = names(parley_home)
    assert {"parley.sqlite3", "logs/cli.log", "attachments"} <= made
    assert any(name.startswith("attachments/") and len(name) > 70 for name in made)
    assert exposed(parley_home) == []
    assert {"conversation.md", "attachments"} <= names(out)
    assert exposed(out) == []  # the folders it created 0700, the files 0600
    assert mode(tmp_path / "내보내기") == 0o700


def test_an_export_into_an_existing_folder_keeps_that_folders_mode(parley, fakeapi, tmp_path):
    fakeapi.queue(Reply.text("네."), Reply.text("짧은 대화"))
    asked = parley("ask", "--json", "안녕?")
    out = tmp_path / "공유 폴더"
    out.mkdir(mode=0o755)
    out.chmod(0o755)
    (out / "conversation.md").write_text("an older export", encoding="utf-8")
    (out / "conversation.md").chmod(0o644)
    exported = parley("export", str(json.loads(asked.stdout)["conversation_id"]), str(out))
    assert exported.returncode == 0, exported.stderr
    assert mode(out) == 0o755  # the user's own folder is theirs to open
    assert mode(out / "conversation.md") == 0o600
    assert "안녕?" in (out / "conversation.md").read_text(encoding="utf-8")


def test_a_symlink_planted_at_the_logs_name_is_not_followed(parley, fakeapi, parley_home, tmp_path):
    target = tmp_path / "outside" / "planted.txt"  # opening the log through it would create it
    target.parent.mkdir()
    (parley_home / "logs").mkdir(parents=True)
    os.symlink(target, parley_home / "logs" / "cli.log")
    fakeapi.queue(Reply.text("여전히 작동합니다."), Reply.text("T"))
    asked = parley("ask", "괜찮아?")
    assert asked.returncode == 0 and asked.stdout == "여전히 작동합니다.\n"
    no_traceback(asked)
    assert not target.exists()
