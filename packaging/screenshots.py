"""Takes the README's screenshots: the real window under Xvfb, driven as a user drives it.

    .venv/bin/python packaging/screenshots.py [--out resources/screenshots] [--only NAME…]

Each scene runs in a process of its own (its theme and language are fixed at start, as for
a user) with a fresh data folder and the local fake API (`tests/fakeapi`), types its
questions into the message box, waits for the streamed replies and saves the window as a
PNG. Without a DISPLAY it starts its own Xvfb. Needs the `test` extra (the fake API).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop_app.ui.main_window import MainWindow
    from tests.fakeapi.server import FakeApi

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1280, 800)


@dataclass(frozen=True)
class Scene:
    name: str
    theme: str
    language: str  # LANGUAGE for the process: "en" or "ko"
    play: Callable[[MainWindow, FakeApi], Awaitable[QWidget | None]]  # what to grab


CODE_REPLY = """Here is a small, tested helper:

```python
from itertools import islice

def chunked(items, size):
    \"\"\"Yield lists of at most `size` items.\"\"\"
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch
```

| Input | `size` | Result |
|---|---|---|
| `range(5)` | 2 | `[0, 1] [2, 3] [4]` |
| `[]` | 3 | nothing |

It reads the input once, so it works on generators too."""

KOREAN_REPLY = """## 제주도 2박 3일 일정

**첫째 날** — 공항 도착 후 애월 해안도로를 따라 카페 거리로 가세요.

1. 오전: 용두암, 동문시장에서 점심
2. 오후: 애월 한담 산책로
3. 저녁: 흑돼지 구이

**둘째 날**은 성산일출봉 일출로 시작하는 것을 추천합니다. 입장료는 `5,000원`입니다."""

MATH_REPLY = r"""**Euler's identity** joins five constants in one line: $e^{i\pi} + 1 = 0$.

It follows from Euler's formula $e^{ix} = \cos x + i \sin x$ at $x = \pi$. The Gaussian
integral is another classic:

$$
\int_{-\infty}^{\infty} e^{-x^2}\,dx = \sqrt{\pi}
$$

and the sum of the first $n$ numbers is \(\sum_{k=1}^{n} k = \frac{n(n+1)}{2}\).
(A coffee costs $5 and a book $10: those stay plain text.)"""

REVIEW_REPLY = """Three problems, most important first:

1. **The primary button has too little contrast** — white on light orange is about 2.3:1.
   Darken it to `#b5573a` (4.8:1).
2. **Labels and fields are misaligned**: "Email" sits 6 px lower than its field.
3. **The error text is cut off** at the right edge; let it wrap.

The spacing between the fields (12 px) is fine."""


async def wait_until(check: Callable[[], bool], seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        await asyncio.sleep(0.05)


def _type(edit: QWidget, text: str) -> None:
    """Keys for ASCII; Hangul arrives as an input method commits it, syllable by syllable."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch.isascii():
            QTest.keyClicks(edit, ch)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(ch)
            QApplication.sendEvent(edit, event)


async def ask(window: MainWindow, text: str) -> None:
    """Type `text` into the message box and press Enter; wait for the whole reply."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    edit = window.composer.edit
    edit.setFocus()
    _type(edit, text)
    QTest.keyClick(edit, Qt.Key.Key_Return)
    await wait_until(lambda: window.current_id is not None)
    current = window.current_id
    assert current is not None
    await wait_until(lambda: not window.view_model.is_busy(current))
    await asyncio.sleep(0.4)  # the last rows settle and paint


async def chat_scene(window: MainWindow, api: FakeApi, *, korean_last: bool = False) -> None:
    """Two conversations, one Korean and one English; the last one asked stays open."""
    from tests.fakeapi.replies import Reply

    asked = [
        ("제주도 2박 3일 여행 일정을 짜 주세요", KOREAN_REPLY, "제주도 2박 3일 여행 일정"),
        (
            "Write a Python function that splits an iterable into chunks.",
            CODE_REPLY,
            "Splitting an iterable into chunks",
        ),
    ]
    for question, reply, title in reversed(asked) if korean_last else asked:
        api.queue(Reply.text(reply), Reply.text(title))
        window.on_new_requested()
        await ask(window, question)
        await wait_until(lambda: api.pending_replies == 0)
    await asyncio.sleep(0.3)  # the title reaches the list


async def korean_chat_scene(window: MainWindow, api: FakeApi) -> None:
    await chat_scene(window, api, korean_last=True)


async def settings_scene(window: MainWindow, api: FakeApi) -> QWidget | None:
    """The Settings window on its Models page, over a window with a conversation."""
    from desktop_app.ui.settings.models_page import ModelsPage

    await chat_scene(window, api, korean_last=True)
    window.menus.on_settings_requested()
    settings = window.menus.settings_window
    assert settings is not None
    settings.resize(900, 600)
    settings.show_page(ModelsPage)
    await asyncio.sleep(0.3)
    return settings


async def quick_scene(window: MainWindow, api: FakeApi) -> QWidget | None:
    """The quick-ask window, asked and answered."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from desktop_app.ui.quick_ask_window import make_quick_window
    from tests.fakeapi.replies import Reply

    api.queue(Reply.text(KOREAN_REPLY), Reply.text("제주도 여행 일정"))
    quick = make_quick_window(window)
    quick.show()
    _type(quick.prompt, "제주도 2박 3일 일정")
    QTest.keyClick(quick.prompt, Qt.Key.Key_Return)
    await wait_until(lambda: api.pending_replies == 0)
    await asyncio.sleep(0.5)
    return quick


