"""Logging for the desk: one line per record, key=value, with customer addresses masked."""

from __future__ import annotations

import logging
import re
import sys

_ADDRESS = re.compile(r"([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+)")


def mask_addresses(text: str) -> str:
    """Customer addresses are personal information: keep the first letter and the domain."""
    return _ADDRESS.sub(lambda m: f"{m.group(1)}***@{m.group(2)}", text)


class MaskingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return mask_addresses(super().format(record))


def configure_logging(level: int = logging.INFO) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        MaskingFormatter("%(asctime)s level=%(levelname)s logger=%(name)s msg=%(message)s")
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # aiosmtpd logs each peer and command at INFO: too chatty for a desk log.
    logging.getLogger("mail.log").setLevel(logging.WARNING)
