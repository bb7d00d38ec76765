"""The look of attachments, presets and the drop overlay, filled from the theme's colours.

Set on the main window (so its dialogs share it) and set again when the theme changes;
these rules could equally live in resources/styles/parley.qss.
"""

from __future__ import annotations

from dataclasses import asdict
from string import Template

from desktop_app.ui.theme import Colours

_RULES = Template(
    """
QFrame#attachmentTile {
    background: $raised; border: 1px solid $border; border-radius: 10px;
}
QFrame#attachmentTile[preparing="true"] { background: $surface; border-style: dashed; }
QLabel#attachmentThumb { background: $code_bg; border-radius: 6px; color: $muted; }
QLabel#attachmentName { color: $text; font-weight: 600; }
QLabel#attachmentDetail, QLabel#attachmentTotal { color: $muted; font-size: 11px; }
QLabel#attachmentNote { color: $error_text; font-size: 11px; }
QToolButton#attachmentRemove, QToolButton#refusalDismiss {
    background: transparent; color: $muted; border: none; border-radius: 9px;
    font-size: 14px; padding: 0 4px;
}
QToolButton#attachmentRemove:hover, QToolButton#refusalDismiss:hover {
    background: $border; color: $text;
}
QFrame#attachmentRefusal {
    background: $error_bg; border: 1px solid $error_border; border-radius: 8px;
}
QLabel#refusalText { color: $error_text; }

QToolButton#attachButton {
    background: transparent; color: $muted; border: none; border-radius: 7px;
    padding: 4px 20px 4px 6px;
}
QToolButton#attachButton:hover { background: $raised; color: $text; }
QToolButton#attachButton::menu-button { border: none; width: 16px; }

QPushButton#presetChip, QPushButton#dropPreset {
    background: $surface; color: $text; border: 1px solid $border; border-radius: 13px;
    padding: 4px 12px;
}
QPushButton#presetChip:hover { background: $raised; border-color: $muted; }
QPushButton#presetEdit {
    background: transparent; color: $link; border: none; padding: 4px 6px;
}
QPushButton#presetEdit:hover { text-decoration: underline; }

QFrame#dropPanel {
    background: $surface; border: 2px dashed $accent; border-radius: 18px;
}
QLabel#dropTitle { color: $text; font-size: 22px; font-weight: 600; }
QLabel#dropHint { color: $muted; }
QPushButton#dropPreset { padding: 8px 16px; border-radius: 16px; }
QPushButton#dropPreset[hovered="true"] {
    background: $accent; color: $accent_text; border-color: $accent;
}

QToolButton#messageImage {
    background: $code_bg; border: 1px solid $border; border-radius: 8px; padding: 0;
}
QToolButton#messageImage:hover { border-color: $accent; }
QLabel#messageFile {
    background: $surface; color: $text; border: 1px solid $border; border-radius: 8px;
    padding: 5px 9px;
}

QScrollArea#imageViewerArea, QWidget#imageViewerPage { background: $code_bg; border: none; }
QLabel#imageViewerInfo { color: $muted; }
QListWidget#presetList {
    background: $base; color: $text; border: 1px solid $border; border-radius: 8px; outline: 0;
}
QListWidget#presetList::item { padding: 6px 8px; border-radius: 5px; }
QListWidget#presetList::item:selected { background: $selection; color: $text; }
QLineEdit#presetLabelEdit, QPlainTextEdit#presetPromptEdit {
    background: $base; color: $text; border: 1px solid $border; border-radius: 8px; padding: 6px;
}
QLineEdit#presetLabelEdit:focus, QPlainTextEdit#presetPromptEdit:focus { border-color: $accent; }
"""
)


def attachment_style_sheet(colours: Colours) -> str:
    return _RULES.safe_substitute(asdict(colours))
