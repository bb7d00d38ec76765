"""Footnote numbers for one reply's citations: a source keeps the number it first got, and
each cited passage gets a marker link ("[\\[n\\]](cite:k)" in Markdown) to its k-th mark."""

from __future__ import annotations

from typing import Any

SCHEME = "cite"  # a marker's link: cite:<index into the reply's marks>


class CitationNumbers:
    def __init__(self) -> None:
        self._numbers: dict[tuple[str, str], int] = {}
        self.marks: list[tuple[int, dict[str, Any]]] = []  # (number, citation), in order

    def marker(self, citation: dict[str, Any]) -> str:
        """The Markdown link to put after the passage citing `citation`."""
        number = self._numbers.setdefault(_source_key(citation), len(self._numbers) + 1)
        self.marks.append((number, citation))
        return f"[\\[{number}\\]]({SCHEME}:{len(self.marks) - 1})"


def _source_key(citation: dict[str, Any]) -> tuple[str, str]:
    if citation.get("url"):
        return ("url", str(citation["url"]))
    return ("document", str(citation.get("document_index", 0)))
