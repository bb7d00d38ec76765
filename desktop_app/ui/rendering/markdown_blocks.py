"""Markdown source cut into its top-level blocks (paragraph, list, table, fence…) by markdown-it.

CommonMark with GitHub's tables, strikethrough and task lists, and LaTeX formulas. Raw
HTML is never interpreted: it shows as the text it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.dollarmath import dollarmath_plugin
from mdit_py_plugins.tasklists import tasklists_plugin
from mdit_py_plugins.texmath import texmath_plugin

_CLOSING_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})[ \t]*$")
_ORDINAL = re.compile(r"[ \t]{0,3}\d{1,9}")  # an ordered list's marker, not yet written whole
# Blocks that take no further lines: once another block follows, nothing can reach back.
_SHUT = {"heading_open", "hr", "code_block"}


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

    @property
    def lines(self) -> tuple[int, int]:
        """Its first source line and the line just past it."""
        begin, stop = self.tokens[0].map or (0, 0)
        return begin, stop


@cache
def parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": True})
    md.enable(["table", "strikethrough", "linkify"])
    md.use(tasklists_plugin)
    # $…$ and $$…$$ (a dollar next to a space or a digit is money: "$5 and $10" stays text),
    # and \(…\) and \[…\].
    md.use(dollarmath_plugin, allow_space=False, allow_digits=False, double_inline=True)
    md.use(texmath_plugin, delimiters="brackets")
    return md


def parse_blocks(source: str, env: dict[str, Any] | None = None) -> list[MarkdownBlock]:
    """`env` carries link reference definitions in (ones defined earlier) and out."""
    tokens = parser().parse(source, env)
    starts = _line_starts(source)
    _map_unmapped(tokens, len(starts))
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


def _map_unmapped(tokens: list[Token], line_count: int) -> None:
    """Give a top-level block that its plugin left without source lines (texmath's \\[…\\])
    the lines between its neighbours."""
    for k, token in enumerate(tokens):
        if token.map is not None or token.level != 0 or not token.block or token.nesting != 0:
            continue
        before = max((t.map[1] for t in tokens[:k] if t.map and t.level == 0), default=0)
        after = next((t.map[0] for t in tokens[k + 1 :] if t.map and t.level == 0), line_count)
        token.map = [before, max(before + 1, after)]


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


def settled(blocks: list[MarkdownBlock], source: str) -> int:
    """How many leading blocks no text appended to `source` can change.

    A paragraph, list, quote or table can take lines that now start a block of their own
    ("text\\n#" is a heading under a paragraph until "#x" makes it one paragraph), so such
    a block is settled only once a blank line parts it from the next. A digit after an ordered
    list may still turn into its next item. A closed fence, a heading, a rule or indented code
    settles as soon as anything follows it.
    """
    count = 0
    for k in range(1, len(blocks)):
        before, block = blocks[k - 1], blocks[k]
        shut = before.fence_closed or before.kind in _SHUT
        may_join = (
            before.kind == "ordered_list_open"
            and k == len(blocks) - 1
            and _ORDINAL.fullmatch(source[block.start :].rstrip("\n")) is not None
        )
        if shut or (_after_blank_line(source, block.start) and not may_join):
            count = k
    if blocks and blocks[-1].fence_closed:
        count = len(blocks)
    return count


def _after_blank_line(source: str, start: int) -> bool:
    """Whether the line before the one at `start` is blank (a list's map may hold it)."""
    before = source.rfind("\n", 0, start - 1)
    return not source[before + 1 : start].strip()
