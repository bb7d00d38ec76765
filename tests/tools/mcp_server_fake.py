"""A small real MCP server for the tests, run over stdio: `python mcp_server_fake.py [variant]`.

The variant changes one tool's description, as an updated server would.
"""

from __future__ import annotations

import os
import sys
import threading

from mcp.server.mcpserver import MCPServer

VARIANT = sys.argv[1] if len(sys.argv) > 1 else "v1"
app = MCPServer("parley-test")


@app.tool(description="Add two whole numbers." if VARIANT == "v1" else "Add numbers (v2).")
def add(a: int, b: int) -> str:
    return str(a + b)


@app.tool()
def secret_name() -> str:
    """Report the PARLEY_TEST_SECRET variable's value."""
    return os.environ.get("PARLEY_TEST_SECRET", "(unset)")


@app.tool()
def boom() -> str:
    """Always fails."""
    raise ValueError("the disk is on fire")


@app.tool()
def die() -> str:
    """Exits the server in the middle of the call."""
    print("going down now", file=sys.stderr, flush=True)
    os._exit(3)


@app.tool()
def die_soon() -> str:
    """Answers, then exits a moment later while idle."""
    threading.Timer(0.2, os._exit, args=(4,)).start()
    return "bye"


if __name__ == "__main__":
    app.run("stdio")
