"""`SqliteUsageLedger`: the usage ledger in Parley's database, written per request and read
as spending reports (`core.spend_report`) by the Usage view, `parley usage` and the budget.

Its own connection (WAL: the window and the CLI write the same file); each write is one
short `BEGIN IMMEDIATE` transaction. Days and months are the local calendar's.
"""

from __future__ import annotations

import json
from typing import Any, Final

from desktop_app.core.conversation import Usage
from desktop_app.core.ledger import LedgerEntry
from desktop_app.core.pricing import Pricing
from desktop_app.core.spend_report import Period, SpendRow, empty_row
from desktop_app.storage.sqlite_file import SqliteFile

# One expression per SpendRow field, after the key (and label) columns.
_SUMS: Final = """
    coalesce(sum(l.input_tokens), 0), coalesce(sum(l.output_tokens), 0),
    coalesce(sum(l.cache_write_5m_tokens), 0), coalesce(sum(l.cache_write_1h_tokens), 0),
    coalesce(sum(l.cache_read_tokens), 0), coalesce(sum(l.cost_usd), 0.0),
    count(*) - count(l.cost_usd), count(*),
    coalesce(sum(CASE WHEN l.batch THEN l.cost_usd END), 0.0)"""

_DAY: Final = "date(l.at, 'unixepoch', 'localtime')"
_MONTH: Final = "strftime('%Y-%m', l.at, 'unixepoch', 'localtime')"


class SqliteUsageLedger(SqliteFile):
    """The `UsageLedger` port and the `SpendReport` read side on the SQLite file at `path`."""

    def record(self, entry: LedgerEntry) -> None:
        """Add the entry; one for a message already recorded replaces it (a failed reply
        recorded again when retried in place, say)."""
        usage = entry.usage
        write_1h = min(usage.cache_creation_1h_input_tokens, usage.cache_creation_input_tokens)
        rates = json.dumps(entry.rates.to_json()) if entry.rates is not None else None
        with self._write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO usage_ledger (at, kind, conversation_id, message_id,"
                " batch_id, batch, model, input_tokens, output_tokens, cache_write_5m_tokens,"
                " cache_write_1h_tokens, cache_read_tokens, cost_usd, rates, priced)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                (
                    entry.at,
                    entry.kind.value,
                    entry.conversation_id,
                    entry.message_id,
                    entry.batch_id,
                    int(entry.batch),
                    entry.model,
                    usage.input_tokens,
                    usage.output_tokens,
                    usage.cache_creation_input_tokens - write_1h,
                    write_1h,
                    usage.cache_read_input_tokens,
                    entry.cost_usd,
                    rates,
                ),
            )

    def price_unpriced(self, pricing: Pricing) -> int:
        """Price the rows copied in from before the ledger (at today's prices); returns
        how many there were. Cheap when there are none, so it runs at every start."""
        with self._write() as conn:
            rows = conn.execute(
                "SELECT id, model, batch, input_tokens, output_tokens, cache_write_5m_tokens,"
                " cache_write_1h_tokens, cache_read_tokens FROM usage_ledger WHERE priced = 0"
            ).fetchall()
            for row_id, model, batch, inp, out, w5, w1, read in rows:
                usage = Usage(inp, out, w5 + w1, read, w1)
                rates = pricing.rates(model, usage, batch=bool(batch))
                conn.execute(
                    "UPDATE usage_ledger SET cost_usd = ?, rates = ?, priced = 1 WHERE id = ?",
                    (
                        rates.cost(usage) if rates is not None else None,
                        json.dumps(rates.to_json()) if rates is not None else None,
                        row_id,
                    ),
                )
        return len(rows)

    def total(self, period: Period) -> SpendRow:
        rows = self._grouped("''", period, "")
        return rows[0] if rows else empty_row("")

    def by_day(self, period: Period) -> list[SpendRow]:
        return self._grouped(_DAY, period, "ORDER BY 1")

    def by_month(self, period: Period) -> list[SpendRow]:
        return self._grouped(_MONTH, period, "ORDER BY 1")

    def by_model(self, period: Period) -> list[SpendRow]:
        return self._grouped("l.model", period, "ORDER BY 7 DESC, 1")

    def by_conversation(self, period: Period, limit: int | None = None) -> list[SpendRow]:
        rows = self._query(
            f"SELECT CAST(l.conversation_id AS TEXT), coalesce(c.title, ''), {_SUMS}"
            " FROM usage_ledger l LEFT JOIN conversations c ON c.id = l.conversation_id"
            " WHERE l.at >= ? AND l.at < ? AND l.conversation_id IS NOT NULL"
            " GROUP BY l.conversation_id ORDER BY 8 DESC, l.conversation_id DESC"
            + (f" LIMIT {int(limit):d}" if limit is not None else ""),
            (period.start, period.end),
        )
        return [_row(r) for r in rows]

    def conversation_total(self, conversation_id: int) -> SpendRow:
        rows = self._query(
            f"SELECT CAST(l.conversation_id AS TEXT), '', {_SUMS} FROM usage_ledger l"
            " WHERE l.conversation_id = ? GROUP BY l.conversation_id",
            (conversation_id,),
        )
        return _row(rows[0]) if rows else empty_row(str(conversation_id))

    def _grouped(self, key: str, period: Period, order: str) -> list[SpendRow]:
        rows = self._query(
            f"SELECT {key}, '', {_SUMS} FROM usage_ledger l"
            f" WHERE l.at >= ? AND l.at < ? GROUP BY 1 HAVING count(*) > 0 {order}",
            (period.start, period.end),
        )
        return [_row(r) for r in rows]

    def _query(self, sql: str, params: tuple[object, ...]) -> list[tuple[Any, ...]]:
        with self._read() as conn:
            rows: list[tuple[Any, ...]] = conn.execute(sql, params).fetchall()
        return rows


def _row(row: tuple[Any, ...]) -> SpendRow:
    key, label, inp, out, w5, w1, read, cost, unknown, count, batch_cost = row
    return SpendRow(
        key=str(key),
        usage=Usage(inp, out, w5 + w1, read, w1),
        cost_usd=float(cost),
        unknown_requests=unknown,
        requests=count,
        label=str(label),
        batch_cost_usd=float(batch_cost),
    )
