"""`ConversationOptions`: what the user chooses from the composer, and where each choice is kept.

The model, system prompt, thinking and cache lifetime belong to a conversation (held here as a
draft until a new chat's first message creates it); the review presets, the tool
settings and the model new chats start with belong to the settings file.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop_app.core.conversation import Conversation
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.project import Project
from desktop_app.core.settings import ReviewPreset, Settings
from desktop_app.core.thinking import NO_THINKING, thinking_options
from desktop_app.ui.chat_window import ChatWindow
from desktop_app.ui.preset_words import localized
from desktop_app.ui.sampling_choice import SamplingChoice
from desktop_app.ui.server_tool_choice import ServerToolChoice

NOT_SAVED = QT_TRANSLATE_NOOP("ConversationOptions", "Settings could not be saved.")


@dataclass
class NewChatDraft:
    """A new chat's choices before it exists."""

    system_prompt: str = ""
    thinking: bool = False
    effort: str = ""
    cache_ttl: str = "5m"
    max_tokens: int = 0  # 0: the settings' default


def draft_for(settings: Settings) -> NewChatDraft:
    """A new chat's starting choices, from the settings' defaults."""
    preset = settings.preset_named(settings.default_system_preset)
    return NewChatDraft(
        system_prompt=preset.text if preset is not None else "",
        thinking=settings.default_thinking,
        cache_ttl=settings.cache_ttl,
    )


