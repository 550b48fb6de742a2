"""`/healthz` and a Prometheus `/metrics` endpoint, on a port of their own.

The figures come from where they live: the listener's counters, the workers' error counts, and
the store (cases by acknowledgement outcome, outbox depth and age), read at scrape time on the
store's own thread. The text format is written here rather than through prometheus_client:
there is no process-wide registry to keep in step, only a dozen lines of the exposition
format (https://prometheus.io/docs/instrumenting/exposition_formats/).
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from aiohttp import web

from casework import outbox, slackposts
from casework.calendar import BusinessCalendar
from casework.connections import BoundedRunner
from casework.db import COMMITS
from casework.outbox import OutboxWorker
from casework.priority import URGENT
from casework.store import CaseStore, StoreRunner

log = logging.getLogger(__name__)

Sample = tuple[str, Mapping[str, str], float]


@dataclass
class Sources:
    runner: StoreRunner
    listener_stats: Any  # responder.listener.ListenerStats
    workers: Callable[[], Iterable[OutboxWorker]]
    clock: Callable[[], datetime]
    started: float
    max_outbox_lag: float = 600.0  # health.max_outbox_lag_seconds
    calendar: BusinessCalendar | None = None  # for the response-time histograms
    post_rate: Callable[[], float] | None = None  # Slack posts a second lately; None: no Slack
    read_calls: Callable[[], int] = lambda: 0  # calls run on the read connection's thread
    read_hops: Callable[[], int] = lambda: 0  # trips to that thread (calls may share one)
    # Seconds the intake and mail workers waited for a busy listener (responder.listener
    # ListenerGate), and the pause it holds them for now.
    gate: Callable[[], tuple[float, float]] = lambda: (0.0, 0.0)


def _label(labels: Mapping[str, str]) -> str:
    if not labels:
        return ""

    def esc(v: str) -> str:
        return v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")

    return "{" + ",".join(f'{k}="{esc(v)}"' for k, v in sorted(labels.items())) + "}"


def render(families: Iterable[tuple[str, str, str, list[Sample]]]) -> str:
    """The text exposition format: HELP, TYPE, then the samples of each family."""
    lines: list[str] = []
    for name, kind, help_text, samples in families:
        lines += [f"# HELP {name} {help_text}", f"# TYPE {name} {kind}"]
        # 15 significant digits: "g" keeps 6, which rounds a start time in seconds since the
        # epoch by up to an hour (into the future, half the time).
        lines += [f"{n}{_label(labels)} {value:.15g}" for n, labels, value in samples]
    return "\n".join(lines) + "\n"


def _store_figures(store: CaseStore, now: datetime) -> dict[str, Any]:
    return {"acks": store.ack_counts(), "outbox": outbox.depth(store.db, now)}


Family = tuple[str, str, str, list[Sample]]
P = "inquiry_desk_"


def _family(name: str, kind: str, help_text: str, samples: Iterable[Sample]) -> Family:
    return (P + name, kind, help_text, [(P + name, labels, float(v)) for _, labels, v in samples])


def _listener_families(stats: Any) -> list[Family]:
    refused = {
        "unknown_recipient": stats.refused_recipients,
        "connection_limit": stats.refused_connections,
        "too_big": stats.too_big,
        "temporary_failure": stats.temporary_failures,
    }
    return [
        _family(
            "mail_received_total", "counter", "Mail stored and answered 250.",
            [("", {}, stats.received)],
        ),
        _family(
            "mail_refused_total", "counter", "Mail or connections refused, by reason.",
            [("", {"reason": k}, v) for k, v in refused.items()],
        ),
    ]  # fmt: skip


# Every state a row waits in; with the kinds this desk works, each series is present (at 0)
# even when the outbox is empty, so that an alert on it never goes stale for want of data.
_WAITING_STATES = ("pending", "running", "failed")


def _all_queues(queues: list[dict[str, Any]], kinds: Iterable[str]) -> list[dict[str, Any]]:
    seen = {(q["kind"], q["state"]): q for q in queues}
    for kind in kinds:
        for state in _WAITING_STATES:
            seen.setdefault(
                (kind, state), {"kind": kind, "state": state, "count": 0, "oldest_age": 0.0}
            )
    return [seen[key] for key in sorted(seen)]


def _process_families(started: float) -> list[Family]:
    """The standard process_* series (as Prometheus client libraries export them) and
    inquiry_desk_build_info, from the standard library: /proc where Linux has it."""
    import platform
    import resource

    import inquiry_desk

    usage = resource.getrusage(resource.RUSAGE_SELF)
    families: list[Family] = [
        ("process_cpu_seconds_total", "counter", "User and system CPU time spent in seconds.",
         [("process_cpu_seconds_total", {}, usage.ru_utime + usage.ru_stime)]),
        ("process_start_time_seconds", "gauge", "Start time of the process since the epoch.",
         [("process_start_time_seconds", {}, time.time() - (time.monotonic() - started))]),
    ]  # fmt: skip
    try:
        pages = Path("/proc/self/statm").read_text().split()
        fds = len(os.listdir("/proc/self/fd"))
    except OSError:  # not Linux: the series /proc gives are left out
        pass
    else:
        size = resource.getpagesize()
        families += [
            ("process_virtual_memory_bytes", "gauge", "Virtual memory size in bytes.",
             [("process_virtual_memory_bytes", {}, int(pages[0]) * size)]),
            ("process_resident_memory_bytes", "gauge", "Resident memory size in bytes.",
             [("process_resident_memory_bytes", {}, int(pages[1]) * size)]),
            ("process_open_fds", "gauge", "Number of open file descriptors.",
             [("process_open_fds", {}, fds)]),
        ]  # fmt: skip
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY:
        families.append(
            ("process_max_fds", "gauge", "Maximum number of open file descriptors.",
             [("process_max_fds", {}, soft)])
        )  # fmt: skip
    build = {"version": inquiry_desk.__version__, "python": platform.python_version()}
    families.append(
        _family("build_info", "gauge", "The running version (always 1).", [("", build, 1)])
    )
    return families


async def collect(src: Sources) -> str:
    figures = await src.runner.call(_store_figures, src.clock())
    kinds = sorted({kind for w in src.workers() for kind in w.handlers})
    queues = _all_queues(figures["outbox"], kinds)
    errors = {kind: 0 for kind in kinds}
    for worker in src.workers():
        errors.update({k: errors.get(k, 0) + n for k, n in worker.errors.items()})
    families = [
        *_listener_families(src.listener_stats),
        _family(
            "cases_by_acknowledgement", "gauge",
            "Cases by acknowledgement state (sent, suppressed by reason, ...).",
            [("", {"state": s, "reason": r}, n) for s, r, n in figures["acks"]],
        ),
        _family(
            "outbox_rows", "gauge", "Outbox rows not done, by kind and state.",
            [("", {"kind": q["kind"], "state": q["state"]}, q["count"]) for q in queues],
        ),
        _family(
            "outbox_oldest_age_seconds", "gauge", "Age of the oldest outbox row not done.",
            [("", {"kind": q["kind"], "state": q["state"]}, q["oldest_age"]) for q in queues],
        ),
        _family(
            "outbox_errors_total", "counter",
            "Failed attempts by outbox kind: acknowledge and reply are relay errors, "
            "slack_* are Slack errors.",
            [("", {"kind": k}, n) for k, n in sorted(errors.items())],
        ),
        _family(
            "store_calls_total", "counter", "Calls run on the store's thread.",
            [("", {}, src.runner.calls)],
        ),
        _family(
            "store_reads_total", "counter",
            "Calls run on the read-only connection's thread, beside the store's.",
            [("", {}, src.read_calls())],
        ),
        _family(
            "store_read_hops_total", "counter",
            "Trips to the read-only connection's thread; reads asked for together share one.",
            [("", {}, src.read_hops())],
        ),
        _family(
            "outbox_held_seconds_total", "counter",
            "Seconds the intake and mail workers waited for a busy listener.",
            [("", {}, src.gate()[0])],
        ),
        _family(
            "outbox_hold_pause_seconds", "gauge",
            "How long a busy listener holds the intake and mail workers now; it follows the"
            " listener's end-of-DATA-to-250 latency.",
            [("", {}, src.gate()[1])],
        ),
        _family(
            "store_commits_total", "counter",
            "Database commits that changed rows (each one fsync'd); the rare single-statement"
            " writes outside a transaction (a retry, a parked row) are not counted.",
            [("", {}, COMMITS.total)],
        ),
        _family(
            "uptime_seconds", "gauge", "Seconds since start.",
            [("", {}, time.monotonic() - src.started)],
        ),
        *_process_families(src.started),
    ]  # fmt: skip
    if src.post_rate is not None:
        families += await _slack_families(src.runner, src.post_rate(), src.clock())
    if src.calendar is not None:
        families += await _time_families(src.runner, src.calendar)
    return render(families)


async def _slack_families(runner: StoreRunner, rate: float, now: datetime) -> list[Family]:
    """How fast the channel is being written and how long the waiting posts will take: Slack
    takes about one message a second, so a burst drains slowly, most urgent first."""
    waiting, urgent_age = await runner.call(slackposts.waiting_posts, now, URGENT)
    # With no post lately (a start, an outage), assume Slack's pace of one a second.
    eta = waiting / (rate if rate > 0 else 1.0)
    return [
        _family(
            "slack_post_rate", "gauge", "Slack messages posted a second, over the last minute.",
            [("", {}, rate)],
        ),
        _family(
            "slack_posts_waiting", "gauge", "Case posts waiting for the channel.",
            [("", {}, waiting)],
        ),
        _family(
            "slack_drain_estimate_seconds", "gauge",
            "Seconds until the waiting posts are in the channel at the current rate.",
            [("", {}, eta)],
        ),
        _family(
            "slack_oldest_urgent_post_age_seconds", "gauge",
            "Age of the oldest waiting post of a personal-information request, a follow-up or "
            "a known customer (0 when none waits).",
            [("", {}, urgent_age)],
        ),
    ]  # fmt: skip


def unhealthy_reasons(workers: Iterable[OutboxWorker], lag: float, max_lag: float) -> list[str]:
    """Why the desk is not doing its work, in words; [] when it is. A worker that is not
    running, or whose own rounds keep failing, leaves stored mail unworked."""
    reasons = []
    for worker in workers:
        if worker.finishing:
            continue
        if not worker.running:
            reasons.append(f"outbox worker {worker.name} is down: {worker.fault or 'not running'}")
        elif worker.fault:
            reasons.append(f"outbox worker {worker.name} is failing: {worker.fault}")
    if lag > max_lag:
        reasons.append(f"the oldest due outbox row has waited {lag:.0f}s (limit {max_lag:g}s)")
    return reasons


async def _time_families(runner: StoreRunner, calendar: BusinessCalendar) -> list[Family]:
    from casework import report

    def read(store: CaseStore) -> dict[str, tuple[list[int], int, float]]:
        report.refresh(store, calendar)
        return report.histograms(store)

    helps = {
        "first_response": "Business hours from a case's first mail to the first staff reply.",
        "resolution": "Business hours from a case's first mail to its resolution.",
    }
    families: list[Family] = []
    for name, (cumulative, count, total) in (await runner.call(read)).items():
        base = f"{P}{name}_business_hours"
        bounds = [f"{b:g}" for b in report.BUCKETS]
        samples: list[Sample] = [
            (f"{base}_bucket", {"le": le}, n) for le, n in zip(bounds, cumulative, strict=True)
        ]
        samples += [
            (f"{base}_bucket", {"le": "+Inf"}, count),
            (f"{base}_sum", {}, total),
            (f"{base}_count", {}, count),
        ]
        families.append((base, "histogram", helps[name], samples))
    return families


def application(src: Sources) -> web.Application:
    async def healthz(request: web.Request) -> web.Response:
        try:
            lag = await asyncio.wait_for(
                src.runner.call(lambda st: outbox.oldest_due_age(st.db, src.clock())), 2
            )
        except Exception as exc:  # any failure to reach the store is "unhealthy"
            log.warning("health check failed: %s", exc)
            return web.json_response({"status": "unhealthy", "store": str(exc)}, status=503)
        reasons = unhealthy_reasons(src.workers(), lag, src.max_outbox_lag)
        if reasons:
            log.warning("health check failed: %s", "; ".join(reasons))
            return web.json_response({"status": "unhealthy", "reasons": reasons}, status=503)
        return web.json_response({"status": "ok"})

    async def metrics(request: web.Request) -> web.Response:
        text = await collect(src)
        return web.Response(text=text, content_type="text/plain", charset="utf-8")

    app = web.Application()
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/metrics", metrics)
    return app


async def start_http(src: Sources, host: str, port: int) -> web.AppRunner:
    runner = BoundedRunner(application(src), access_log=None)  # no idle client holds it
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    return runner
