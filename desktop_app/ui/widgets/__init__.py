"""Widgets: what the user sees and touches; they emit past-tense signals."""
