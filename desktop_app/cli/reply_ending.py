"""What `parley ask` says on stderr after the answer about how the reply ended: cut off at
max_tokens (and how to allow more), stopped at a stop sequence, paused past the automatic
continuations, and until when the code sandbox it ran in lives."""

from __future__ import annotations

import sys

from desktop_app.cli.reply_limit_option import cutoff_notice
from desktop_app.cli.request_flags import stop_notice
from desktop_app.core.chat_session import ChatSession
from desktop_app.core.i18n import translate
from desktop_app.core.ports import ConversationStore
from desktop_app.core.request import is_paused
from desktop_app.core.sandbox import expiry


def tell_how_it_ended(store: ConversationStore, session: ChatSession, conversation_id: int) -> None:
    """Say on stderr when the reply stopped at max_tokens or a stop sequence, and until when
    its code sandbox lives; the answer still counts (exit 0)."""
    last = store.messages(conversation_id)[-1:]
    if last and (stopped := stop_notice(last[0], store.stop_sequence(last[0].id))):
        print(stopped, file=sys.stderr)
    if last and is_paused(last[0]):
        print(
            translate(
                "Cli",
                "parley: Claude paused a long turn again and again; what came is kept "
                "(the window's Continue goes on with it)",
            ),
            file=sys.stderr,
        )
    if last and last[0].usage and (expires := expiry(last[0].usage)):
        until = expires.astimezone().strftime("%H:%M")
        print(
            translate(
                "Cli", "parley: the code sandbox lives until {time}; --continue runs there again"
            ).format(time=until),
            file=sys.stderr,
        )
    request = session.build_request(conversation_id, resolve=False)
    most = session.catalogue.max_tokens_for(request.model)
    notice = cutoff_notice(conversation_id, last[0], request.max_tokens, most) if last else None
    if notice:
        print(notice, file=sys.stderr)
