"""`parley ask --max-tokens N`: the limit checked before anything is sent, and the notice
on stderr when a reply was cut off at it."""

from __future__ import annotations

from desktop_app.cli.output import CliError
from desktop_app.core.conversation import Message
from desktop_app.core.i18n import translate
from desktop_app.core.locale_format import format_number
from desktop_app.core.model_catalogue import ModelCatalogue


def checked_max_tokens(value: str | None, model_id: str, catalogue: ModelCatalogue) -> int | None:
    """N as an int (None: not given); a CliError (exit 2) unless 1 ≤ N ≤ the model's maximum."""
    if value is None:
        return None
    try:
        limit = int(value.strip().replace("_", ""))
    except ValueError:
        limit = 0
    most = catalogue.max_tokens_for(model_id)
    if not 0 < limit <= most:
        raise CliError(
            translate(
                "Cli",
                "--max-tokens must be a whole number from 1 to {most} for {model}, not {value}",
            ).format(most=format_number(most), model=model_id, value=repr(value)),
            2,
        )
    return limit


def cutoff_notice(conversation_id: int, reply: Message, limit: int, most: int) -> str | None:
    """The stderr line for a reply cut at `limit` tokens (None when it was not)."""
    if reply.stop_reason != "max_tokens":
        return None
    more = min(most, max(limit * 2, 1024))
    return translate(
        "Cli",
        "parley: the reply was cut off at the max_tokens limit ({limit}); continue with "
        "`parley ask --continue {id} --max-tokens {more} …`",
    ).format(limit=format_number(limit), id=conversation_id, more=more)
