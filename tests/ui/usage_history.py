"""Fills a data folder with about a year of Korean and English usage, for looking at the
Usage view by hand: `python -m tests.ui.usage_history [--days 365] [--seed 7]` writes to
the database under PARLEY_HOME (conversations with titles, and their ledger entries)."""

from __future__ import annotations

import argparse
import random
import time

from desktop_app import paths
from desktop_app.core.conversation import Usage
from desktop_app.core.ledger import LedgerEntry, Spend
from desktop_app.core.pricing import Pricing
from desktop_app.storage.conversation_store import SqliteConversationStore
from desktop_app.storage.usage_ledger import SqliteUsageLedger

TITLES = (
    "서울 여행 일정 짜기",
    "스크린샷 UI 검토",
    "영수증 글자 추출",
    "회의록 요약",
    "파이썬 오류 설명",
    "Quarterly report charts",
    "Tax forms checklist",
    "Refactoring the parser",
    "한국어 이메일 다듬기",
    "Diagram to Mermaid",
)
MODELS = (
    ("claude-sonnet-4-6", 0.6),
    ("claude-haiku-4-5", 0.25),
    ("claude-opus-4-6", 0.12),
    ("claude-2.1", 0.03),  # an old model with no known price
)


def fill(days: int, seed: int) -> int:
    rng = random.Random(seed)
    pricing = Pricing.load(override=paths.pricing_override_path())
    now = time.time()
    written = 0
    with (
        SqliteConversationStore(paths.database_path()) as store,
        SqliteUsageLedger(paths.database_path()) as ledger,
    ):
        conversations = [store.create_conversation("claude-sonnet-4-6", title=t).id for t in TITLES]
        for day in range(days, -1, -1):
            # Busier lately, quiet at weekends, like a real year of use.
            busy = 2 + int(10 * (1 - day / max(days, 1)))
            for _ in range(rng.randint(0, busy)):
                at = now - day * 86_400 - rng.uniform(0, 80_000)
                model = rng.choices([m for m, _ in MODELS], [w for _, w in MODELS])[0]
                cached = rng.random() < 0.6
                usage = Usage(
                    input_tokens=rng.randint(200, 6_000),
                    output_tokens=rng.randint(100, 3_000),
                    cache_creation_input_tokens=rng.randint(0, 4_000) if cached else 0,
                    cache_read_input_tokens=rng.randint(2_000, 40_000) if cached else 0,
                )
                batch = rng.random() < 0.08
                ledger.record(
                    LedgerEntry.priced(
                        pricing,
                        at,
                        Spend.BATCH if batch else Spend.REPLY,
                        model,
                        usage,
                        batch=batch,
                        conversation_id=rng.choice(conversations),
                    )
                )
                written += 1
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(f"usage_entries: {fill(args.days, args.seed)}")


if __name__ == "__main__":
    main()
