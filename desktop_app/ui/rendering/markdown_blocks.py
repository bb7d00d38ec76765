"""Markdown source cut into its top-level blocks (paragraph, list, table, fence…) by markdown-it.

CommonMark with GitHub's tables, strikethrough and task lists. Raw HTML is never
interpreted: it shows as the text it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.tasklists import tasklists_plugin

_CLOSING_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})[ \t]*$")


@dataclass(frozen=True, slots=True)
class MarkdownBlock:
    """One top-level block: its tokens, and the span of source lines it came from."""

    tokens: tuple[Token, ...]
    start: int  # offset of its first character in the source that was parsed
    end: int  # offset just past its last line (newline included when there is one)
    fence_closed: bool  # a fenced code block whose closing fence line is complete

    @property
    def kind(self) -> str:
        return self.tokens[0].type


@cache
def parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": True})
    md.enable(["table", "strikethrough", "linkify"])
    md.use(tasklists_plugin)
    return md


def parse_blocks(source: str) -> list[MarkdownBlock]:
    tokens = parser().parse(source)
    starts = _line_starts(source)
    blocks: list[MarkdownBlock] = []
    i = 0
    while i < len(tokens):
        first = tokens[i]
        j = i if first.nesting == 0 else _matching_close(tokens, i)
        if first.map is not None and first.level == 0 and first.nesting >= 0:
            begin, stop = first.map
            start = starts[min(begin, len(starts) - 1)]
            end = starts[stop] if stop < len(starts) else len(source)
            closed = first.type == "fence" and _fence_closed(source[start:end], first.markup)
            blocks.append(MarkdownBlock(tuple(tokens[i : j + 1]), start, end, closed))
        i = j + 1
    return blocks


def _matching_close(tokens: list[Token], opening: int) -> int:
    depth = 0
    for k in range(opening, len(tokens)):
        depth += tokens[k].nesting
        if depth == 0:
            return k
    return len(tokens) - 1


def _line_starts(source: str) -> list[int]:
    starts = [0]
    position = source.find("\n")
    while position != -1:
        starts.append(position + 1)
        position = source.find("\n", position + 1)
    return starts


def _fence_closed(block_source: str, markup: str) -> bool:
    """Whether the fence's last line closes it; an unclosed fence runs to the end of the text."""
    if not block_source.endswith("\n"):
        return False
    lines = block_source.rstrip("\n").split("\n")
    if len(lines) < 2:
        return False
    match = _CLOSING_FENCE.match(lines[-1])
    return (
        match is not None and match.group(1)[0] == markup[0] and len(match.group(1)) >= len(markup)
    )
