"""`SqliteGrantStore`: "always allow" tool grants kept in Parley's database.

Only ALWAYS grants are stored: "once" and "this conversation" die with the process by design.
A grant names the tool's definition hash, so a changed tool finds no grant and asks again.
"""

from __future__ import annotations

import time

from desktop_app.core.permissions import Grant, GrantScope, ToolKey
from desktop_app.storage.sqlite_file import SqliteFile


class SqliteGrantStore(SqliteFile):
    def grants(self) -> list[Grant]:
        with self._read() as conn:
            rows = conn.execute(
                "SELECT source, name, fingerprint, allow FROM tool_grants ORDER BY created_at"
            ).fetchall()
        return [Grant(GrantScope.ALWAYS, ToolKey(s, n, f), bool(a)) for s, n, f, a in rows]

    def add_grant(self, grant: Grant) -> None:
        if grant.scope is not GrantScope.ALWAYS:
            raise ValueError("only 'always' grants are kept across restarts")
        tool = grant.tool
        with self._write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO tool_grants (source, name, fingerprint, allow, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (tool.source, tool.name, tool.fingerprint, int(grant.allow), time.time()),
            )

    def revoke_grant(self, grant: Grant) -> None:
        tool = grant.tool
        with self._write() as conn:
            conn.execute(
                "DELETE FROM tool_grants WHERE source = ? AND name = ? AND fingerprint = ?",
                (tool.source, tool.name, tool.fingerprint),
            )
