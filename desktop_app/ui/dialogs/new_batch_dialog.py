""" "New batch…": what to send (a folder of images, files chosen or dropped, a CSV/JSONL of
prompts, or N variants of a prompt), the prompt, model, system prompt and max_tokens, and before
Submit the number of requests and the cost at list price and at the batch price.

Files are prepared on the thread pool (batch_sources.SourceJobs); planning is the engine's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.batch_plan import BatchLimits, BatchPlan, BatchSource, PlanError, plan_batch
from desktop_app.core.model_catalogue import ModelCatalogue
from desktop_app.core.pricing import Pricing, format_cost, format_tokens
from desktop_app.core.settings import Settings
from desktop_app.storage.attachment_store import AttachmentStore
from desktop_app.ui.preset_words import localized
from desktop_app.ui.view_models.batch_sources import (
    BatchOrder,
    PreparedSources,
    SourceJobs,
    Work,
    folder_images,
    prepare_files,
    prompt_file,
    variants,
)
from desktop_app.ui.widgets.flow_layout import FlowLayout


class NewBatchDialog(QDialog):
    submitted = Signal(object)  # BatchOrder

    def __init__(
        self,
        catalogue: ModelCatalogue,
        pricing: Pricing,
        settings: Settings,
        attachments: AttachmentStore,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.pricing = pricing
        self.attachments = attachments
        self.setObjectName("newBatchDialog")
        self.setWindowTitle(self.tr("New batch"))
        self.setAcceptDrops(True)
        self.resize(640, 600)
        self.prepared = PreparedSources()
        self.plan: BatchPlan | None = None
        self.limits = BatchLimits()  # the API's; tests make them small to see a split
        self.jobs = SourceJobs(self)
        self.jobs.finished.connect(self.on_prepared)
        self.jobs.progressed.connect(self.on_progressed)
        self._preparing = ""
        self._pending = 0  # the job whose answer counts; older answers are dropped
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("A folder of images"))
        self.kind.addItem(self.tr("Files"))
        self.kind.addItem(self.tr("A CSV or JSONL file of prompts"))
        self.kind.addItem(self.tr("Variants of the prompt"))
        self.kind.currentIndexChanged.connect(self.on_kind_changed)
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.clicked.connect(self.on_choose_clicked)
        self.count = QSpinBox(self)
        self.count.setRange(1, 10_000)
        self.count.setValue(3)
        self.count.valueChanged.connect(self.on_count_changed)
        self.sources_label = QLabel(self.tr("Nothing chosen yet; files can also be dropped here."))
        self.sources_label.setWordWrap(True)
        self.prompt = QPlainTextEdit(self)
        self.prompt.setAccessibleName(self.tr("Prompt"))
        self.prompt.setPlaceholderText(self.tr("The prompt sent with each file, row or variant"))
        self.prompt.textChanged.connect(self.replan)
        self.presets = QWidget(self)
        self.presets.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        flow = FlowLayout(self.presets, spacing=6)
        flow.setContentsMargins(0, 0, 0, 0)
        for preset in localized(settings.review_presets):
            chip = QPushButton(preset.label, self.presets)
            chip.setObjectName("presetChip")
            chip.setToolTip(preset.prompt)
            chip.clicked.connect(lambda _=False, p=preset.prompt: self.prompt.setPlainText(p))
            flow.addWidget(chip)
        self.model = QComboBox(self)
        for info in catalogue.selectable:
            self.model.addItem(info.display_name, info.id)
        default = settings.default_model or catalogue.default().id
        self.model.setCurrentIndex(max(0, self.model.findData(default)))
        self.model.currentIndexChanged.connect(self.replan)
        self.system = QPlainTextEdit(self)
        self.system.setPlaceholderText(self.tr("Optional"))
        self.system.setMaximumHeight(70)
        self.system.textChanged.connect(self.replan)
        self.max_tokens = QSpinBox(self)
        self.max_tokens.setRange(1, 128_000)
        # The settings' reply limit, as for a chat and for `parley batch submit`.
        self.max_tokens.setValue(settings.default_max_tokens)
        self.max_tokens.valueChanged.connect(self.replan)
        self.label = QLineEdit(self)
        self.label.setPlaceholderText(self.tr("A name for the job (default: the prompt)"))
        self.estimate = QLabel(self)
        self.estimate.setObjectName("batchEstimate")
        self.estimate.setWordWrap(True)
        self.refusals = QLabel(self)
        self.refusals.setObjectName("batchRefusals")
        self.refusals.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.submit_button = self.buttons.addButton(
            self.tr("Submit"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.on_submit_clicked)
        self.buttons.rejected.connect(self.reject)
        self._build_layout()
        self.on_kind_changed(0)

    def _build_layout(self) -> None:
        source_row = QHBoxLayout()
        source_row.addWidget(self.kind, 1)
        source_row.addWidget(self.choose_button)
        source_row.addWidget(self.count)
        form = QFormLayout()
        form.addRow(self.tr("Send"), source_row)
        form.addRow("", self.sources_label)
        prompt_box = QVBoxLayout()
        prompt_box.addWidget(self.prompt, 1)
        prompt_box.addWidget(self.presets)
        form.addRow(self.tr("Prompt"), prompt_box)
        form.addRow(self.tr("Model"), self.model)
        form.addRow(self.tr("System prompt"), self.system)
        form.addRow(self.tr("Max tokens"), self.max_tokens)
        form.addRow(self.tr("Label"), self.label)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.estimate)
        layout.addWidget(self.refusals)
        layout.addWidget(self.buttons)

    def on_kind_changed(self, index: int) -> None:
        self.count.setVisible(index == 3)
        self.choose_button.setVisible(index != 3)
        self._set_prepared(variants(self.count.value()) if index == 3 else PreparedSources())

    def on_count_changed(self, count: int) -> None:
        if self.kind.currentIndex() == 3:
            self._set_prepared(variants(count))

    def on_choose_clicked(self) -> None:
        match self.kind.currentIndex():
            case 0:
                folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of images"))
                if folder:
                    self.use_folder(Path(folder))
            case 1:
                files, _ = QFileDialog.getOpenFileNames(self, self.tr("Files to send"))
                if files:
                    self.use_files([Path(f) for f in files])
            case 2:
                file, _ = QFileDialog.getOpenFileName(
                    self, self.tr("Prompts"), "", self.tr("Prompts (*.csv *.jsonl)")
                )
                if file:
                    self.use_prompt_file(Path(file))

    def use_folder(self, folder: Path) -> None:
        self.kind.setCurrentIndex(0)
        store = self.attachments
        self._prepare(lambda tell: prepare_files(folder_images(folder), store, tell), folder.name)

    def use_files(self, files: list[Path]) -> None:
        self.kind.setCurrentIndex(1)
        store = self.attachments
        what = self.tr("%n files", "", len(files))
        self._prepare(lambda tell: prepare_files(files, store, tell), what)

    def use_prompt_file(self, file: Path) -> None:
        self.kind.setCurrentIndex(2)
        self._prepare(lambda _tell: prompt_file(file), file.name)

    def _prepare(self, work: Work, what: str) -> None:
        self._preparing = what
        self.sources_label.setText(self.tr("Preparing %1…").replace("%1", what))
        self.submit_button.setEnabled(False)
        self._pending = self.jobs.start(work)

    def on_progressed(self, job_id: int, done: int, total: int) -> None:
        if job_id == self._pending:
            text = self.tr("Preparing %1: %2 of %3…").replace("%1", self._preparing)
            self.sources_label.setText(text.replace("%2", str(done)).replace("%3", str(total)))

    def on_prepared(self, job_id: int, prepared: PreparedSources) -> None:
        if job_id == self._pending:
            self._set_prepared(prepared)

    def _set_prepared(self, prepared: PreparedSources) -> None:
        self.prepared = prepared
        self._pending = 0
        names = [s.name for s in prepared.sources]
        shown = ", ".join(names[:5]) + (" …" if len(names) > 5 else "")
        if names:
            self.sources_label.setText(self.tr("%n to send: ", "", len(names)) + shown)
        else:
            self.sources_label.setText(self.tr("Nothing to send yet."))
        refused = prepared.refusals
        more = self.tr(" (and %n more)", "", len(refused) - 3) if len(refused) > 3 else ""
        left_out = self.tr("Left out: ") + " ".join(refused[:3]) + more if refused else ""
        self.refusals.setText(" ".join([*prepared.notes, left_out]).strip())
        self.replan()

    def sources(self) -> list[BatchSource]:
        return self.prepared.sources

    def replan(self) -> None:
        """The plan and estimate for what is chosen now; Submit only when there is one."""
        self.plan = None
        prompt = self.prompt.toPlainText().strip()
        needs_prompt = self.kind.currentIndex() != 2
        if not self.sources():
            self.estimate.setText("")
        elif needs_prompt and not prompt:
            self.estimate.setText(self.tr("Write the prompt to see the estimate."))
        else:
            try:
                self.plan = plan_batch(
                    self.sources(),
                    prompt=prompt,
                    model=str(self.model.currentData() or ""),
                    system=self.system.toPlainText().strip(),
                    max_tokens=self.max_tokens.value(),
                    pricing=self.pricing,
                    limits=self.limits,
                )
            except PlanError as error:
                self.estimate.setText(str(error))
            else:
                self.estimate.setText(self.estimate_text(self.plan))
        self.submit_button.setEnabled(self.plan is not None and not self._pending)

    def estimate_text(self, plan: BatchPlan) -> str:
        e = plan.estimate
        text = (
            self.tr("%n request", "", e.requests)
            if e.requests == 1
            else self.tr("%n requests", "", e.requests)
        )
        if len(plan.chunks) > 1:
            text += self.tr(" in %n batches (the API's limits)", "", len(plan.chunks))
        text += self.tr(", about %1 input tokens: %2 at list price, %3 at the batch price.")
        text = text.replace("%1", format_tokens(e.input_tokens))
        text = text.replace("%2", format_cost(e.input_cost_list))
        text = text.replace("%3", format_cost(e.input_cost_batch))
        most = self.tr(" With answers, at most %1 (list %2).")
        return text + most.replace("%1", format_cost(e.max_cost_batch)).replace(
            "%2", format_cost(e.max_cost_list)
        )

    def on_submit_clicked(self) -> None:
        if self.plan is None:
            return
        prompt = self.prompt.toPlainText().strip()
        label = self.label.text().strip() or prompt[:60] or self.sources_label.text()[:60]
        self.submitted.emit(
            BatchOrder(
                self.plan,
                label,
                str(self.model.currentData() or ""),
                prompt,
                self.system.toPlainText().strip(),
                self.max_tokens.value(),
            )
        )
        self.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if len(paths) == 1 and paths[0].is_dir():
            self.use_folder(paths[0])
        elif len(paths) == 1 and paths[0].suffix.lower() in (".csv", ".jsonl"):
            self.use_prompt_file(paths[0])
        elif paths:
            self.use_files(paths)
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
