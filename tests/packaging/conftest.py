"""Packaging fixtures: the frozen build under test and a private X server."""

from __future__ import annotations

from tests.packaging.frozen_app import frozen, x_display

__all__ = ["frozen", "x_display"]
