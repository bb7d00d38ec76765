"""The composer's reply-length control: the conversation's max_tokens, shown as "Max 8k".

One button with a menu: the settings' default, a ladder of limits up to the model's maximum,
and "Use as default for new chats". A shorter limit cuts a reply off sooner (and caps its
cost); a reply cut off offers Continue.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

# Roughly: a short answer, a page, a long answer, a long review, a chapter, then the most.
LADDER = (1024, 2048, 4096, 8192, 16_384, 32_768, 65_536, 131_072)


def short_tokens(n: int) -> str:
    """8192 → "8k", 1500 → "1.5k", 500 → "500"."""
    if n < 1000:
        return str(n)
    k = n / 1024 if n % 1024 == 0 else n / 1000
    return f"{k:.1f}".rstrip("0").rstrip(".") + "k"


class ReplyLimitButton(QToolButton):
    changed = Signal(int)  # the conversation's limit; 0 = the settings' default
    default_chosen = Signal(int)  # new chats start with this limit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replyLimitButton")
        self.chosen = 0
        self.default = 8192
        self.model_max = 64_000
        # Opened by hand rather than by setMenu: a menu button reserves room for an arrow
        # the style sheet hides, and the composer's row has none to spare.
        self._menu = QMenu(self)
        self.clicked.connect(self.open_menu)
        self.actions_by_limit: dict[int, QAction] = {}
        self.use_as_default: QAction | None = None
        self.hide()  # until show_limit gives it a text: empty, it is a gap in the row

    def menu(self) -> QMenu:
        return self._menu

    def open_menu(self) -> None:
        """The menu above the button (the composer sits at the window's bottom)."""
        above = QPoint(0, -self._menu.sizeHint().height())
        self._menu.popup(self.mapToGlobal(above))

    def show_limit(self, chosen: int | None, default: int, model_max: int) -> None:
        """`chosen` the conversation's limit (None or 0: the default)."""
        self.chosen, self.default, self.model_max = chosen or 0, default, model_max
        self._rebuild()
        self.show()

    @property
    def effective(self) -> int:
        return min(self.chosen or self.default, self.model_max)

    def _rebuild(self) -> None:
        menu = self._menu
        menu.clear()
        self.actions_by_limit = {}
        group = QActionGroup(menu)
        default_text = self.tr("Default ({0} tokens)").format(f"{self.default:,}")
        for limit, text in [(0, default_text)] + [
            (n, self.tr("{0} tokens").format(f"{n:,}")) for n in self._ladder()
        ]:
            action = QAction(text, menu)
            action.setCheckable(True)
            action.setChecked(limit == self.chosen)
            action.triggered.connect(lambda _=False, n=limit: self._choose(n))
            group.addAction(action)
            menu.addAction(action)
            self.actions_by_limit[limit] = action
            if limit == 0:
                menu.addSeparator()
        menu.addSeparator()
        self.use_as_default = menu.addAction(self.tr("Use as default for new chats"))
        self.use_as_default.setEnabled(self.effective != self.default)
        self.use_as_default.triggered.connect(lambda: self.default_chosen.emit(self.effective))
        self.setText(self.tr("Max {0}").format(short_tokens(self.effective)))
        tip = self.tr(
            "Longest reply: {0} tokens. A reply that reaches it is cut off; "
            "you can then continue it."
        ).format(f"{self.effective:,}")
        if not self.chosen:
            tip += " " + self.tr("With thinking on, the default leaves room for thinking on top.")
        self.setToolTip(tip)

    def _ladder(self) -> list[int]:
        """The ladder up to the model's maximum, with the maximum itself and a chosen odd
        value (from `parley ask --max-tokens`) in place."""
        steps = {n for n in LADDER if n < self.model_max} | {self.model_max}
        if self.chosen:
            steps.add(min(self.chosen, self.model_max))
        return sorted(steps)

    def _choose(self, limit: int) -> None:
        self.chosen = limit
        self._rebuild()
        self.changed.emit(limit)
