"""`parley ask` flags for a conversation's request options — sampling (`--temperature T
--top-p P --top-k K --stop SEQ…`) and Anthropic's own tools (`--web-search --web-fetch
--code-execution`, `--max-uses N --allow-domain D --block-domain D`) — checked against the
model's rules before anything is sent, kept for `--continue`; and the stderr line that names
the stop sequence a reply ended at."""

from __future__ import annotations

import argparse
from dataclasses import replace

from desktop_app.cli.output import CliError
from desktop_app.core.conversation import Message
from desktop_app.core.i18n import translate
from desktop_app.core.model_info import ModelInfo
from desktop_app.core.request_options import RequestOptions
from desktop_app.core.server_tools import ServerTools, WebToolOptions


def add_arguments(ask: argparse.ArgumentParser) -> None:
    ask.add_argument(
        "--temperature",
        type=float,
        metavar="T",
        help=translate("Cli", "sampling temperature, 0 to 1; the conversation keeps it"),
    )
    ask.add_argument(
        "--top-p",
        type=float,
        metavar="P",
        help=translate("Cli", "nucleus sampling, 0 to 1 (newer models take it or --temperature)"),
    )
    ask.add_argument(
        "--top-k",
        type=int,
        metavar="K",
        help=translate("Cli", "sample from the K likeliest tokens"),
    )
    ask.add_argument(
        "--stop",
        action="append",
        default=[],
        metavar="SEQ",
        help=translate("Cli", "end the reply where it would write SEQ (repeat for several)"),
    )


def add_tool_arguments(ask: argparse.ArgumentParser) -> None:
    for flag, what in (
        ("--web-search", translate("Cli", "let Claude search the web")),
        ("--web-fetch", translate("Cli", "let Claude read web pages (the URLs you give)")),
        ("--code-execution", translate("Cli", "let Claude run code in Anthropic's sandbox")),
    ):
        ask.add_argument(
            flag, action="store_true", help=what + translate("Cli", "; the conversation keeps it")
        )
    ask.add_argument(
        "--cite",
        action="store_true",
        help=translate(
            "Cli", "send attached text and PDF files for citing: the answer marks what it quotes"
        ),
    )
    ask.add_argument(
        "--no-server-tools",
        action="store_true",
        help=translate("Cli", "turn web search, web fetch and code execution off"),
    )
    ask.add_argument(
        "--max-uses",
        type=int,
        metavar="N",
        help=translate("Cli", "at most N searches or fetches per reply"),
    )
    for flag, what in (
        ("--allow-domain", translate("Cli", "search and fetch only this domain (repeat)")),
        ("--block-domain", translate("Cli", "never search or fetch this domain (repeat)")),
    ):
        ask.add_argument(flag, action="append", default=[], metavar="DOMAIN", help=what)
    where = ask.add_argument_group(
        translate("Cli", "where search results should be local to (web search)")
    )
    where.add_argument("--city", metavar="CITY", help=translate("Cli", "a city, e.g. Seoul"))
    where.add_argument(
        "--country", metavar="CC", help=translate("Cli", "a two-letter country code, e.g. KR")
    )
    where.add_argument(
        "--timezone", metavar="TZ", help=translate("Cli", "an IANA time zone, e.g. Asia/Seoul")
    )


def _location(args: argparse.Namespace, web: WebToolOptions) -> WebToolOptions:
    """The search location flags laid over the conversation's; CliError (exit 2) for a
    country or time zone the API would refuse."""
    country = (args.country or "").strip().upper()
    if country and not (len(country) == 2 and country.isascii() and country.isalpha()):
        raise CliError(
            translate("Cli", "--country takes a two-letter code such as KR, not {value}.").format(
                value=repr(args.country)
            ),
            2,
        )
    if args.timezone and not _known_zone(args.timezone):
        raise CliError(
            translate("Cli", "{value} is not a time zone; use a name such as Asia/Seoul.").format(
                value=repr(args.timezone)
            ),
            2,
        )
    return replace(
        web,
        city=(args.city or "").strip() or web.city,
        country=country or web.country,
        timezone=args.timezone or web.timezone,
    )


def _known_zone(name: str) -> bool:
    import zoneinfo

    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _tools(args: argparse.Namespace, current: ServerTools) -> ServerTools:
    tools = ServerTools(web=current.web) if args.no_server_tools else current
    tools = replace(
        tools,
        web_search=tools.web_search or args.web_search,
        web_fetch=tools.web_fetch or args.web_fetch,
        code_execution=tools.code_execution or args.code_execution,
    )
    web = tools.web
    if args.max_uses is not None:
        web = replace(web, max_uses=args.max_uses)
    if args.allow_domain:
        web = replace(web, allowed_domains=tuple(args.allow_domain), blocked_domains=())
    if args.block_domain:
        web = replace(web, blocked_domains=tuple(args.block_domain))
    return replace(tools, web=_location(args, web))


def chosen_options(
    args: argparse.Namespace, current: RequestOptions, model: ModelInfo, *, thinking: bool
) -> RequestOptions | None:
    """The conversation's options with the flags given laid over them; None when no flag was
    given. A CliError (exit 2) when the model would refuse them."""
    if args.max_uses is not None and args.max_uses < 1:
        raise CliError(translate("Cli", "--max-uses must be 1 or more."), 2)
    tools = _tools(args, current.server_tools)
    given = {
        name: value
        for name, value in (
            ("temperature", args.temperature),
            ("top_p", args.top_p),
            ("top_k", args.top_k),
        )
        if value is not None
    }
    if not given and not args.stop and tools == current.server_tools:
        return None
    options = replace(current, **given, server_tools=tools)
    if args.stop:
        options = replace(options, stop_sequences=tuple(args.stop))
    problems = options.problems(model.id, thinking=thinking)
    if lacking := options.unsupported_tools(model):
        problems.append(lacking)
    if problems:
        raise CliError(" ".join(problems), 2)
    return options


def stop_notice(reply: Message, sequence: str | None) -> str | None:
    """The stderr line for a reply that ended at one of its stop sequences."""
    if reply.stop_reason != "stop_sequence" or sequence is None:
        return None
    return translate("Cli", 'parley: stopped at stop sequence "{sequence}"').format(
        sequence=sequence
    )
