"""Large blocks go back to the system once freed, after the desk fixed glibc's threshold
(inquiry_desk/allocator.py). Measured in a fresh interpreter, whose allocator nothing else
has touched."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from inquiry_desk.allocator import ENVIRONMENT, is_glibc, return_large_blocks

# Free a 30 MB block first: glibc then raises its threshold to 30 MB, and a 24 MB block (the
# size of a large mail) comes from the heap. Then: how much of the 24 MB freeing it gives back.
PROBE = """
import json, sys
from inquiry_desk.allocator import return_large_blocks

def rss_kib():
    with open("/proc/self/status") as status:
        return next(int(l.split()[1]) for l in status if l.startswith("VmRSS:"))

fixed = return_large_blocks() if sys.argv[1] == "fix" else False
first = b"x" * 30_000_000
del first
block = b"y" * 24_000_000
held = rss_kib()
del block
print(json.dumps({"fixed": fixed, "returned_kib": held - rss_kib()}))
"""


def probe(mode: str) -> dict[str, int | bool]:
    env = {k: v for k, v in os.environ.items() if k != ENVIRONMENT}
    run = subprocess.run(
        [sys.executable, "-c", PROBE, mode], env=env, capture_output=True, text=True, check=True
    )
    result: dict[str, int | bool] = json.loads(run.stdout)
    return result


@pytest.mark.skipif(not is_glibc(), reason="the setting is glibc's; other allocators differ")
def test_a_large_block_freed_goes_back_to_the_system_once_the_threshold_is_fixed() -> None:
    fixed = probe("fix")
    assert fixed["fixed"] is True
    assert int(fixed["returned_kib"]) > 20_000  # of the 24 MB (23,437 KiB)
    # Without it, glibc keeps most of it: what the desk had before.
    assert int(probe("leave")["returned_kib"]) < 20_000


def test_an_administrators_own_setting_is_left_alone() -> None:
    assert return_large_blocks({ENVIRONMENT: "65536"}) is False
