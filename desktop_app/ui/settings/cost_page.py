"""The Cost page: the monthly budget, prompt caching, and how long new chats keep their cache."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QWidget

from desktop_app.core.settings import Settings
from desktop_app.ui.settings.settings_page import SettingsHolder, SettingsPage

MAX_BUDGET = 1_000_000


class CostPage(SettingsPage):
    def __init__(self, holder: SettingsHolder, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Cost"), holder, parent)
        self.budget_box = QDoubleSpinBox(self)
        self.budget_box.setObjectName("settingsBudgetBox")
        self.budget_box.setRange(0, MAX_BUDGET)
        self.budget_box.setDecimals(2)
        self.budget_box.setPrefix("$")
        self.budget_box.setSpecialValueText(self.tr("No budget"))
        self.budget_box.editingFinished.connect(self.on_budget_box_editing_finished)
        self.row(self.tr("Monthly budget:"), self.budget_box)
        self.note(
            self.tr(
                "A banner shows from 80 % of it; at 100 % Parley asks before each send, and "
                "`parley ask` refuses."
            )
        )
        self.caching_check = QCheckBox(self.tr("Cache long prompts (cheaper repeats)"), self)
        self.caching_check.setObjectName("promptCachingCheck")
        self.caching_check.toggled.connect(lambda on: self.apply(prompt_caching=on))
        self.form.addRow(self.caching_check)
        self.ttl_combo = QComboBox(self)
        self.ttl_combo.setObjectName("cacheTtlCombo")
        self.ttl_combo.addItem(self.tr("5 minutes"), "5m")
        self.ttl_combo.addItem(self.tr("1 hour (writes cost 2× input, not 1.25×)"), "1h")
        self.ttl_combo.activated.connect(self.on_ttl_combo_activated)
        self.row(self.tr("New chats keep their cache for:"), self.ttl_combo)
        self.finish()

    def show_settings(self, settings: Settings) -> None:
        self.budget_box.setValue(settings.monthly_budget_usd or 0)
        self.caching_check.setChecked(settings.prompt_caching)
        self.ttl_combo.setCurrentIndex(max(0, self.ttl_combo.findData(settings.cache_ttl)))
        self.ttl_combo.setEnabled(settings.prompt_caching)

    def on_budget_box_editing_finished(self) -> None:
        value = self.budget_box.value()
        budget = value if value > 0 else None
        if budget != self.settings.monthly_budget_usd:
            self.apply(monthly_budget_usd=budget)

    def on_ttl_combo_activated(self, _index: int) -> None:
        self.apply(cache_ttl=self.ttl_combo.currentData())
