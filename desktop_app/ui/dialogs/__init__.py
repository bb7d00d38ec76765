"""Dialogs: the API key, system prompt and other modal questions."""
