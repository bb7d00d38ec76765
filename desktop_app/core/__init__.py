"""The Qt-free heart of Parley: conversations, requests, streaming, pricing.

Nothing here imports PySide6, qasync, anthropic, sqlite3 or keyring; adapters
in `claude/` and `storage/` plug in through the Protocols in `ports.py`.
"""
