"""`parley batch …`: Message Batches from the shell, sharing the window's jobs and history.

`submit` returns at once with the batch id(s); `wait` and `results` work from any later
process, because the job and its polling state live in the database.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from collections.abc import Iterator
from typing import Any

from desktop_app.cli.output import CliError
from desktop_app.core.batch_export import ResultFormat, result_row, write_results
from desktop_app.core.batch_job import BatchJob
from desktop_app.core.batch_plan import BatchEstimate, BatchPlan, BatchSource, PlanError, plan_batch
from desktop_app.core.errors import ApiError
from desktop_app.core.i18n import translate
from desktop_app.core.pricing import format_cost, format_tokens
from desktop_app.core.settings import Settings
from desktop_app.core.text_encoding import readable_name
from desktop_app.paths import settings_path


def add_parser(sub: Any) -> None:
    batch = sub.add_parser(
        "batch", help=translate("Cli", "Message Batches: bulk requests at half price")
    )
    verbs = batch.add_subparsers(dest="batch_command", metavar="ACTION", required=True)
    submit = verbs.add_parser(
        "submit", help=translate("Cli", "send files or prompts as one batch; prints its id")
    )
    submit.add_argument(
        "files", nargs="*", metavar="FILE", help=translate("Cli", "images, PDFs or text files")
    )
    submit.add_argument(
        "--prompt", "-p", help=translate("Cli", "the prompt sent with each file or row")
    )
    submit.add_argument(
        "--model", "-m", help=translate("Cli", "model id (default: the settings' or a Sonnet)")
    )
    submit.add_argument(
        "--system", "-s", default="", help=translate("Cli", "system prompt for every request")
    )
    # None: the settings' default reply limit, as for `parley ask`.
    submit.add_argument("--max-tokens", type=int, default=None, metavar="N")
    submit.add_argument(
        "--jsonl",
        metavar="F",
        help=translate("Cli", "requests written by hand, one JSON line each"),
    )
    submit.add_argument(
        "--csv",
        metavar="F",
        help=translate(
            "Cli",
            "one request per row of its 'prompt' column (--prompt, if given, goes before each)",
        ),
    )
    submit.add_argument(
        "--variants", type=int, metavar="N", help=translate("Cli", "send the prompt N times")
    )
    submit.add_argument(
        "--label", default="", help=translate("Cli", "a name for the job in listings")
    )
    verbs.add_parser("list", help=translate("Cli", "batch jobs, newest first"))
    for verb, text in (
        ("status", translate("Cli", "a job's progress")),
        ("cancel", translate("Cli", "cancel a job")),
        ("resubmit", translate("Cli", "send a job's failed requests again")),
    ):
        verbs.add_parser(verb, help=text).add_argument("id", metavar="ID")
    wait = verbs.add_parser(
        "wait", help=translate("Cli", "wait until a job has ended; progress on stderr")
    )
    wait.add_argument("id", metavar="ID")
    wait.add_argument(
        "--interval", type=float, metavar="S", help=translate("Cli", "seconds between polls")
    )
    results = verbs.add_parser(
        "results", help=translate("Cli", "a job's results, one row per request")
    )
    results.add_argument("id", metavar="ID")
    results.add_argument("--format", choices=[f.value for f in ResultFormat], default="jsonl")


def batch(args: argparse.Namespace) -> int:
    from desktop_app.cli.batch_context import BatchContext

    with BatchContext.open() as context:
        match args.batch_command:
            case "submit":
                return asyncio.run(_submit(context, args))
            case "list":
                return _list(context)
            case "status":
                return asyncio.run(_status(context, context.find(args.id)))
            case "cancel":
                return asyncio.run(_cancel(context, context.find(args.id)))
            case "wait":
                return asyncio.run(_wait(context, context.find(args.id), args.interval))
            case "results":
                return asyncio.run(_results(context, context.find(args.id), args.format))
            case "resubmit":
                return asyncio.run(_resubmit(context, context.find(args.id)))
    raise CliError(
        translate("Cli", "unknown batch action {action}").format(action=repr(args.batch_command)),
        2,
    )


def _sources(args: argparse.Namespace, model: str) -> list[BatchSource]:
    from desktop_app.cli import batch_sources

    kinds = sum(bool(x) for x in (args.files, args.jsonl, args.csv, args.variants))
    if kinds != 1:
        raise CliError(translate("Cli", "give files, or one of --jsonl, --csv or --variants N"), 2)
    # A CSV's rows are the prompts (--prompt, if given, goes before each); JSONL is complete.
    if not (args.jsonl or args.csv) and not (args.prompt or "").strip():
        raise CliError(translate("Cli", "no prompt: give --prompt"), 2)
    if args.jsonl:
        return batch_sources.jsonl_sources(args.jsonl, model)
    if args.csv:
        return batch_sources.csv_sources(args.csv, args.prompt or "")
    if args.variants:
        return batch_sources.variant_sources(args.variants)
    return batch_sources.file_sources(args.files)


def estimate_line(estimate: BatchEstimate) -> str:
    return translate(
        "Cli",
        "%Ln request(s), about {tokens} input tokens: {list_cost} at list price, {batch_cost} at "
        "the batch price, plus output (at most {most} in all at the batch price)",
        n=estimate.requests,
    ).format(
        tokens=format_tokens(estimate.input_tokens),
        list_cost=format_cost(estimate.input_cost_list),
        batch_cost=format_cost(estimate.input_cost_batch),
        most=format_cost(estimate.max_cost_batch),
    )


async def _submit(context: Any, args: argparse.Namespace) -> int:
    if args.max_tokens is None:
        args.max_tokens = Settings.load(settings_path()).default_max_tokens
    if args.max_tokens < 1:
        raise CliError(translate("Cli", "--max-tokens must be at least 1"), 2)
    model = args.model or context.default_model()
    sources = _sources(args, model)
    try:
        plan: BatchPlan = plan_batch(
            sources,
            prompt=args.prompt or "",
            model=model,
            system=args.system,
            max_tokens=args.max_tokens,
            pricing=context.pricing,
            limits=context.limits,
        )
    except PlanError as error:
        raise CliError(str(error), 2) from None
    print(f"parley: {estimate_line(plan.estimate)}", file=sys.stderr)
    if len(plan.chunks) > 1:
        split = translate("Cli", "parley: split into {count} batches (API limits)")
        print(split.format(count=len(plan.chunks)), file=sys.stderr)
    source = readable_name(os.path.basename(args.jsonl or args.csv or ""))
    label = args.label or (args.prompt or source)[:60]
    jobs = await context.submit(plan, label=label, model=model, prompt=args.prompt or "",
                                system=args.system, max_tokens=args.max_tokens)  # fmt: skip
    for job in jobs:
        print(job.batch_id)
    return 0


def _list(context: Any) -> int:
    jobs = context.store.jobs()
    if not jobs:
        print(translate("Cli", "parley: no batches yet"), file=sys.stderr)
    for job in jobs:
        print(f"{job.name}\t{job.status.value}\t{job.counts.summary()}\t{job.model}\t{job.label}")
    return 0


def _print_job(job: BatchJob) -> None:
    print(f"{job.name}\t{job.status.value}\t{job.counts.summary()}")
    if job.error:
        print(
            translate("Cli", "parley: last poll failed: {problem}").format(problem=job.error),
            file=sys.stderr,
        )


async def _status(context: Any, job: BatchJob) -> int:
    """The job as the API sees it now (its results are read if it has ended)."""
    if not job.finished:
        job = await context.poller.poll(job)
    _print_job(job)
    return 0


async def _cancel(context: Any, job: BatchJob) -> int:
    if job.stranded(time.time()):
        context.store.delete_job(job.id)
        print(
            translate(
                "Cli", "{name} was never sent (Parley stopped while sending it); removed"
            ).format(name=job.name)
        )
        return 0
    if job.ended:
        raise CliError(translate("Cli", "batch {name} has already ended").format(name=job.name))
    try:
        job = await context.poller.cancel(job)
    except ApiError as error:
        raise CliError(str(error)) from None
    _print_job(job)
    return 0


async def _wait(context: Any, job: BatchJob, interval: float | None) -> int:
    if job.batch_id is None:
        raise CliError(
            translate(
                "Cli",
                "{name} was never submitted (Parley stopped while sending it); "
                "`parley batch cancel` removes it",
            ).format(name=job.name)
        )
    if interval is not None:
        if interval <= 0:
            raise CliError("--interval must be more than 0 seconds", 2)
        context.poller.first_interval = context.poller.max_interval = interval
        job = context.store.polled(job.id, None, next_poll_at=0, poll_interval=interval)
    elif not job.finished:
        job = context.store.polled(job.id, None, next_poll_at=0, poll_interval=job.poll_interval)
    async for update in context.poller.follow({job.id}):
        line = f"parley: {update.name}: {update.status.value}, {update.counts.summary()}"
        if update.error:
            line += translate("Cli", " (poll failed: {problem})").format(problem=update.error)
        print(line, file=sys.stderr)
    job = context.store.job(job.id)
    _print_job(job)
    return 0


async def _results(context: Any, job: BatchJob, fmt: str) -> int:
    if not job.finished:
        job = await context.poller.poll(job)
    if not job.ended:
        raise CliError(
            translate("Cli", "batch {name} has not ended yet ({counts})").format(
                name=job.name, counts=job.counts.summary()
            )
        )
    if not job.results_read:
        raise CliError(
            translate("Cli", "cannot read the results of {name}: {problem}").format(
                name=job.name, problem=job.error
            )
        )
    # `parley batch results ID | head`: a closed pipe is run_cli's to end quietly.
    write_results(_rows(context, job), ResultFormat(fmt), sys.stdout)
    return 0


def _rows(context: Any, job: BatchJob) -> Iterator[dict[str, Any]]:
    for request in context.store.requests(job.id):
        answer = ""
        if request.conversation_id is not None:
            try:
                messages = context.conversations.messages(request.conversation_id)
                answer = messages[-1].text if messages else ""
            except LookupError:
                answer = ""
        yield result_row(request, answer)


async def _resubmit(context: Any, job: BatchJob) -> int:
    try:
        plan = context.submitter.failed_plan(job, context.pricing, context.limits)
    except PlanError as error:
        raise CliError(str(error), 2) from None
    print(f"parley: {estimate_line(plan.estimate)}", file=sys.stderr)
    label = f"{job.label} (resubmitted)" if job.label else "resubmitted"
    jobs = await context.submit(plan, label=label, model=job.model, prompt=job.prompt,
                                system=job.system, max_tokens=job.max_tokens)  # fmt: skip
    for new in jobs:
        print(new.batch_id)
    return 0
