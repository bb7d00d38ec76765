"""What `parley ask` prints beside the answer: Anthropic's own tools at work (on stderr, as
they run), a footnote marker after each cited passage, and the sources after the answer.

  Seoul is sunny today[1].

  [1] 서울 날씨 — https://weather.example/seoul
      “맑음, 최고 7도”
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from desktop_app.core.conversation import Block
from desktop_app.core.i18n import translate
from desktop_app.core.server_tool_words import call_code, call_words, error_words, where


class ReplyNotes:
    def __init__(self, out: TextIO, err: TextIO) -> None:
        self.out, self.err = out, err
        self._blocks: dict[int, dict[str, Any]] = {}  # index → {kind, inputs, citations}
        self.sources: list[dict[str, Any]] = []  # in order of first citation

    def started(self, index: int, block: Block) -> None:
        self._blocks[index] = {"block": block, "input": [], "cites": []}
        if str(block.get("type", "")).endswith("_tool_result"):
            self._tell_result(block)

    def input_delta(self, index: int, fragment: str) -> None:
        if index in self._blocks:
            self._blocks[index]["input"].append(fragment)

    def citation(self, index: int, citation: dict[str, Any]) -> None:
        if citation not in self.sources:
            self.sources.append(citation)
        if index in self._blocks:
            self._blocks[index]["cites"].append(self.sources.index(citation) + 1)

    def stopped(self, index: int) -> None:
        """After a cited passage, its markers; after a server tool call, what it does."""
        entry = self._blocks.get(index)
        if entry is None:
            return
        block = entry["block"]
        if entry["cites"]:
            self.out.write("".join(f"[{n}]" for n in dict.fromkeys(entry["cites"])))
            self.out.flush()
        if block.get("type") == "server_tool_use":
            try:
                tool_input = json.loads("".join(entry["input"]) or "{}")
            except ValueError:
                tool_input = {}
            self._tell_call(str(block.get("name", "")), tool_input)

    def finish(self) -> None:
        """The sources, numbered as their markers, after the answer."""
        if not self.sources:
            return
        self.out.write("\n")
        for number, source in enumerate(self.sources, 1):
            self.out.write(f"[{number}] {where(source)}\n")
            quoted = " ".join(str(source.get("cited_text", "")).split())
            if quoted:
                self.out.write(f"    “{quoted[:300]}”\n")
        self.out.flush()

    def _tell_call(self, name: str, tool_input: dict[str, Any]) -> None:
        match name:
            case "web_search":
                line = translate("Cli", 'parley: searching the web for "{query}"').format(
                    query=tool_input.get("query", "")
                )
            case "web_fetch":
                line = translate("Cli", "parley: reading {url}").format(url=tool_input.get("url"))
            case "text_editor_code_execution":
                line = "parley: " + call_words(name, tool_input)
            case _:
                code = call_code(tool_input).strip()
                first = code.splitlines()[0] if code else ""
                line = translate("Cli", "parley: running code: {code}").format(code=first[:120])
        print(line, file=self.err, flush=True)

    def _tell_result(self, block: Block) -> None:
        content = block.get("content")
        if isinstance(content, dict) and content.get("error_code"):
            print(
                translate("Cli", "parley: the tool failed: {why}").format(
                    why=error_words(str(content["error_code"]))
                ),
                file=self.err,
                flush=True,
            )
        elif isinstance(content, dict) and "return_code" in content:
            stdout = str(content.get("stdout") or "").rstrip()
            if stdout:
                print(stdout, file=self.err, flush=True)
            if content.get("return_code"):
                print(
                    translate("Cli", "parley: the code exited with {code}").format(
                        code=content["return_code"]
                    ),
                    file=self.err,
                    flush=True,
                )
