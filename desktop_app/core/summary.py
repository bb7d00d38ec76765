"""Carries a conversation that fills its context window on in a new one, from a summary.

The cheapest model writes the summary; it goes in the new conversation's system prompt
(after the original's own), not in a made-up first turn: the user's next message opens the
conversation as usual, the summary is cached with the system prompt on every later turn,
and the user can read or change it under "System". The new conversation records
`continued_from`, so the window can link back to the original.
"""

from __future__ import annotations

from desktop_app.core.conversation import Conversation, Message, Role
from desktop_app.core.errors import ApiError
from desktop_app.core.i18n import translate
from desktop_app.core.ledger import Spend
from desktop_app.core.reply_builder import ReplyBuilder
from desktop_app.core.request import Request
from desktop_app.core.session_services import SpendingServices
from desktop_app.core.token_estimate import text_tokens

SUMMARY_PROMPT = (
    "Summarise the conversation below so that it can be continued in a new conversation "
    "without it. Keep every decision, fact, figure, name, file and open question; keep "
    "code that is still needed. Write in the conversation's language. Reply with the "
    "summary only.\n\n<conversation>\n{transcript}\n</conversation>"
)
SUMMARY_MAX_TOKENS = 4_000
DEFAULT_WINDOW = 200_000  # the summariser's input window when the catalogue does not say
OMITTED = "[… earlier messages left out …]"


class SummaryError(Exception):
    """The summary could not be written; the message says why, plainly."""


def transcript(messages: list[Message], budget: int) -> str:
    """The conversation as text, within `budget` tokens: the first message and as many of
    the latest as fit (the middle is left out, marked)."""
    turns = [
        f"{'User' if m.role is Role.USER else 'Assistant'}: {m.text.strip()}"
        for m in messages
        if m.role in (Role.USER, Role.ASSISTANT) and m.text.strip()
    ]
    if not turns:
        return ""
    kept: list[str] = []
    used = text_tokens(turns[0])
    for turn in reversed(turns[1:]):
        cost = text_tokens(turn)
        if used + cost > budget:
            kept.append(OMITTED)
            break
        kept.append(turn)
        used += cost
    return "\n\n".join([turns[0][: budget * 3], *reversed(kept)])


def system_prompt_with(original: str, summary: str, title: str) -> str:
    carried = (
        f'This conversation continues an earlier one ("{title}"). A summary of it:\n'
        f"<summary>\n{summary.strip()}\n</summary>"
    )
    return f"{original.strip()}\n\n{carried}" if original.strip() else carried


async def continue_with_summary(
    session: SpendingServices, conversation_id: int, title_pattern: str = "{title} (continued)"
) -> Conversation:
    """Write the summary with the cheapest model (recorded as a summary's spend) and make
    the new conversation, linked to the original and titled by `title_pattern` (the window
    passes its translation); raises SummaryError."""
    store = session.store
    original = store.get_conversation(conversation_id)
    summariser = session.catalogue.cheapest()
    window = summariser.max_input_tokens or DEFAULT_WINDOW
    text = transcript(store.messages(conversation_id), int(window * 0.7))
    if not text:
        raise SummaryError(translate("Summary", "There is nothing to summarise yet."))
    request = Request(
        model=summariser.id,
        max_tokens=SUMMARY_MAX_TOKENS,
        messages=[{"role": "user", "content": SUMMARY_PROMPT.format(transcript=text)}],
        cache=False,
    )
    builder = ReplyBuilder()
    try:
        stream = session.client.stream(request)
        try:
            async for event in stream:
                builder.apply(event)
        finally:
            await stream.aclose()
    except ApiError as error:
        raise SummaryError(
            translate("Summary", "The summary could not be written. {problem}").format(
                problem=error
            )
        ) from None
    finally:
        session.record_spend(Spend.SUMMARY, request.model, builder.usage, conversation_id)
    if not builder.finished:
        raise SummaryError(
            translate(
                "Summary", "The summary was cut off before it ended; the conversation is unchanged."
            )
        )
    summary = "\n".join(b.get("text", "") for b in builder.content() if b.get("type") == "text")
    if not summary.strip():
        raise SummaryError(
            translate("Summary", "The summary came back empty; the conversation is unchanged.")
        )
    title = original.title or "conversation"
    new = store.create_conversation(
        original.model,
        system_prompt_with(original.system_prompt, summary, title),
        title_pattern.format(title=title),
        continued_from=original.id,
    )
    # The way the user set the original up goes on too: thinking, effort, limit, cache.
    return store.update_conversation(
        new.id,
        thinking=original.thinking,
        effort=original.effort,
        max_tokens=original.max_tokens or 0,
        cache_ttl=original.cache_ttl,
    )


__all__ = ["SummaryError", "continue_with_summary", "system_prompt_with", "transcript"]