class ConversationOptions(QObject):
    settings_changed = Signal(object)  # the Settings now in force (saved, or not if it failed)

    def __init__(self, window: ChatWindow, settings: Settings, settings_path: Path) -> None:
        super().__init__(window.window())
        self.window = window
        self.store = window.store
        self.settings = settings
        self.settings_path = settings_path
        self.project: Project | None = None  # new chats are filed here, with its defaults
        self.draft = draft_for(settings)
        composer = window.composer
        composer.model_chosen.connect(self.on_model_chosen)
        composer.system_prompt_requested.connect(self.on_system_prompt_requested)
        composer.tools_requested.connect(self.on_tools_requested)
        composer.thinking_button.changed.connect(self.on_thinking_changed)
        composer.reply_limit_button.changed.connect(self.on_reply_limit_changed)
        composer.reply_limit_button.default_chosen.connect(self.on_default_limit_chosen)
        window.connection.default_max_tokens = settings.default_max_tokens
        composer.attachments.set_presets(localized(settings.review_presets))
        composer.attachments.presets_edit_requested.connect(self.on_presets_edit_requested)
        self.server_tools = ServerToolChoice(
            composer.server_tools_button, self.store, window.catalogue, settings
        )
        self.sampling = SamplingChoice(composer, self.store)  # the Advanced panel's options

    def show(self, conversation: Conversation | None) -> None:
        """Put a conversation's choices (or the new chat's) in the composer."""
        composer = self.window.composer
        if conversation is None:
            model = (
                (self.project.model if self.project else "")
                or self.settings.default_model
                or self.window.catalogue.default().id
            )
            prompt, thinking, effort = (
                self.draft.system_prompt,
                self.draft.thinking,
                self.draft.effort,
            )
        else:
            model, prompt = conversation.model, conversation.system_prompt
            thinking, effort = conversation.thinking, conversation.effort
        catalogue = self.window.catalogue
        composer.set_models(catalogue.selectable, model, catalogue.pricing)
        composer.set_system_prompt_set(bool(prompt))
        self._show_thinking(model, thinking, effort)
        self._show_reply_limit()
        self.server_tools.show(None if conversation is None else conversation.id, model)
        self.sampling.show(None if conversation is None else conversation.id)

    def create_conversation(self, model: str) -> Conversation:
        """The new chat, with the choices made before its first message."""
        draft, self.draft = self.draft, self._new_draft()
        project_id = self.project.id if self.project is not None else None
        conversation = self.store.create_conversation(
            model, system_prompt=draft.system_prompt, project_id=project_id
        )
        if draft.thinking or draft.effort or draft.max_tokens:
            conversation = self.store.update_conversation(
                conversation.id,
                thinking=draft.thinking,
                effort=draft.effort,
                max_tokens=draft.max_tokens or None,
            )
        if draft.cache_ttl != conversation.cache_ttl:
            conversation = self.store.update_conversation(
                conversation.id, cache_ttl=draft.cache_ttl
            )
        self.server_tools.created(conversation.id)
        self.sampling.created(conversation.id)
        return conversation

    def set_project(self, project: Project | None) -> None:
        """New chats from now on are filed in `project` and start with its system prompt
        and model; a new chat being written takes them at once."""
        self.project = project
        self.draft = self._new_draft()
        if self.window.current_id is None:
            self.show(None)

    def _new_draft(self, settings: Settings | None = None) -> NewChatDraft:
        """A new chat's starting choices: the settings' defaults, the project's prompt over
        them when the chat is filed in a project that has one."""
        draft = draft_for(settings or self.settings)
        if self.project is not None and self.project.system_prompt:
            draft = replace(draft, system_prompt=self.project.system_prompt)
        return draft

    def refresh_models(self) -> None:
        catalogue = self.window.catalogue
        composer = self.window.composer
        composer.set_models(catalogue.selectable, composer.current_model(), catalogue.pricing)
        self._show_current_thinking()
        self._show_reply_limit()

    def retranslate(self) -> None:
        """After a language change (ui/retranslation.py): the texts built from figures and
        dates, which cannot be looked up by what they show."""
        self.refresh_models()
        self.window.composer.attachments.set_presets(localized(self.settings.review_presets))
        self.window.update_usage()
        self.window.chat.message_actions.refresh_last(rows=0)

    def on_model_chosen(self, model_id: str) -> None:
        if self.window.current_id is not None:
            self.store.update_conversation(self.window.current_id, model=model_id)
        self.settings = self.settings.with_(default_model=model_id)  # new chats start with it
        self.save()
        self._show_current_thinking()
        self._show_reply_limit()

    def on_reply_limit_changed(self, limit: int) -> None:
        """The conversation's max_tokens (0: back to the settings' default)."""
        current = self.window.current_id
        if current is None:
            self.draft.max_tokens = limit
        else:
            self.store.update_conversation(current, max_tokens=limit)

    def on_default_limit_chosen(self, limit: int) -> None:
        self.settings = self.settings.with_(default_max_tokens=limit)
        self.window.connection.default_max_tokens = limit
        self.save()
        self._show_reply_limit()

    def _show_reply_limit(self) -> None:
        current = self.window.current_id
        chosen = (
            self.store.get_conversation(current).max_tokens
            if current is not None
            else self.draft.max_tokens
        )
        model = self.window.composer.current_model()
        self.window.composer.reply_limit_button.show_limit(
            chosen, self.settings.default_max_tokens, self.window.catalogue.max_tokens_for(model)
        )

    def on_thinking_changed(self, thinking: bool, effort: str) -> None:
        current = self.window.current_id
        if current is None:
            self.draft.thinking, self.draft.effort = thinking, effort
        else:
            self.store.update_conversation(current, thinking=thinking, effort=effort)

    def _show_current_thinking(self) -> None:
        current = self.window.current_id
        if current is None:
            thinking, effort = self.draft.thinking, self.draft.effort
        else:
            conversation = self.store.get_conversation(current)
            thinking, effort = conversation.thinking, conversation.effort
        self._show_thinking(self.window.composer.current_model(), thinking, effort)
        self.server_tools.show(current, self.window.composer.current_model())

    def _show_thinking(self, model_id: str, thinking: bool, effort: str) -> None:
        model = self.window.catalogue.get(model_id)
        options = thinking_options(model) if model is not None else NO_THINKING
        self.window.composer.thinking_button.show_options(options, thinking, effort)

    def on_system_prompt_requested(self) -> None:
        from desktop_app.ui.dialogs.system_prompt_dialog import SystemPromptDialog  # on demand

        current = self.window.current_id
        if current is not None:
            conversation = self.store.get_conversation(current)
            prompt, ttl, model = (
                conversation.system_prompt,
                conversation.cache_ttl,
                conversation.model,
            )
        else:
            prompt, ttl = self.draft.system_prompt, self.draft.cache_ttl
            model = self.window.composer.current_model()
        price = self.window.pricing.price(model)
        rates = price.standard if price is not None else None  # words the 1-hour write price
        dialog = SystemPromptDialog(
            prompt,
            self.window.window(),
            cache_ttl=ttl,
            rates=rates,
            presets=self.settings.system_prompt_presets,
        )
        dialog.accepted.connect(
            lambda: self.on_system_prompt_accepted(current, dialog.prompt(), dialog.cache_ttl())
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def on_system_prompt_accepted(
        self, conversation_id: int | None, prompt: str, cache_ttl: str | None = None
    ) -> None:
        if conversation_id is None:
            self.draft.system_prompt = prompt
            self.draft.cache_ttl = cache_ttl or self.draft.cache_ttl
        else:
            self.store.update_conversation(
                conversation_id, system_prompt=prompt, cache_ttl=cache_ttl
            )
        if conversation_id == self.window.current_id:
            self.window.composer.set_system_prompt_set(bool(prompt))

    def on_presets_edit_requested(self) -> None:
        from desktop_app.ui.dialogs.preset_dialog import PresetDialog  # on demand

        dialog = PresetDialog(localized(self.settings.review_presets), self.window.window())
        dialog.accepted.connect(lambda: self.on_presets_accepted(dialog.presets()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def on_presets_accepted(self, presets: tuple[ReviewPreset, ...]) -> None:
        self.settings = self.settings.with_(review_presets=presets)
        self.window.composer.attachments.set_presets(localized(presets))
        self.save()

    def on_tools_requested(self) -> None:
        from desktop_app.ui.dialogs.tools_dialog import ToolsDialog  # on demand

        window = self.window
        dialog = ToolsDialog(self.settings, self.settings_path, window.connection, window.window())
        dialog.saved.connect(self.on_tool_settings_saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def on_tool_settings_saved(self, settings: Settings) -> None:
        self.settings = settings  # later saves (model, presets) keep the tool settings
        self.server_tools.use_settings(settings)
        self.settings_changed.emit(settings)

    def change(self, **changes: object) -> str:
        """Apply `changes` at once and save them; '' or why the file could not be written
        (the change still holds for this session)."""
        before = self.settings
        self.settings = before.with_(**changes)
        if self.draft == self._new_draft(before):  # an untouched new chat takes the new ones
            self.draft = self._new_draft()
        self.server_tools.use_settings(self.settings)
        try:
            self.settings.save(self.settings_path)
            problem = ""
        except OSError as error:
            problem = self.tr("The settings could not be saved: %1.").replace(
                "%1", error.strerror or str(error)
            )
        self.settings_changed.emit(self.settings)
        return problem

    def save(self) -> None:
        try:
            self.settings.save(self.settings_path)
        except OSError:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("ConversationOptions", NOT_SAVED), 5000
            )
        self.settings_changed.emit(self.settings)
