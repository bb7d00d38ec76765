"""The window paints before the heavy parts load: asyncio, qasync, the session and the SDK."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.fakeapi import FakeApi, Reply

SCRIPT = """
import sys
from desktop_app import app
from desktop_app.core.conversation import Role, text_block
store = app.open_store()
kept = store.create_conversation('claude-sonnet-4-6', title='쿼키랜드')
store.add_message(kept.id, Role.USER, [text_block('쿼키랜드의 수도는?')])
answer = '**퀴크빌**입니다.\\n\\n```python\\nx = 1\\n```'
store.add_message(kept.id, Role.ASSISTANT, [text_block(answer)])
qt = app.make_application(['parley'])
style = qt.style().name()  # before the style sheet wraps it
window = app.build_main_window(qt, store, first_paint_only=True)  # as run_gui builds it
assert app.show_until_painted(window)
heavy = ('anthropic', 'httpx2', 'keyring', 'asyncio', 'qasync', 'desktop_app.core.chat_session',
         'desktop_app.core.permissions', 'PIL', 'pypdf', 'desktop_app.attachments', 'markdown_it',
         'pygments', 'mcp', 'desktop_app.ui.rendering.markdown_stream',
         'desktop_app.claude.batches', 'desktop_app.tools.mcp',
         'desktop_app.ui.dialogs.usage_window', 'desktop_app.ui.batch_actions',
         'desktop_app.ui.budget_guard', 'desktop_app.ui.context_watch',
         'desktop_app.ui.widgets.model_item_delegate', 'socket',
         'desktop_app.ui.widgets.drop_overlay', 'desktop_app.ui.view_models.usage_summary',
         'PySide6.QtNetwork', 'PySide6.QtDBus', 'jeepney', 'desktop_app.ui.desktop_integration',
         'desktop_app.ui.widgets.tool_card', 'desktop_app.ui.conversation_finder',
         'desktop_app.ui.widgets.find_bar', 'desktop_app.core.conversation_find',
         'desktop_app.core.cache_saving', 'desktop_app.ui.start_steps',
         'desktop_app.ui.worker_pause', 'desktop_app.ui.archive_actions',
         'desktop_app.ui.window_menus', 'desktop_app.ui.widgets.message_card',
         'desktop_app.ui.widgets.advanced_panel', 'desktop_app.core.reply_ending',
         'desktop_app.core.request', 'desktop_app.ui.view_models.reply_problem',
         'desktop_app.core.errors', 'desktop_app.core.budget',
         'desktop_app.ui.view_models.attachment_job',
         # The window's workings, attached after the paint (issue 13, point 3):
         'desktop_app.ui.claude_connection', 'desktop_app.core.pricing',
         'desktop_app.storage.usage_ledger', 'desktop_app.ui.widgets.chat_view',
         'desktop_app.ui.view_models.chat_view_model', 'desktop_app.ui.conversation_options',
         'desktop_app.ui.widgets.attachment_controls', 'desktop_app.ui.widgets.composer_status',
         'desktop_app.ui.drafts', 'desktop_app.ui.view_memory',
         'desktop_app.ui.view_models.message_actions', 'desktop_app.ui.menu_bar')
print('loaded at first paint:', sorted(m for m in heavy if m in sys.modules))
app.after_first_paint(window)
print('then shown:', window.current_id == kept.id, 'markdown_it' in sys.modules)
print('then watching:', window.budget.banner.parent() is not None, window.batches is not None)
print('style:', style)  # Fusion from QApplication's command line, not setStyle()
"""


def test_nothing_heavy_is_imported_before_the_first_paint(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PARLEY_HOME": str(tmp_path / "home"),
        "QT_QPA_PLATFORM": "offscreen",
        "ANTHROPIC_API_KEY": "test-key",
        "QT_STYLE_OVERRIDE": "Windows",  # what Parley's own Fusion must win over
    }
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        env=env,
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "loaded at first paint: []" in done.stdout
    assert "then shown: True True" in done.stdout  # the conversation, rendered, right after
    assert "then watching: True True" in done.stdout
    assert "style: fusion" in done.stdout


# Started as the app starts: window first, then the qasync loop and the connection.
LOADING_SCRIPT = """
import sys, threading, asyncio
importers = {}

class Watch:
    def find_spec(self, name, path=None, target=None):
        if name in ('anthropic', 'desktop_app.claude.client'):
            importers.setdefault(name, threading.current_thread().name)
        return None

sys.meta_path.insert(0, Watch())
from desktop_app import app
from desktop_app.ui.claude_connection import ConnectionState
qt = app.make_application(['parley'])
window = app.build_main_window(qt, app.open_store())
assert app.show_until_painted(window)
import qasync
loop = qasync.QEventLoop(qt)
asyncio.set_event_loop(loop)

