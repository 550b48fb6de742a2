"""Calls that must finish: each runs in a process of its own with a deadline, so that a
regression to a super-linear pattern fails its test instead of hanging the suite. A regular
expression holds the GIL for its whole search, which pytest-timeout's thread method cannot
interrupt; a process can be terminated."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from typing import Any, TypeVar

import pytest

T = TypeVar("T")

# Seconds. The linear code takes milliseconds on these inputs and the quadratic code minutes,
# so the deadline can be generous enough for a busy machine and still tell them apart.
DEADLINE = 60.0


def finishes(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """`fn(*args, **kwargs)` run in a fresh process; its result, or the test fails when it
    has not finished within DEADLINE. `fn`, its arguments and its result must pickle."""
    with multiprocessing.get_context("spawn").Pool(1) as pool:  # leaving it terminates it
        pending = pool.apply_async(fn, args, kwargs)
        try:
            return pending.get(DEADLINE)
        except multiprocessing.TimeoutError:
            pytest.fail(f"{fn.__qualname__} did not finish within {DEADLINE:.0f} s")
