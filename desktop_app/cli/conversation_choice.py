"""Which conversation and model a `parley ask` (or its `--estimate`) is about, from its flags."""

from __future__ import annotations

import argparse

from desktop_app.cli.output import CliError
from desktop_app.core.conversation import Conversation
from desktop_app.core.i18n import translate
from desktop_app.core.model_catalogue import ModelCatalogue
from desktop_app.core.ports import ConversationStore
from desktop_app.core.settings import Settings
from desktop_app.paths import settings_path


def existing_conversation(store: ConversationStore, conversation_id: int) -> Conversation:
    try:
        return store.get_conversation(conversation_id)
    except LookupError:
        raise CliError(
            translate("Cli", "no conversation with id {id}").format(id=conversation_id), 2
        ) from None


def chosen_model(
    store: ConversationStore, args: argparse.Namespace, catalogue: ModelCatalogue
) -> str:
    """--model, else the continued conversation's, else the settings' default or a Sonnet."""
    if args.model:
        return str(args.model)
    if args.continue_id is not None:
        return existing_conversation(store, args.continue_id).model
    return Settings.load(settings_path()).default_model or catalogue.default().id