async def math_scene(window: MainWindow, api: FakeApi) -> None:
    from tests.fakeapi.replies import Reply

    api.queue(Reply.text(MATH_REPLY), Reply.text("Euler's identity"))
    window.on_new_requested()
    await ask(window, "Why is Euler's identity beautiful?")
    await wait_until(lambda: api.pending_replies == 0)
    await asyncio.sleep(0.3)


async def review_scene(window: MainWindow, api: FakeApi) -> None:
    from tests.fakeapi.replies import Reply

    api.queue(Reply.text(REVIEW_REPLY), Reply.text("Login screen review"))
    picture = Path(tempfile.mkdtemp()) / "login-screen.png"
    draw_login_screen(picture)
    attachments = window.composer.attachments
    attachments.model.add_files([picture])
    await wait_until(
        lambda: len(attachments.model.items()) == 1 and not attachments.model.preparing
    )
    attachments.chips.chips[0].click()  # "Review this UI"
    await ask(window, "")


async def web_scene(window: MainWindow, api: FakeApi, *, korean: bool = False) -> None:
    """A web search with its cited answer, then code run in Anthropic's sandbox; the
    search card opened to its results."""
    from tests.fakeapi.replies import Reply
    from tests.fakeapi.server_replies import Cite, Page, code_execution, web_search

    seoul, dry = "평균 -0.9도, 맑은 날 많음", "Cold, dry and mostly clear"
    pages = [
        Page("서울 12월 날씨 — 기상청", "https://weather.example/seoul/12", seoul, "3 days ago"),
        Page("Seoul in December", "https://travel.example/seoul-december", dry, "1 month ago"),
    ]
    if korean:
        query, question = "서울 12월 날씨", "서울의 12월 날씨는 어때요?"
        sum_up = "하루 평균 기온의 평균을 계산해 줘"
        answer = [
            "12월의 서울은 ",
            Cite("춥고 건조하며 맑은 날이 많습니다.", seoul, page=0),
            " 여행객에게는 ",
            Cite("두꺼운 외투가 필요합니다.", dry, page=1),
        ]
        ran = "평균 기온은 **-0.9 °C**입니다."
    else:
        query, question = "Seoul December weather", "What is Seoul like in December?"
        sum_up = "Average the daily means for me"
        answer = [
            "Seoul in December is ",
            Cite("cold, dry and mostly clear,", dry, page=1),
            " with ",
            Cite("a mean temperature just below zero.", seoul, page=0),
        ]
        ran = "The mean of the daily means is **-0.9 °C**."
    code = "python3 -c 'import statistics; print(statistics.mean([1.2, -0.4, -3.5]))'"
    api.queue(web_search(query, pages, answer), Reply.text(question))
    window.on_new_requested()
    button = window.options.server_tools.button
    for name in ("web_search", "code_execution"):
        button.actions_by_name[name].setChecked(True)  # as its menu does (which rebuilds)
    await ask(window, question)
    await wait_until(lambda: api.pending_replies == 0)
    api.queue(code_execution(code, "-0.9\n", answer=[ran]))
    await ask(window, sum_up)
    for card in window.chat.cards.values():
        if card.server_cards is not None:
            next(iter(card.server_cards.cards.values())).toggle.click()  # the search's results
            break
    await asyncio.sleep(0.3)


async def korean_web_scene(window: MainWindow, api: FakeApi) -> None:
    await web_scene(window, api, korean=True)


async def advanced_scene(window: MainWindow, api: FakeApi) -> QWidget | None:
    """A conversation that samples its own way: a reply stopped at one of its stop sequences,
    and the Advanced panel open over the composer (grabbed from the screen: it is a popup)."""
    from PySide6.QtWidgets import QLabel

    from tests.fakeapi.replies import Reply

    window.on_new_requested()
    sampling = window.options.sampling
    sampling.on_panel_requested()
    panel = sampling.panel
    assert panel is not None
    panel.temperature.setValue(0.3)
    for stop in ("###", "끝."):
        _type(panel.stop_edit, stop)
        panel.add_button.click()
    panel.hide()
    counted = "하나, 둘, 셋.\n\n### 넷"
    api.queue(Reply.text(counted.split("###")[0], stop_reason="stop_sequence"))
    api.queue(Reply.text("셋까지 세기"))
    await ask(window, "셋까지 세고 ###를 쓴 다음 멈추지 말고 계속 세어 주세요")
    await wait_until(lambda: api.pending_replies == 0)
    sampling.on_panel_requested()
    await asyncio.sleep(0.5)
    frame = window.frameGeometry()
    shot = QLabel()
    shot.setPixmap(
        window.screen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
    )
    shot.resize(frame.size())
    panel.hide()
    return shot


