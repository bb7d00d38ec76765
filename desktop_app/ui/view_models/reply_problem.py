"""Why an exchange did not finish, in the words and with the offers the chat shows inline."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from desktop_app.core.conversation import Message, MessageState, Role
from desktop_app.core.errors import ApiError, ErrorKind, describe
from desktop_app.core.failure_note import failure_from_note
from desktop_app.core.i18n import QT_TRANSLATE_NOOP

OFFLINE_NOTE = QT_TRANSLATE_NOOP("ReplyProblem", "Check your connection; Retry sends it again.")


@dataclass(frozen=True, slots=True)
class ReplyProblem:
    text: str
    error: ApiError | None = None
    needs_key: bool = False  # offer "Enter API key…" before retrying
    retryable: bool = True

    @property
    def offline(self) -> bool:
        return self.error is not None and self.error.kind in (ErrorKind.OFFLINE, ErrorKind.DROPPED)


def problem_for(error: ApiError) -> ReplyProblem:
    text = describe(error)
    if error.kind in (ErrorKind.OFFLINE, ErrorKind.DROPPED, ErrorKind.STALLED):
        text = f"{text} {QCoreApplication.translate('ReplyProblem', OFFLINE_NOTE)}"
    needs_key = error.kind is ErrorKind.AUTH
    # Asking again may help after a fix elsewhere (a new key, a shorter prompt); a
    # permission refusal will not change by asking.
    retryable = error.kind is not ErrorKind.PERMISSION
    return ReplyProblem(text, error, needs_key=needs_key, retryable=retryable)


def no_key_problem() -> ReplyProblem:
    return ReplyProblem(
        QCoreApplication.translate(
            "ReplyProblem", "Parley needs an Anthropic API key to send messages."
        ),
        needs_key=True,
        retryable=True,
    )


def unexpected_problem() -> ReplyProblem:
    return ReplyProblem(
        QCoreApplication.translate(
            "ReplyProblem",
            "Something went wrong while sending. The details are in Parley's log; try again.",
        )
    )


def stored_problem(messages: Sequence[Message]) -> ReplyProblem | None:
    """The problem a failed last reply left in the store, for a conversation opened after a
    restart: the card it had, as far as its note tells (a generic one without a note)."""
    last = messages[-1] if messages else None
    if last is None or last.role is not Role.ASSISTANT or last.state is not MessageState.FAILED:
        return None
    error = failure_from_note(last.stop_reason)
    if error is None:
        return ReplyProblem(
            QCoreApplication.translate(
                "ReplyProblem", "This reply failed before it was finished. Retry asks again."
            )
        )
    return problem_for(error)
