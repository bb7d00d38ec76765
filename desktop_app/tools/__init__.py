"""Tools Claude may call, each gated by the user's permission."""
