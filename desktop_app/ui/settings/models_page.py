"""The Models page: the model, reply limit and thinking new chats start with, and the
system-prompt presets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QSpinBox, QWidget

from desktop_app.core.server_tools import ServerTools
from desktop_app.core.settings import MAX_REPLY_LIMIT, Settings
from desktop_app.core.system_prompt_preset import SystemPromptPreset
from desktop_app.ui.settings.settings_page import SettingsHolder, SettingsPage
from desktop_app.ui.settings.system_prompt_presets_panel import SystemPromptPresetsPanel
from desktop_app.ui.widgets.server_tools_button import TOOL_NAMES

if TYPE_CHECKING:
    from desktop_app.core.model_catalogue import ModelCatalogue


class ModelsPage(SettingsPage):
    def __init__(
        self, holder: SettingsHolder, catalogue: ModelCatalogue, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Models"), holder, parent)
        self.catalogue = catalogue
        self.model_combo = QComboBox(self)
        self.model_combo.setObjectName("defaultModelCombo")
        self.model_combo.activated.connect(self.on_model_combo_activated)
        self.row(self.tr("New chats use:"), self.model_combo)
        self.limit_spin = QSpinBox(self)
        self.limit_spin.setObjectName("defaultMaxTokensSpin")
        self.limit_spin.setRange(1, MAX_REPLY_LIMIT)
        self.limit_spin.setSingleStep(1024)
        self.limit_spin.setGroupSeparatorShown(True)
        self.limit_spin.setSuffix(self.tr(" tokens"))
        self.limit_spin.editingFinished.connect(self.on_limit_spin_editing_finished)
        self.row(self.tr("Reply limit:"), self.limit_spin)
        self.note(
            self.tr(
                "Used where a conversation sets no limit of its own; each request is capped at "
                "its model's maximum."
            )
        )
        self.thinking_check = QCheckBox(self.tr("New chats start with extended thinking"), self)
        self.thinking_check.setObjectName("defaultThinkingCheck")
        self.thinking_check.toggled.connect(lambda on: self.apply(default_thinking=on))
        self.form.addRow(self.thinking_check)
        self.server_tool_checks: dict[str, QCheckBox] = {}
        for name, words in TOOL_NAMES.items():
            check = QCheckBox(
                self.tr("New chats may: {tool}").format(
                    tool=QCoreApplication.translate("ServerToolsButton", words).lower()
                ),
                self,
            )
            check.setObjectName(f"default_{name}_check")
            check.toggled.connect(self.on_server_tool_check_toggled)
            self.form.addRow(check)
            self.server_tool_checks[name] = check
        self.section(self.tr("System prompts"))
        self.note(
            self.tr(
                "Named prompts to pick from in each conversation's System prompt dialog; the "
                "chosen one fills new chats."
            )
        )
        self.presets_panel = SystemPromptPresetsPanel(self)
        self.presets_panel.presets_changed.connect(self.on_presets_changed)
        self.presets_panel.default_chosen.connect(
            lambda name: self.apply(default_system_preset=name)
        )
        self.presets_panel.refused.connect(self.say)
        self.outer.addWidget(self.presets_panel, 1)
        self.finish()

    def show_settings(self, settings: Settings) -> None:
        self.model_combo.clear()
        for model in self.catalogue.selectable:
            self.model_combo.addItem(model.display_name, model.id)
        chosen = settings.default_model or self.catalogue.default().id
        self.model_combo.setCurrentIndex(max(0, self.model_combo.findData(chosen)))
        if not self.limit_spin.hasFocus():
            self.limit_spin.setValue(settings.default_max_tokens)
        self.thinking_check.setChecked(settings.default_thinking)
        chosen_tools = ServerTools.from_json(settings.server_tools_default)
        for name, check in self.server_tool_checks.items():
            check.blockSignals(True)
            check.setChecked(bool(getattr(chosen_tools, name)))
            check.blockSignals(False)
        self.presets_panel.show_presets(
            settings.system_prompt_presets, settings.default_system_preset
        )

    def on_server_tool_check_toggled(self, _on: bool) -> None:
        before = ServerTools.from_json(self.settings.server_tools_default)
        checks = self.server_tool_checks
        chosen = ServerTools(
            web_search=checks["web_search"].isChecked(),
            web_fetch=checks["web_fetch"].isChecked(),
            code_execution=checks["code_execution"].isChecked(),
            web=before.web,
        )
        self.apply(server_tools_default=chosen.to_json())

    def on_model_combo_activated(self, _index: int) -> None:
        self.apply(default_model=self.model_combo.currentData())

    def on_limit_spin_editing_finished(self) -> None:
        if self.limit_spin.value() != self.settings.default_max_tokens:
            self.apply(default_max_tokens=self.limit_spin.value())

    def on_presets_changed(self, presets: tuple[SystemPromptPreset, ...]) -> None:
        self.apply(system_prompt_presets=presets)
