"""Markdown into Qt text documents: parsing into blocks, writing them, and streaming them in."""
