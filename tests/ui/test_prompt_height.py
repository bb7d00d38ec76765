"""The prompt box fits its text and then stays still: across window widths and text lengths,
English and Korean, no resize follows the fitting once it settled (issue 13, point 5)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.core.settings import DEFAULT_REVIEW_PRESETS
from desktop_app.ui.widgets.prompt_edit import MAX_LINES, PromptEdit
from tests.ui.chat_driver import ChatDriver

ENGLISH = "Review this screenshot as an experienced UI designer; list the concrete problems. "
KOREAN = "쿼키랜드의 수도는 어디인가요? 화면의 레이아웃과 정렬, 간격을 검토해 주세요. "
# The 161-character preset: the one that kept a core busy at 1180×780.
PRESET_161 = (
    "Read this chart into a Markdown table with column headers and units, then describe "
    "the main trend in one sentence and say which of the values are only estimates."
)
TEXTS = [
    "",
    PRESET_161,
    "x" * 164,  # one long word: it wraps, it never scrolls sideways
    *(p.prompt for p in DEFAULT_REVIEW_PRESETS[:4]),
    *((ENGLISH * 8)[:n] for n in (40, 164, 300, 600)),
    *((KOREAN * 12)[:n] for n in (30, 90, 200, 600)),
    "첫 줄\n" + "\n".join(f"line {i}" for i in range(MAX_LINES + 2)),
]
# Every 89 px from 300 to 1,920, plus the widths the issue saw loop; each text is tried a few
# pixels further on (below), so that the texts together still meet about 300 distinct widths.
WIDTHS = sorted({*range(300, 1921, 89), 1066, 1100, 1180})
SPREAD = 89


class ResizeCounter(QObject):
    """Counts resize events on the widgets it watches."""

    def __init__(self, *widgets: QWidget) -> None:
        super().__init__()
        self.count = 0
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() is QEvent.Type.Resize:
            self.count += 1
        return False


def process_events(rounds: int = 6) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def settle(counter: ResizeCounter, most: int = 50) -> None:
    """Process events until a round brings no resize (a font registered by an earlier test
    can bring one late relayout, the draft's estimate another); a loop never settles and
    fails the checks after this."""
    process_events()
    for _ in range(most):
        before = counter.count
        QTest.qWait(10)  # timers too: the draft's estimate may rewrite the status line
        if counter.count == before:
            return


def shows_all_of_it(edit: PromptEdit) -> bool:
    """Below MAX_LINES every line is on screen: nothing to scroll, no bar."""
    return edit.verticalScrollBar().maximum() == 0 and not edit.verticalScrollBar().isVisible()


def test_the_prompt_box_settles_at_every_width_and_text_length(ready_window: ChatDriver) -> None:
    ui = ready_window
    window, edit = ui.window, ui.window.composer.edit
    fitted: list[int] = []
    edit.height_fitted.connect(fitted.append)
    # The loop was the box and its viewport resizing each other; the composer's own layout
    # requests (a status line rewritten by the draft's estimate) are not part of it.
    counter = ResizeCounter(edit, edit.viewport())
    for width in WIDTHS:
        for index, text in enumerate(TEXTS):
            window.resize(width + index * 13 % SPREAD if index else width, 780)
            window.composer.set_text(text)
            settle(counter)
            settled_resizes, settled_fits = counter.count, len(fitted)
            process_events()
            where = f"{window.width()} px, {len(text)} characters"
            assert counter.count == settled_resizes, f"still resizing at {where}"
            assert len(fitted) == settled_fits, f"still fitting at {where}"
            assert edit.horizontalScrollBar().maximum() == 0, f"scrolls sideways at {where}"
            over = edit.verticalScrollBarPolicy() is Qt.ScrollBarPolicy.ScrollBarAlwaysOn
            if over:
                assert edit.document().lineCount() > MAX_LINES, f"bar for a short text at {where}"
            else:
                assert shows_all_of_it(edit), f"text hidden at {where}"
        settled_resizes, settled_fits = counter.count, len(fitted)
        ui.qtbot.wait(150)  # a loop resizes within a frame or two; this is many frames
        assert (counter.count, len(fitted)) == (settled_resizes, settled_fits), width


def test_the_box_grows_line_by_line_with_korean_text_and_stops_at_the_limit(
    ready_window: ChatDriver,
) -> None:
    ui = ready_window
    ui.window.resize(1100, 780)
    edit = ui.window.composer.edit
    process_events()
    heights = [edit.height()]
    for lines in range(2, MAX_LINES + 3):
        ui.window.composer.set_text("\n".join(["가나다라 마바사"] * lines))
        process_events()
        heights.append(edit.height())
        if lines <= MAX_LINES:
            assert shows_all_of_it(edit), lines
        else:
            assert edit.verticalScrollBar().isVisible(), lines
    growing = heights[:MAX_LINES]
    assert growing == sorted(set(growing))  # each line added makes it taller
    assert heights[MAX_LINES] == heights[MAX_LINES + 1] == heights[-1]  # then it scrolls


def test_typed_text_grows_the_box_instead_of_scrolling(ready_window: ChatDriver) -> None:
    """The issue's 164 typed characters at 1,100 px: the box grows to show them all."""
    ui = ready_window
    ui.window.resize(1100, 780)
    edit = ui.window.composer.edit
    process_events()
    one_line = edit.height()
    ui.type((KOREAN + ENGLISH)[:164])
    process_events()
    assert edit.height() > one_line
    assert shows_all_of_it(edit)
    assert edit.horizontalScrollBar().maximum() == 0


def test_a_syllable_being_composed_makes_room_before_it_is_committed(
    ready_window: ChatDriver,
) -> None:
    ui = ready_window
    ui.window.resize(1100, 780)
    edit = ui.window.composer.edit
    process_events()
    ui.window.composer.set_text("가" * 10)
    while edit.document().lineCount() == 1:  # up to the very end of the first line
        edit.insertPlainText("가")
        process_events()
    edit.textCursor().deletePreviousChar()
    process_events()
    one_line = edit.height()
    assert edit.document().lineCount() == 1
    composing = QInputMethodEvent("나", [])
    QApplication.sendEvent(edit, composing)
    process_events()
    assert edit.height() > one_line
    assert shows_all_of_it(edit)
