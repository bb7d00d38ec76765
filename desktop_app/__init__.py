"""Parley: a desktop assistant for Anthropic's Claude API."""

__version__ = "0.1.0"