async def until_ready():
    window.start_connection()
    while window.connection.state is ConnectionState.STARTING:
        await asyncio.sleep(0.01)
    print('state:', window.connection.state.value)
    print('client made after the import:', window.connection.session is not None)
    print('MCP SDK loaded:', 'mcp' in sys.modules, window.connection.mcp is not None)
    await window.connection.close()

with loop:
    loop.run_until_complete(until_ready())
print('imported on:', sorted(importers.items()))
"""

# Right after the first paint the composer has the focus and takes keys, Korean too.
TYPING_SCRIPT = """
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from desktop_app import app
qt = app.make_application(['parley'])
window = app.build_main_window(qt, app.open_store())
assert app.show_until_painted(window)
focus = QApplication.focusWidget()
print('focus is the composer:', focus is window.composer.edit)
QTest.keyClicks(focus, 'Hi ')
commit = QInputMethodEvent('', [])
commit.setCommitString('안녕하세요')
QApplication.sendEvent(focus, commit)
print('typed:', repr(window.composer.text()))
"""


def _run(script: str, home: Path, **extra: str) -> str:
    env = {
        **os.environ,
        "PARLEY_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "ANTHROPIC_API_KEY": "test-key",
        **extra,
    }
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_sdk_is_imported_on_the_loader_thread_never_on_the_ui_thread(
    tmp_path: Path, fakeapi: FakeApi
) -> None:
    out = _run(LOADING_SCRIPT, tmp_path / "home", ANTHROPIC_BASE_URL=fakeapi.url)
    assert "state: ready" in out
    assert "client made after the import: True" in out
    assert "MCP SDK loaded: False True" in out  # with no server configured, never (~0.8 s)
    expected = [("anthropic", "client-loader"), ("desktop_app.claude.client", "client-loader")]
    assert f"imported on: {expected}" in out


def test_the_composer_takes_keys_at_the_first_paint(tmp_path: Path) -> None:
    out = _run(TYPING_SCRIPT, tmp_path / "home")
    assert "focus is the composer: True" in out
    assert "typed: 'Hi 안녕하세요'" in out


# As run_gui does it: the last conversation opens once the renderer is in, loaded off the
# UI thread; what was typed meanwhile stays in the composer.
RENDERER_SCRIPT = """
import sys, threading
importers = {}

class Watch:
    def find_spec(self, name, path=None, target=None):
        if name in ('markdown_it', 'pygments'):
            importers.setdefault(name, threading.current_thread().name)
        return None

sys.meta_path.insert(0, Watch())
from PySide6.QtTest import QTest
from desktop_app import app
from desktop_app.core.conversation import Role, text_block
store = app.open_store()
kept = store.create_conversation('claude-sonnet-4-6', title='코드')
store.add_message(kept.id, Role.USER, [text_block('코드를 보여 주세요')])
store.add_message(kept.id, Role.ASSISTANT, [text_block('```python\\\\nprint(1)\\\\n```')])
qt = app.make_application(['parley'])
window = app.build_main_window(qt, store, first_paint_only=True)
assert app.show_until_painted(window)
app.after_first_paint(window, renderer_first=True)
print('shown at once:', window.current_id is not None)
QTest.keyClicks(window.composer.edit, 'draft')
for _ in range(500):
    if window.current_id is not None:
        break
    QTest.qWait(10)
print('then shown:', window.current_id == kept.id, repr(window.composer.text()))
print('renderer imported on:', sorted(importers.items()))
"""


def test_the_last_conversation_opens_once_the_renderer_loaded_off_the_ui_thread(
    tmp_path: Path,
) -> None:
    out = _run(RENDERER_SCRIPT, tmp_path / "home")
    assert "shown at once: False" in out
    assert "then shown: True 'draft'" in out
    expected = [("markdown_it", "renderer-warm-up"), ("pygments", "renderer-warm-up")]
    assert f"renderer imported on: {expected}" in out


# As run_gui does it: after the paint the helpers come in steps, a turn of the loop each;
# a conversation chosen before they end has them built at once.
STEPS_SCRIPT = """
import sys
from PySide6.QtTest import QTest
from desktop_app import app
from desktop_app.core.conversation import Role, text_block
store = app.open_store()
kept = store.create_conversation('claude-sonnet-4-6', title='단계')
store.add_message(kept.id, Role.USER, [text_block('천천히 열어 주세요')])
newest = store.create_conversation('claude-sonnet-4-6', title='먼저')
qt = app.make_application(['parley'])
window = app.build_main_window(qt, store, first_paint_only=True)
assert app.show_until_painted(window)
app.after_first_paint(window, renderer_first=True)
print('helpers at once:', hasattr(window, 'budget'),
      'desktop_app.ui.archive_actions' in sys.modules)
