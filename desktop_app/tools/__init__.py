"""Tools Claude may call: the registry, the built-ins, and MCP servers' tools."""