def draw_login_screen(path: Path) -> None:
    """A small made-up login form with the flaws the scripted review names."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(640, 420, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4f6fa"))
    painter = QPainter(image)
    painter.setFont(QFont("Sans", 14))
    painter.fillRect(QRect(170, 60, 300, 300), QColor("#ffffff"))
    painter.drawText(QRect(170, 80, 300, 30), Qt.AlignmentFlag.AlignCenter, "Sign in")
    for row, label in enumerate(("Email", "Password")):
        top = 140 + row * 70
        painter.drawText(190, top + 26, label)
        painter.setPen(QColor("#c8ccd4"))
        painter.drawRect(QRect(290, top, 160, 32))
        painter.setPen(QColor("#222222"))
    painter.fillRect(QRect(190, 290, 260, 40), QColor("#f5b38f"))
    painter.setPen(QColor("#ffffff"))
    painter.drawText(QRect(190, 290, 260, 40), Qt.AlignmentFlag.AlignCenter, "Continue")
    painter.setPen(QColor("#c0392b"))
    painter.drawText(190, 350, "Your password is incorrect, please try ag")
    painter.end()
    image.save(str(path))


SCENES = [
    Scene("chat-light", "light", "en", chat_scene),
    Scene("chat-dark-ko", "dark", "ko", korean_chat_scene),
    Scene("review-light", "light", "en", review_scene),
    Scene("review-dark", "dark", "en", review_scene),
    Scene("math-light", "light", "en", math_scene),
    Scene("math-dark", "dark", "en", math_scene),
    Scene("chat-light-ko", "light", "ko", korean_chat_scene),
    Scene("settings-dark-ko", "dark", "ko", settings_scene),
    Scene("settings-light", "light", "en", settings_scene),
    Scene("quick-light-ko", "light", "ko", quick_scene),
    Scene("web-light", "light", "en", web_scene),
    Scene("web-dark-ko", "dark", "ko", korean_web_scene),
    Scene("advanced-light-ko", "light", "ko", advanced_scene),
]


def run_scene(scene: Scene, out: Path) -> None:
    """In this process: the app's own window, one scene, one PNG."""
    import qasync
    from PySide6.QtWidgets import QApplication

    from desktop_app.app import build_main_window, make_application, open_store
    from tests.fakeapi.server import FakeApi

    api = FakeApi("127.0.0.1", 0, token_delay=0.0).start()
    os.environ |= {"ANTHROPIC_BASE_URL": api.url, "ANTHROPIC_API_KEY": "screenshots"}
    app = make_application([sys.argv[0]])
    app.setQuitOnLastWindowClosed(False)  # the loop ends with the scene, as in run_gui
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    store = open_store()
    window = build_main_window(app, store)
    window.resize(*SIZE)
    window.show()
    window.connection.start()

    async def play() -> None:
        from desktop_app.ui.claude_connection import ConnectionState

        await wait_until(lambda: window.connection.state is ConnectionState.READY)
        shown = await scene.play(window, api) or window
        await asyncio.sleep(0.3)
        shown.grab().save(str(out / f"{scene.name}.png"))
        window.close()
        await window.connection.close()

    with loop:
        loop.run_until_complete(play())
    store.close()
    api.stop()
    QApplication.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "screenshots")
    parser.add_argument("--only", nargs="*", default=None, help="scene names")
    parser.add_argument("--scene", help=argparse.SUPPRESS)  # a child process: play this one
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.scene:
        run_scene(next(s for s in SCENES if s.name == args.scene), args.out)
        return 0
    xvfb = None
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        if shutil.which("Xvfb") is None:
            print("Install Xvfb (Debian: xvfb) or run with a DISPLAY.", file=sys.stderr)
            return 1
        env["DISPLAY"] = ":87"
        xvfb = subprocess.Popen(["Xvfb", ":87", "-screen", "0", "1600x1000x24"])
        time.sleep(1)
    try:
        for scene in SCENES:
            if args.only and scene.name not in args.only:
                continue
            with tempfile.TemporaryDirectory() as home:
                child = env | {
                    "PARLEY_HOME": home,
                    "PARLEY_THEME": scene.theme,
                    "LANGUAGE": scene.language,
                    "LANG": "ko_KR.UTF-8" if scene.language == "ko" else "en_US.UTF-8",
                    "QT_QPA_PLATFORM": "xcb",
                }
                command = [sys.executable, __file__, "--scene", scene.name, "--out", str(args.out)]
                subprocess.run(command, env=child, cwd=ROOT, check=True, timeout=120)
                print(f"{scene.name}.png", flush=True)
    finally:
        if xvfb is not None:
            xvfb.terminate()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))  # `tests.fakeapi` from this checkout
    sys.exit(main())