qt.processEvents()
print('after a turn:', 'desktop_app.ui.archive_actions' in sys.modules)
if sys.argv[1] == 'wait':
    for _ in range(1000):
        if window.current_id is not None:
            break
        QTest.qWait(10)
    filled = all(a.menu().actions() for a in window.menuBar().actions())
    print('in the end:', hasattr(window, 'budget'), filled,
          window.current_id == newest.id)
else:
    window.open_conversation(kept.id)  # a click in the list before the steps ended
    print('chosen early:', hasattr(window, 'budget'), window.current_id == kept.id)
    QTest.qWait(300)
    print('still chosen:', window.current_id == kept.id)
"""


def test_the_helpers_come_in_steps_after_the_paint(tmp_path: Path) -> None:
    out = _run(STEPS_SCRIPT.replace("sys.argv[1]", "'wait'"), tmp_path / "home")
    assert "helpers at once: False False" in out
    assert "after a turn: False" in out  # the first turn imported one module, not all
    assert "in the end: True True True" in out


def test_a_conversation_chosen_before_the_steps_end_builds_the_rest_at_once(
    tmp_path: Path,
) -> None:
    out = _run(STEPS_SCRIPT.replace("sys.argv[1]", "'early'"), tmp_path / "home")
    assert "chosen early: True True" in out
    assert "still chosen: True" in out  # the steps' own opening of the last one gave way


# The steps' lists name what finish_start() and the first conversation import: a module
# left off would load in one piece with them, a misspelt one would be skipped unseen.
LISTS_SCRIPT = """
import importlib, sys
from desktop_app import app
from desktop_app.core.conversation import Role, text_block
from desktop_app.ui.start_steps import ATTACH_MODULES, CHAT_MODULES, HELPER_MODULES
store = app.open_store()
kept = store.create_conversation('claude-sonnet-4-6', title='목록')
store.add_message(kept.id, Role.USER, [text_block('코드를 보여 주세요')])
store.add_message(kept.id, Role.ASSISTANT, [text_block('**네**: www.example.org')])
qt = app.make_application(['parley'])
window = app.build_main_window(qt, store, first_paint_only=True)
assert app.show_until_painted(window)
for name in ATTACH_MODULES:
    importlib.import_module(name)
before = set(sys.modules)
window.attach()
print('attach brought:', sorted(m for m in set(sys.modules) - before if 'desktop_app' in m))
for name in HELPER_MODULES:
    importlib.import_module(name)
before = set(sys.modules)
window.finish_start(open_recent=False)
print('helpers brought:', sorted(m for m in set(sys.modules) - before if 'desktop_app' in m))
from desktop_app.ui.rendering import markdown_blocks, code_highlighter  # the warm-up's
for name in CHAT_MODULES:
    importlib.import_module(name)
before = set(sys.modules)
window.open_recent()
print('chat brought:', sorted(m for m in set(sys.modules) - before if 'desktop_app' in m))
"""


def test_the_steps_import_all_that_the_helpers_and_the_chat_need(tmp_path: Path) -> None:
    out = _run(LISTS_SCRIPT, tmp_path / "home")
    assert "attach brought: []" in out
    assert "helpers brought: []" in out
    assert "chat brought: []" in out


# As run_gui does it, with a question sent the moment the window is up: before the steps
# end and before Claude is loaded; it goes out once the session is ready.
SEND_AT_ONCE_SCRIPT = """
import asyncio
import qasync
from desktop_app import app
store = app.open_store()
qt = app.make_application(['parley'])
window = app.build_main_window(qt, store, first_paint_only=True)
assert app.show_until_painted(window)
app.after_first_paint(window, renderer_first=True)
loop = qasync.QEventLoop(qt)
asyncio.set_event_loop(loop)

async def send_at_once():
    window.start_connection()
    window.composer.set_text('쿼키랜드의 수도는?')
    window.on_composer_submitted('쿼키랜드의 수도는?')
    print('sent before the steps ended:', window.connection.session is None)
    conversation = window.current_id
    for _ in range(3000):
        if not window.view_model.is_busy(conversation) and len(store.messages(conversation)) == 2:
            break
        await asyncio.sleep(0.01)
    print('answered:', [m.role.value for m in store.messages(conversation)])
    await window.connection.close()

with loop:
    loop.run_until_complete(send_at_once())
"""


def test_a_question_sent_as_the_window_appears_is_answered(
    tmp_path: Path, fakeapi: FakeApi
) -> None:
    fakeapi.queue(Reply.text("쿼키시티입니다.", chunk=3), Reply.text("수도"))
    out = _run(SEND_AT_ONCE_SCRIPT, tmp_path / "home", ANTHROPIC_BASE_URL=fakeapi.url)
    assert "sent before the steps ended: True" in out
    assert "answered: ['user', 'assistant']" in out
