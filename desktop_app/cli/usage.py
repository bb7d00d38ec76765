"""`parley usage`: a month's spending from the usage ledger, by model and by local day.

In `--json`, `cost` is the month's cost in USD, or null when some request's price is
unknown; `priced_cost` is then the known part and `unpriced_requests` how many are missing
from it. Token fields: `input`, `output`, `cache_write_5m`, `cache_write_1h`, `cache_read`.
"""

from __future__ import annotations

import argparse
import json
import time
from typing import Any

from desktop_app.cli.output import CliError, database_failure
from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.core.locale_format import format_number
from desktop_app.core.pricing import Pricing, format_cost
from desktop_app.core.spend_report import Period, SpendRow
from desktop_app.paths import database_path, pricing_override_path
from desktop_app.storage.usage_ledger import SqliteUsageLedger

_COLUMNS = (
    QT_TRANSLATE_NOOP("Cli", "REQUESTS"),
    QT_TRANSLATE_NOOP("Cli", "INPUT"),
    QT_TRANSLATE_NOOP("Cli", "OUTPUT"),
    QT_TRANSLATE_NOOP("Cli", "WRITE 5M"),
    QT_TRANSLATE_NOOP("Cli", "WRITE 1H"),
    QT_TRANSLATE_NOOP("Cli", "CACHE READ"),
    QT_TRANSLATE_NOOP("Cli", "COST"),
)


def open_ledger() -> SqliteUsageLedger:
    """The ledger in the shared database, its pre-ledger replies priced (a no-op once done)."""
    from desktop_app.storage.errors import DatabaseError

    try:
        ledger = SqliteUsageLedger(database_path())
        ledger.price_unpriced(Pricing.load(override=pricing_override_path()))
    except DatabaseError as error:
        raise database_failure(error) from None
    return ledger


def usage(args: argparse.Namespace) -> int:
    period = Period.month_of(time.time()) if args.month is None else Period.parse_month(args.month)
    if period is None:
        raise CliError(
            translate("Cli", "not a month: {month} (write it as YYYY-MM, e.g. 2026-03)").format(
                month=repr(args.month)
            ),
            2,
        )
    with open_ledger() as ledger:
        total = ledger.total(period)
        by_model = ledger.by_model(period)
        by_day = ledger.by_day(period)
    if args.json:
        report = {"month": period.label, **_fields(total)}
        report["by_model"] = [{"model": r.key, **_fields(r)} for r in by_model]
        report["by_day"] = [{"day": r.key, **_fields(r)} for r in by_day]
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    if total.requests == 0:
        print(translate("Cli", "No usage in {month}.").format(month=period.label))
        return 0
    print(
        translate("Cli", "Usage in {month}: %n request(s), {cost}", None, total.requests).format(
            month=period.label, cost=_cost(total)
        )
    )
    print()
    _table(translate("Cli", "MODEL"), by_model)
    print()
    _table(translate("Cli", "DAY"), by_day)
    return 0


def _fields(row: SpendRow) -> dict[str, Any]:
    return {
        "requests": row.requests,
        "input": row.usage.input_tokens,
        "output": row.usage.output_tokens,
        "cache_write_5m": row.cache_write_5m,
        "cache_write_1h": row.cache_write_1h,
        "cache_read": row.usage.cache_read_input_tokens,
        "cost": row.cost,
        "priced_cost": row.cost_usd,
        "unpriced_requests": row.unknown_requests,
        "batch_cost": row.batch_cost_usd,
    }


def _cost(row: SpendRow) -> str:
    """The cost, its batch part, and what is unknown, never shown as $0."""
    if row.unknown_requests == row.requests:
        text = format_cost(None)
    else:
        text = format_cost(row.cost_usd)
        if row.unknown_requests:
            text += translate("Cli", " + {count} of unknown price").format(
                count=row.unknown_requests
            )
    if row.batch_cost_usd:
        text += translate("Cli", " (batch {cost})").format(cost=format_cost(row.batch_cost_usd))
    return text


def _table(heading: str, rows: list[SpendRow]) -> None:
    lines: list[tuple[str, ...]] = [(heading, *(translate("Cli", c) for c in _COLUMNS))]
    for row in rows:
        usage = row.usage
        counts = (
            row.requests,
            usage.input_tokens,
            usage.output_tokens,
            row.cache_write_5m,
            row.cache_write_1h,
            usage.cache_read_input_tokens,
        )
        lines.append((row.key, *(format_number(n) for n in counts), _cost(row)))
    widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))]
    for line in lines:
        first = line[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(line[1:-1], widths[1:-1], strict=True)]
        print("  ".join([first, *rest, line[-1]]).rstrip())
