"""What can be done with a message on screen, and the line that describes a reply.

Plain Python values (Qt only to translate). A reply is a turn: Claude's consecutive messages after a
question (tool rounds included), so its actions, its branch arrows and its
model · time · tokens · cost line sit once, under the turn's last message.
Regenerating or deleting a reply acts on the turn's first message, which is
where its alternatives branch off.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.core.continuation import is_continuation
from desktop_app.core.conversation import Message, MessageState, Role, Usage
from desktop_app.core.pricing import Pricing, format_cost, format_tokens
from desktop_app.core.sandbox import expiry
from desktop_app.ui.date_text import moment_text

if TYPE_CHECKING:
    from desktop_app.core.cache_saving import CacheSaving  # imported when a reply is described
    from desktop_app.core.reply_ending import ReplyEnding  # and this when a reply is shown


@dataclass(frozen=True, slots=True)
class BranchNav:
    """Where a message stands among its alternatives: "‹ 2/3 ›"."""

    position: int  # 1-based
    count: int
    previous: int | None  # the alternative to show for ‹, if any
    next: int | None

    @property
    def label(self) -> str:
        return f"{self.position}/{self.count}"


@dataclass(frozen=True, slots=True)
class MessageActions:
    role: Role
    anchor_id: int  # the message edit, regenerate and delete act on
    copy_text: str  # Markdown, as written
    branch: BranchNav | None
    info: str  # a reply's model · time · tokens · cost; "" for a question
    info_tip: str = ""  # what the info line's cache figures mean
    ending: ReplyEnding | None = None  # cut off, paused or stopped at a stop sequence


def branch_nav(message_id: int, siblings: Mapping[int, tuple[int, ...]]) -> BranchNav | None:
    group = siblings.get(message_id)
    if not group or len(group) < 2 or message_id not in group:
        return None
    at = group.index(message_id)
    return BranchNav(
        at + 1,
        len(group),
        group[at - 1] if at > 0 else None,
        group[at + 1] if at + 1 < len(group) else None,
    )


def actions_for(
    messages: list[Message],
    index: int,
    siblings: Mapping[int, tuple[int, ...]],
    describe: Callable[[list[Message]], str],
    stop_sequence: Callable[[int], str | None] = lambda _message_id: None,
) -> MessageActions | None:
    """The actions under `messages[index]` (the visible messages), or None where a message
    shows none: inside a turn, or while it is still being written. `stop_sequence` finds the
    stop sequence a reply ended at (the store's)."""
    # Imported here: it brings the request module, which the first paint does without.
    from desktop_app.core.reply_ending import reply_ending

    message = messages[index]
    if message.state is MessageState.STREAMING or is_continuation(message):
        return None  # a request to continue shows as a marker, with nothing to do on it
    if message.role is Role.USER:
        return MessageActions(
            Role.USER, message.id, message.text, branch_nav(message.id, siblings), ""
        )
    if index + 1 < len(messages) and messages[index + 1].role is Role.ASSISTANT:
        return None  # the turn goes on below
    first = index
    while first > 0 and messages[first - 1].role is Role.ASSISTANT:
        first -= 1
    turn = messages[first : index + 1]
    text = "\n\n".join(m.text for m in turn if m.text)
    tip = describe.tip(turn) if isinstance(describe, ReplyDescriber) else ""
    return MessageActions(
        Role.ASSISTANT,
        turn[0].id,
        text,
        branch_nav(turn[0].id, siblings),
        describe(turn),
        tip,
        reply_ending(messages, index, stop_sequence),
    )


class ReplyDescriber:
    """Says a turn's model, when it was written and how long it took, its tokens and cost,
    and how much of its input the prompt cache served and saved."""

    def __init__(
        self,
        pricing: Pricing,
        model_name: Callable[[str], str],
        now: Callable[[], float] = time.time,
    ) -> None:
        self.pricing = pricing
        self.model_name = model_name
        self.now = now

    def __call__(self, turn: list[Message]) -> str:
        last = turn[-1]
        parts = [self.model_name(last.model)] if last.model else []
        parts.append(self.when(turn[0].created_at))
        took = (last.finished_at or 0.0) - turn[0].created_at
        if took >= 0.1:  # none known (an older reply), or too short to say anything
            parts.append(duration_text(took))
        usage = Usage()
        cost: float | None = 0.0
        for message in turn:
            if message.usage is None:
                continue
            usage = usage + message.usage
            each = self.pricing.cost(message.model or "", message.usage)
            cost = None if each is None or cost is None else cost + each
        if usage.total:
            read, written = usage.cache_read_input_tokens, usage.cache_creation_input_tokens
            parts.append(
                QCoreApplication.translate("MessageActions", "{input} in · {output} out").format(
                    input=format_tokens(usage.input_tokens + read + written),
                    output=format_tokens(usage.output_tokens),
                )
            )
            if searches := usage.web_search_requests:
                parts.append(
                    QCoreApplication.translate("ReplyDescriber", "1 web search")
                    if searches == 1
                    else QCoreApplication.translate("ReplyDescriber", "{n} web searches").format(
                        n=searches
                    )
                )
            if expires := expiry(usage):
                until = QCoreApplication.translate("ReplyDescriber", "code sandbox until {time}")
                parts.append(until.format(time=expires.astimezone().strftime("%H:%M")))
            parts.append(format_cost(cost))
            if caching := self.cache_text(self.saving(turn)):
                parts.append(caching)
        return " · ".join(parts)

    def saving(self, turn: list[Message]) -> CacheSaving:
        from desktop_app.core.cache_saving import CacheSaving

        return CacheSaving.of(
            self.pricing, [(m.model, m.usage) for m in turn if m.usage is not None]
        )

    def tip(self, turn: list[Message]) -> str:
        """What the sandbox and cache figures of the info line mean."""
        lines = [self.sandbox_tip()] if any(expiry(m.usage) for m in turn if m.usage) else []
        return "\n\n".join([*lines, self.cache_tip(turn)]).strip()

    @staticmethod
    def sandbox_tip() -> str:
        return QCoreApplication.translate(
            "ReplyDescriber",
            "The code ran in Anthropic's sandbox, which lives on until the time shown: the "
            "next message in this conversation runs its code there, so the files are still there. "
            "Anthropic bills sandbox time by the hour beyond a daily free allowance; the API "
            "does not say what one reply used, so it is not in the cost shown.",
        )

    def cache_tip(self, turn: list[Message]) -> str:
        """What the cache figures of the info line mean, with this model's prices."""
        saving = self.saving(turn)
        if not saving.used:
            return ""
        lines = [
            QCoreApplication.translate(
                "ReplyDescriber", "{read} of {prompt} input tokens were read from the prompt cache."
            ).format(read=f"{saving.read:,}", prompt=f"{saving.prompt:,}")
        ]
        price = self.pricing.price(turn[-1].model or "")
        if price is not None:
            rates = price.standard
            lines.append(
                QCoreApplication.translate(
                    "ReplyDescriber",
                    "Per million tokens: plain input {input}, cache reads {read}, "
                    "cache writes {write_5m} (kept 5 minutes) or {write_1h} (kept an hour).",
                ).format(
                    input=self.usd(rates.input),
                    read=self.usd(rates.cache_read),
                    write_5m=self.usd(rates.cache_write_5m),
                    write_1h=self.usd(rates.cache_write_1h),
                )
            )
        lines.append(
            QCoreApplication.translate(
                "ReplyDescriber",
                "The saving compares this reply with the same request sent without caching. "
                "Writing to the cache costs more than plain input, so a reply that writes "
                "costs a little more, and the replies after it read the cache back cheaply.",
            )
        )
        return "\n".join(lines)

    @staticmethod
    def cache_text(saving: CacheSaving) -> str:
        """Say "92 % from cache, saved $0.04"; "cache write +$0.01" for a turn that only paid."""
        if not saving.used:
            return ""
        parts = []
        if saving.read:
            parts.append(
                QCoreApplication.translate("ReplyDescriber", "{percent} % from cache").format(
                    percent=int(saving.share * 100)
                )
            )
        if saving.saved is not None:
            if saving.saved >= 0:
                parts.append(
                    QCoreApplication.translate("ReplyDescriber", "saved {cost}").format(
                        cost=format_cost(saving.saved)
                    )
                )
            else:
                parts.append(
                    QCoreApplication.translate("ReplyDescriber", "cache write +{cost}").format(
                        cost=format_cost(-saving.saved)
                    )
                )
        return ", ".join(parts)

    @staticmethod
    def usd(per_million: float) -> str:
        cents = round(per_million, 2) == per_million
        return f"${per_million:.2f}" if cents else f"${per_million:g}"

    def when(self, stamp: float) -> str:
        return moment_text(stamp, self.now())


def duration_text(seconds: float) -> str:
    if seconds < 60:
        return QCoreApplication.translate("MessageActions", "{seconds} s").format(
            seconds=f"{seconds:.1f}"
        )
    minutes, rest = divmod(round(seconds), 60)
    return QCoreApplication.translate("MessageActions", "{minutes} min {seconds} s").format(
        minutes=minutes, seconds=rest
    )
