"""Persistence: SQLite conversations, settings on disk, and the API key in the OS keyring."""
